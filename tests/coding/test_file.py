"""Codings files: stable export, exact import, refusals."""

from __future__ import annotations

import csv
import re

import pytest

from qualkod.coding import (
    add_coding,
    codings,
    export_codings,
    import_codings,
    import_memos,
    remove_coding,
)
from qualkod.coding.file import CodingsFileError, read_codings_file
from qualkod.errors import QualkodError
from qualkod.importing import import_files
from qualkod.project import init_project, use_codebook
from qualkod.store import open_project
from tests.conftest import DATA, INGEST, REPO


def _code_some(project):
    add_coding(
        project, "1", 4, "ansvar_skjuts_undan", "anna", quote="De backar undan", memo="Kärnan."
    )
    add_coding(project, "1", 2, "samverkan", "anna", featured=True)
    add_coding(project, "2", 4, "samarbete", "bo", quote="Det beror helt på vem man får tag i.")


def _fresh(tmp_path, name, files):
    path = tmp_path / name
    init_project(path)
    project = open_project(path)
    import_files(project, files)
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    return project


def _exported_rows(project, tmp_path) -> list[dict[str, str]]:
    """The rows of a codings file of ``_code_some``'s three codings."""
    _code_some(project)
    out = tmp_path / "c.csv"
    export_codings(project, out)
    return _rows(out)


def _written(path, rows: list[dict[str, str]]):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _rows(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_export_import_export_is_identical(coded_project, tmp_path):
    _code_some(coded_project)
    first = tmp_path / "codings.csv"
    assert export_codings(coded_project, first) == 3
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        result = import_codings(other, first)
        assert (result.added, result.unchanged, result.coders) == (3, 0, ("anna", "bo"))
        second = tmp_path / "again.csv"
        export_codings(other, second)
        assert second.read_bytes() == first.read_bytes()
        assert import_codings(other, first).unchanged == 3  # idempotent
    finally:
        other.close()


def test_file_is_sorted_and_has_the_contract_columns(coded_project, tmp_path):
    _code_some(coded_project)
    out = tmp_path / "c.csv"
    export_codings(coded_project, out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    for column in (
        "transcript_sha256",
        "turn",
        "start",
        "end",
        "quote",
        "code",
        "coder",
        "memo",
        "featured",
    ):
        assert column in rows[0]
    keys = [(r["transcript_sha256"], int(r["turn"]), int(r["start"])) for r in rows]
    assert keys == sorted(keys)
    assert {r["theme"] for r in rows} == {"bristande_ansvar", "samverkan"}
    assert [r["featured"] for r in rows if r["code"] == "samverkan"] == ["yes"]


def test_coder_option_renames_on_import(coded_project, tmp_path):
    _code_some(coded_project)
    out = tmp_path / "c.csv"
    export_codings(coded_project, out, coder="anna")
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        import_codings(other, out, coder="coder2")
        assert {c.coder for c in codings(other)} == {"coder2"}
    finally:
        other.close()


def test_coder_option_on_a_file_of_several_coders_is_refused(coded_project, tmp_path):
    _code_some(coded_project)  # anna's and bo's codings
    out = tmp_path / "c.csv"
    export_codings(coded_project, out)
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        with pytest.raises(CodingsFileError) as refused:
            import_codings(other, out, coder="coder2")
        assert str(refused.value) == (
            f"{out}: holds the codings of 2 coders (anna, bo); coder='coder2' would make "
            "them one coder's and merge their codings; import it without coder, or export "
            "one coder's codings (qualkod.coding.export_codings(p, FILE, coder=NAME)) and import "
            "that"
        )
        assert refused.value.for_option().startswith(  # the command line names its option
            f"{out}: holds the codings of 2 coders (anna, bo); --coder coder2 would make "
        )
        assert codings(other) == []
    finally:
        other.close()


def test_rows_that_no_longer_match_are_refused_and_nothing_is_imported(coded_project, tmp_path):
    _code_some(coded_project)
    out = tmp_path / "c.csv"
    export_codings(coded_project, out)
    text = out.read_text(encoding="utf-8").replace("De backar undan", "De backade undan")
    bad = tmp_path / "bad.csv"
    bad.write_text(text, encoding="utf-8")
    only_vtt = _fresh(tmp_path, "vtt.db", [INGEST / "teams-new.vtt"])
    try:
        with pytest.raises(CodingsFileError) as caught:
            import_codings(only_vtt, bad)
        lines = str(caught.value).splitlines()
        assert len(lines) == 2
        assert any("the quoted text no longer matches turn 4" in line for line in lines)
        assert any(
            "is not in the project: import that transcript file first" in line for line in lines
        )
        assert all(line.startswith(f"{bad}:") for line in lines)
        assert codings(only_vtt) == []
    finally:
        only_vtt.close()


def test_one_problem_in_many_rows_is_one_line_naming_the_rows(coded_project, tmp_path):
    rows = _exported_rows(coded_project, tmp_path)
    for row in rows:
        row["concepts"] = "mellanrummet"
    rows[1]["quote"] = "Något annat."  # line 3: its own problem, its own line
    bad = _written(tmp_path / "bad.csv", rows)
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        with pytest.raises(CodingsFileError) as caught:
            import_codings(other, bad)
        lines = str(caught.value).splitlines()
        assert len(lines) == 2, lines
        assert lines[0].startswith(
            f"{bad}: lines 2, 4 (2 rows): concept 'mellanrummet' is not in the theory catalogue;"
        )
        assert lines[1].startswith(f"{bad}:3: the quoted text no longer matches turn")
        assert codings(other) == []
    finally:
        other.close()


def test_a_bad_cell_in_every_row_is_one_line_naming_the_rows(coded_project, tmp_path):
    rows = _exported_rows(coded_project, tmp_path)
    for row in rows:
        row["featured"] = "kanske"
    bad = _written(tmp_path / "bad.csv", rows)
    with pytest.raises(CodingsFileError) as caught:
        read_codings_file(bad)
    (line,) = str(caught.value).splitlines()
    assert line.startswith(f"{bad}: lines 2-4 (3 rows): featured is 'kanske'")


def test_not_a_codings_file(coded_project, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CodingsFileError, match="missing columns"):
        import_codings(coded_project, path)


def test_a_column_given_twice_is_refused_not_read_as_its_last(tmp_path):
    twice = tmp_path / "dubbel.csv"
    twice.write_text(
        "transcript_sha256,turn,start,end,code,coder,quote,code\n"
        "a1b2c3,2,0,9,ansvar,anna,I fyra år,samverkan\n",
        encoding="utf-8",
    )
    with pytest.raises(CodingsFileError) as caught:
        read_codings_file(twice)
    assert str(caught.value) == (
        f"{twice}:1: the column 'code' appears twice; keep one and import again"
    )


def test_a_row_with_cells_missing_or_left_over_is_refused_with_its_count(tmp_path):
    path = tmp_path / "rader.csv"
    path.write_text(
        "transcript_sha256,turn,start,end,code,coder,quote\n"
        "a1b2c3,2,0\n"
        "a1b2c3,2,0,9,ansvar,anna,I fyra år,samverkan\n"
        "a1b2c3,2,0,9,ansvar,anna,I fyra år,,\n",  # empty cells left over are no matter
        encoding="utf-8",
    )
    with pytest.raises(CodingsFileError) as caught:
        read_codings_file(path)
    assert str(caught.value).splitlines() == [
        f"{path}:2: 3 cells where the header has 7 columns; check the row's separators and quotes",
        f"{path}:3: 8 cells where the header has 7 columns; check the row's separators and quotes",
    ]


def test_a_file_saved_in_another_encoding_names_excels_utf8_choice(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "transcript_sha256;turn;start;end;code;coder;quote\nå;1;0;1;a;b;c\n".encode("cp1252")
    )
    with pytest.raises(CodingsFileError, match=r"not UTF-8 text \(nor UTF-16 .*\); .* 'CSV UTF-8'"):
        read_codings_file(path)


def test_a_file_cut_off_inside_a_quote_is_refused_as_cut_off(coded_project, tmp_path):
    cut = tmp_path / "avklippt.csv"
    cut.write_text(  # the copy stopped inside row 3's quote (line 3 starts it)
        "transcript_sha256,turn,start,end,code,coder,quote\n"
        'a1b2c3,2,0,9,samverkan,anna,"I fyra år, ungefär."\n'
        'a1b2c3,4,0,30,samverkan,anna,"Det beror, sa hon, helt på',
        encoding="utf-8",
    )
    with pytest.raises(CodingsFileError, match=r"avklippt.csv:3: the file ends inside a quoted"):
        import_codings(coded_project, cut)
    # a stray quote typed in an unquoted cell is text, as the csv module reads it
    stray = tmp_path / "handskriven.csv"
    stray.write_text(
        "transcript_sha256,turn,start,end,code,coder,memo,quote\n"
        'a1b2c3,2,0,9,samverkan,anna,hon sa "nej,I fyra år\n',
        encoding="utf-8",
    )
    [row] = read_codings_file(stray)
    assert row.memo == 'hon sa "nej' and row.quote == "I fyra år"


def test_a_coder_name_too_long_to_keep_is_refused_with_its_line(coded_project, tmp_path):
    _code_some(coded_project)
    path = tmp_path / "codings.csv"
    export_codings(coded_project, path)
    rows = _rows(path)
    rows[1]["coder"] = "b" * 201
    _write(path, rows)
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        with pytest.raises(CodingsFileError) as refused:
            import_codings(other, path)
        assert str(refused.value) == (
            f"{path}:3: the coder name is 201 characters long; use one of at most 200"
        )
        assert codings(other) == []  # nothing of the file is imported
    finally:
        other.close()


def test_rows_with_impossible_values_are_refused_with_their_lines(coded_project, tmp_path):
    _code_some(coded_project)
    path = tmp_path / "codings.csv"
    export_codings(coded_project, path)
    rows = _rows(path)
    whole = next(r for r in rows if r["code"] == "samverkan")  # the whole of turn 2
    length = int(whole["end"])
    broken = [
        # past the turn's end: the quote still reads the same in a clamped slice
        {**whole, "end": str(length + 1000)},
        {**whole, "coder": "   "},
        {**whole, "coder": "cecilia", "featured": "kanske"},
        {**whole, "coder": "david", "created_at": "igår"},
        {**whole, "coder": "erik", "start": "-1"},
    ]
    _write(path, broken)
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        with pytest.raises(CodingsFileError) as refused:
            import_codings(other, path)
        assert str(refused.value).splitlines() == [  # every row's problem, in one go
            f"{path}:2: end {length + 1000} lies past turn 2, which is {length} "
            "characters long; was the transcript re-exported?",
            f"{path}:3: the coder name is empty; fill in the coder column or give coder=...",
            f"{path}:4: featured is 'kanske'; write yes or no",
            f"{path}:5: created_at 'igår' is not a date and time such as "
            "2026-12-03T10:15:00+00:00; correct it or leave it empty",
            f"{path}:6: start -1 and end {length} must be 0 <= start < end",
        ]
        only_first = tmp_path / "first.csv"
        _write(only_first, broken[:1])
        with pytest.raises(CodingsFileError) as refused:
            import_codings(other, only_first)
        assert str(refused.value) == (
            f"{only_first}:2: end {length + 1000} lies past turn 2, which is {length} "
            "characters long; was the transcript re-exported?"
        )
        with pytest.raises(CodingsFileError, match=r":2: the coder name is empty"):
            import_codings(other, _first_row(path, tmp_path), coder="   ")
        assert codings(other) == []
    finally:
        other.close()


def _first_row(path, tmp_path):
    """A codings file of the first row of ``path`` with a coder."""
    first = tmp_path / "one.csv"
    _write(first, [{**_rows(path)[0], "coder": "fia"}])
    return first


def test_memos_file_round_trip(coded_project, tmp_path):
    from qualkod.coding import add_memo, export_memos, import_memos, memos

    add_memo(coded_project, "Om samverkan.", "anna", theme="samverkan")
    add_memo(coded_project, "Om länken.", "anna", theme="samverkan", concept="integrering")
    out = tmp_path / "memos.yaml"
    assert export_memos(coded_project, out) == 2
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt"])
    try:
        assert import_memos(other, out) == (2, 0)
        assert import_memos(other, out) == (0, 2)
        assert {m.text for m in memos(other)} == {"Om samverkan.", "Om länken."}
        bad = tmp_path / "bad.yaml"
        bad.write_text("memos:\n  - {theme: okand, text: x}\n", encoding="utf-8")
        with pytest.raises(QualkodError, match="bad.yaml:2: memo 1: theme: okand"):
            import_memos(other, bad)
        bad.write_text(
            "memos:\n  - theme: samverkan\n    text: bra\n\n  - theme: samverkan\n",
            encoding="utf-8",
        )
        with pytest.raises(QualkodError, match="bad.yaml:5: memo 2: needs 'theme' and 'text'"):
            import_memos(other, bad)
        # a key misspelt or given twice is not silently dropped or overwritten
        bad.write_text(
            "memos:\n  - theme: samverkan\n    konsept: integrering\n    text: bra\n",
            encoding="utf-8",
        )
        with pytest.raises(QualkodError, match="bad.yaml:2: memo 1: unknown key 'konsept'"):
            import_memos(other, bad)
        bad.write_text(
            "memos:\n  - theme: samverkan\n    text: bra\n    text: dåligt\n", encoding="utf-8"
        )
        with pytest.raises(QualkodError, match="bad.yaml:4:5: duplicate key 'text'"):
            import_memos(other, bad)
        for entry, message in [
            ("{theme: samverkan, text: [bra, dåligt]}", "memo 1: 'text' must be text"),
            ("{conclusion: false, text: Slutsats.}", "memo 1: 'conclusion' must be true"),
            (
                "{conclusion: true, concept: integrering, text: Slutsats.}",
                "memo 1: a conclusion is about the whole study: give it no theme",
            ),
            ("{conclusion: true}", "memo 1: a conclusion needs 'text'"),
        ]:
            bad.write_text(f"memos:\n  - {entry}\n", encoding="utf-8")
            with pytest.raises(QualkodError, match=re.escape(f"bad.yaml:2: {message}")):
                import_memos(other, bad)
        bad.write_text("memos: []\nmemon: []\n", encoding="utf-8")
        with pytest.raises(QualkodError, match="bad.yaml:2: unknown key 'memon'"):
            import_memos(other, bad)
        assert {m.text for m in memos(other)} == {"Om samverkan.", "Om länken."}
    finally:
        other.close()


def test_a_memo_naming_no_coder_is_the_importers(coded_project, tmp_path):
    from qualkod.coding import import_memos, memos

    path = tmp_path / "memos.yaml"
    path.write_text(
        "memos:\n  - {conclusion: true, text: Ansvaret faller mellan stolarna.}\n"
        "  - {theme: samverkan, coder: bo, text: Om samverkan.}\n",
        encoding="utf-8",
    )
    assert import_memos(coded_project, path, default_coder="anna") == (2, 0)
    found = {(m.text, m.coder, m.is_conclusion) for m in memos(coded_project)}
    assert ("Ansvaret faller mellan stolarna.", "anna", True) in found
    assert ("Om samverkan.", "bo", False) in found


def test_a_memo_written_on_lines_is_one_paragraph_and_round_trips(coded_project, tmp_path):
    from qualkod.coding import add_memo, export_memos, import_memos, memos

    add_memo(coded_project, "Första raden.\n\tAndra  raden.", "anna", conclusion=True)
    assert [m.text for m in memos(coded_project) if m.is_conclusion] == [
        "Första raden. Andra raden."
    ]
    out = tmp_path / "memos.yaml"
    export_memos(coded_project, out)
    assert import_memos(coded_project, out) == (0, 1)


def test_a_formula_like_memo_round_trips_unchanged(coded_project, tmp_path):
    # The exchange file is not neutralised for spreadsheets: what goes out comes back.
    memo = '=HYPERLINK("http://x","y")'
    add_coding(coded_project, "1", 2, "samverkan", "anna", memo=memo)
    add_coding(coded_project, "1", 4, "samverkan", "anna", memo="-2+3")
    first = tmp_path / "codings.csv"
    export_codings(coded_project, first)
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        import_codings(other, first)
        assert sorted(c.memo for c in codings(other)) == ["-2+3", memo]
        second = tmp_path / "again.csv"
        export_codings(other, second)
        assert second.read_bytes() == first.read_bytes()
    finally:
        other.close()


def test_nested_aliases_in_a_memos_file_are_refused_quickly(coded_project, tmp_path):
    laughs = (DATA / "codebook" / "billion-laughs.yaml").read_text(encoding="utf-8")
    path = tmp_path / "memos.yaml"
    path.write_text(laughs.replace("themes: *i", "memos: *i"), encoding="utf-8")
    with pytest.raises(
        QualkodError, match=r"memos.yaml:7:8: not a readable YAML file \(YAML alias"
    ):
        import_memos(coded_project, path)


def test_a_file_saved_by_excel_in_swedish_with_semicolons_imports(coded_project, tmp_path):
    _code_some(coded_project)
    first = tmp_path / "codings.csv"
    export_codings(coded_project, first)
    rows = _rows(first)
    excel = tmp_path / "excel.csv"
    with excel.open("w", encoding="utf-8-sig", newline="") as handle:  # BOM, ";", CRLF
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        assert import_codings(other, excel).added == 3
    finally:
        other.close()


def test_a_file_saved_by_excel_as_unicode_text_imports(coded_project, tmp_path):
    _code_some(coded_project)
    first = tmp_path / "codings.csv"
    export_codings(coded_project, first)
    rows = _rows(first)
    excel = tmp_path / "excel.txt"
    # Excel's "Unicode Text": UTF-16 little-endian with a byte-order mark, tabs, CRLF
    with excel.open("w", encoding="utf-16", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    assert excel.read_bytes()[:2] == b"\xff\xfe"
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        assert import_codings(other, excel).added == 3
        assert {c.quote for c in codings(other)} >= {"De backar undan"}
    finally:
        other.close()


def test_input_paths_that_cannot_be_opened_are_named(coded_project, tmp_path):
    (tmp_path / "loop1.csv").symlink_to("loop2.csv")
    (tmp_path / "loop2.csv").symlink_to("loop1.csv")
    loop = tmp_path / "loop1.csv"
    for path, read, expected in [
        (tmp_path, import_codings, "is a folder; give the codings file"),
        (
            loop,
            import_codings,
            "cannot be read (Too many levels of symbolic links); check the path",
        ),
        (tmp_path, import_memos, "is a folder; give the memos file"),
        (loop, import_memos, "cannot be read (Too many levels of symbolic links); check the path"),
    ]:
        with pytest.raises(QualkodError) as caught:
            read(coded_project, path)
        assert str(caught.value) == f"{path}: {expected}"
    assert codings(coded_project) == []


def test_a_control_character_in_a_memos_file_is_refused_with_its_place(coded_project, tmp_path):
    path = tmp_path / "memos.yaml"
    path.write_text("memos:\n  - theme: samverkan\n    text: bra\x00\n", encoding="utf-8")
    with pytest.raises(QualkodError) as caught:
        import_memos(coded_project, path)
    assert str(caught.value) == (
        f"{path}:3:14: not a readable YAML file "
        "(control character U+0000 is not allowed in YAML; remove it)"
    )


def test_another_studys_codings_file_is_not_written_over(coded_project, tmp_path):
    out = tmp_path / "kodningar.csv"
    _code_some(coded_project)
    export_codings(coded_project, out)
    before = out.read_bytes()
    other = _fresh(tmp_path, "annan.db", [INGEST / "labels.txt"])
    with pytest.raises(QualkodError) as caught:
        export_codings(other, out)
    assert str(caught.value) == (
        f"{out}: holds codings of 2 transcript(s) this project does not have "
        "(another study's?); it is not written over: give another file name"
    )
    assert out.read_bytes() == before
    # the study's own file is written over as before, a removed coding gone from it
    remove_coding(coded_project, codings(coded_project)[0].id, "anna")
    assert export_codings(coded_project, out) == 2


def test_rows_coding_the_same_words_twice_are_refused_as_code_add_refuses(coded_project, tmp_path):
    rows = _exported_rows(coded_project, tmp_path)
    first = next(r for r in rows if r["code"] == "ansvar_skjuts_undan")  # "De backar undan"
    shorter = dict(first, end=str(int(first["end"]) - 6), quote=first["quote"][:-6])
    path = _written(tmp_path / "dubbel.csv", [first, shorter])
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        with pytest.raises(CodingsFileError) as caught:
            import_codings(other, path)
        assert str(caught.value) == (
            f"{path}:3: anna has coded words of this span of turn 4 as ansvar_skjuts_undan "
            "already (coding 1); keep one of the two rows, or import the file as another "
            "coder's (coder=...)"
        )
        assert codings(other) == []
    finally:
        other.close()


def test_every_problem_of_a_file_is_listed_format_and_content_alike(coded_project, tmp_path):
    rows = _exported_rows(coded_project, tmp_path)
    rows[0]["featured"] = "kanske"
    rows[1]["quote"] = rows[1]["quote"] + " och mer"
    path = _written(tmp_path / "två-fel.csv", rows)
    other = _fresh(tmp_path, "annan.db", [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"])
    try:
        with pytest.raises(CodingsFileError) as caught:
            import_codings(other, path)
        lines = str(caught.value).splitlines()
        assert len(lines) == 2
        assert lines[0].startswith(f"{path}:2: featured is 'kanske'")
        assert lines[1].startswith(f"{path}:3: the quoted text no longer matches turn")
        assert codings(other) == []
    finally:
        other.close()
