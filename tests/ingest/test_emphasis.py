"""Speaker labels in Markdown bold, pasted from chat tools and note apps."""

from __future__ import annotations

import pytest

from qualkod.ingest import parse_transcript
from qualkod.models import SourceFormat


@pytest.mark.parametrize(
    ("lena", "gustav"),
    [
        ("**Lena:**", "**Gustav:**"),
        ("**Lena**:", "**Gustav**:"),
        ("__Lena:__", "__Gustav__:"),
        ("*Lena:*", "*Gustav:*"),  # Slack's bold
    ],
)
def test_bold_labels_are_speaker_labels(lena, gustav):
    text = (
        "Samtal om körsång, mars\n"
        f"{lena} Hur länge har du sjungit i kören?\n"
        f"{gustav} Sedan jag flyttade hit.\n"
        "Det blev ett sätt att lära känna folk.\n"
        f"{lena} Vad betyder den för dig i dag?\n"
    )
    transcript = parse_transcript(text.encode(), "kör.txt")
    assert transcript.source_format is SourceFormat.PLAIN_TEXT
    assert transcript.title == "Samtal om körsång, mars"
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Lena", "Hur länge har du sjungit i kören?"),
        ("Gustav", "Sedan jag flyttade hit. Det blev ett sätt att lära känna folk."),
        ("Lena", "Vad betyder den för dig i dag?"),
    ]


def test_bold_role_labels_with_times_are_read():
    text = (
        "**I (00:00:04):** Berätta om din första dag.\n"
        "**IP (00:00:09):** Jag minns mest hur nervös jag var.\n"
    )
    transcript = parse_transcript(text.encode(), "dag.txt")
    assert [(t.speaker, t.start_ms, t.text) for t in transcript.turns] == [
        ("I", 4000, "Berätta om din första dag."),
        ("IP", 9000, "Jag minns mest hur nervös jag var."),
    ]


def test_bold_words_in_speech_stay_speech_verbatim():
    # Guard: bold inside a sentence, and a bold note word opening a line, are words.
    text = (
        "**Lena:** Hur ofta övar ni?\n"
        "**Gustav:** Varje **tisdag:** det är heligt.\n"
        "**Obs:** han skrattade här.\n"
        "**Lena:** Och på sommaren?\n"
    )
    transcript = parse_transcript(text.encode(), "övning.txt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Lena", "Hur ofta övar ni?"),
        ("Gustav", "Varje **tisdag:** det är heligt. **Obs:** han skrattade här."),
        ("Lena", "Och på sommaren?"),
    ]


def test_a_bold_heading_without_a_colon_is_not_a_label():
    # Guard: '**Bakgrund**' is a heading of the notes; the labels below are plain.
    text = "**Bakgrund**\nLena: Var växte du upp?\nGustav: I Kiruna.\nLena: Hur var det?\n"
    transcript = parse_transcript(text.encode(), "bakgrund.txt")
    assert transcript.title == "**Bakgrund**"
    assert [t.speaker for t in transcript.turns] == ["Lena", "Gustav", "Lena"]


@pytest.mark.parametrize(
    ("lena", "gustav"),
    [
        ("- **Lena:**", "- **Gustav:**"),
        ("* **Lena**:", "* **Gustav**:"),
        ("+ __Lena:__", "+ __Gustav:__"),
        ("- Lena:", "- Gustav:"),
        ("• Lena:", "• Gustav:"),
        ("•\tLena:", "•\tGustav:"),
    ],
)
def test_labels_in_a_list_are_speaker_labels(lena, gustav):
    text = (
        "Samtal om körsång, april\n"
        f"{lena} Vilken stämma sjunger du?\n"
        f"{gustav} Andra bas, oftast.\n"
        f"{lena} Har det alltid varit så?\n"
        f"{gustav} Nej, jag började som tenor.\n"
    )
    transcript = parse_transcript(text.encode(), "stämma.txt")
    assert transcript.title == "Samtal om körsång, april"
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Lena", "Vilken stämma sjunger du?"),
        ("Gustav", "Andra bas, oftast."),
        ("Lena", "Har det alltid varit så?"),
        ("Gustav", "Nej, jag började som tenor."),
    ]


def test_listed_role_labels_seen_once_are_speakers():
    text = "* **IP 1**: Jag kom med i våras.\n* **I**: Hur kom det sig?\n"
    transcript = parse_transcript(text.encode(), "våren.txt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("IP 1", "Jag kom med i våras."),
        ("I", "Hur kom det sig?"),
    ]


def test_a_list_in_speech_stays_speech_verbatim():
    # Guard: a listed 'Word: text' seen once, and a listed note word, are the speaker's.
    text = (
        "Lena: Vad behöver ni till konserten?\n"
        "Gustav: Det här, ungefär:\n"
        "- Noter: de nya häftena\n"
        "- **Obs:** fråga kantorn\n"
        "Lena: Och lokalen?\n"
        "Gustav: Kyrkan, som vanligt.\n"
    )
    transcript = parse_transcript(text.encode(), "konsert.txt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Lena", "Vad behöver ni till konserten?"),
        ("Gustav", "Det här, ungefär: - Noter: de nya häftena - **Obs:** fråga kantorn"),
        ("Lena", "Och lokalen?"),
        ("Gustav", "Kyrkan, som vanligt."),
    ]
