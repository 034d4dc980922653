"""A suggestion's evidence words are shown as redaction shows the turn: a word holding a
name or an address is never printed as written. The transcript is written by hand."""

from __future__ import annotations

import csv
import io

from tests.conftest import REPO

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Karin Lindqvist>Hur ser samverkan ut hos er?</v>

00:00:05.000 --> 00:00:12.000
<v Maria Nyström>Vi har samverkansmöten varje vecka med regionen. Mejla \
samverkan.nystrom@kalix.se så kommer du med i Nyströmsamverkan, det är mitt eget nätverk.</v>
"""


def test_evidence_words_are_redacted_like_the_turn(cli, tmp_path):
    transcript = tmp_path / "samtal.vtt"
    transcript.write_text(VTT, encoding="utf-8")
    assert cli("import", transcript, "--interviewer", "Karin Lindqvist").exit_code == 0
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    assert cli("suggest").exit_code == 0
    listed = cli("suggestions", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(listed)))
    evidence = {word for row in rows for word in row["evidence"].split("; ")}
    assert "samverkansmöten" in evidence  # an ordinary word stays as written
    assert not {w for w in evidence if "nystr" in w.casefold() or "@" in w}
    table = cli("suggestions").stdout
    assert "samverkansmöten" in table and "nystr" not in table.casefold()
    raw = cli("suggestions", "--format", "csv", "--raw-names").stdout
    assert "samverkan.nystrom@kalix.se" in raw  # the investigator's own eyes only
