"""Zoom's saved transcript: ``[Name] 11:02:09`` headers with wall-clock times."""

from __future__ import annotations

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript, read_transcript
from qualkod.models import SourceFormat
from tests.conftest import INGEST


def test_wall_clock_times_become_relative_to_the_first_even_past_midnight():
    transcript = read_transcript(INGEST / "zoom-saved.txt")
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Elin Sjöberg", 0, 11_000),
        ("Oskar Dahl", 11_000, 80_000),
        ("Elin Sjöberg", 80_000, 102_000),
        # Nothing states when the last turn ends: 5 words at 2.5 words a second.
        ("Oskar Dahl", 102_000, 104_000),
    ]


def test_speech_runs_over_several_lines_until_the_next_header():
    transcript = read_transcript(INGEST / "zoom-saved.txt")
    assert transcript.turns[1].text == "Ja, jag är här. Jag har precis kommit hem."
    assert transcript.title == "zoom-saved"
    assert transcript.source_format is SourceFormat.ZOOM_TEXT


def test_twelve_hour_clock():
    data = "[Anna Berg] 11:59:50 AM\nHej.\n[Erik Sund] 12:00:20 PM\nHej du.\n"
    transcript = parse_transcript(data.encode(), "zoom.txt")
    assert [t.start_ms for t in transcript.turns] == [0, 30_000]


def test_a_speaker_line_with_a_damaged_time_is_refused_naming_the_line():
    text = (
        "[Ola Falk] 10:02:09\nHur började det?\n\n"
        "[Mira Sand] 10:0x:15\nMed ett samtal.\n\n"
        "[Ola Falk] 10:03:01\nOch sedan?\n"
    )
    with pytest.raises(TranscriptError, match=r"^zoom.txt:4: a speaker line whose time"):
        parse_transcript(text.encode(), "zoom.txt")
