"""REFI-QDA import: .qdc codebooks and .qdpx projects, through the API and the CLI."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from qualkod.codebook import load_codebook
from qualkod.coding import codings, memos
from qualkod.project import current_codebook, transcripts, turns
from qualkod.refi_import import RefiError, import_codebook, init_from_qdpx
from qualkod.refi_import.codes import PLACEHOLDER_DEFINITION
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
    assert any("colours" in w for w in result.warnings)


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


def test_codebook_import_cli(cli, tmp_path):
    out = tmp_path / "k.yaml"
    result = cli("codebook", "import", REFI / "nested.qdc", "--out", out, project=False)
    assert result.exit_code == 0
    assert "2 themes, 5 codes" in result.stdout
    assert "Warning: 1 codes had a name taken by another" in result.stderr
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
        assert found[0].created_at == "2024-05-02T11:00:00Z"
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
    assert "1 transcripts (2 turns), 2 codings (coders Karin, Olle), 2 memos" in result.stdout
    assert "Warning: skipped what qualkod cannot represent:" in result.stderr
    again = cli("init", location, "--from", _qdpx(tmp_path), project=False)
    assert again.exit_code == 1
    assert "already exists" in again.stderr


# --- round trip of a qualkod export ---------------------------------------------------


def _coded(project) -> tuple[set, set, set]:
    """(quote, code name, coder) per coding, its linked concepts, and link memos, from the
    API (code names, not ids: an import makes code ids from the names)."""
    from qualkod.coding import links

    codebook = current_codebook(project)[0]
    texts = {}
    for summary in transcripts(project):
        texts.update({(summary.id, t.index): t.text for t in turns(project, str(summary.id))[1]})
    by_id = {}
    for c in codings(project):
        name = codebook.code(c.code_id).name
        by_id[c.id] = (texts[c.transcript_id, c.turn][c.start : c.end], name, c.coder)
    linked: dict = {key: set() for key in by_id.values()}
    memo_set = set()
    for link in links(project):
        key = by_id[link.coding_id]
        linked[key].add(link.concept_id)
        if link.memo:
            memo_set.add((key, link.concept_id, link.coder, link.memo))
    concepts = {(key, frozenset(found)) for key, found in linked.items()}
    return set(by_id.values()), concepts, memo_set


def test_round_trip_of_a_qualkod_export_keeps_links_and_link_memos(sample_study, tmp_path):
    from qualkod.coding import links
    from qualkod.export.refi_qda import write_qdpx

    qdpx = tmp_path / "studie.qdpx"
    first = write_qdpx(sample_study, qdpx, raw_names=True)
    assert first.links > 0
    location, book = tmp_path / "ny.db", tmp_path / "kodbok.yaml"
    result = init_from_qdpx(location, qdpx, codebook_out=book)
    assert result.links == first.links
    assert result.theory_path == str(tmp_path / "kodbok-teori.yaml")
    assert not any("note not on a code" in w for w in result.warnings)
    source_catalogue = current_codebook(sample_study)[1]
    project = open_project(location)
    try:
        codebook, catalogue = current_codebook(project)
        assert catalogue is not None
        assert catalogue.id == source_catalogue.id
        assert catalogue.version == source_catalogue.version
        assert [(c.id, c.name, c.definition, c.source) for c in catalogue.concepts] == [
            (c.id, c.name, " ".join(c.definition.split()), c.source)
            for c in source_catalogue.concepts
        ]
        concept_ids = {c.id for c in catalogue.concepts}
        assert not concept_ids & {c.id for c in codebook.codes()}
        assert len(codings(project)) == len(codings(sample_study))
        assert len(links(project)) == len(links(sample_study))
        assert _coded(project) == _coded(sample_study)
        again = write_qdpx(project, tmp_path / "igen.qdpx", raw_names=True)
    finally:
        project.close()
    assert (again.codings, again.links) == (first.codings, first.links)
    # Link memos are notes on concept codings, named after the concept. (Featured quotes
    # come back as coding memos, so the total number of notes is not kept.)
    link_notes = [
        sum(
            zipfile.ZipFile(path).read("project.qde").count(f'name="Memo: {c}"'.encode())
            for c in concept_ids
        )
        for path in (qdpx, tmp_path / "igen.qdpx")
    ]
    assert link_notes[0] == link_notes[1] == len(_coded(sample_study)[2])


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
    for selection in root.iterfind(".//q:PlainTextSelection", ns):
        found = selection.findall("q:Coding", ns)
        if len(found) == 3:  # one code coding, two concept codings
            for coding in found:
                if coding.find("q:CodeRef", ns).get("targetGUID") in codebook_guids:
                    selection.remove(coding)
            break
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
