"""Clock times."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qualkod.errors import TranscriptError
from qualkod.ingest import format_clock, parse_time, parse_transcript


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("00:00:03.840", 3840),
        ("01:02.250", 62250),
        ("0:0:5.25", 5250),
        ("00:00:01,000", 1000),
        ("1:02:15", 3_735_000),
        ("0:03", 3000),
    ],
)
def test_parse_time(text, ms):
    assert parse_time(text) == ms


@pytest.mark.parametrize("text", ["", "14", "00:61:00", "ab:cd", "1:2:3:4"])
def test_not_times(text):
    assert parse_time(text) is None


@given(st.integers(min_value=0, max_value=99 * 3600 * 1000))
def test_format_then_parse_keeps_whole_seconds(ms):
    assert parse_time(format_clock(ms)) == ms // 1000 * 1000


def test_format_clock_of_nothing_is_empty():
    assert format_clock(None) == ""


# Cues timed past any recording (a typo, a damaged file) are refused naming the line;
# recordings of several hours, and times of day, are read.
_VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Anna>Hej, hör du mig?</v>\n\n{} --> {}\n<v Bo>Ja.</v>\n"
_SRT = "1\n00:00:01,000 --> 00:00:04,000\nAnna: Hej, hör du mig?\n\n2\n{} --> {}\nBo: Ja.\n"
_ARROW = "0:0:1.0 --> 0:0:4.0\nAnna\nHej, hör du mig?\n{} --> {}\nBo\nJa.\n"


@pytest.mark.parametrize(
    ("template", "name", "start", "end", "line"),
    [
        (_VTT, "lång.vtt", "100:00:05.000", "100:00:08.000", 6),
        (_VTT, "lång.vtt", "23:59:58.000", "24:00:01.000", 6),
        (_SRT, "lång.srt", "999:00:05,000", "999:00:08,000", 6),
        (_ARROW, "lång.txt", "120:0:5.0", "120:0:8.0", 4),
    ],
)
def test_a_cue_past_any_recording_is_refused_naming_its_line(template, name, start, end, line):
    data = template.format(start, end).encode()
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, name)
    assert caught.value.line == line
    assert "hours into the recording, longer than any interview (at most 24 hours)" in str(
        caught.value
    )
    assert "Anna" not in str(caught.value) and "Bo" not in str(caught.value)


@pytest.mark.parametrize(
    ("template", "name", "start", "end"),
    [
        (_VTT, "heldag.vtt", "09:59:58.000", "10:00:03.500"),  # a whole-day workshop
        (_SRT, "kväll.srt", "23:59:58,000", "23:59:59,999"),  # a time of day
        (_ARROW, "lång.txt", "5:0:5.0", "5:0:8.0"),
    ],
)
def test_recordings_of_many_hours_are_read(template, name, start, end):
    transcript = parse_transcript(template.format(start, end).encode(), name)
    assert transcript.turns[1].start_ms == parse_time(start.replace(",", "."))
    assert transcript.turns[1].speaker == "Bo"


def test_on_the_command_line_a_cue_past_any_recording_is_one_line(cli, tmp_path):
    path = tmp_path / "lång.vtt"
    path.write_text(_VTT.format("100:00:05.000", "100:00:08.000"), encoding="utf-8")
    result = cli("import", path)
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.strip().splitlines() == [
        f"Error: {path}:6: the timing line '100:00:05.000 --> 100:00:08.000' lies 100 hours "
        "into the recording, longer than any interview (at most 24 hours); correct the hours "
        "in that line or export the transcript again"
    ]
