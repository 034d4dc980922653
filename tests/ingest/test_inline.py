"""Speaker, time and speech in one paragraph or line, as transcription services write."""

from __future__ import annotations

import io

import docx
import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript
from qualkod.models import SourceFormat


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_SKOLSKJUTS = [
    "Intervju om skolskjuts",
    "Lena Berg   0:03   Hej, hur tar sig barnen till skolan?",
    "Omar Said\t0:09\tMed bussen, den går 7:10 från torget.",
    "Ibland får de skjuts av grannen.",
    "Lena Berg   0:21   Fungerar det bra?",
    "Omar Said   1:02:05   Oftast, men på vintern blir den sen.",
]


def test_a_word_file_with_speaker_time_and_speech_in_one_paragraph_is_read():
    transcript = parse_transcript(_docx(_SKOLSKJUTS), "skjuts.docx")
    assert transcript.source_format is SourceFormat.WORD_TEXT  # a service's, not Teams'
    assert transcript.title == "Intervju om skolskjuts"
    assert [(t.speaker, t.start_ms, t.end_ms, t.text) for t in transcript.turns] == [
        ("Lena Berg", 3000, 9000, "Hej, hur tar sig barnen till skolan?"),
        (
            "Omar Said",
            9000,
            21000,
            # the time in speech stays speech; the paragraph after goes on with the turn
            "Med bussen, den går 7:10 från torget. Ibland får de skjuts av grannen.",
        ),
        ("Lena Berg", 21000, 3_725_000, "Fungerar det bra?"),
        # the last turn: 7 words at 2.5 words a second
        ("Omar Said", 3_725_000, 3_727_800, "Oftast, men på vintern blir den sen."),
    ]


def test_plain_text_with_one_space_is_read_when_it_is_the_files_pattern():
    text = (
        "Sara Holm 0:02 Vad gjorde du i somras?\n"
        "Nils Ek 0:06 Jobbade på campingen vid sjön.\n"
        "Sara Holm 0:11 Hela sommaren?\n"
        "Nils Ek 0:13 Nästan, utom en vecka i juli.\n"
    )
    transcript = parse_transcript(text.encode(), "sommar.txt")
    assert transcript.source_format is SourceFormat.PLAIN_TEXT
    assert [(t.speaker, t.start_ms, t.text) for t in transcript.turns] == [
        ("Sara Holm", 2000, "Vad gjorde du i somras?"),
        ("Nils Ek", 6000, "Jobbade på campingen vid sjön."),
        ("Sara Holm", 11000, "Hela sommaren?"),
        ("Nils Ek", 13000, "Nästan, utom en vecka i juli."),
    ]


def test_a_damaged_time_in_such_a_paragraph_is_refused_naming_it():
    paragraphs = list(_SKOLSKJUTS)
    paragraphs[4] = "Lena Berg   0:2x   Fungerar det bra?"
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(_docx(paragraphs), "skjuts.docx")
    assert str(caught.value).startswith(
        "skjuts.docx (paragraph 5): cannot read the speaker heading in this paragraph: its "
        "time '0:2x' cannot be read"
    )
    assert "Lena" not in str(caught.value) and "Fungerar" not in str(caught.value)


def test_a_lone_such_paragraph_is_refused_naming_it_and_the_layouts():
    paragraphs = [
        "Anteckningar från besöket",
        "Vi träffades i biblioteket och pratade länge.",
        "Lena Berg   0:03   Hej, hur tar sig barnen till skolan?",
        "Sedan gick vi vidare till nästa fråga.",
    ]
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(_docx(paragraphs), "besök.docx")
    message = str(caught.value)
    assert message.startswith(
        "besök.docx (paragraph 3): this paragraph (time '0:03') has a speaker, a time and "
        "speech in one paragraph, but too few paragraphs do"
    )
    assert "barnen" not in message  # the speech is not quoted either
    assert "'Name   0:03   text'" in message and "'Name: text'" in message
    assert "\n" not in message
    assert "Lena" not in message and "Berg" not in message


def test_a_time_between_spaces_in_labelled_speech_is_no_turn():
    # Guard: 'Bussen  7:10  går' inside a 'Name: text' transcript is speech.
    text = (
        "Lena: När går bussen?\n"
        "Omar: Första bussen\n"
        "Bussen  7:10  går från torget, sen en till.\n"
        "Lena: Och hem?\n"
        "Omar: Vid fyra.\n"
    )
    transcript = parse_transcript(text.encode(), "buss.txt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Lena", "När går bussen?"),
        ("Omar", "Första bussen Bussen 7:10 går från torget, sen en till."),
        ("Lena", "Och hem?"),
        ("Omar", "Vid fyra."),
    ]


def test_labelled_turns_that_mention_times_stay_labelled_turns():
    # Guard: 'Anna Berg: Klockan 9:00 ...' has capitalised words and a time after them
    # in every other line; the label's colon says it is a 'Name: text' transcript.
    text = (
        "Anna Berg: Klockan 9:00 öppnar vi dörrarna.\n"
        "Bo Ek: Och sedan?\n"
        "Anna Berg: Klockan 9:30 börjar första passet.\n"
        "Bo Ek: Tidigt.\n"
    )
    transcript = parse_transcript(text.encode(), "öppning.txt")
    assert transcript.source_format is SourceFormat.PLAIN_TEXT
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Anna Berg", "Klockan 9:00 öppnar vi dörrarna."),
        ("Bo Ek", "Och sedan?"),
        ("Anna Berg", "Klockan 9:30 börjar första passet."),
        ("Bo Ek", "Tidigt."),
    ]
