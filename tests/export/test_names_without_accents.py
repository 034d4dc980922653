"""A name the interviews give with Swedish letters (Kerstin Öberg, named in passing) is
often typed again in lower case without them (``oberg``), by speech recognition or a
coder on a keyboard without å, ä, ö: the quote tables redact it as they do ``öberg``."""

from __future__ import annotations

import csv
import io

TALK = (
    "Karin Lindqvist: Vem hjälpte dig den gången?\n"
    "Vendela Tornqvist: Det var Kerstin Öberg på mottagningen som ordnade allt.\n"
    "Karin Lindqvist: Och sedan?\n"
    "Vendela Tornqvist: Sen ringde jag oberg igen, och hon svarade direkt.\n"
)
CODEBOOK = """\
codebook:
  id: hjalp
  name: Hjälp
  version: "0.1"
  description: En liten kodbok om hjälp.
themes:
  - id: hjalp
    name: Hjälp
    definition: Någon hjälper talaren.
"""


def test_a_name_typed_without_its_accents_is_redacted_in_the_tables(cli, tmp_path):
    (tmp_path / "samtal.txt").write_text(TALK, encoding="utf-8")
    (tmp_path / "kodbok.yaml").write_text(CODEBOOK, encoding="utf-8")
    assert cli("import", tmp_path / "samtal.txt", "--interviewer", "Karin Lindqvist").exit_code == 0
    assert cli("codebook", "use", tmp_path / "kodbok.yaml").exit_code == 0
    coded = cli("code", "add", "-t", "1", "--turn", "4", "-c", "hjalp", "--coder", "anna")
    assert coded.exit_code == 0, coded.stderr
    result = cli("table", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert row["quote"] == "Sen ringde jag [person] igen, och hon svarade direkt."
    assert cli("table", "--out", tmp_path / "citat.md").exit_code == 0
    assert "oberg" not in (tmp_path / "citat.md").read_text(encoding="utf-8").lower()
