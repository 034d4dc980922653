"""REFI-QDA export: valid against the published schemas, deterministic, exact offsets."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from qualkod.coding import add_coding, add_link, add_memo, codings, feature_coding
from qualkod.export.refi_qda import build_qdc, build_qdpx, write_qdpx
from qualkod.importing import import_files
from qualkod.models import Role
from qualkod.project import current_codebook, init_project, set_speaker, use_codebook
from qualkod.redaction.project import ProjectRedactor
from tests.conftest import DATA, REPO, raw_name_forms, raw_names_in

REFI = DATA / "refi-qda"  # vendored with their MIT notice: see its README.md
NS = {"q": "urn:QDA-XML:project:1.0"}
FIXTURE = DATA / "export" / "refi-unicode.vtt"

QUOTES = [
    # (turn, quote, code, concept)
    (2, "Karin, det är svårt", "samverkan", "organisatoriska_mellanrum"),
    (2, "psykiatrin 🤝 pratar förbi varandra – ingen tar ansvar", "bristande_ansvar", None),
    (4, "Klienten x\u0301 skickades tillbaka från öppenvården 😞", "bristande_ansvar", None),
    (4, "ingen i Karins team visste varför", "samverkan", "organisatoriska_mellanrum"),
    (4, "anpassa oss efter situationen.", "situationsanpassning", None),
    (1, "Hej Maria Nyström", "samverkan", None),
]


@pytest.fixture
def unicode_project(project):
    import_files(project, [FIXTURE], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    # Turn 1 is Karin's question: coded while she was taken for an interviewee, as a
    # project may hold from before a role was corrected (the export keeps every coding).
    set_speaker(project, "Karin Lindqvist", role=Role.INTERVIEWEE)
    made = []
    for i, (turn, quote, code, concept) in enumerate(QUOTES):
        coder = "anna" if i % 2 else "bertil"
        coding = add_coding(project, "1", turn, code, coder, quote=quote)
        made.append(coding)
        if concept:
            add_link(project, coding.id, concept, coder, memo="Mellanrum, enligt Maria.")
    set_speaker(project, "Karin Lindqvist", role=Role.INTERVIEWER)
    feature_coding(project, made[1].id, "anna")
    add_memo(project, "Temat bär Maria Nyströms berättelse.", "anna", theme="samverkan")
    add_memo(
        project, "Mellanrum syns.", "anna", theme="samverkan", concept="horisontell_samordning"
    )
    add_memo(project, "Karin frågar.", "bertil", coding_id=made[5].id, others=True)
    return project


def _open(data: bytes) -> tuple[bytes, dict[str, str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names[0] == "project.qde"
        texts = {n: archive.read(n).decode("utf-8") for n in names[1:]}
        return archive.read("project.qde"), texts


def _schema(name: str):
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(REFI / name)))


def _valid(xml: bytes, name: str):
    from lxml import etree

    doc = etree.fromstring(xml)
    schema = _schema(name)
    assert schema.validate(doc), schema.error_log
    return doc


def _concept_codes(doc) -> set[str]:
    """GUIDs of the codes that are concepts (their description starts with the marker
    README's REFI-QDA section names)."""
    return {
        code.get("guid")
        for code in doc.iterfind(".//q:Code", NS)
        if (code.findtext("q:Description", "", NS) or "").startswith("qualkod concept: ")
    }


def _code_refs(selection) -> list[str]:
    return [ref.get("targetGUID") for ref in selection.iterfind("q:Coding/q:CodeRef", NS)]


def _selections(doc, texts: dict[str, str], *, links: bool = False):
    """(selection, its source's text) for every coded selection; with ``links``, for
    every selection holding a link's concept coding instead."""
    concepts = _concept_codes(doc)
    for source in doc.iterfind(".//q:TextSource", NS):
        path = source.get("plainTextPath").removeprefix("internal://")
        text = texts[f"Sources/{path}"]
        for selection in source.iterfind("q:PlainTextSelection", NS):
            refs = _code_refs(selection)
            if refs and all(ref in concepts for ref in refs) == links:
                yield selection, text


def test_project_validates_and_holds_everything(unicode_project):
    qde, texts = _open(build_qdpx(unicode_project))
    doc = _valid(qde, "Project.xsd")
    assert [child.tag.split("}")[1] for child in doc] == [
        "Users",
        "CodeBook",
        "Variables",
        "Cases",
        "Sources",
        "Notes",
        "Sets",
    ]
    # coders by neutral labels, bertil (the first to code) A, never by their logins
    users = {u.get("name"): u.get("guid") for u in doc.iterfind(".//q:User", NS)}
    assert set(users) == {"Kodare A", "Kodare B"}
    codings_found = list(_selections(doc, texts))
    assert len(codings_found) == len(QUOTES)
    # each link in a selection of its own over its coding's words, with one coding (of the
    # concept) and the link's memo as its description, as QualCoder reads descriptions
    linked = list(_selections(doc, texts, links=True))
    assert len(linked) == sum(1 for q in QUOTES if q[3])
    spans = {(s.get("startPosition"), s.get("endPosition")) for s, _ in codings_found}
    for selection, _ in linked:
        assert (selection.get("startPosition"), selection.get("endPosition")) in spans
        assert len(selection.findall("q:Coding", NS)) == 1
        described = selection.findtext("q:Description", "", NS)
        assert described.startswith("Mellanrum, enligt") and "Maria" not in described
    concept_codes = doc.findall(".//q:Code[@name='Organisatoriska mellanrum']", NS) or doc.findall(
        ".//q:Code/q:Code[@isCodable='true']", NS
    )
    assert concept_codes
    assert doc.find(".//q:Set[@name='Featured']/q:MemberNote", NS) is not None
    assert len(doc.findall(".//q:Note", NS)) == 3 + 2 + 1  # memos, link memos, featured
    (text,) = texts.values()
    assert not text.startswith("\ufeff") and "\r" not in text
    assert text.splitlines()[0].startswith("Intervjuare 1 [00:00:01]: Hej [IP 1]")


def test_offsets_match_the_redacted_quotes(unicode_project):
    redactor = ProjectRedactor(unicode_project)
    expected = {
        c.id: redactor.span(c.transcript_id, c.turn, c.start, c.end)
        for c in codings(unicode_project)
    }
    qde, texts = _open(build_qdpx(unicode_project))
    from lxml import etree

    doc = etree.fromstring(qde)
    got = sorted(
        text[int(s.get("startPosition")) : int(s.get("endPosition"))]
        for s, text in _selections(doc, texts)
    )
    assert got == sorted(expected.values())
    assert "[IP 1] Nyström" not in " ".join(got)
    assert any("x\u0301" in quote and "😞" in quote for quote in got)


def test_raw_names_only_on_request(unicode_project):
    names = raw_name_forms(unicode_project)
    qde, texts = _open(build_qdpx(unicode_project))
    everything = qde.decode("utf-8") + "".join(texts.values())
    assert raw_names_in(everything, names) == []
    qde, texts = _open(build_qdpx(unicode_project, raw_names=True))
    raw = qde.decode("utf-8") + "".join(texts.values())
    assert "Maria Nyström" in raw
    from lxml import etree

    doc = etree.fromstring(qde)
    got = {
        text[int(s.get("startPosition")) : int(s.get("endPosition"))]
        for s, text in _selections(doc, texts)
    }
    assert got == {quote for _, quote, _, _ in QUOTES}


def test_exports_are_byte_identical(unicode_project, tmp_path: Path):
    first = build_qdpx(unicode_project)
    write_qdpx(unicode_project, tmp_path / "a.qdpx")
    assert (tmp_path / "a.qdpx").read_bytes() == first == build_qdpx(unicode_project)
    codebook, catalogue = current_codebook(unicode_project)
    assert build_qdc(codebook, catalogue) == build_qdc(codebook, catalogue)


def test_a_coder_who_is_a_speaker_is_a_user_by_the_pseudonym(unicode_project, tmp_path):
    from lxml import etree

    add_coding(unicode_project, "1", 4, "samverkan", "Karin Lindqvist", quote="anpassa oss")
    users = etree.fromstring(_open(build_qdpx(unicode_project))[0]).iter(
        "{urn:QDA-XML:project:1.0}User"
    )
    assert sorted(u.get("name") for u in users) == ["Intervjuare 1", "Kodare A", "Kodare B"]
    named = etree.fromstring(_open(build_qdpx(unicode_project, coder_names=True))[0])
    names = sorted(u.get("name") for u in named.iter("{urn:QDA-XML:project:1.0}User"))
    # with coder names kept, a login that is a speaker's name is her pseudonym, as above
    assert names == ["Intervjuare 1", "anna", "bertil"]
    raw = etree.fromstring(_open(build_qdpx(unicode_project, raw_names=True))[0])
    names = sorted(u.get("name") for u in raw.iter("{urn:QDA-XML:project:1.0}User"))
    assert names == ["Kodare A", "Kodare B", "Kodare C"]  # Karin is the third to code
    both = build_qdpx(unicode_project, raw_names=True, coder_names=True)
    names = sorted(
        u.get("name")
        for u in etree.fromstring(_open(both)[0]).iter("{urn:QDA-XML:project:1.0}User")
    )
    assert names == ["Intervjuare 1", "anna", "bertil"]  # the login is no way to her name
    # The summary the command prints names them as the export does.
    assert write_qdpx(unicode_project, tmp_path / "a.qdpx").coders == (
        "Intervjuare 1",
        "Kodare A",
        "Kodare B",
    )


def test_one_coder(unicode_project):
    qde, texts = _open(build_qdpx(unicode_project, coders=["anna"]))
    from lxml import etree

    doc = etree.fromstring(qde)
    assert len(list(_selections(doc, texts))) == 3
    # as in the chapter: anna's theme memos with her codings, none of them with bertil's
    notes = doc.iter("{urn:QDA-XML:project:1.0}PlainTextContent")
    assert any("Mellanrum syns." in (n.text or "") for n in notes)
    other = etree.fromstring(_open(build_qdpx(unicode_project, coders=["bertil"]))[0])
    said = [n.text or "" for n in other.iter("{urn:QDA-XML:project:1.0}PlainTextContent")]
    assert not any("Mellanrum syns." in t or "Temat bär" in t for t in said)


def test_codebook_qdc_validates(unicode_project):
    codebook, catalogue = current_codebook(unicode_project)
    doc = _valid(build_qdc(codebook, catalogue), "Codebook.xsd")
    names = [c.get("name") for c in doc.iter("{urn:QDA-XML:codebook:1.0}Code")]
    assert len(names) == len(list(codebook.codes())) + 1 + len(catalogue.concepts)


def test_sample_study_exports_and_validates(sample_study):
    qde, texts = _open(build_qdpx(sample_study))
    doc = _valid(qde, "Project.xsd")
    redactor = ProjectRedactor(sample_study)
    expected = sorted(
        redactor.span(c.transcript_id, c.turn, c.start, c.end) for c in codings(sample_study)
    )
    got = sorted(
        text[int(s.get("startPosition")) : int(s.get("endPosition"))]
        for s, text in _selections(doc, texts)
    )
    assert got == [q.translate({10: " ", 13: " "}) for q in expected]
    everything = qde.decode("utf-8") + "".join(texts.values())
    assert raw_names_in(everything, raw_name_forms(sample_study)) == []


def test_cli_exports(cli, tmp_path: Path):
    from qualkod.coding import add_coding as add
    from qualkod.store import open_project

    project = open_project(cli.project_path)
    import_files(project, [FIXTURE], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    add(project, "1", 2, "samverkan", "anna", quote="det är svårt")
    project.close()
    out = tmp_path / "study.qdpx"
    result = cli("export", "qdpx", "--out", out)
    assert result.exit_code == 0, result.stderr
    _valid(_open(out.read_bytes())[0], "Project.xsd")
    result = cli("export", "qdpx", "--out", tmp_path / "x.qdpx", "--coder", "nobody")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: --coder nobody: no codings by this coder; coders: anna"
    result = cli("export", "qdpx", "--out", tmp_path / "x.zip")
    assert result.exit_code == 1
    assert "give a .qdpx file name" in result.stderr


def test_cli_codebook_qdc(cli, tmp_path: Path):
    out = tmp_path / "kodbok.qdc"
    result = cli(
        "codebook",
        "export",
        REPO / "codebooks" / "samsjuklighet.yaml",
        "--format",
        "qdc",
        "--out",
        out,
        project=False,
    )
    assert result.exit_code == 0, result.stderr
    _valid(out.read_bytes(), "Codebook.xsd")


def test_coding_memo_is_in_the_selection_description_too(unicode_project):
    """QualCoder reads a coding's memo only from its selection's ``Description``: the
    memo is written there as well as in its note."""
    from lxml import etree

    qde, texts = _open(build_qdpx(unicode_project))
    doc = etree.fromstring(qde)
    described = [s for s, _ in _selections(doc, texts) if s.find("q:Description", NS) is not None]
    assert len(described) == 1
    [selection] = described
    assert selection.find("q:Description", NS).text == "[Intervjuare 1] frågar."
    [ref] = selection.findall("q:NoteRef", NS)
    note = doc.find(f".//q:Note[@guid='{ref.get('targetGUID')}']/q:PlainTextContent", NS)
    assert note.text == "[Intervjuare 1] frågar."


def test_own_export_with_emoji_comes_back_in_code_points(unicode_project, tmp_path: Path):
    """qualkod writes code points (the standard) and reads its own file so, emoji and
    all: no UTF-16 reading, the same quotes, one memo per coding memo."""
    from qualkod.coding import memos
    from qualkod.refi_import import init_from_qdpx
    from qualkod.store import open_project

    qdpx = tmp_path / "studie.qdpx"
    write_qdpx(unicode_project, qdpx, raw_names=True)
    result = init_from_qdpx(tmp_path / "ny.db", qdpx, codebook_out=tmp_path / "k.yaml")
    assert not any("UTF-16" in w for w in result.warnings)
    project = open_project(tmp_path / "ny.db")
    try:
        got = sorted((c.quote, c.code_id) for c in codings(project))
        assert [m.text for m in memos(project) if m.coding_id] == ["Karin frågar."]
        again = build_qdpx(project, raw_names=True)
    finally:
        project.close()
    assert got == sorted((q, code) for _, q, code, _ in QUOTES)
    assert again == qdpx.read_bytes()


def test_no_guid_is_made_from_a_coders_raw_name(tmp_path):
    """The interviewer who codes under her own name is Intervjuare 1 in the export; the
    GUIDs must not depend on how she wrote her name either, or one could be checked
    against a guessed name."""
    from qualkod.store import open_project

    guids = []
    for number, coder in enumerate(("Karin Lindqvist", "karin.lindqvist")):
        location = tmp_path / f"p{number}.db"
        init_project(location)
        project = open_project(location)
        import_files(project, [FIXTURE], interviewers=["Karin Lindqvist"])
        use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
        add_coding(project, "1", 2, "samverkan", coder, quote="psykiatrin 🤝 pratar förbi")
        xml, _ = _open(build_qdpx(project))
        project.close()
        assert b"Lindqvist" not in xml and b"lindqvist" not in xml
        guids.append(sorted(re.findall(rb'[gG][uU][iI][dD]="([0-9a-f-]{36})"', xml)))
    assert guids[0] and guids[0] == guids[1]


def test_the_file_name_is_only_in_a_raw_export(project, tmp_path: Path):
    # A file name as investigators write them: the interviewee surname first, a date,
    # and a workplace no redaction knows as a name.
    named = tmp_path / "Samtal_Nyström Maria_Fyrbåken_2024-03.vtt"
    named.write_bytes(FIXTURE.read_bytes())
    import_files(project, [named], interviewers=["Karin Lindqvist"])
    qde, _ = _open(build_qdpx(project))
    assert "Fyrbåken" not in qde.decode("utf-8") and "2024-03" not in qde.decode("utf-8")
    raw, _ = _open(build_qdpx(project, raw_names=True))
    assert "Fil: Samtal_Nyström Maria_Fyrbåken_2024-03.vtt" in raw.decode("utf-8")


def test_a_conclusion_of_the_study_is_a_note_on_the_project(unicode_project):
    add_memo(unicode_project, "Glappet följer Marias berättelse.", "anna", conclusion=True)
    qde, _ = _open(build_qdpx(unicode_project))
    from lxml import etree

    doc = etree.fromstring(qde)
    (note,) = doc.findall(".//q:Note[@name='Memo: slutsats']", NS)
    assert (
        note.findtext("q:PlainTextContent", namespaces=NS) == "Glappet följer [IP 1]:s berättelse."
    )
    on_project = {ref.get("targetGUID") for ref in doc.findall("q:NoteRef", NS)}
    assert note.get("guid") in on_project
    _valid(qde, "Project.xsd")
