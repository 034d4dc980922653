"""Teams Word exports (both layouts) and untimed Word transcripts."""

from __future__ import annotations

import datetime as dt

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import read_transcript
from qualkod.models import SourceFormat
from tests.conftest import INGEST


def test_newer_layout_splits_paragraphs_on_line_breaks():
    transcript = read_transcript(INGEST / "teams-new.docx")
    assert transcript.source_format is SourceFormat.TEAMS_DOCX
    assert transcript.title == "Uppföljning samverkan"
    assert transcript.date == dt.date(2025, 3, 12)
    assert transcript.starter == "Karin Lindqvist"
    assert [(t.speaker, t.start_ms) for t in transcript.turns] == [
        ("Karin Lindqvist", 3000),
        ("Sara Holm (Gäst)", 7000),
        ("Karin Lindqvist", 10000),
        ("Ahmed Karimi", 3_735_000),
    ]
    assert transcript.turns[3].text == (
        "Det beror helt på vem man får tag i. Ibland går det fort, ibland inte alls."
    )
    # Preamble and the transcription notices are not speech.
    assert all("transkriberingen" not in t.text for t in transcript.turns)


def test_older_arrow_layout_including_speaker_and_time_on_one_line():
    transcript = read_transcript(INGEST / "teams-old.docx")
    assert transcript.source_format is SourceFormat.TEAMS_DOCX_LEGACY
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Karin Lindqvist", 0, 5250),
        ("Maria Nyström", 5250, 12000),
    ]


def test_untimed_word_transcript_with_interview_labels():
    transcript = read_transcript(INGEST / "untimed.docx")
    assert transcript.source_format is SourceFormat.WORD_TEXT
    assert transcript.title == "Intervju 3, transkriberad för hand"
    assert transcript.speakers == ("I", "IP")
    assert not transcript.timed


def test_a_word_document_that_is_not_a_transcript_is_refused():
    with pytest.raises(TranscriptError, match="not a transcript"):
        read_transcript(INGEST / "not-a-transcript.docx")


def test_a_broken_zip_is_refused():
    from qualkod.ingest import parse_transcript

    data = (INGEST / "teams-new.docx").read_bytes()[:300]
    with pytest.raises(TranscriptError, match="save it as .docx again"):
        parse_transcript(data, "avklippt.docx")
