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


def test_a_cue_run_on_into_the_next_without_a_blank_line_is_two_cues():
    text = (
        "1\n00:00:01,000 --> 00:00:04,000\nOla Falk: Hur började det?\n"
        "2\n00:00:04,000 --> 00:00:09,000\nMira Sand: Med ett samtal från skolan.\n\n"
        "3\n00:00:09,000 --> 00:00:11,000\nOla Falk: Och sedan?\n"
    )
    transcript = parse_transcript(text.encode(), "utan-tomrad.srt")
    assert [(t.speaker, t.text, t.start_ms) for t in transcript.turns] == [
        ("Ola Falk", "Hur började det?", 1000),
        ("Mira Sand", "Med ett samtal från skolan.", 4000),
        ("Ola Falk", "Och sedan?", 9000),
    ]


def test_two_speakers_in_one_cue_are_two_turns_sharing_its_time():
    text = (
        "1\n00:00:01,000 --> 00:00:05,000\nOla Falk: Hörs jag?\nMira Sand: Ja, nu hörs du bra.\n\n"
        "2\n00:00:05,000 --> 00:00:08,000\nOla Falk: Bra, då börjar vi.\n\n"
        "3\n00:00:08,000 --> 00:00:12,000\nMira Sand: Gärna. Jag har en timme.\n"
    )
    transcript = parse_transcript(text.encode(), "tva-i-en.srt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Ola Falk", "Hörs jag?"),
        ("Mira Sand", "Ja, nu hörs du bra."),
        ("Ola Falk", "Bra, då börjar vi."),
        ("Mira Sand", "Gärna. Jag har en timme."),
    ]
    first, second = transcript.turns[:2]
    # the cue's four seconds shared by length: "Ola Falk: Hörs jag?" is 19 of 49 characters
    assert (first.start_ms, second.start_ms, second.end_ms) == (1000, 2551, 5000)


def test_times_in_video_frames_are_refused_naming_the_line():
    text = "1\n00:00:01:12 --> 00:00:04:00\nOla Falk: Hej.\n\n2\n00:00:04:00 --> 00:00:06:00\nMira Sand: Hej.\n"
    with pytest.raises(TranscriptError, match=r"ramar.srt:2: .*counts video frames"):
        parse_transcript(text.encode(), "ramar.srt")


def test_a_subtitles_next_line_goes_on_with_its_speaker_and_a_new_sentence_does_not():
    text = (
        "1\n00:00:01,000 --> 00:00:03,000\nOla Falk: Hur länge har\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\nni haft öppet på torsdagar?\n\n"
        "3\n00:00:05,000 --> 00:00:08,000\nMira Sand: Jag är kurator.\n\n"
        "4\n00:00:08,000 --> 00:00:10,000\nHallå, hör ni mig?\n\n"
        "5\n00:00:10,000 --> 00:00:12,000\nOla Falk: Ja.\n"
    )
    transcript = parse_transcript(text.encode(), "rader.srt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Ola Falk", "Hur länge har ni haft öppet på torsdagar?"),
        ("Mira Sand", "Jag är kurator."),
        ("", "Hallå, hör ni mig?"),  # a new sentence after a full stop: someone unnamed
        ("Ola Falk", "Ja."),
    ]


def test_a_number_said_on_its_own_line_is_speech_in_a_file_without_cue_numbers():
    text = (
        "00:00:01,000 --> 00:00:04,000\nOla Falk: Hur gammal är han?\n\n"
        "00:00:04,000 --> 00:00:06,000\nMira Sand: Han fyller\n45\n"
        "00:00:06,000 --> 00:00:08,000\nOla Falk: Då vet jag.\n"
    )
    transcript = parse_transcript(text.encode(), "utan-nummer.srt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Ola Falk", "Hur gammal är han?"),
        ("Mira Sand", "Han fyller 45"),
        ("Ola Falk", "Då vet jag."),
    ]


def test_an_empty_cue_run_on_into_the_next_is_dropped_not_read_as_speech():
    text = (
        "1\n00:00:01,000 --> 00:00:02,000\n2\n00:00:02,000 --> 00:00:04,000\n"
        "Ola Falk: Hur gammal är du?\n\n"
        "3\n00:00:04,000 --> 00:00:06,000\nMira Sand: Trettio.\n\n"
        "4\n00:00:06,000 --> 00:00:08,000\nOla Falk: Okej.\n"
    )
    transcript = parse_transcript(text.encode(), "tom.srt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Ola Falk", "Hur gammal är du?"),
        ("Mira Sand", "Trettio."),
        ("Ola Falk", "Okej."),
    ]


_SPOKEN = (
    "1\n00:00:01,000 --> 00:00:02,000\nOla Falk: Hur länge har du bott här?\n\n"
    "2\n00:00:02,500 --> 00:00:04,000\nMira Sand: Sedan i våras.\n\n"
    "3\n00:00:04,500 --> 00:00:05,000\nOla Falk: Och innan dess?\n\n"
)


def test_a_file_cut_off_after_its_last_timing_line_is_refused_naming_it():
    cut = _SPOKEN + "4\n00:00:05,500 --> 00:00:09,000\n"
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(cut.encode(), "avbruten.srt")
    assert str(caught.value) == (
        "avbruten.srt:14: the last cue has a timing but no text, unlike every other cue: "
        "the file is probably cut off; export it again (or delete that cue if it is meant "
        "to be empty)"
    )


def test_an_empty_cue_in_the_middle_is_a_pause_and_the_file_is_read():
    pause = _SPOKEN + "4\n00:00:05,500 --> 00:00:06,000\n\n"
    pause += "5\n00:00:06,500 --> 00:00:09,000\nMira Sand: I en annan stad.\n"
    transcript = parse_transcript(pause.encode(), "paus.srt")
    assert [t.text for t in transcript.turns][-1] == "I en annan stad."


def test_a_label_quoted_inside_a_sentence_does_not_cut_the_cue():
    text = (
        "1\n00:00:01,000 --> 00:00:05,000\nOla Falk: I mejlet stod det\nMira Sand: kan inte komma.\n\n"
        "2\n00:00:05,000 --> 00:00:07,000\nMira Sand: Ja, så var det.\n\n"
        "3\n00:00:07,000 --> 00:00:09,000\nOla Falk: Precis.\n"
    )
    transcript = parse_transcript(text.encode(), "citat.srt")
    assert transcript.turns[0].speaker == "Ola Falk"
    assert transcript.turns[0].text == "I mejlet stod det Mira Sand: kan inte komma."


def test_times_written_short_are_read_and_a_damaged_one_is_named_in_subrip_terms():
    short = "1\n0:0:1,5 --> 0:0:4,0\nAnna Berg: Hej och välkommen.\n\n"
    short += "2\n0:0:4,5 --> 0:0:8,0\nPer Ek: Tack.\n"
    turns = parse_transcript(short.encode(), name="kort.srt").turns
    assert [(t.speaker, t.start_ms, t.end_ms) for t in turns] == [
        ("Anna Berg", 1_500, 4_000),
        ("Per Ek", 4_500, 8_000),
    ]
    damaged = b"1\n00:00:01,000 --> 00:0x:04,000\nAnna Berg: Hej.\n"
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(damaged, name="trasig.srt")
    assert str(caught.value) == (
        "trasig.srt:2: cannot read the timing line '00:00:01,000 --> 00:0x:04,000'; "
        "expected 'HH:MM:SS,mmm --> HH:MM:SS,mmm' (the file may be truncated)"
    )


def test_a_file_naming_the_speaker_only_where_it_changes_keeps_the_turns_whole():
    # a transcription service's style: "Name:" only on a new speaker's first cue
    text = (
        "1\n00:00:01,000 --> 00:00:03,000\nOla Falk: Hur började det?\n\n"
        "2\n00:00:03,500 --> 00:00:06,000\nMira Sand: Med en ny chef.\n\n"
        "3\n00:00:06,000 --> 00:00:09,000\nHon ville ändra allt.\n\n"
        "4\n00:00:09,000 --> 00:00:11,000\nDet tog tid.\n\n"
        "5\n00:00:11,500 --> 00:00:13,000\nOla Falk: Varför då?\n\n"
        "6\n00:00:13,500 --> 00:00:16,000\nMira Sand: Ingen ville betala.\n\n"
        "7\n00:00:16,000 --> 00:00:18,000\nRegionen sa nej.\n"
    )
    transcript = parse_transcript(text.encode(), "byten.srt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Ola Falk", "Hur började det?"),
        ("Mira Sand", "Med en ny chef. Hon ville ändra allt. Det tog tid."),
        ("Ola Falk", "Varför då?"),
        ("Mira Sand", "Ingen ville betala. Regionen sa nej."),
    ]


def test_numbered_voices_label_subrip_cues():
    data = (
        "1\n00:00:01,000 --> 00:00:04,000\nSpeaker 1: Hur länge har du jobbat här?\n\n"
        "2\n00:00:04,500 --> 00:00:09,000\nSpeaker 2: Snart sex år.\n\n"
        "3\n00:00:09,500 --> 00:00:12,000\nSpeaker 1: Vad fick dig att stanna?\n"
    )
    transcript = parse_transcript(data.encode(), "intervju.srt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Speaker 1", "Hur länge har du jobbat här?"),
        ("Speaker 2", "Snart sex år."),
        ("Speaker 1", "Vad fick dig att stanna?"),
    ]
