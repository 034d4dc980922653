"""The Teams transcript pane copied into a text file or Word."""

from __future__ import annotations

import pytest

from qualkod.ingest import read_transcript
from qualkod.ingest.teams_pane import parse_span
from qualkod.models import SourceFormat
from tests.conftest import INGEST


@pytest.mark.parametrize(
    ("line", "ms"),
    [
        ("0 minuter 9 sekunder", 9_000),
        ("3 minuter", 180_000),
        ("1 minut 1 sekund", 61_000),
        ("1 timme 2 minuter 5 sekunder", 3_725_000),
        ("2 timmar", 7_200_000),
        ("0 minutes 9 seconds", 9_000),
        ("1 hour 2 minutes", 3_720_000),
        ("1 minute 1 second", 61_000),
        ("1 Stunde 2 Minuten", 3_720_000),
        ("0 Minuten 4 Sekunden", 4_000),
        ("2 Stunden 1 Minute 1 Sekunde", 7_261_000),
        ("Hej där", None),
        ("3 äpplen", None),
        ("", None),
    ],
)
def test_parse_span(line, ms):
    assert parse_span(line) == ms


def test_swedish_pane_copied_into_text():
    transcript = read_transcript(INGEST / "teams-pane-sv.txt")
    assert transcript.source_format is SourceFormat.TEAMS_PANE
    assert transcript.title == "Avstämning med skolan"
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Lisa Bergman", 9_000, 15_000),
        ("Mattias Öberg", 15_000, 180_000),
        ("Lisa Bergman", 180_000, 3_725_000),
        # No end in the file: 4 words at 2.5 words a second.
        ("Mattias Öberg", 3_725_000, 3_726_600),
    ]
    assert transcript.turns[2].text == (
        "Vi tittar på schemat för hösten. Det har blivit en del ändringar."
    )


def test_german_pane():
    transcript = read_transcript(INGEST / "teams-pane-de.txt")
    assert transcript.title == "teams-pane-de"
    assert [(t.speaker, t.start_ms, t.text) for t in transcript.turns] == [
        ("Greta Hoffmann", 4_000, "Guten Morgen zusammen."),
        ("Lukas Brandt", 61_000, "Morgen, ich bin gleich so weit."),
        ("Greta Hoffmann", 3_720_000, "Dann machen wir hier Schluss."),
    ]


def test_english_pane_pasted_into_word_drops_avatar_initials():
    transcript = read_transcript(INGEST / "teams-pane-en.docx")
    assert transcript.source_format is SourceFormat.TEAMS_PANE
    assert transcript.title == "Project check-in"
    assert [(t.speaker, t.start_ms, t.text) for t in transcript.turns] == [
        ("Holly Jameson", 9_000, "Shall we begin?"),
        ("Tobias Wren", 90_000, "Sure, go ahead."),
        ("Holly Jameson", 3_720_000, "That's all for today."),
    ]
