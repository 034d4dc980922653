"""SubRip."""

from __future__ import annotations

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript, read_transcript
from qualkod.models import SourceFormat
from tests.conftest import INGEST


def test_numbered_cues_with_name_prefix_and_multiline_text():
    transcript = read_transcript(INGEST / "subrip.srt")
    assert transcript.source_format is SourceFormat.SRT
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Karin Lindqvist", 1000, 4000),
        ("Maria Nyström", 4500, 11000),
    ]
    assert transcript.turns[1].text == (
        "Det fungerar bäst när vi känner varandra. Annars blir det svårt."
    )


def test_format_is_recognised_from_content_not_extension():
    data = (INGEST / "subrip.srt").read_bytes()
    assert parse_transcript(data, "export.txt").source_format is SourceFormat.SRT


def test_subrip_without_speakers_is_refused():
    data = b"1\n00:00:01,000 --> 00:00:02,000\nBara text utan talare.\n"
    with pytest.raises(TranscriptError, match="no cue names a speaker"):
        parse_transcript(data, "utan-talare.srt")


def test_subtitles_with_one_quoted_name_are_not_an_interview():
    with pytest.raises(TranscriptError) as caught:
        read_transcript(INGEST / "subtitles-quote.srt")
    assert str(caught.value).startswith(f"{INGEST / 'subtitles-quote.srt'}: no cue names a speaker")
