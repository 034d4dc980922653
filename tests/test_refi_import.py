"""REFI-QDA import: .qdc codebooks and .qdpx projects, through the API and the CLI."""

from __future__ import annotations

import io
import uuid
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from qualkod.codebook import load_codebook
from qualkod.coding import codings, memos
from qualkod.project import current_codebook, transcripts, turns
from qualkod.refi_import import RefiError, import_codebook, init_from_qdpx
from qualkod.refi_import.codes import PLACEHOLDER_DEFINITION
from qualkod.refi_import.project import usable_titles
from qualkod.refi_import.turns import UNKNOWN_SPEAKER, split_turns
from qualkod.store import open_project

REFI = Path(__file__).parent / "data" / "refi"


# --- codebooks -----------------------------------------------------------------------


def test_nested_codebook_loads_with_every_code(tmp_path):
    out = tmp_path / "kodbok.yaml"
    result = import_codebook(REFI / "nested.qdc", out)
    codebook = load_codebook(out)
    assert [t.id for t in codebook.themes] == ["forutsattningar_och_oro", "samverkan"]
    first = codebook.themes[0]
    assert first.name == "Förutsättningar och oro"
    assert first.color == "#FF8800"
    assert first.definition == "Tal om vad som måste finnas på plats."
    assert [c.id for c in first.codes] == ["brist_pa_tid"]
    assert [c.id for c in first.codes[0].codes] == ["vantetider"]
    assert first.codes[0].codes[0].definition == PLACEHOLDER_DEFINITION
    assert [c.id for c in codebook.themes[1].codes] == ["brist_pa_tid_2"]
    assert codebook.themes[1].codes[0].color is None  # "blå" is no colour
    assert len(list(codebook.codes())) == 5
    assert result.code_ids["33333333-3333-3333-3333-333333333333"] == "vantetider"
    assert any("placeholder" in w for w in result.warnings)
    assert "dropped 1 colour that is not #RRGGBB" in result.warnings


def test_bom_and_misspelt_namespace_are_accepted(tmp_path):
    out = tmp_path / "kodbok.yaml"
    import_codebook(REFI / "bom-misspelt.qdc", out)
    codebook = load_codebook(out)
    assert [(t.id, t.color, t.definition) for t in codebook.themes] == [
        ("ansvar", "#123456", "Vem som bär ansvaret.")
    ]


def test_unknown_elements_are_ignored_with_a_warning(tmp_path):
    result = import_codebook(REFI / "unknown-element.qdc", tmp_path / "k.yaml")
    assert result.warnings == (
        "ignored 1 unknown <Extra> element(s)",
        "ignored 1 unknown <Memo> element(s)",
    )
    assert load_codebook(tmp_path / "k.yaml").themes[0].id == "ansvar"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "truncated.qdc",
            "truncated.qdc:6: not well-formed XML (Premature end of data in tag Description "
            "line 5); the file may be truncated: export it again",
        ),
        ("missing-name.qdc", "missing-name.qdc:4: <Code> has no name attribute"),
        ("entities.qdc", "entities.qdc:1: a DOCTYPE is not allowed"),
    ],
)
def test_broken_codebooks_are_refused_and_nothing_is_written(tmp_path, name, message):
    out = tmp_path / "k.yaml"
    with pytest.raises(RefiError) as caught:
        import_codebook(REFI / name, out)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not out.exists()


def test_a_project_given_for_a_codebook_points_to_init_from(tmp_path):
    import zipfile

    project = tmp_path / "projekt.qdpx"
    with zipfile.ZipFile(project, "w") as archive:
        archive.writestr("project.qde", "<Project/>")
    out = tmp_path / "k.yaml"
    with pytest.raises(RefiError) as caught:
        import_codebook(project, out)
    assert str(caught.value) == (
        f"{project}: a zip file (a .qdpx project?), not a .qdc codebook; import a project "
        "with qualkod.refi_import.init_from_qdpx(NEW.db, FILE.qdpx), or give its codebook's .qdc"
    )
    assert not out.exists()


def test_a_codebook_yaml_given_for_a_qdc_is_told_to_be_used_as_it_is(tmp_path):
    kodbok = tmp_path / "kodbok.yaml"
    kodbok.write_text(
        "codebook: egen\nversion: '1'\nthemes:\n  - id: a\n    name: A\n", encoding="utf-8"
    )
    out = tmp_path / "k.yaml"
    with pytest.raises(RefiError) as caught:
        import_codebook(kodbok, out)
    assert str(caught.value) == (
        f"{kodbok}: a codebook, not a .qdc codebook; "
        f"use it as it is: qualkod.project.use_codebook(p, '{kodbok}')"
    )
    assert not out.exists()


def test_codebook_import_cli(cli, tmp_path):
    out = tmp_path / "k.yaml"
    result = cli("codebook", "import", REFI / "nested.qdc", "--out", out, project=False)
    assert result.exit_code == 0
    assert "2 themes, 3 sub-codes" in result.stdout  # 5 codes, 2 of them themes
    assert "Warning: numbered the ids of 1 code whose name another code had taken" in result.stderr
    assert load_codebook(out).themes[0].id == "forutsattningar_och_oro"


def test_codebook_import_cli_refuses_truncated(cli, tmp_path):
    out = tmp_path / "k.yaml"
    result = cli("codebook", "import", REFI / "truncated.qdc", "--out", out, project=False)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "truncated.qdc:6: not well-formed XML" in result.stderr
    assert not out.exists()


# --- turns ---------------------------------------------------------------------------


def test_turns_from_labels_keep_offsets():
    text = (REFI / "source.txt").read_bytes().decode("utf-8")
    found = split_turns(text)
    assert [(t.speaker, t.text, t.start_ms) for t in found.turns] == [
        ("Intervjuare", "Hur ser ansvaret ut?", 5000),
        ("IP 1", "Ingen tar ansvar för mig. Jag känner oro, ärligt talat.", 12000),
    ]
    assert found.locate(63, 83) == [(2, 0, 20)]
    assert found.turns[1].text[0:20] == text[63:83] == "Ingen tar ansvar för"


def test_turns_from_paragraphs_without_labels():
    found = split_turns("Första stycket\nrad två.\n\nAndra stycket: här.")
    assert [(t.speaker, t.text) for t in found.turns] == [
        (UNKNOWN_SPEAKER, "Första stycket rad två."),
        (UNKNOWN_SPEAKER, "Andra stycket: här."),
    ]


def test_a_source_of_one_turn_keeps_its_role_label_but_not_a_title():
    """qualkod writes a one-turn transcript as one labelled line; a title is no speaker."""
    one = split_turns("Intervjuare 1: Hur ser samverkan ut hos er i dag?")
    assert [(t.speaker, t.text) for t in one.turns] == [
        ("Intervjuare 1", "Hur ser samverkan ut hos er i dag?")
    ]
    for text in ("Anna Berg: Hur ser samverkan ut?", "Samverkan: en studie i tre delar"):
        assert [t.speaker for t in split_turns(text).turns] == [UNKNOWN_SPEAKER]


# --- projects ------------------------------------------------------------------------


def _qdpx(tmp_path: Path, folder: str = "Sources", qde: bytes | None = None) -> Path:
    path = tmp_path / "studie.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde or (REFI / "project.qde").read_bytes())
        archive.writestr(
            f"{folder}/bbbbbbbb-0000-0000-0000-000000000001.txt",
            (REFI / "source.txt").read_bytes(),
        )
        archive.writestr(f"{folder}/foto.png", b"\x89PNG")
    return path


@pytest.mark.parametrize("folder", ["Sources", "sources"])
def test_init_from_qdpx(tmp_path, folder):
    location = tmp_path / "ny.db"
    book = tmp_path / "kodbok.yaml"
    result = init_from_qdpx(location, _qdpx(tmp_path, folder), codebook_out=book, coder="Jag")
    assert (result.transcripts, result.turns, result.codings, result.memos) == (1, 2, 2, 2)
    assert result.coders == ("Karin", "Olle")
    assert (
        "skipped what qualkod cannot represent: 1 PDF source(s), 1 graph(s), "
        "1 picture source(s), 1 selection(s) in picture sources"
    ) in result.warnings
    assert [t.id for t in load_codebook(book).codes()] == ["ansvar", "oro_for_ansvar"]
    project = open_project(location)
    try:
        assert current_codebook(project)[0].id == "studie_om_vard"
        [summary] = transcripts(project)
        _, stored = turns(project, str(summary.id))
        assert [t.text for t in stored][1].startswith("Ingen tar ansvar för mig.")
        found = sorted(codings(project), key=lambda c: c.code_id)
        assert [(c.turn, c.start, c.end, c.quote, c.code_id, c.coder) for c in found] == [
            (2, 0, 20, "Ingen tar ansvar för", "ansvar", "Olle"),
            (2, 30, 40, "känner oro", "oro_for_ansvar", "Karin"),
        ]
        assert found[0].created_at == "2024-05-02T11:00:00+00:00"
        assert found[0].memo == "Ett tydligt exempel."
        assert [(m.code_id, m.coding_id, m.text, m.coder) for m in memos(project)] == [
            ("ansvar", None, "Ansvaret glider mellan huvudmännen.", "Olle"),
            (None, found[0].id, "Ett tydligt exempel.", "Olle"),
        ]
    finally:
        project.close()


def test_init_from_broken_qdpx_leaves_nothing(tmp_path):
    broken = (
        (REFI / "project.qde")
        .read_bytes()
        .replace(
            b'targetGUID="22222222-2222-2222-2222-222222222222"',
            b'targetGUID="99999999-0000-0000-0000-000000000000"',
        )
    )
    location = tmp_path / "ny.db"
    book = tmp_path / "kodbok.yaml"
    with pytest.raises(RefiError, match=r"project.qde:\d+: <CodeRef> names code 99999999"):
        init_from_qdpx(location, _qdpx(tmp_path, qde=broken), codebook_out=book)
    assert not location.exists()
    assert not book.exists()


def test_init_from_truncated_qde(tmp_path):
    truncated = (REFI / "project.qde").read_bytes()[:600]
    with pytest.raises(RefiError, match=r"project.qde:\d+: not well-formed XML"):
        init_from_qdpx(tmp_path / "ny.db", _qdpx(tmp_path, qde=truncated))
    assert not (tmp_path / "ny.db").exists()


def test_init_from_cli(cli, tmp_path):
    location = tmp_path / "ny.db"
    book = tmp_path / "kodbok.yaml"
    result = cli("init", location, "--from", _qdpx(tmp_path), "--codebook-out", book, project=False)
    assert result.exit_code == 0, result.stderr
    assert "1 transcript (2 turns), 2 codings (coders Karin, Olle), 2 memos" in result.stdout
    assert "Warning: skipped what qualkod cannot represent:" in result.stderr
    again = cli("init", location, "--from", _qdpx(tmp_path), project=False)
    assert again.exit_code == 1
    assert "already exists" in again.stderr


def test_a_source_named_by_digits_alone_gets_a_title_commands_can_find(tmp_path):
    qde = (REFI / "project.qde").read_bytes().replace(b'name="Intervju med IP"', b'name="2019"')
    location = tmp_path / "ny.db"
    init_from_qdpx(location, _qdpx(tmp_path, qde=qde), codebook_out=tmp_path / "k.yaml")
    project = open_project(location)
    try:
        assert [t.title for t in transcripts(project)] == ["Källa 2019"]
    finally:
        project.close()


def test_sources_of_one_name_get_titles_told_apart():
    names = ["Intervju A", "intervju  a", "7", "Intervju A", "Källa 7"]
    assert usable_titles(names) == [
        "Intervju A",
        "intervju a (2)",
        "Källa 7",
        "Intervju A (3)",
        "Källa 7 (2)",
    ]


# --- round trip of a qualkod export ---------------------------------------------------


def _coded(project, redacted: bool = False) -> tuple[set, set, set]:
    """(quote, code id, coder) per coding, its linked concepts, and link memos; the
    quotes redacted as in an export when ``redacted``."""
    from qualkod.coding import links
    from qualkod.redaction.project import ProjectRedactor

    redactor = ProjectRedactor(project, raw=not redacted)
    by_id = {
        c.id: (redactor.span(c.transcript_id, c.turn, c.start, c.end), c.code_id, c.coder)
        for c in codings(project)
    }
    linked: dict = {key: set() for key in by_id.values()}
    memo_set = set()
    for link in links(project):
        key = by_id[link.coding_id]
        linked[key].add(link.concept_id)
        if link.memo:
            memo_set.add((key, link.concept_id, link.coder, link.memo))
    concepts = {(key, frozenset(found)) for key, found in linked.items()}
    return set(by_id.values()), concepts, memo_set


def _without_lexicon(code):
    """A code as REFI-QDA carries it: the suggestion lexicon has no place there."""
    from dataclasses import replace

    from qualkod.models import Lexicon

    return replace(code, lexicon=Lexicon(), codes=tuple(_without_lexicon(c) for c in code.codes))


def test_round_trip_of_the_sample_study_is_byte_identical(sample_study, tmp_path):
    """Export, import into a fresh project, export again: the same .qdpx, byte for byte
    (codes with ids, hierarchy, colours and descriptions, sources, selections, coders,
    codings of concepts, notes with their targets, authors and times, the featured set,
    cases with roles). Real names are exported: a redacted file names speakers by
    pseudonyms such as ``Intervjuare 1``, which the import cannot tell apart from the
    same label in another interview (see the README)."""
    from qualkod.codebook import load_theory
    from qualkod.coding import export_codings, export_memos, links
    from qualkod.export.refi_qda import write_qdpx

    first_path, again_path = tmp_path / "studie.qdpx", tmp_path / "igen.qdpx"
    # the coders by their logins, as the project names them (not Kodare A)
    first = write_qdpx(sample_study, first_path, raw_names=True, coder_names=True)
    assert first.links > 0
    location, book = tmp_path / "ny.db", tmp_path / "kodbok.yaml"
    result = init_from_qdpx(location, first_path, codebook_out=book)
    assert result.warnings == ()
    assert result.links == first.links == len(links(sample_study))
    assert result.codings == first.codings == len(codings(sample_study))
    codebook, catalogue = current_codebook(sample_study)
    project = open_project(location)
    try:
        again = write_qdpx(project, again_path, raw_names=True, coder_names=True)
        new_codebook, new_catalogue = current_codebook(project)
        export_codings(project, tmp_path / "ny-kodningar.csv")
        export_memos(project, tmp_path / "ny-memon.yaml")
        new_codings, new_memos = codings(project), memos(project)
    finally:
        project.close()
    assert again == first
    assert again_path.read_bytes() == first_path.read_bytes()
    # The codebook and catalogue files hold what the original ones do (the lexicon for
    # suggestions excepted), code ids included.
    assert [_without_lexicon(t) for t in new_codebook.themes] == [
        _without_lexicon(t) for t in codebook.themes
    ]
    written = load_theory(tmp_path / "kodbok-teori.yaml")
    assert replace(written, sha256="") == replace(catalogue, sha256="")
    assert replace(new_catalogue, sha256="") == replace(catalogue, sha256="")
    assert sum(c.featured for c in new_codings) == sum(c.featured for c in codings(sample_study))
    assert any(m.concept_id for m in new_memos)
    # the study's conclusions, notes on the project, come back in the order written
    conclusions = [m.text for m in memos(sample_study) if m.is_conclusion]
    assert len(conclusions) == 3
    assert [m.text for m in new_memos if m.is_conclusion] == conclusions
    # The codings and memos files are the same but for the transcripts' sha256: the
    # original names the .vtt/.docx file a transcript was read from, the imported one
    # the text source in the .qdpx (the original files are not in it).
    export_codings(sample_study, tmp_path / "kodningar.csv")
    export_memos(sample_study, tmp_path / "memon.yaml")
    shas = {}
    for old, new in zip(transcripts(sample_study), _transcripts(location), strict=True):
        assert old.title == new.title
        shas[new.sha256] = old.sha256
    for name in ("kodningar.csv", "memon.yaml"):
        text = (tmp_path / f"ny-{name}").read_text(encoding="utf-8")
        for new_sha, old_sha in shas.items():
            text = text.replace(new_sha, old_sha)
        assert text == (tmp_path / name).read_text(encoding="utf-8"), name


def _transcripts(location):
    project = open_project(location)
    try:
        return transcripts(project)
    finally:
        project.close()


def test_round_trip_keeps_featured_theme_concept_memos_and_codes(sample_study, tmp_path):
    """The same round trip of a redacted export: everything about codes, codings,
    featured marks and memos comes back (speaker pseudonyms aside)."""
    from qualkod.coding import links
    from qualkod.export.refi_qda import write_qdpx
    from qualkod.redaction.project import ProjectRedactor

    qdpx = tmp_path / "studie.qdpx"
    write_qdpx(sample_study, qdpx, coder_names=True)  # logins, as the project has them
    location, book = tmp_path / "ny.db", tmp_path / "kodbok.yaml"
    init_from_qdpx(location, qdpx, codebook_out=book)
    project = open_project(location)
    try:
        assert _coded(project) == _coded(sample_study, redacted=True)
        assert [c.id for c in current_codebook(project)[0].codes()] == [
            c.id for c in current_codebook(sample_study)[0].codes()
        ]

        def memo_set(p, text=str):
            return sorted(
                (m.code_id or "", m.concept_id or "", m.coder, text(m.text)) for m in memos(p)
            )

        redactor = ProjectRedactor(sample_study)
        assert memo_set(project) == memo_set(sample_study, redactor.text)
        assert any(concept for _, concept, _, _ in memo_set(project))
        featured = sorted((c.code_id, c.coder) for c in codings(project) if c.featured)
        assert featured == sorted((c.code_id, c.coder) for c in codings(sample_study) if c.featured)
        assert len(links(project)) == len(links(sample_study))
    finally:
        project.close()


def test_concept_coding_without_a_code_coding_is_skipped_and_counted(cli, sample_study, tmp_path):
    from lxml import etree

    from qualkod.export.refi_qda import build_qdpx
    from qualkod.export.refi_qda_xml import code_guid

    data = build_qdpx(sample_study, raw_names=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    root = etree.fromstring(members["project.qde"])
    ns = {"q": "urn:QDA-XML:project:1.0"}
    codebook_guids = {code_guid(c.id) for c in current_codebook(sample_study)[0].codes()}
    # a coding with two links: its code coding removed, the links' selections (over the
    # same words) are left without a coding to belong to
    selections = list(root.iterfind(".//q:PlainTextSelection", ns))

    def place(selection):
        return selection.get("startPosition"), selection.get("endPosition")

    for selection in selections:
        found = selection.findall("q:Coding", ns)
        refs = [c.find("q:CodeRef", ns).get("targetGUID") for c in found]
        beside = [
            other
            for other in selections
            if other is not selection
            and place(other) == place(selection)
            and other.findall("q:Coding", ns)
            and all(
                c.find("q:CodeRef", ns).get("targetGUID") not in codebook_guids
                for c in other.findall("q:Coding", ns)
            )
        ]
        if len(found) == 1 and refs[0] in codebook_guids and len(beside) == 2:
            selection.remove(found[0])
            break
    else:
        raise AssertionError("no coding with two links in the sample study's export")
    members["project.qde"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    qdpx = tmp_path / "utan.qdpx"
    with zipfile.ZipFile(qdpx, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    book = tmp_path / "kodbok.yaml"
    result = cli("init", tmp_path / "ny.db", "--from", qdpx, "--codebook-out", book, project=False)
    assert result.exit_code == 0, result.stderr
    from qualkod.coding import links

    assert f"{len(links(sample_study)) - 2} links" in result.stdout
    assert "skipped 2 concept coding(s) on a selection with no codebook coding" in result.stderr
    assert "theory: kodbok-teori.yaml" in book.read_text(encoding="utf-8")
    assert (tmp_path / "kodbok-teori.yaml").exists()


def test_qdc_of_qualkod_gives_back_codebook_and_catalogue(cli, tmp_path):
    """A .qdc that qualkod wrote with its concepts gives the codebook (its ids, criteria,
    examples and concept links) and the catalogue back, as init --from does."""
    from qualkod.codebook import load_theory
    from qualkod.export.refi_qda import build_qdc

    source = Path(__file__).parents[1] / "codebooks" / "samsjuklighet.yaml"
    codebook = load_codebook(source)
    catalogue = load_theory(source.parent / "tyrstrup-2014.yaml")
    qdc = tmp_path / "kodbok.qdc"
    qdc.write_bytes(build_qdc(codebook, catalogue))
    out = tmp_path / "ut" / "kodbok.yaml"
    out.parent.mkdir()
    result = cli("codebook", "import", qdc, "--out", out, project=False)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    theory = out.parent / "kodbok-teori.yaml"
    assert "kodbok-teori.yaml" in result.stdout
    imported = load_codebook(out)
    assert [_without_lexicon(t) for t in imported.themes] == [
        _without_lexicon(t) for t in codebook.themes
    ]
    assert replace(load_theory(theory), sha256="") == replace(catalogue, sha256="")
    assert build_qdc(imported, load_theory(theory)) == qdc.read_bytes()


def test_marked_code_ids_are_used_when_valid_and_unique(tmp_path):
    """Ids from the marker when valid and claimed once; otherwise slugs of the names."""

    def code(guid: int, name: str, marker: str | None) -> str:
        text = f"qualkod code: {marker}\n\nEn definition." if marker else "En definition."
        return (
            f'<Code guid="00000000-0000-0000-0000-00000000000{guid}" name="{name}" '
            f'isCodable="true"><Description>{text}</Description></Code>'
        )

    codes = "".join(
        [
            code(1, "Första", "forsta_id"),
            code(2, "Andra", "Ogiltigt-Id"),
            code(3, "Tredje", "dubbel"),
            code(4, "Fjärde", "dubbel"),
            code(5, "Forsta id", None),
        ]
    )
    qdc = tmp_path / "k.qdc"
    qdc.write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>{codes}</Codes></CodeBook>',
        encoding="utf-8",
    )
    result = import_codebook(qdc, tmp_path / "k.yaml")
    assert [c.id for c in result.codebook.themes] == [
        "forsta_id",
        "andra",
        "tredje",
        "fjarde",
        "forsta_id_2",
    ]
    assert all(c.definition == "En definition." for c in result.codebook.themes)
    assert any("invalid or repeated" in w for w in result.warnings)


# --- what real programs write --------------------------------------------------------


def test_atlas_codebook_namespace_0_4_and_its_sets(cli, tmp_path):
    """ATLAS.ti 23.4 writes the namespace ``urn:QDA-XML:codebook:0:4`` and code groups as
    ``<Sets>``: the codebook is read, the sets are skipped with a one-line summary, and
    the summary counts themes and sub-codes apart."""
    out = tmp_path / "k.yaml"
    result = import_codebook(REFI / "atlas-sets.qdc", out)
    assert result.warnings == ("skipped what qualkod cannot represent: 2 set(s)",)
    codebook = load_codebook(out)
    assert [(t.id, [c.id for c in t.codes]) for t in codebook.themes] == [
        ("vantetid", ["lang_vantan"]),
        ("besked", []),
    ]
    shown = cli(
        "codebook", "import", REFI / "atlas-sets.qdc", "--out", tmp_path / "c.yaml", project=False
    )
    assert shown.exit_code == 0, shown.stderr
    assert "2 themes, 1 sub-code\n" in shown.stdout
    assert shown.stderr == "Warning: skipped what qualkod cannot represent: 2 set(s)\n"


def _nvivo(tmp_path: Path, qde: bytes) -> Path:
    path = tmp_path / "nvivo.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr(
            "sources/bbbbbbbb-0000-0000-0000-000000000001.txt",
            (REFI / "nvivo-utf16.txt").read_bytes(),
        )
    return path


_QUOTES = [
    "Vi väntade länge",
    "och ingen ringde",
    "till slut",
    "för sent",
    "vem som bär ansvaret",
    "i sådana fall",
]
_CODE_POINTS = {"30": "28", "46": "44", "71": "68", "80": "77", "97": "94", "105": "102"}
_CODE_POINTS |= {"123": "120", "143": "140", "147": "143", "160": "156"}


def _as_code_points(qde: bytes, origin: str) -> bytes:
    """The fixture with the positions a program counting code points writes."""
    import re

    qde = qde.replace(b"NVivo for Windows 12.6", origin.encode())
    return re.sub(
        rb'(start|end)Position="(\d+)"',
        lambda m: (
            b'%sPosition="%s"' % (m[1], _CODE_POINTS.get(m[2].decode(), m[2].decode()).encode())
        ),
        qde,
    )


@pytest.mark.parametrize(
    ("origin", "code_points", "rule"),
    [
        ("NVivo for Windows 12.6", False, "written by NVivo for Windows 12.6; 6 of 6"),
        ("Okänt program 1.0", False, "(6 of 6 selections fit word boundaries read as UTF-16"),
        ("Okänt program 1.0", True, None),
        ("NVivo for Mac 12.7.0", True, None),
    ],
)
def test_utf16_positions_of_nvivo_are_read_as_code_points(tmp_path, origin, code_points, rule):
    """NVivo counts positions in UTF-16 code units (an emoji counts twice): in a source
    with such characters the unit is decided by which reading fits word boundaries
    (NVivo's on a tie), converted, and named in a warning."""
    qde = (REFI / "nvivo-utf16.qde").read_bytes()
    qde = (
        _as_code_points(qde, origin)
        if code_points
        else qde.replace(b"NVivo for Windows 12.6", origin.encode())
    )
    result = init_from_qdpx(
        tmp_path / "ny.db", _nvivo(tmp_path, qde), codebook_out=tmp_path / "k.yaml"
    )
    warned = [w for w in result.warnings if "UTF-16" in w]
    if rule is None:
        assert warned == []
    else:
        assert len(warned) == 1
        assert warned[0].startswith(
            "source 'Kommentarer': selection positions read as UTF-16 code units, not code points"
        )
        assert rule in warned[0]
    project = open_project(tmp_path / "ny.db")
    try:
        found = sorted(codings(project), key=lambda c: (c.turn, c.start))
        assert [c.quote for c in found] == _QUOTES
    finally:
        project.close()


def test_title_with_a_colon_is_no_speaker():
    """A document opening with a title such as ``Kritiskt lärande: en studie`` is read
    paragraph by paragraph; labels that recur make a transcript."""
    text = (
        "Kritiskt lärande: en studie av skolor i förändring\r\n\r\n"
        "Anna Berg, Lunds universitet\r\n\r\n"
        "Sammanfattning: vi beskriver ett arbete.\r\n\r\n"
        "Första stycket.\r\n\r\nAndra stycket.\r\n"
    )
    found = split_turns(text)
    assert not found.labelled
    assert [t.speaker for t in found.turns] == [UNKNOWN_SPEAKER] * 5
    assert found.turns[0].text == "Kritiskt lärande: en studie av skolor i förändring"
    talk = split_turns("Anna Berg: Hej.\n\nBo: Hej då.\n\nAnna Berg: Vi ses.\nI morgon.\n\nBo: Ja.")
    assert talk.labelled
    assert [(t.speaker, t.text) for t in talk.turns] == [
        ("Anna Berg", "Hej."),
        ("Bo", "Hej då."),
        ("Anna Berg", "Vi ses. I morgon."),
        ("Bo", "Ja."),
    ]
    once = split_turns("Anna Berg: Hej.\n\nEtt stycke.\n\nEtt till.\n\nOch ett.\n")
    assert not once.labelled


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zipped(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def test_qualcoder_layout_one_selection_per_coding_keeps_links_and_memos(sample_study, tmp_path):
    """QualCoder writes one selection per coding and a coding's memo only in the
    selection's ``Description`` (no notes): the concept codings are paired with the
    codings of the same source, text and coder, and the memos come from the
    descriptions."""
    from lxml import etree

    from qualkod.coding import links
    from qualkod.export.refi_qda import build_qdpx

    members = _members(build_qdpx(sample_study, raw_names=True, coder_names=True))
    root = etree.fromstring(members["project.qde"])
    ns = "{urn:QDA-XML:project:1.0}"
    described = 0
    for selection in list(root.iter(f"{ns}PlainTextSelection")):
        for ref in selection.findall(f"{ns}NoteRef"):
            selection.remove(ref)
        described += selection.find(f"{ns}Description") is not None
        found = selection.findall(f"{ns}Coding")
        for coding in found[1:]:
            alone = etree.Element(f"{ns}PlainTextSelection", dict(selection.attrib))
            alone.set("guid", str(uuid.uuid5(uuid.NAMESPACE_URL, coding.get("guid"))))
            selection.remove(coding)
            alone.append(coding)
            selection.addnext(alone)
    assert described > 0
    members["project.qde"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    qdpx = _zipped(tmp_path / "qualcoder.qdpx", members)
    result = init_from_qdpx(tmp_path / "ny.db", qdpx, codebook_out=tmp_path / "k.yaml")
    assert not any("concept coding" in w for w in result.warnings)
    assert result.links == len(links(sample_study))
    project = open_project(tmp_path / "ny.db")
    try:
        assert _coded(project)[:2] == _coded(sample_study)[:2]
        got = sorted((m.coder, m.text) for m in memos(project) if m.coding_id)
        want = sorted((m.coder, m.text) for m in memos(sample_study) if m.coding_id)
        assert got == want
    finally:
        project.close()


def test_selection_description_is_a_memo_once(tmp_path):
    """A selection's ``Description`` is its coding's memo; the same text also in a note
    on the selection (as qualkod writes it) gives one memo, not two."""
    qde = (REFI / "project.qde").read_bytes()
    same = b"<Description>Ett  tydligt\n exempel.</Description>"
    other = b"<Description>Oro, inte ansvar.</Description>"
    qde = qde.replace(
        b'creationDateTime="2024-05-01T10:00:00Z">',
        b'creationDateTime="2024-05-01T10:00:00Z">' + same,
    )
    qde = qde.replace(
        b'name="oro" startPosition="94" endPosition="104" creatingUser="aaaaaaaa-0000-0000-0000-000000000001">',
        b'name="oro" startPosition="94" endPosition="104" creatingUser="aaaaaaaa-0000-0000-0000-000000000001">'
        + other,
    )
    result = init_from_qdpx(
        tmp_path / "ny.db", _qdpx(tmp_path, qde=qde), codebook_out=tmp_path / "k.yaml"
    )
    assert result.memos == 3
    project = open_project(tmp_path / "ny.db")
    try:
        found = {c.code_id: c.memo for c in codings(project)}
        assert found == {"ansvar": "Ett tydligt exempel.", "oro_for_ansvar": "Oro, inte ansvar."}
    finally:
        project.close()


def test_a_user_name_longer_than_a_project_keeps_is_refused_with_its_line(tmp_path):
    """A <User>'s name becomes a coder's name: one longer than the project keeps is
    refused with the file and line, before anything is written."""
    qde = (REFI / "project.qde").read_bytes().replace(b'name="Olle"', b'name="' + b"O" * 201 + b'"')
    location = tmp_path / "ny.db"
    with pytest.raises(
        RefiError, match=r"project.qde:5: <User> name is 201 characters long; .* at most 200"
    ):
        init_from_qdpx(location, _qdpx(tmp_path, qde=qde), codebook_out=tmp_path / "k.yaml")
    assert not location.exists()
