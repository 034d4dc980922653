"""The codings file's provenance columns: typed by the coder, or an accepted suggestion."""

from __future__ import annotations

import csv

import pytest

from qualkod.coding import (
    accept_suggestion,
    add_coding,
    codings,
    export_codings,
    history,
    import_codings,
)
from qualkod.coding.file import CodingsFileError
from qualkod.importing import import_files
from qualkod.project import init_project, use_codebook
from qualkod.store import open_project
from qualkod.suggest import service
from tests.conftest import DATA, REPO

SESSION_VTT = DATA / "coding" / "session.vtt"
PROVENANCE = ("source", "suggestion_score", "suggestion_evidence")


@pytest.fixture
def suggested(project):
    """session.vtt suggested on by the lexicon alone: suggestion 1 on turn 2 (samarbete,
    0-31, evidence 'ringa'), 3 on turn 2 (samverkan 88-126, 'helheten'), 4 on turn 4
    (samordning, the whole turn)."""
    import_files(project, [SESSION_VTT], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    service.suggest(project)
    return project


def _fresh(tmp_path, name: str):
    path = tmp_path / name
    init_project(path)
    project = open_project(path)
    import_files(project, [SESSION_VTT], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    return project


def _rows(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path, rows: list[dict[str, str]]):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _origins(path) -> list[tuple[str, ...]]:
    return [(r["coder"], r["code"], *(r[c] for c in PROVENANCE)) for r in _rows(path)]


def _coded(project):
    """anna accepts suggestion 1 and codes turn 4 herself (then accepts suggestion 4 as
    that coding); bo accepts suggestion 3 as samverkan, not its sub-code."""
    accept_suggestion(project, 1, "anna")
    add_coding(project, "1", 4, "samordning", "anna")
    accept_suggestion(project, 4, "anna")  # the coding she made: it stays hers, typed
    accept_suggestion(project, 3, "bo", code="samverkan")


def test_each_coding_says_whether_it_was_typed_or_an_accepted_suggestion(suggested, tmp_path):
    _coded(suggested)
    out = tmp_path / "c.csv"
    assert export_codings(suggested, out) == 3
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == (
        "transcript_sha256,transcript,turn,start,end,speaker,theme,code,coder,featured,"
        "concepts,memo,created_at,source,suggestion_score,suggestion_evidence,quote"
    )
    assert _origins(out) == [
        ("anna", "samarbete", "suggestion", "0.63", "ringa"),  # 1 - exp(-1): one match
        ("bo", "samverkan", "suggestion", "0.63", "helheten"),
        ("anna", "samordning", "manual", "", ""),
    ]


def test_provenance_round_trips_and_is_in_the_import_log(suggested, tmp_path):
    _coded(suggested)
    first = tmp_path / "codings.csv"
    export_codings(suggested, first)
    other = _fresh(tmp_path, "annan.db")
    try:
        assert import_codings(other, first).added == 3
        again = tmp_path / "again.csv"
        export_codings(other, again)
        assert again.read_bytes() == first.read_bytes()
        imported = [e for e in history(other) if e.action == "import"]
        said = [
            ('"source": "suggestion"' in e.after, '"source": "manual"' in e.after) for e in imported
        ]
        assert said == [(True, False), (True, False), (False, True)]
        assert '"suggestion_evidence": "ringa", "suggestion_score": "0.63"' in imported[0].after
    finally:
        other.close()


def test_a_file_without_the_columns_imports_and_exports_as_unknown(suggested, tmp_path):
    _coded(suggested)
    out = tmp_path / "c.csv"
    export_codings(suggested, out)
    old = [{k: v for k, v in r.items() if k not in PROVENANCE} for r in _rows(out)]
    older = _write(tmp_path / "older.csv", old)  # as qualkod wrote it before
    other = _fresh(tmp_path, "annan.db")
    try:
        assert import_codings(other, older).added == 3
        again = tmp_path / "again.csv"
        export_codings(other, again)
        assert [r[2:] for r in _origins(again)] == [("unknown", "", "")] * 3
        third = _fresh(tmp_path, "tredje.db")  # 'unknown' reads back as unknown
        try:
            import_codings(third, again)
            export_codings(third, tmp_path / "third.csv")
            assert (tmp_path / "third.csv").read_bytes() == again.read_bytes()
        finally:
            third.close()
    finally:
        other.close()


def test_a_score_written_with_a_decimal_comma_is_read(suggested, tmp_path):
    _coded(suggested)
    out = tmp_path / "c.csv"
    export_codings(suggested, out)
    rows = _rows(out)
    rows[0]["suggestion_score"] = "0,63"  # Excel in Swedish
    rows[2]["source"] = " Manual "
    other = _fresh(tmp_path, "annan.db")
    try:
        import_codings(other, _write(tmp_path / "excel.csv", rows))
        export_codings(other, tmp_path / "back.csv")
        assert (tmp_path / "back.csv").read_bytes() == out.read_bytes()
    finally:
        other.close()


def test_a_wrong_source_or_score_is_refused_with_its_line(suggested, tmp_path):
    _coded(suggested)
    out = tmp_path / "c.csv"
    export_codings(suggested, out)
    first, second, third = _rows(out)
    broken = [
        {**first, "source": "förslag"},
        {**second, "suggestion_score": "hög"},
        {**second, "coder": "cecilia", "suggestion_score": "1.5"},
        {**third, "suggestion_score": "0.5"},
    ]
    path = _write(tmp_path / "bad.csv", broken)
    other = _fresh(tmp_path, "annan.db")
    try:
        with pytest.raises(CodingsFileError) as refused:
            import_codings(other, path)
        assert str(refused.value).splitlines() == [
            f"{path}:2: source is 'förslag'; write manual, suggestion or unknown",
            f"{path}:3: suggestion_score 'hög' is not a number from 0 to 1",
            f"{path}:4: suggestion_score '1.5' is not a number from 0 to 1",
            f"{path}:5: suggestion_score and suggestion_evidence are given but source is "
            "'manual'; write suggestion as the source, or empty those cells",
        ]
        assert codings(other) == []
    finally:
        other.close()


def test_cli_export_and_import_carry_the_source_column(suggested, cli, tmp_path):
    accept_suggestion(suggested, 1, "anna")
    out = tmp_path / "c.csv"
    assert cli("codings", "export", "--out", out).exit_code == 0
    assert _origins(out) == [("anna", "samarbete", "suggestion", "0.63", "ringa")]
    _fresh(tmp_path, "annan.db").close()
    elsewhere = ["--project", tmp_path / "annan.db"]
    imported = cli("codings", "import", out, *elsewhere, project=False)
    assert imported.exit_code == 0, imported.stderr
    back = tmp_path / "back.csv"
    assert cli("codings", "export", "--out", back, *elsewhere, project=False).exit_code == 0
    assert back.read_bytes() == out.read_bytes()
