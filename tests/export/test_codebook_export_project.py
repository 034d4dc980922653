"""``qualkod codebook export`` (md, docx: the reviewer's appendix) redacts a codebook's
examples with the project's own knowledge when a project is at hand: an example copied
from an interview names the speakers as the interview does, in lower case too, which
names lists alone do not find."""

from __future__ import annotations

import zipfile

import pytest

# An invented interview: the interviewee is Vendela Tornqvist; she names her neighbour
# Ingegerd in passing.
TALK = (
    "Karin Lindqvist: Hur ser det ut för er?\n"
    "Vendela Tornqvist: Min granne Ingegerd ringer kommunen varje vecka.\n"
    "Karin Lindqvist: Och sedan?\n"
    "Vendela Tornqvist: Ingen svarar, så jag väntar.\n"
)
# The examples as a coder copies them from the transcript's words, in lower case as
# speech recognition often writes names: 'vendela', 'tornqvists'.
CODEBOOK = """\
codebook:
  id: vantan
  name: Väntan
  version: "0.1"
  description: En liten kodbok om väntan.
themes:
  - id: vanta
    name: Väntan
    definition: Talaren väntar på svar.
    examples:
      positive: ["då sa vendela att ingen svarade", "hos tornqvists blev det tyst"]
      negative: [Vi väntade på bussen.]
    codes:
      - id: vanta_svar
        name: Inget svar
        definition: Ingen svarar på samtal.
"""
# Every form the examples give of the interviewee's name; none may reach the appendix.
RAW = ("vendela", "tornqvist")


def _project(cli, tmp_path):
    (tmp_path / "samtal.txt").write_text(TALK, encoding="utf-8")
    (tmp_path / "kodbok.yaml").write_text(CODEBOOK, encoding="utf-8")
    result = cli("import", tmp_path / "samtal.txt", "--interviewer", "Karin Lindqvist")
    assert result.exit_code == 0, result.stderr
    return tmp_path / "kodbok.yaml"


def _docx_text(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")
        )


def test_the_appendix_names_the_speaker_by_pseudonym_with_the_project(cli, tmp_path):
    codebook = _project(cli, tmp_path)
    for fmt in ("md", "docx"):
        out = tmp_path / f"kodbok.{fmt}"
        result = cli("codebook", "export", codebook, "-f", fmt, "--out", out)
        assert result.exit_code == 0, result.stderr
        text = out.read_text(encoding="utf-8") if fmt == "md" else _docx_text(out)
        for raw in RAW:
            assert raw not in text.lower(), (fmt, raw)
        assert "då sa [IP 1] att ingen svarade" in text, fmt
        assert "hos [IP 1]" in text, fmt  # genitive or not, the pseudonym


def test_the_project_in_the_folder_is_used_without_project_option(
    cli, tmp_path, monkeypatch, backend
):
    if backend != "sqlite":
        pytest.skip("./qualkod.db is a SQLite file")
    monkeypatch.chdir(tmp_path)
    cli.project_path = tmp_path / "qualkod.db"
    assert cli("init", "qualkod.db", project=False).exit_code == 0
    codebook = _project(cli, tmp_path)
    result = cli("codebook", "export", codebook, "-f", "md", "--out", "k.md", project=False)
    assert result.exit_code == 0, result.stderr
    assert "vendela" not in (tmp_path / "k.md").read_text(encoding="utf-8").lower()


def test_an_appendix_file_name_naming_the_interviewee_is_refused(cli, tmp_path):
    codebook = _project(cli, tmp_path)
    out = tmp_path / "kodbok-vendela.md"
    result = cli("codebook", "export", codebook, "-f", "md", "--out", out)
    assert result.exit_code == 1
    assert "names someone" in result.stderr and "vendela" not in result.stderr.lower()
    assert not out.exists()


def test_without_a_project_the_codebook_alone_is_exported(cli, tmp_path, monkeypatch):
    (tmp_path / "kodbok.yaml").write_text(CODEBOOK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # no qualkod.db here, no $QUALKOD_PROJECT
    result = cli("codebook", "export", "kodbok.yaml", "-f", "md", "--out", "k.md", project=False)
    assert result.exit_code == 0, result.stderr
    assert "Inget svar" in (tmp_path / "k.md").read_text(encoding="utf-8")
    assert "no project here" in result.stderr and "--project" in result.stderr
    assert not (tmp_path / "qualkod.db").exists()
