"""``qualkod export study`` names a transcript it refuses by its id: a title given by
hand ('Samtal med Vendela') may name the interviewee, and the message is shown and
copied where the transcripts are not."""

from __future__ import annotations

TALK = (
    "Karin Lindqvist: Hur länge har du arbetat här?\n"
    "Vendela Tornqvist: Snart sex år, på samma enhet.\n"
)
CODEBOOK = """\
codebook:
  id: arbete
  name: Arbete
  version: "0.1"
  description: En liten kodbok om arbete.
themes:
  - id: arbete
    name: Arbete
    definition: Talaren beskriver sitt arbete.
"""


def test_a_refused_transcript_is_named_by_id_not_by_its_title(cli, tmp_path):
    (tmp_path / "samtal.txt").write_text(TALK, encoding="utf-8")
    (tmp_path / "kodbok.yaml").write_text(CODEBOOK, encoding="utf-8")
    assert cli("import", tmp_path / "samtal.txt", "--interviewer", "Karin Lindqvist").exit_code == 0
    assert cli("transcripts", "title", "1", "Samtal med Vendela").exit_code == 0
    assert cli("codebook", "use", tmp_path / "kodbok.yaml").exit_code == 0
    coded = cli("code", "add", "-t", "1", "--turn", "2", "-c", "arbete", "--coder", "anna")
    assert coded.exit_code == 0, coded.stderr
    result = cli("export", "study", "--out", tmp_path / "studie", "--coder", "anna")
    assert result.exit_code == 1
    # a plain-text transcript cannot be a study's Teams file: refused, by id
    assert "transcript 1:" in result.stderr and "only transcripts from Teams" in result.stderr
    assert "vendela" not in result.stderr.lower()
    assert not (tmp_path / "studie").exists()
