"""Errors about a transcript name its file and line, never a speaker or their words.

Messages reach terminals, logs and e-mails; participants' names (and what they said,
which may name others) must not. Each case has a name and speech that would show up
in the message if it were quoted.
"""

from __future__ import annotations

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript


def _refused(text: str, name: str) -> str:
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(text.encode(), name)
    return str(caught.value)


def test_a_speaker_heading_whose_time_is_no_time_names_the_line_not_the_speaker():
    text = (
        "Maja Sjöberg   0:04\n"
        "Hur länge har du bott i byn?\n"
        "Tove Rask   0:71\n"
        "Sedan jag var liten.\n"
    )
    message = _refused(text, "byn.txt")
    assert message.startswith(
        "byn.txt:3: cannot read the speaker heading in this line: its time '0:71' is no time"
    )
    assert "Tove" not in message and "Rask" not in message


def test_a_one_space_heading_among_wider_ones_names_the_line_not_the_speaker():
    text = (
        "Maja Sjöberg   0:04\n"
        "Hur länge har du bott i byn?\n"
        "Tove Rask   0:09\n"
        "Sedan jag var liten.\n"
        "Hugo Lind 0:14\n"
        "Jag kom hit senare.\n"
        "Maja Sjöberg   0:20\n"
        "Varför flyttade du hit?\n"
    )
    message = _refused(text, "byn.txt")
    assert message.startswith(
        "byn.txt:5: this line looks like a speaker heading (time '0:14') but has one space"
    )
    assert "Hugo" not in message and "Lind" not in message


def test_an_arrow_timing_that_runs_backwards_names_the_line_not_the_speaker():
    # Older Teams Word layout, the name and the timing sharing line 4.
    text = (
        "0:0:0.0 --> 0:0:4.500\n"
        "Maja Sjöberg\n"
        "Hur länge har du bott i byn?\n"
        "Tove Rask  0:00:09.000 --> 0:00:06.000\n"
        "Sedan jag var liten.\n"
    )
    message = _refused(text, "pil.txt")
    assert message.startswith(
        "pil.txt:4: the timing '0:00:09.000 --> 0:00:06.000' ends before it starts"
    )
    assert "Tove" not in message and "Rask" not in message


def test_an_arrow_timing_that_cannot_be_read_names_the_line_not_the_speaker():
    text = (
        "Maja Sjöberg  0:00:01.000 --> 0:00:04.500\n"
        "Hur länge har du bott i byn?\n"
        "Tove Rask  0:00:05.000 --> 0:00:99.000\n"
        "Sedan jag var liten.\n"
    )
    message = _refused(text, "pil.txt")
    assert message.startswith("pil.txt:3: cannot read the timing '0:00:05.000 --> 0:00:99.000'")
    assert "Tove" not in message and "Rask" not in message


def test_a_timing_line_with_another_arrow_quotes_only_its_times():
    text = (
        "1\n00:00:01,000 -> 00:00:04,000 Tove Rask\nSedan jag var liten.\n\n"
        "2\n00:00:05,000 -> 00:00:08,000 Maja Sjöberg\nHur länge då?\n"
    )
    message = _refused(text, "pil.txt")
    assert message.startswith(
        "pil.txt:2: the timing line '00:00:01,000 -> 00:00:04,000' does not separate"
    )
    assert "Tove" not in message


def test_a_zoom_speaker_line_with_a_damaged_time_quotes_only_the_time():
    text = (
        "[Maja Sjöberg] 10:02:04\nHur länge har du bott i byn?\n"
        "[Tove Rask] 10:0x:15\nSedan jag var liten.\n"
    )
    message = _refused(text, "zoom.txt")
    assert message.startswith("zoom.txt:3: a speaker line whose time cannot be read ('10:0x:15')")
    assert "Tove" not in message


def test_a_less_than_sign_in_webvtt_speech_quotes_the_sign_not_the_speech():
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Maja Sjöberg>Hur många bor här?</v>\n\n"
        "00:00:02.000 --> 00:00:03.000\n<v Tove Rask>Nog <50 sedan Tove Rask flyttade.</v>\n"
    )
    message = _refused(text, "byn.vtt")
    assert message.startswith("byn.vtt:7: a '<' that opens no tag ('<50'): if it is speech")
    assert "Tove" not in message and "flyttade" not in message


def test_a_subrip_timing_line_is_quoted_without_what_follows_its_times():
    text = "1\n00:00:01,000 --> 00:00:0x,000 Tove Rask\nSedan jag var liten.\n"
    message = _refused(text, "byn.srt")
    assert message.startswith(
        "byn.srt:2: cannot read the timing line '00:00:01,000 --> 00:00:0x,000'"
    )
    assert "Tove" not in message


def test_on_the_command_line_a_damaged_heading_is_one_line_without_the_name(cli, tmp_path):
    path = tmp_path / "byn.txt"
    path.write_text(
        "Maja Sjöberg   0:04\nHur länge har du bott i byn?\nTove Rask   0:71\nSedan dess.\n",
        encoding="utf-8",
    )
    result = cli("import", path)
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {path}:3: cannot read the speaker heading")
    assert "Tove" not in result.stdout + result.stderr
    assert len(cli("transcripts", "--format", "csv").stdout.strip().splitlines()) == 1
