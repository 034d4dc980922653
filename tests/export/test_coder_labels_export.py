"""Coders' logins stay out of 'export qdpx' and 'export study' unless --coder-names.

Two coders log in as ``lina.ostberg`` and ``mhassan``; neither login is said in the
interview. By default every file of either export names them ``Kodare A`` (lina.ostberg,
who codes first) and ``Kodare B``, the way the chapter does; the study still reproduces
the project's own chapter and quote table.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import yaml

from qualkod.reproduce import reproduce
from tests.conftest import DATA, REPO

LOGINS = ("lina.ostberg", "mhassan")

INTERVIEW = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Maja Lund>Hur ser samarbetet med skolan ut just nu?</v>

2
00:00:04.500 --> 00:00:12.000
<v Olle Sten>Vi träffar kuratorn varannan vecka, men ingen tar ansvar för uppföljningen.</v>

3
00:00:12.500 --> 00:00:15.000
<v Maja Lund>Vad händer när ett ärende fastnar?</v>

4
00:00:15.500 --> 00:00:24.000
<v Olle Sten>Då ringer vi runt själva tills vi hittar något som passar familjen.</v>

5
00:00:24.500 --> 00:00:27.000
<v Maja Lund>Brukar det gå?</v>

6
00:00:27.500 --> 00:00:31.000
<v Olle Sten>Oftast, fast det tar tid från annat.</v>
"""


def _two_coders(cli, tmp_path: Path) -> None:
    vtt = tmp_path / "samtal.vtt"
    vtt.write_text(INTERVIEW, encoding="utf-8")
    steps = [
        (None, "import", vtt, "--interviewer", "Maja Lund"),
        (None, "codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml"),
        ("lina.ostberg", "code", "add", "-t", "1", "--turn", "2", "--code", "samarbete"),
        ("lina.ostberg", "code", "add", "-t", "1", "--turn", "4", "--code", "fall_till_fall"),
        ("lina.ostberg", "link", "add", "1", "horisontell_samordning", "--memo", "Kuratorn."),
        ("lina.ostberg", "memo", "add", "--theme", "samverkan", "Mötena bär samverkan."),
        ("lina.ostberg", "code", "done", "-t", "1", "--turn", "6"),
        ("mhassan", "code", "add", "-t", "1", "--turn", "2", "--code", "annans_uppgift"),
        ("mhassan", "code", "add", "-t", "1", "--turn", "4", "--code", "fall_till_fall"),
        ("mhassan", "memo", "add", "--theme", "situationsanpassning", "Familjen styr."),
    ]
    for coder, *step in steps:
        result = cli(*step, "--coder", coder) if coder else cli(*step)
        assert result.exit_code == 0, (step, result.stderr)


def _logins_in(name: str, data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace").casefold()
    return [f"{login} in {name}" for login in LOGINS if login in text or login in name]


def _qdpx_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _folder_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _users(qde: bytes) -> list[str]:
    from lxml import etree

    doc = etree.fromstring(qde)
    return [u.get("name") for u in doc.iterfind(".//{urn:QDA-XML:project:1.0}User")]


def _paragraphs(path: Path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_a_qdpx_names_coders_by_labels_in_every_file_and_still_validates(cli, tmp_path):
    from lxml import etree

    _two_coders(cli, tmp_path)
    out = tmp_path / "projekt.qdpx"
    result = cli("export", "qdpx", "--out", out)
    assert result.exit_code == 0, result.stderr
    assert "coders: Kodare A, Kodare B" in result.stdout
    files = _qdpx_files(out)
    assert len(files) == 2  # project.qde and the one source
    assert [hit for name, data in files.items() for hit in _logins_in(name, data)] == []
    assert _users(files["project.qde"]) == ["Kodare A", "Kodare B"]
    schema = etree.XMLSchema(etree.parse(str(DATA / "refi-qda" / "Project.xsd")))
    assert schema.validate(etree.fromstring(files["project.qde"])), schema.error_log

    kept = tmp_path / "med-inloggningar.qdpx"
    assert cli("export", "qdpx", "--out", kept, "--coder-names").exit_code == 0
    assert _users(_qdpx_files(kept)["project.qde"]) == ["lina.ostberg", "mhassan"]


def test_a_study_names_coders_by_labels_in_every_file_and_reproduces_the_chapter(cli, tmp_path):
    _two_coders(cli, tmp_path)
    direct = tmp_path / "direkt.docx"
    chapter = cli("export", "chapter", "--out", direct, "--coder", "lina.ostberg")
    assert chapter.exit_code == 0, chapter.stderr
    table = cli("table", "--coder", "lina.ostberg", "--format", "csv")
    assert table.exit_code == 0, table.stderr
    folder = tmp_path / "studie"
    result = cli("export", "study", "--out", folder, "--coder", "lina.ostberg")
    assert result.exit_code == 0, result.stderr

    files = _folder_files(folder)
    assert [hit for name, data in files.items() for hit in _logins_in(name, data)] == []
    assert sorted(n for n in files if n.startswith("codings/")) == [
        "codings/kodare-a.csv",
        "codings/kodare-b.csv",
    ]
    study = yaml.safe_load(files["study.yaml"])
    assert study["chapter"]["coder"] == "Kodare A" and study["tables"] == {"coder": "Kodare A"}
    memos = yaml.safe_load(files["memos.yaml"])["memos"]
    assert {m["coder"] for m in memos} == {"Kodare A", "Kodare B"}

    reproduce(folder / "study.yaml")
    outputs = folder / "outputs"
    assert (outputs / "citat.csv").read_text(encoding="utf-8") == table.stdout
    # as the project's own chapter, but for its sentence on how the codings were made
    # (made in the project, read from a codings file: the export's warning says so)
    made = _paragraphs(outputs / "kapitel.docx")
    method = [n for n, p in enumerate(made) if p.startswith("Transkriptet analyserades")]
    assert len(method) == 1
    assert "Kodningen gjordes av Kodare A." in made[method[0]]
    assert any(p.startswith("Samstämmigheten mellan kodarna (Kodare A och Kodare B)") for p in made)
    assert [p for n, p in enumerate(made) if n not in method] == [
        p for n, p in enumerate(_paragraphs(direct)) if n not in method
    ]


def test_a_study_with_coder_names_keeps_the_logins(cli, tmp_path):
    _two_coders(cli, tmp_path)
    folder = tmp_path / "studie"
    result = cli("export", "study", "--out", folder, "--coder", "mhassan", "--coder-names")
    assert result.exit_code == 0, result.stderr
    study = yaml.safe_load((folder / "study.yaml").read_text(encoding="utf-8"))
    assert [c["path"] for c in study["codings"]] == [
        "codings/lina-ostberg.csv",
        "codings/mhassan.csv",
    ]
    assert study["chapter"]["coder"] == "mhassan"
    reproduce(folder / "study.yaml")
    assert (folder / "outputs" / "kapitel.docx").is_file()
