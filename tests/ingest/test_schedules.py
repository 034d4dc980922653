"""A schedule or an agenda is no transcript, though its rows look like timed turns."""

from __future__ import annotations

import io

import docx
import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript

_REFUSED = "does not look like a transcript"

# Each row a label of its own, a time, and a word or two: a day's programme.
_AGENDA = [
    "Program för studiedagen",
    "Samling   8:30   Aulan",
    "Möte   9:00   Planering av hösten",
    "Fika   10:30   Personalrummet",
    "Lunch   12:00   Matsalen",
    "Genomgång   13:15   Budget och lokaler",
]


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_an_agenda_in_plain_text_is_refused_naming_its_first_row():
    with pytest.raises(TranscriptError) as caught:
        parse_transcript("\n".join(_AGENDA).encode(), "program.txt")
    message = str(caught.value)
    assert message.startswith(f"program.txt:2: {_REFUSED}: its 5 lines shaped")
    assert "schedule or an agenda" in message and "'Name: text'" in message
    assert "\n" not in message
    assert "Möte" not in message  # no row is quoted


def test_an_agenda_in_word_with_tabs_is_refused():
    rows = ["Samling\t8:30\tAulan", "Lunch\t12:00\tMatsalen"]
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(_docx(rows), "dag.docx")
    assert str(caught.value).startswith(f"dag.docx (paragraph 1): {_REFUSED}")


def test_an_agenda_with_the_item_under_each_time_is_refused():
    text = "Samling   8:30\nAulan\nMöte   9:00\nPlanering av hösten\nLunch   12:00\nMatsalen\n"
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(text.encode(), "schema.txt")
    assert str(caught.value).startswith(f"schema.txt:1: {_REFUSED}: its 3 lines shaped")


def test_two_speakers_who_speak_once_each_in_sentences_are_read():
    # Guard: no name recurs, but the texts are sentences.
    text = "Vera Lund   0:02   Hör du mig nu?\nAli Noor   0:05   Ja, det går bra.\n"
    transcript = parse_transcript(text.encode(), "prov.txt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Vera Lund", "Hör du mig nu?"),
        ("Ali Noor", "Ja, det går bra."),
    ]


def test_speakers_who_recur_are_read_though_nothing_is_punctuated():
    # Guard: an unpunctuated conversation still has speakers coming back.
    text = (
        "Vera Lund   0:02   hur började det\n"
        "Ali Noor   0:05   med en annons\n"
        "Vera Lund   0:09   i tidningen\n"
        "Ali Noor   0:11   nej på nätet\n"
    )
    transcript = parse_transcript(text.encode(), "annons.txt")
    assert [t.speaker for t in transcript.turns] == ["Vera Lund", "Ali Noor"] * 2


def test_a_teams_heading_layout_with_one_turn_of_sentences_is_read():
    # Guard: one speaker, one turn, as a short recorded statement.
    text = "Vera Lund   0:01\nDet här är en kort hälsning till gruppen. Vi ses snart.\n"
    transcript = parse_transcript(text.encode(), "hälsning.txt")
    assert [t.speaker for t in transcript.turns] == ["Vera Lund"]


def test_on_the_command_line_an_agenda_is_one_line_and_nothing_is_imported(cli, tmp_path):
    path = tmp_path / "program.txt"
    path.write_text("\n".join(_AGENDA), encoding="utf-8")
    result = cli("import", path)
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {path}:2: {_REFUSED}")
    assert len(cli("transcripts", "--format", "csv").stdout.strip().splitlines()) == 1
