"""A codebook's own words leave the project redacted, like quotes: an example is often
a passage from an interview, and a definition or a code's name may name a case."""

from __future__ import annotations

import zipfile

import pytest

TALK = (
    "Karin Lindqvist: Hur ser det ut för er?\n"
    "Solveig Hedberg: Ingen svarar när jag ringer, det är samma varje gång.\n"
    "Karin Lindqvist: Och sedan?\n"
    "Solveig Hedberg: Jag får vänta tills någon hör av sig.\n"
)
CODEBOOK = """\
codebook:
  id: vantan
  name: Väntan
  version: "0.1"
  description: En liten kodbok om väntan.
themes:
  - id: vanta
    name: Väntan hos Hedbergs
    definition: Talaren väntar på svar, som när Solveig ringde 070-174 06 33 i mars.
    include: [Väntan på besked, som hos Solveig.]
    exclude: [Väntan i kassan.]
    examples:
      positive: ["Solveig Hedberg sa att ingen svarade."]
      negative: [Vi väntade på bussen.]
    codes:
      - id: vanta_svar
        name: Inget svar till Solveig
        definition: Ingen svarar på samtal.
"""
NAMES = ("Solveig", "Hedberg", "070-174 06 33")


@pytest.fixture
def coded(cli, tmp_path):
    (tmp_path / "samtal.txt").write_text(TALK, encoding="utf-8")
    (tmp_path / "kodbok.yaml").write_text(CODEBOOK, encoding="utf-8")
    assert cli("import", tmp_path / "samtal.txt", "--interviewer", "Karin Lindqvist").exit_code == 0
    assert cli("codebook", "use", tmp_path / "kodbok.yaml").exit_code == 0
    added = cli("code", "add", "-t", "1", "--turn", "2", "-c", "vanta_svar", "--coder", "anna")
    assert added.exit_code == 0, added.stderr
    return cli


def _zip_text(path) -> str:
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.endswith((".xml", ".rels", ".qde", ".txt"))]
        return "\n".join(archive.read(n).decode("utf-8") for n in names)


def test_the_codebooks_words_are_redacted_in_every_export(coded, tmp_path):
    assert coded("export", "qdpx", "--out", tmp_path / "s.qdpx").exit_code == 0
    assert coded("export", "chapter", "--out", tmp_path / "k.docx").exit_code == 0
    assert coded("table", "--out", tmp_path / "t.html").exit_code == 0
    assert coded("table", "--out", tmp_path / "t.xlsx").exit_code == 0
    written = {
        "qdpx": _zip_text(tmp_path / "s.qdpx"),
        "chapter": _zip_text(tmp_path / "k.docx"),
        "html": (tmp_path / "t.html").read_text(encoding="utf-8"),
        "xlsx": _zip_text(tmp_path / "t.xlsx"),
    }
    for kind, text in written.items():
        for name in NAMES:
            assert name not in text, (kind, name)
    # what is redacted reads as the quotes do: the interviewee's pseudonym, a number's label
    assert "Inget svar till [IP 1]" in written["qdpx"]
    assert "[telefon]" in written["qdpx"] and "[telefon]" in written["chapter"]
    assert "Väntan hos [IP 1]" in written["html"]


def test_the_investigators_own_copy_keeps_the_codebook_as_written(coded, tmp_path):
    out = tmp_path / "egen.qdpx"
    assert coded("export", "qdpx", "--out", out, "--raw-names").exit_code == 0
    assert "Inget svar till Solveig" in _zip_text(out)


def test_codebook_export_redacts_definitions_criteria_and_names_too(coded, tmp_path):
    for fmt in ("md", "qdc"):
        out = tmp_path / f"kodbok.{fmt}"
        result = coded(
            "codebook", "export", tmp_path / "kodbok.yaml", "-f", fmt, "--out", out, project=False
        )
        assert result.exit_code == 0, result.stderr
        text = out.read_text(encoding="utf-8")
        assert "070-174 06 33" not in text and "[telefon]" in text, fmt
        assert "Solveig Hedberg sa" not in text, fmt
