"""Word documents whose transcript is a table, with paragraphs around it."""

from __future__ import annotations

import io

import docx
import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript
from qualkod.ingest.word_tables import document_rows
from qualkod.models import SourceFormat

# A note above the transcript, shaped like a service's one-paragraph turn.
_NOTE = "Sofia Ek   0:03   ljudet bröts efter tio minuter"


def _document(note: str, rows: list[tuple[str, ...]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Samtal om skolgården")
    document.add_paragraph(note)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_note_shaped_like_a_turn_does_not_hide_a_two_column_table():
    data = _document(
        _NOTE,
        [
            ("Sofia Ek", "Hur ser rasterna ut nu för tiden?"),
            ("Jonas Falk", "Mest fotboll, tror jag."),
            ("Sofia Ek", "Och de yngre barnen, var håller de till?"),
        ],
    )
    transcript = parse_transcript(data, "skolgard.docx")
    assert transcript.source_format is SourceFormat.WORD_TEXT
    assert transcript.title == "Samtal om skolgården"
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Sofia Ek", "Hur ser rasterna ut nu för tiden?"),
        ("Jonas Falk", "Mest fotboll, tror jag."),
        ("Sofia Ek", "Och de yngre barnen, var håller de till?"),
    ]


def test_a_note_shaped_like_a_turn_does_not_hide_a_table_of_labelled_cells():
    data = _document(
        _NOTE,
        [("IP: Vi cyklar dit varje morgon.",), ("I: Även på vintern?",), ("IP: Nästan alltid.",)],
    )
    transcript = parse_transcript(data, "cykel.docx")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("IP", "Vi cyklar dit varje morgon."),
        ("I", "Även på vintern?"),
        ("IP", "Nästan alltid."),
    ]


def test_a_note_shaped_like_a_turn_above_a_table_without_speech_is_refused_naming_it():
    data = _document(_NOTE, [("Bilaga A, enkäten",), ("Bilaga B, kartan",)])
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, "lista.docx")
    assert caught.value.line == 2
    assert str(caught.value).startswith(
        "lista.docx (paragraph or table row 2): this paragraph or table row (time '0:03') "
        "has a speaker, a time and speech in one paragraph or table row, but too few"
    )
    assert "ljudet" not in str(caught.value)
    assert "correct it in Word" in str(caught.value)
    assert "Sofia" not in str(caught.value)


def test_on_the_command_line_the_table_is_imported_and_a_bad_one_refused_in_one_line(cli, tmp_path):
    good, bad = tmp_path / "skolgard.docx", tmp_path / "bilagor.docx"
    good.write_bytes(
        _document(
            _NOTE, [("Sofia Ek", "Var leker ni mest?"), ("Jonas Falk", "Vid klätterställningen.")]
        )
    )
    bad.write_bytes(_document(_NOTE, [("Bilaga A, enkäten",), ("Bilaga B, kartan",)]))
    assert cli("import", good).exit_code == 0
    refused = cli("import", bad)
    assert refused.exit_code == 1
    assert "Traceback" not in refused.stdout + refused.stderr
    [line] = refused.stderr.strip().splitlines()
    assert line.startswith(f"Error: {bad} (paragraph or table row 2): ")
    assert "too few paragraph or table rows do" in line
    listing = cli("transcripts", "--format", "csv").stdout.strip().splitlines()
    assert len(listing) == 2  # the header and the good file's row


@pytest.mark.parametrize(
    "rows",
    [
        [  # name, time, speech, under a heading row
            ("Talare", "Tid", "Text"),
            ("Sofia Ek", "0:05", "Hur ser rasterna ut nu för tiden?"),
            ("Jonas Falk", "0:09", "Mest fotboll, tror jag."),
            ("", "", "Och lite kull."),
            ("Sofia Ek", "1:02:15", "Och de yngre barnen?"),
        ],
        [  # time, name, speech, no heading row
            ("0:05", "Sofia Ek", "Hur ser rasterna ut nu för tiden?"),
            ("0:09", "Jonas Falk", "Mest fotboll, tror jag."),
            ("", "", "Och lite kull."),
            ("1:02:15", "Sofia Ek", "Och de yngre barnen?"),
        ],
    ],
)
def test_a_table_of_name_time_and_speech_is_read_with_a_paragraph_of_that_shape(rows):
    # The paragraph has the table's own shape (name, time, speech): the first turn.
    transcript = parse_transcript(_document(_NOTE, rows), "rast.docx")
    assert transcript.title == "Samtal om skolgården"
    assert [(t.speaker, t.start_ms, t.text) for t in transcript.turns] == [
        ("Sofia Ek", 3000, "ljudet bröts efter tio minuter Hur ser rasterna ut nu för tiden?"),
        ("Jonas Falk", 9000, "Mest fotboll, tror jag. Och lite kull."),
        ("Sofia Ek", 3_735_000, "Och de yngre barnen?"),
    ]


@pytest.mark.parametrize(
    ("rows", "what", "number"),
    [
        (  # its first row is taken for a heading row; the second is refused
            [("Namn", "Klass", "Roll"), ("Elev", "5B", "Ordförande"), ("Elev", "6A", "Kassör")],
            "a table of 3 columns without a time in the first two",
            4,
        ),
        ([("Sofia Ek", "0:05", "Hej.", "Anteckning")], "a table with 4 columns", 3),
    ],
)
def test_other_tables_are_refused_with_advice(rows, what, number):
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(_document("Bilagor", rows), "tabell.docx")
    assert str(caught.value) == (
        f"tabell.docx (paragraph or table row {number}): {what}; qualkod "
        "reads tables of 'Name | text', 'Name | 0:03 | text' or 'Name: text' rows only: "
        "convert the table to text in Word (Table Layout > Convert to Text) as 'Name: text' "
        "lines and import again"
    )


def _table_then(rows: list[tuple[str, ...]], after: list[str]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Samtal om pendling")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for text in after:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_PENDLING = [
    ("Intervjuare 1", "Hur tar du dig till jobbet?"),
    ("IP 1", "Oftast med tåget, ibland med bil."),
    ("Intervjuare 1", "Vad avgör det?"),
    ("IP 1", "Vädret mest."),
]
_NOTES = ["Transkriberat av Hedda Lilja 2025-03-02", "Slut på inspelningen"]


def test_notes_under_a_two_column_table_are_not_joined_onto_the_last_turn():
    transcript = parse_transcript(_table_then(_PENDLING, _NOTES), "pendling.docx")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Intervjuare 1", "Hur tar du dig till jobbet?"),
        ("IP 1", "Oftast med tåget, ibland med bil."),
        ("Intervjuare 1", "Vad avgör det?"),
        ("IP 1", "Vädret mest."),
    ]
    assert not any("Transkriberat" in t.text or "inspelningen" in t.text for t in transcript.turns)


def test_a_note_under_a_timed_table_is_not_joined_onto_the_last_turn():
    rows = [("Intervjuare 1", "0:02", "Hur tar du dig till jobbet?")]
    rows += [("IP 1", "0:06", "Oftast med tåget.")]
    transcript = parse_transcript(_table_then(rows, ["Slut på inspelningen"]), "tid.docx")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Intervjuare 1", "Hur tar du dig till jobbet?"),
        ("IP 1", "Oftast med tåget."),
    ]


def test_a_turn_written_under_the_table_is_still_read_after_a_note():
    # Guard: a paragraph that starts with a table's speaker is speech, not a note.
    rows = [("Intervjuare 1", "0:02", "Hur tar du dig till jobbet?")]
    rows += [("IP 1", "0:06", "Oftast med tåget.")]
    after = ["Paus i inspelningen", "IP 1   0:09   Och på vintern tar jag bussen."]
    transcript = parse_transcript(_table_then(rows, after), "paus.docx")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Intervjuare 1", "Hur tar du dig till jobbet?"),
        ("IP 1", "Oftast med tåget. Och på vintern tar jag bussen."),
    ]


def test_the_rows_under_a_two_column_table_skip_notes_and_keep_turns():
    after = ["Paus i inspelningen", "IP 1: Och på vintern tar jag bussen.", "Mest då."]
    document = docx.Document(io.BytesIO(_table_then(_PENDLING, after)))
    rows = document_rows(document, "paus.docx")
    assert rows[-3:] == [
        (5, "IP 1: Vädret mest."),
        (7, "IP 1: Och på vintern tar jag bussen."),
        (8, "Mest då."),
    ]


def test_on_the_command_line_a_note_under_a_table_is_no_speech(cli, tmp_path):
    path = tmp_path / "pendling.docx"
    path.write_bytes(_table_then(_PENDLING, _NOTES))
    result = cli("import", path)
    assert result.exit_code == 0, result.stderr
    shown = cli("show", "1", "--format", "csv").stdout
    assert "Vädret mest." in shown
    assert "Transkriberat" not in shown and "inspelningen" not in shown
