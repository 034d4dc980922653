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


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "subrip-dot-ms.srt",  # '.' before the milliseconds
            [
                ("Greta Dahl", 1500, 4000, "Hur ofta träffas nätverket?"),
                ("Olof Brink", 4000, 7250, "En gång i månaden, på biblioteket."),
            ],
        ),
        (
            "subrip-no-numbers.srt",
            [
                ("Greta Dahl", 2000, 5000, "Vem leder träffarna?"),
                ("Olof Brink", 5000, 8500, "Vi turas om."),
                ("Greta Dahl", 8500, 10000, "Fungerar det bra?"),
            ],
        ),
        (
            "zoom-headerless.vtt",  # Zoom WebVTT without its WEBVTT line
            [
                ("Greta Dahl", 800, 3200, "Finns det någon väntelista?"),
                ("Olof Brink", 3200, 6000, "Nej, alla som vill får komma."),
            ],
        ),
        (
            "subrip-tags.srt",  # formatting tags and a position code are not speech
            [
                ("Greta Dahl", 1000, 3000, "Vad kostar medlemskapet?"),
                ("Olof Brink", 3000, 6000, "Hundra kronor om året."),
                ("Greta Dahl", 6000, 8000, "Det är inte mycket."),
            ],
        ),
    ],
)
def test_subrip_variants_that_name_their_speakers_are_read(name, expected):
    transcript = read_transcript(INGEST / name)
    assert transcript.source_format is SourceFormat.SRT
    assert [(t.speaker, t.start_ms, t.end_ms, t.text) for t in transcript.turns] == expected


def test_a_lone_angle_bracket_in_subrip_speech_is_kept():
    data = (
        "1\n00:00:01,000 --> 00:00:02,000\nGreta Dahl: Är tre <fem?\n\n"
        "2\n00:00:02,000 --> 00:00:03,000\nOlof Brink: Ja.\n"
    ).encode()
    transcript = parse_transcript(data, "vinkel.srt")
    assert transcript.turns[0].text == "Är tre <fem?"
