"""Google Meet transcripts: the Docs export (.docx) and its plain-text form."""

from __future__ import annotations

import datetime as dt

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript, read_transcript
from qualkod.models import SourceFormat
from tests.conftest import INGEST


def test_paragraphs_start_at_the_last_timestamp_and_end_at_the_next_start():
    transcript = read_transcript(INGEST / "meet-en.txt")
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Holly Jameson", 0, 0),
        ("Tobias Wren", 0, 0),
        ("Holly Jameson", 0, 307_000),
        ("Tobias Wren", 307_000, 307_000),
        ("Holly Jameson", 307_000, 581_000),  # 'Transcription ended after 00:09:41'
    ]


def test_header_footer_and_attendees_are_not_speech():
    transcript = read_transcript(INGEST / "meet-en.txt")
    assert transcript.title == "Weekly planning"
    assert transcript.date == dt.date(2025, 4, 2)
    assert transcript.turns[-1].text == "Then I will call the supplier."
    assert all("computer generated" not in t.text for t in transcript.turns)
    assert all("Attendees" not in t.text for t in transcript.turns)


def test_a_word_and_a_colon_inside_a_paragraph_is_not_a_speaker():
    transcript = read_transcript(INGEST / "meet-en.txt")
    assert transcript.speakers == ("Holly Jameson", "Tobias Wren")
    assert transcript.turns[3].text == (
        "The tiles arrive on Friday. Honestly: nobody has checked the invoice yet."
    )


def test_a_meeting_longer_than_an_hour_with_swedish_header_and_footer():
    transcript = read_transcript(INGEST / "meet-long.txt")
    assert transcript.source_format is SourceFormat.MEET_TEXT
    assert transcript.title == "Styrgruppsmöte"
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Lena Forsberg", 0, 0),
        ("Jonas Ahlgren", 0, 1_870_000),
        ("Lena Forsberg", 1_870_000, 3_525_000),
        ("Jonas Ahlgren", 3_525_000, 3_862_000),
        ("Lena Forsberg", 3_862_000, 4_360_000),
    ]
    assert transcript.turns[3].text == (
        "Hyresvärden har inte svarat på vårt mejl. Jag påminner dem i morgon."
    )
    assert "datorgenererats" not in transcript.turns[-1].text


def test_docx_export_of_a_short_meeting_with_one_timestamp_is_timed():
    transcript = read_transcript(INGEST / "meet-sv.docx")
    assert transcript.source_format is SourceFormat.MEET_DOCX
    assert transcript.timed
    assert (transcript.title, transcript.date) == ("Föräldramöte", dt.date(2025, 5, 14))
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Maja Engström", 0, 0),
        ("Viktor Nyberg", 0, 0),
        ("Maja Engström", 0, 206_000),
    ]
    assert transcript.turns[-1].text == "Först lite om utflykten."


def test_body_without_header_or_closing_line_is_still_read():
    data = "00:00:00\nAnna Berg: Hej.\nErik Sund: Hej hej.\n00:01:10\nAnna Berg: Nu.\n"
    transcript = parse_transcript(data.encode(), "utdrag.txt")
    assert [(t.speaker, t.start_ms) for t in transcript.turns] == [
        ("Anna Berg", 0),
        ("Erik Sund", 0),
        ("Anna Berg", 70_000),
    ]


def test_speech_before_the_first_timestamp_is_refused_with_the_line():
    data = (
        "Möte - Transkription\nTranskription\nAnna Berg: Tidigt.\n00:02:00\n"
        "Erik Sund: Hej.\nAnna Berg: Hej.\nTranskriberingen avslutades efter 00:03:00\n"
    )
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data.encode(), "tidig.txt")
    message = str(caught.value)
    assert message.startswith("tidig.txt:3: speech in this line comes before the first")
    assert "Anna" not in message and "Tidigt" not in message  # neither name nor speech


def test_meet_paragraphs_without_names_are_refused():
    data = "Transcript\n00:00:00\nnågot sades här\nmer text\nTranscription ended after 00:01:00\n"
    with pytest.raises(TranscriptError, match="do not start with 'Name: '"):
        parse_transcript(data.encode(), "namnlos.txt")
