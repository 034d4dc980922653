"""A WebVTT file that seems cut off just after a complete cue is imported with a warning."""

from __future__ import annotations

import pytest

from qualkod.ingest import parse_transcript

# Hand-written cues; the last timing line is line 15 (Teams), 20 (Zoom).
_TEAMS = (
    "WEBVTT\n"
    "\n"
    "00:00:01.000 --> 00:00:04.000\n"
    "<v Vera Lund>Hej, hör du mig?</v>\n"
    "\n"
    "00:00:05.000 --> 00:00:08.000\n"
    "<v Ali Noor>Ja, tydligt.</v>\n"
    "\n"
    "00:00:09.000 --> 00:00:12.000\n"
    "<v Vera Lund>Hur började du måla?</v>\n"
    "\n"
    "00:00:13.000 --> 00:00:16.000\n"
    "<v Ali Noor>Min mormor hade en ateljé.</v>\n"
    "\n"
    "00:00:17.000 --> 00:00:21.000\n"
    "<v Vera Lund>Och där fick du vara med</v>"
)
_ZOOM = (
    "WEBVTT\n"
    "\n"
    "1\n00:00:01.000 --> 00:00:04.000\nVera Lund: Hej, hör du mig?\n\n"
    "2\n00:00:05.000 --> 00:00:08.000\nAli Noor: Ja, tydligt.\n\n"
    "3\n00:00:09.000 --> 00:00:12.000\nVera Lund: Hur började du måla?\n\n"
    "4\n00:00:13.000 --> 00:00:16.000\nAli Noor: Min mormor hade en ateljé.\n\n"
    "5\n00:00:17.000 --> 00:00:21.000\nVera Lund: Och där fick du vara med"
)


@pytest.mark.parametrize(("text", "line"), [(_TEAMS, 15), (_ZOOM, 20)])
def test_a_file_ending_without_a_line_break_in_an_open_sentence_is_flagged(text, line):
    transcript = parse_transcript(text.encode(), "måla.vtt")
    assert transcript.cut_after_line == line
    assert transcript.turns[-1].text == "Och där fick du vara med"  # read all the same


@pytest.mark.parametrize(
    "text",
    [
        _TEAMS + "\n",  # the last line ends with a line break
        _TEAMS.replace("vara med<", "vara med.<"),  # the last sentence is closed
        # no pattern: the file's turns do not close their sentences
        _TEAMS.replace("?<", "<").replace(".<", "<"),
        # too few turns before the last for a pattern
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Vera Lund>Hej, hör du mig?</v>\n\n"
        "00:00:05.000 --> 00:00:08.000\n<v Ali Noor>Ja, och</v>",
    ],
)
def test_other_endings_are_not_flagged(text):
    assert parse_transcript(text.encode(), "måla.vtt").cut_after_line is None


def test_on_the_command_line_the_file_is_imported_with_a_one_line_warning(cli, tmp_path):
    path = tmp_path / "måla.vtt"
    path.write_bytes(_TEAMS.encode())
    result = cli("import", path)
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert warnings == [
        f"Warning: {path}:15: the file ends without a line break after this cue, whose words "
        "stop mid-sentence where its other turns end theirs: the download may have been cut "
        "off there; if the interview went on, export the transcript again"
    ]
    assert "Vera" not in result.stderr and "Ali" not in result.stderr
    assert len(cli("transcripts", "--format", "csv").stdout.strip().splitlines()) == 2
