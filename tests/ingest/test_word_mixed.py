"""Word documents with turns both in a table and in paragraphs: none is lost."""

from __future__ import annotations

import io

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import read_transcript

# A table of turns of a talk about a allotment garden, name and speech.
_ODLING = [
    ("Intervjuare", "När fick ni lotten?"),
    ("IP 1", "För tre somrar sedan, efter lång kö."),
    ("Intervjuare", "Vad odlar du mest?"),
    ("IP 1", "Potatis och bönor, lite dill."),
]


def _docx(tmp_path, name: str, parts: list) -> str:
    """A .docx of paragraphs (strings) and tables (lists of row tuples), in order."""
    import docx

    document = docx.Document()
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
            continue
        table = document.add_table(rows=len(part), cols=len(part[0]))
        for r, cells in enumerate(part):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    return str(path)


def _turns(path: str) -> list[tuple[str, str]]:
    return [(t.speaker, t.text) for t in read_transcript(path).turns]


def test_a_turn_typed_under_a_table_of_turns_is_read_after_the_table(tmp_path):
    path = _docx(
        tmp_path,
        "odling.docx",
        ["Samtal om koloniträdgården", _ODLING, "Intervjuare: Tack, det var allt för i dag."],
    )
    assert _turns(path) == [
        ("Intervjuare", "När fick ni lotten?"),
        ("IP 1", "För tre somrar sedan, efter lång kö."),
        ("Intervjuare", "Vad odlar du mest?"),
        ("IP 1", "Potatis och bönor, lite dill."),
        ("Intervjuare", "Tack, det var allt för i dag."),
    ]


def test_a_turn_above_the_table_is_read_first_also_when_spelt_ip1(tmp_path):
    path = _docx(
        tmp_path,
        "odling.docx",
        ["Samtal om koloniträdgården", "IP1: Ska jag börja berätta?", _ODLING],
    )
    # 'IP1' and 'IP 1' in one file are one speaker, under the label seen first.
    assert _turns(path) == [
        ("IP1", "Ska jag börja berätta?"),
        ("Intervjuare", "När fick ni lotten?"),
        ("IP1", "För tre somrar sedan, efter lång kö."),
        ("Intervjuare", "Vad odlar du mest?"),
        ("IP1", "Potatis och bönor, lite dill."),
    ]


def test_a_table_of_turns_in_the_middle_of_paragraph_turns_is_read_in_its_place(tmp_path):
    path = _docx(
        tmp_path,
        "mitten.docx",
        [
            "Intervjuare: Berätta om grannarna på området.",
            "IP 1: De flesta är pensionärer.",
            _ODLING,
            "Intervjuare: Vill du fortsätta nästa år?",
            "IP 1: Absolut, om ryggen håller.",
        ],
    )
    assert _turns(path) == [
        ("Intervjuare", "Berätta om grannarna på området."),
        ("IP 1", "De flesta är pensionärer."),
        ("Intervjuare", "När fick ni lotten?"),
        ("IP 1", "För tre somrar sedan, efter lång kö."),
        ("Intervjuare", "Vad odlar du mest?"),
        ("IP 1", "Potatis och bönor, lite dill."),
        ("Intervjuare", "Vill du fortsätta nästa år?"),
        ("IP 1", "Absolut, om ryggen håller."),
    ]


def test_timed_turns_under_a_timed_table_are_read_after_it(tmp_path):
    rows = [
        ("Intervjuare", "0:04", "När fick ni lotten?"),
        ("IP 1", "0:09", "För tre somrar sedan."),
    ]
    path = _docx(
        tmp_path,
        "tid.docx",
        [
            "Samtal om koloniträdgården",
            rows,
            "Intervjuare   0:15   Och vad odlar du?",
            "IP 1   0:19   Mest potatis.",
        ],
    )
    assert [(t.speaker, t.start_ms, t.text) for t in read_transcript(path).turns] == [
        ("Intervjuare", 4000, "När fick ni lotten?"),
        ("IP 1", 9000, "För tre somrar sedan."),
        ("Intervjuare", 15000, "Och vad odlar du?"),
        ("IP 1", 19000, "Mest potatis."),
    ]


def test_a_table_of_interview_facts_above_paragraph_turns_is_no_speech(tmp_path):
    facts = [("Datum", "2025-06-11"), ("Plats", "Föreningsstugan"), ("Intervjuare", "Maja")]
    path = _docx(
        tmp_path,
        "fakta.docx",
        [
            "Samtal om koloniträdgården",
            facts,
            "Intervjuare: Hur ofta är du här?",
            "IP 1: Nästan varje kväll i juli.",
            "Intervjuare: Även när det regnar?",
        ],
    )
    assert _turns(path) == [
        ("Intervjuare", "Hur ofta är du här?"),
        ("IP 1", "Nästan varje kväll i juli."),
        ("Intervjuare", "Även när det regnar?"),
    ]


def test_an_untimed_turn_under_a_timed_table_is_refused_not_read_as_speech(tmp_path):
    rows = [
        ("Intervjuare", "0:04", "När fick ni lotten?"),
        ("IP 1", "0:09", "För tre somrar sedan."),
        ("Intervjuare", "0:14", "Och vad odlar du?"),
    ]
    path = _docx(tmp_path, "blandat.docx", ["Rubrik", rows, "IP 1: Mest potatis."])
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    assert caught.value.line == 2  # the table's first row, after the heading paragraph
    assert str(caught.value) == (
        f"{path} (paragraph or table row 2): this Word document holds turns both in a "
        "table and in paragraphs, the table's rows in another layout than the paragraphs' "
        "turns, so qualkod cannot read them together safely; put all turns in one layout "
        "(all as table rows, or the table converted to 'Name: text' paragraphs with Table "
        "Layout > Convert to Text) and import again; if the table is no speech, delete it"
    )
    assert "potatis" not in str(caught.value)


def test_a_table_of_turns_of_speakers_no_paragraph_names_is_refused(tmp_path):
    path = _docx(
        tmp_path,
        "tva.docx",
        ["I: Hur länge har du odlat?", "IP: Hela livet.", _ODLING],
    )
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    assert caught.value.line == 3
    assert "the table's speakers named in no paragraph" in str(caught.value)
    assert "put all turns in one layout" in str(caught.value)


def test_on_the_command_line_both_are_imported_and_a_mix_refused_in_one_line(cli, tmp_path):
    good = _docx(
        tmp_path,
        "odling.docx",
        ["Samtal om koloniträdgården", _ODLING, "Intervjuare: Tack, det var allt för i dag."],
    )
    timed = [("Intervjuare", "0:04", "När fick ni lotten?"), ("IP 1", "0:09", "I våras.")]
    timed.append(("Intervjuare", "0:14", "Och vad odlar du?"))
    bad = _docx(tmp_path, "blandat.docx", ["Rubrik", timed, "IP 1: Mest potatis."])
    result = cli("import", good)
    assert result.exit_code == 0, result.stderr
    shown = cli("show", "1", "--format", "csv").stdout
    assert "Potatis och bönor, lite dill." in shown
    assert "Tack, det var allt för i dag." in shown
    refused = cli("import", bad)
    assert refused.exit_code == 1
    assert "Traceback" not in refused.stdout + refused.stderr
    [line] = refused.stderr.strip().splitlines()
    assert line.startswith(f"Error: {bad} (paragraph or table row 2): ")
    assert "put all turns in one layout" in line
    listing = cli("transcripts", "--format", "csv").stdout.strip().splitlines()
    assert len(listing) == 2  # the header and the good file's row


def test_a_short_table_whose_rows_name_only_the_paragraphs_speakers_is_read(tmp_path):
    # No name recurs, but each row names a speaker of the paragraphs: read, not lost.
    rows = [("Intervjuare", "Hur stor är lotten?"), ("IP 1", "Ungefär hundra kvadrat.")]
    path = _docx(
        tmp_path,
        "kort.docx",
        [rows, "Intervjuare: Räcker det till familjen?", "IP 1: Nästan hela sommaren."],
    )
    assert _turns(path) == [
        ("Intervjuare", "Hur stor är lotten?"),
        ("IP 1", "Ungefär hundra kvadrat."),
        ("Intervjuare", "Räcker det till familjen?"),
        ("IP 1", "Nästan hela sommaren."),
    ]


_PARAGRAPH_TURNS = [
    "I: Hur länge har du arbetat på avdelningen?",
    "IP: I snart sex år, mest på natten.",
    "I: Vad gör du först när du kommer?",
]
_PARAGRAPHS_READ = [
    ("I", "Hur länge har du arbetat på avdelningen?"),
    ("IP", "I snart sex år, mest på natten."),
    ("I", "Vad gör du först när du kommer?"),
]


def test_a_transcription_key_table_above_paragraph_turns_is_left_out(tmp_path):
    key = [("I", "Intervjuare"), ("IP", "Intervjuperson")]
    path = _docx(tmp_path, "nyckel.docx", ["Intervju 3", key, *_PARAGRAPH_TURNS])
    assert _turns(path) == _PARAGRAPHS_READ


def test_a_participants_table_above_paragraph_turns_is_left_out(tmp_path):
    people = [("Intervjuare", "Maja Lind"), ("IP 1", "Sjuksköterska, 34 år")]
    turns = ["Intervjuare: Berätta om ett vanligt pass.", "IP 1: Det börjar med rapport."]
    path = _docx(tmp_path, "deltagare.docx", [people, *turns])
    assert _turns(path) == [
        ("Intervjuare", "Berätta om ett vanligt pass."),
        ("IP 1", "Det börjar med rapport."),
    ]


def test_a_short_unpunctuated_table_of_long_turns_is_still_read(tmp_path):
    # Guard: no name recurs, no sentence ends, but four words or more are speech.
    rows = [("I", "hur började du på avdelningen"), ("IP", "genom en vän som jobbade där")]
    path = _docx(tmp_path, "kort.docx", [rows, *_PARAGRAPH_TURNS])
    assert _turns(path)[:2] == list(rows)
    assert len(_turns(path)) == 5


def test_a_notes_table_after_the_transcript_is_left_out(tmp_path):
    notes = [("Tema", "Arbetsbelastning"), ("Citat", "sköter schemat")]
    notes += [("Tema", "Ansvar"), ("Citat", "hela avdelningen")]
    path = _docx(tmp_path, "anteckningar.docx", [*_PARAGRAPH_TURNS, notes])
    assert _turns(path) == _PARAGRAPHS_READ


def test_a_conversation_table_with_role_labels_no_paragraph_names_is_still_refused(tmp_path):
    # Guard: labels a label reader accepts and texts that are speech.
    table = [("Talare 1", "Hur länge har ni bott här?"), ("Talare 2", "Sedan nittiotalet.")]
    table.append(("Talare 1", "Och trivs ni?"))
    path = _docx(tmp_path, "talare.docx", [*_PARAGRAPH_TURNS, table])
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    assert "the table's speakers named in no paragraph" in str(caught.value)
