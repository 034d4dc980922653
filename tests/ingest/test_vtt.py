"""Teams and Zoom WebVTT."""

from __future__ import annotations

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import read_transcript
from qualkod.models import SourceFormat
from tests.conftest import INGEST


def test_newer_teams_export_merges_split_cues_into_turns():
    transcript = read_transcript(INGEST / "teams-new.vtt")
    assert transcript.source_format is SourceFormat.TEAMS_VTT
    assert [t.speaker for t in transcript.turns] == [
        "Karin Lindqvist",
        "Maria Nyström",
        "Karin Lindqvist",
        "Maria Nyström",
    ]
    first = transcript.turns[0]
    assert first.text == "Hej, hör du mig? Då börjar vi. Hur länge har du jobbat här?"
    assert (first.start_ms, first.end_ms) == (3840, 9400)
    assert transcript.duration_ms == 26000
    assert transcript.title == "teams-new"


def test_brackets_in_speech_are_kept_verbatim():
    transcript = read_transcript(INGEST / "teams-new.vtt")
    assert transcript.turns[1].text.endswith("där trivdes jag [skratt].")


def test_older_teams_export_with_numeric_and_missing_cue_ids():
    transcript = read_transcript(INGEST / "teams-old.vtt")
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Johan Ek", 1000, 4000),
        ("Ahmed Karimi", 4500, 10000),
    ]


def test_voice_without_closing_tag():
    transcript = read_transcript(INGEST / "no-closing-voice.vtt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Sara Holm", "Jag är socialsekreterare"),
        ("Petra Lindberg", "Och jag är boendestödjare."),
    ]


def test_minutes_and_seconds_timestamps():
    transcript = read_transcript(INGEST / "minutes-only.vtt")
    assert [(t.start_ms, t.end_ms) for t in transcript.turns] == [(1000, 4500), (62250, 65000)]


def test_notes_styles_cue_settings_and_multiline_cues():
    transcript = read_transcript(INGEST / "notes-styles.vtt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Anna Berg", "Det här är en replik som går över två rader."),
        ("Erik Sund", "Och här svarar jag."),
    ]
    # The empty cue is dropped and does not stretch the first turn.
    assert transcript.turns[0].end_ms == 5000


def test_zoom_labels_inside_cues():
    transcript = read_transcript(INGEST / "zoom.vtt")
    assert transcript.source_format is SourceFormat.ZOOM_VTT
    assert [t.speaker for t in transcript.turns] == ["Karin Lindqvist", "Ahmed Karimi"]
    assert transcript.turns[1].text == (
        "Ja, jag heter Ahmed och är behandlare. Jag har jobbat här i tre år."
    )


def test_raw_display_names_are_kept_and_unlabelled_cues_have_no_speaker():
    transcript = read_transcript(INGEST / "suffixes.vtt")
    assert transcript.speakers == (
        "Lindqvist, Karin",
        "Sara Holm (Gäst)",
        "Ahmed Karimi (Extern)",
        "petra.lindberg@kommun.example",
        "Unknown speaker",
        "",
    )


@pytest.mark.parametrize("name", ["utf16.vtt", "bom-crlf.vtt"])
def test_encodings_and_line_ends_give_the_same_turns(name):
    reference = read_transcript(INGEST / "teams-new.vtt")
    other = read_transcript(INGEST / name)
    assert other.turns == reference.turns
    assert other.sha256 != reference.sha256


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("truncated.vtt", "truncated.vtt:6: cannot read the timing line"),
        ("missing-timing.vtt", "missing-timing.vtt:6: cue has no timing line"),
        ("backwards.vtt", "backwards.vtt:3: cue ends before it starts"),
        ("no-speakers.vtt", "no-speakers.vtt: no cue names a speaker"),
    ],
)
def test_broken_vtt_is_refused_with_the_line(name, expected):
    with pytest.raises(TranscriptError) as caught:
        read_transcript(INGEST / name)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)
