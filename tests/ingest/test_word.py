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


def test_without_a_duration_line_the_last_turn_ends_after_its_words():
    transcript = read_transcript(INGEST / "teams-no-duration.docx")
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Nora Lind", 4000, 11000),
        # No duration line and no other end: 8 words at 2.5 words a second.
        ("Pontus Kraft", 11000, 14200),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "teams-no-duration.docx",  # title property 'Word Document', a converter comment
        "word-title.docx",  # title property 'Microsoft Word - intervju7.docx'
    ],
)
def test_template_and_converter_titles_are_no_titles(name):
    transcript = read_transcript(INGEST / name)
    assert transcript.title == name.removesuffix(".docx")


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


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    import resource

    from tests.bombs import docx_bomb

    bomb = docx_bomb(tmp_path / "bomb.docx")  # 1.3 MB that unpacks to 300 MB
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(TranscriptError) as caught:
        read_transcript(bomb)
    assert str(caught.value).startswith(
        f"{bomb}: word/document.xml would unpack to 300 MB, more than the 50 MB per part"
    )
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 100 * 1024


def test_a_part_whose_declared_size_lies_is_refused(tmp_path):
    from tests.bombs import lying_zip

    with pytest.raises(TranscriptError, match="not a readable Word document"):
        read_transcript(lying_zip(tmp_path / "lies.docx"))
