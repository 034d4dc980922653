"""A Word transcript of paragraph turns beside a table that records the study's
meetings or contacts (names or roles, then sentences): the paragraphs are read and the
table is left out, by number, for a warning; a table that could be speech is refused."""

from __future__ import annotations

import io

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import read_transcript

_TURNS = [
    "I: Hur länge har du arbetat i hemtjänsten?",
    "IP: Sedan jag var tjugo, alltså snart femton år.",
    "I: Vad är svårast med jobbet i dag?",
    "IP: Att hinna prata med brukarna, tiderna är så korta.",
]
_READ = [
    ("I", "Hur länge har du arbetat i hemtjänsten?"),
    ("IP", "Sedan jag var tjugo, alltså snart femton år."),
    ("I", "Vad är svårast med jobbet i dag?"),
    ("IP", "Att hinna prata med brukarna, tiderna är så korta."),
]
_FACTS = [("Datum", "2025-04-02"), ("Plats", "Kontoret i Ljusdal")]
# Who did what before the interview: a name recurs, the texts are sentences, no question.
_CONTACTS = [
    ("Lena Ström", "Ringde och bokade tid för intervjun."),
    ("Lena Ström", "Skickade informationsbrevet med e-post."),
    ("Enhetschef", "Gav tillåtelse att intervjua på arbetstid."),
    ("Lena Ström", "Påminde om samtycket dagen innan."),
]
_REFUSED = "the table's speakers named in no paragraph"


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


def _contacts_file(tmp_path) -> str:
    # Table 1 holds the interview's facts, table 2 the contacts.
    parts = ["Intervju 7, hemtjänsten", _FACTS, "Kontakter inför intervjun", _CONTACTS, *_TURNS]
    return _docx(tmp_path, "intervju7.docx", parts)


def test_a_contacts_table_beside_paragraph_turns_is_left_out_by_number(tmp_path):
    transcript = read_transcript(_contacts_file(tmp_path))
    assert [(t.speaker, t.text) for t in transcript.turns] == _READ
    assert transcript.tables_left_out == (2,)  # the facts table is no turns: no warning
    assert "Lena" not in repr(transcript)


def test_a_minutes_table_of_roles_after_the_turns_is_left_out(tmp_path):
    minutes = [
        ("Enhetschef", "Presenterade det nya schemat för hösten."),
        ("Samordnare", "Lovade att boka en lokal till nästa träff."),
        ("Enhetschef", "Tog upp frågan om vikarier under sommaren."),
    ]
    transcript = read_transcript(_docx(tmp_path, "protokoll.docx", [*_TURNS, minutes]))
    assert [(t.speaker, t.text) for t in transcript.turns] == _READ
    assert transcript.tables_left_out == (1,)


def test_paragraph_turns_without_tables_leave_nothing_out(tmp_path):
    # Guard: the field is empty for an ordinary file, and for a facts table.
    assert read_transcript(_docx(tmp_path, "a.docx", _TURNS)).tables_left_out == ()
    assert read_transcript(_docx(tmp_path, "b.docx", [_FACTS, *_TURNS])).tables_left_out == ()


def test_a_table_with_a_question_is_still_refused(tmp_path):
    # Guard: a question in the table makes it a conversation, maybe of this interview.
    talk = [
        ("Lena Ström", "Har du hunnit läsa brevet?"),
        ("Olof Berg", "Ja, i går kväll."),
        ("Lena Ström", "Då ses vi på torsdag."),
    ]
    path = _docx(tmp_path, "fraga.docx", [*_TURNS, talk])
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    assert _REFUSED in str(caught.value)
    assert str(caught.value).startswith(f"{path} (paragraph or table row 5): ")
    assert "Lena" not in str(caught.value) and "\n" not in str(caught.value)


def test_a_table_of_numbered_voices_is_still_refused(tmp_path):
    # Guard: 'Talare 1' is how a transcription service names a voice: speech.
    voices = [
        ("Talare 1", "Vi började med att städa förrådet."),
        ("Talare 2", "Sedan målade vi om hela köket."),
        ("Talare 1", "Det tog nästan en vecka."),
    ]
    with pytest.raises(TranscriptError) as caught:
        read_transcript(_docx(tmp_path, "talare.docx", [*_TURNS, voices]))
    assert _REFUSED in str(caught.value)


def test_a_contacts_table_beside_one_speakers_paragraphs_is_still_refused(tmp_path):
    # Guard: one speaker's paragraphs are no interview of their own; the table may be.
    notes = ["IP: Jag skrev ner det här efter vårt samtal.", "IP: Det mesta gäller schemat."]
    with pytest.raises(TranscriptError) as caught:
        read_transcript(_docx(tmp_path, "ensam.docx", [*notes, _CONTACTS]))
    assert _REFUSED in str(caught.value)


def test_on_the_command_line_the_table_is_named_in_one_warning_and_the_turns_stored(cli, tmp_path):
    path = _contacts_file(tmp_path)
    result = cli("import", path)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    [warning] = result.stderr.strip().splitlines()
    assert warning.startswith(f"Warning: {path}: Word table 2 is left out: ")
    assert "record (of meetings or contacts)" in warning
    for private in ("Lena", "Ström", "Enhetschef", "Ringde", "Ljusdal"):
        assert private not in result.stdout + result.stderr
    rows = cli("show", "1", "--format", "csv").stdout.strip().splitlines()
    assert [row.split(",", 5)[5] for row in rows[1:]] == [
        "Hur länge har du arbetat i hemtjänsten?",
        '"Sedan jag var tjugo, alltså snart femton år."',
        "Vad är svårast med jobbet i dag?",
        '"Att hinna prata med brukarna, tiderna är så korta."',
    ]
    # A table that may be speech is refused in one line, and nothing more is stored.
    talk = [("Lena Ström", "Har du läst brevet?"), ("Olof Berg", "Ja."), ("Lena Ström", "Bra.")]
    bad = _docx(tmp_path, "fraga.docx", [*_TURNS, talk])
    refused = cli("import", bad)
    assert refused.exit_code == 1
    assert "Traceback" not in refused.stdout + refused.stderr
    [line] = refused.stderr.strip().splitlines()
    assert line.startswith(f"Error: {bad} (paragraph or table row 5): ")
    assert _REFUSED in line and "Lena" not in line
    listing = cli("transcripts", "--format", "csv").stdout.strip().splitlines()
    assert len(listing) == 2  # the header and the first file's row
