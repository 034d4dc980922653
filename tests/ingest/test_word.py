"""Teams Word exports (both layouts) and untimed Word transcripts."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript, read_transcript
from qualkod.models import SourceFormat
from tests.conftest import INGEST


def test_newer_layout_splits_paragraphs_on_line_breaks():
    transcript = read_transcript(INGEST / "teams-new.docx")
    assert transcript.source_format is SourceFormat.TEAMS_DOCX
    assert transcript.title == "Uppföljning samverkan"
    assert transcript.date == dt.date(2025, 3, 12)
    assert transcript.starter == "Karin Lindqvist"
    assert [(t.speaker, t.start_ms) for t in transcript.turns] == [
        ("Karin Lindqvist", 3000),
        ("Sara Holm (Gäst)", 7000),
        ("Karin Lindqvist", 10000),
        ("Ahmed Karimi", 3_735_000),
    ]
    assert transcript.turns[3].text == (
        "Det beror helt på vem man får tag i. Ibland går det fort, ibland inte alls."
    )
    # Preamble and the transcription notices are not speech.
    assert all("transkriberingen" not in t.text for t in transcript.turns)


def test_without_a_duration_line_the_last_turn_ends_after_its_words():
    transcript = read_transcript(INGEST / "teams-no-duration.docx")
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Nora Lind", 4000, 11000),
        # No duration line and no other end: 8 words at 2.5 words a second.
        ("Pontus Kraft", 11000, 14200),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "teams-no-duration.docx",  # title property 'Word Document', a converter comment
        "word-title.docx",  # title property 'Microsoft Word - intervju7.docx'
    ],
)
def test_template_and_converter_titles_are_no_titles(name):
    transcript = read_transcript(INGEST / name)
    assert transcript.title == name.removesuffix(".docx")


def test_older_arrow_layout_including_speaker_and_time_on_one_line():
    transcript = read_transcript(INGEST / "teams-old.docx")
    assert transcript.source_format is SourceFormat.TEAMS_DOCX_LEGACY
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Karin Lindqvist", 0, 5250),
        ("Maria Nyström", 5250, 12000),
    ]


def test_untimed_word_transcript_with_interview_labels():
    transcript = read_transcript(INGEST / "untimed.docx")
    assert transcript.source_format is SourceFormat.WORD_TEXT
    assert transcript.title == "Intervju 3, transkriberad för hand"
    assert transcript.speakers == ("I", "IP")
    assert not transcript.timed


def test_a_word_document_that_is_not_a_transcript_is_refused():
    with pytest.raises(TranscriptError, match="not a transcript"):
        read_transcript(INGEST / "not-a-transcript.docx")


def test_a_broken_zip_is_refused():
    from qualkod.ingest import parse_transcript

    data = (INGEST / "teams-new.docx").read_bytes()[:300]
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, "avklippt.docx")
    assert str(caught.value) == (
        "avklippt.docx: the file is cut off or damaged (not a complete zip archive, which "
        "a .docx is); copy or export it again"
    )


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    import resource

    from tests.bombs import docx_bomb

    bomb = docx_bomb(tmp_path / "bomb.docx")  # 1.3 MB that unpacks to 300 MB
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(TranscriptError) as caught:
        read_transcript(bomb)
    assert str(caught.value).startswith(
        f"{bomb}: word/document.xml would unpack to 300 MB, more than the 50 MB per part"
    )
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 100 * 1024


def test_a_part_whose_declared_size_lies_is_refused(tmp_path):
    from tests.bombs import lying_zip

    with pytest.raises(TranscriptError, match="cut off or damaged"):
        read_transcript(lying_zip(tmp_path / "lies.docx"))


def test_one_space_headings_are_all_read_when_they_are_the_files_pattern():
    # Ingrid Falk heads one turn only: her heading is still a heading, not speech.
    transcript = read_transcript(INGEST / "teams-one-space.docx")
    assert transcript.source_format is SourceFormat.TEAMS_DOCX
    assert [(t.speaker, t.start_ms, t.text) for t in transcript.turns] == [
        ("Greta Dahl", 2000, "Berätta gärna hur en vanlig morgon ser ut."),
        ("Olof Brink", 9000, "Vi börjar med ett kort möte i personalrummet."),
        ("Ingrid Falk", 21000, "Sedan delar vi upp besöken mellan oss."),
        ("Greta Dahl", 30000, "Vem bestämmer fördelningen?"),
        ("Olof Brink", 34000, "Det gör samordnaren, oftast kvällen innan."),
    ]


def test_a_lone_one_space_heading_among_wider_ones_is_refused_not_misattributed():
    path = INGEST / "teams-mixed-spacing.docx"
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    assert str(caught.value) == (
        f"{path} (paragraph 7): this paragraph looks like a speaker heading (time '0:15') "
        "but has one space before the time, unlike the other headings; write it as 'Name   0:03' "
        "like them, or make it plain speech, and import again"
    )


def test_a_time_in_speech_is_not_a_heading(tmp_path):
    document = docx.Document()
    for header, speech in (
        ("Greta Dahl   0:02", "När börjar passet?"),
        ("Olof Brink   0:05", "Redan"),
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(header).add_break()
        paragraph.add_run(speech)
    document.paragraphs[-1].add_run().add_break()
    document.paragraphs[-1].add_run("Klockan 6:45")
    document.add_paragraph("Greta Dahl   0:09\nTidigt.")
    document.save(tmp_path / "tid.docx")
    transcript = read_transcript(tmp_path / "tid.docx")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Greta Dahl", "När börjar passet?"),
        ("Olof Brink", "Redan Klockan 6:45"),
        ("Greta Dahl", "Tidigt."),
    ]


def test_a_table_of_name_and_speech_columns_is_read_as_turns():
    transcript = read_transcript(INGEST / "table-turns.docx")
    assert transcript.source_format is SourceFormat.WORD_TEXT
    assert transcript.title == "Intervju om föreningslivet"
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Greta Dahl", "Hur kom du i kontakt med föreningen?"),
        ("Olof Brink", "En granne tog med mig på ett öppet möte."),
        ("Greta Dahl", "Vad fick dig att stanna kvar?"),
        # A row with an empty name cell continues the turn above.
        ("Olof Brink", "Gemenskapen, och att någon lyssnade. Det betydde mycket då."),
    ]


def test_a_table_of_name_and_text_cells_is_read_as_turns():
    transcript = read_transcript(INGEST / "table-labels.docx")
    assert [t.speaker for t in transcript.turns] == ["Greta Dahl", "Olof Brink"] * 2
    assert transcript.turns[3].text == "Gemenskapen, och att någon lyssnade."


def test_a_teams_exports_own_table_is_not_speech():
    document = docx.Document(INGEST / "teams-new.docx")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Deltagare", "Roll"
    buffer = io.BytesIO()
    document.save(buffer)
    transcript = parse_transcript(buffer.getvalue(), "med-tabell.docx")
    assert len(transcript.turns) == 4
    assert all("Deltagare" not in t.text for t in transcript.turns)


def test_a_table_of_time_name_and_speech_columns_is_read_as_timed_turns():
    transcript = read_transcript(INGEST / "table-three-columns.docx")
    assert [(t.speaker, t.start_ms) for t in transcript.turns] == [
        ("Greta Dahl", 0),
        ("Olof Brink", 1000),
        ("Greta Dahl", 2000),
        ("Olof Brink", 3000),
    ]
    assert transcript.turns[3].text == "Gemenskapen, och att någon lyssnade."


def test_a_password_protected_document_is_named_so():
    path = INGEST / "encrypted.docx"
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    assert str(caught.value) == (
        f"{path}: the Word document is password-protected or encrypted (for example by a "
        "sensitivity label); open it in Word, remove the password or protection, save it "
        "as .docx and import it again"
    )


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _document_xml_cut_in_half() -> bytes:
    source = zipfile.ZipFile(INGEST / "teams-new.docx")
    parts = {name: source.read(name) for name in source.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"][:1500]
    return _zip(parts)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            lambda: _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
            "an Excel workbook renamed .docx; export the transcript from Word",
        ),
        (
            lambda: _zip({"anteckningar.txt": "Inget här.".encode()}),
            "a zip archive, not a Word document; export the transcript as .docx",
        ),
        (
            _document_xml_cut_in_half,
            "the Word document is damaged (its XML cannot be read); open it in Word, save "
            "it as .docx again",
        ),
        (
            lambda: _zip({"word/document.xml": b"<w:document/>"}),
            "the Word document's package is incomplete (a part it names is missing); open "
            "it in Word, save it as .docx again",
        ),
    ],
)
def test_unreadable_documents_are_explained_in_plain_words(data, reason):
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data(), "fel.docx")
    assert str(caught.value) == f"fel.docx: {reason}"
    assert "Error)" not in str(caught.value)


def _teams_docx(headings_and_speech: list[tuple[str, str]]) -> bytes:
    """A newer-layout Teams document: preamble, then one paragraph per turn (heading,
    line break, speech). The turns start at paragraph 5."""
    document = docx.Document()
    for line in ("Cykelverkstaden", "4 maj 2025, 13:15", "3m 10s"):
        document.add_paragraph(line)
    document.add_paragraph("Greta Dahl startade transkriberingen")
    for heading, speech in headings_and_speech:
        paragraph = document.add_paragraph()
        paragraph.add_run(heading).add_break()
        paragraph.add_run(speech)
    document.add_paragraph("Greta Dahl stoppade transkriberingen")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _turns_with(second_heading: str) -> list[tuple[str, str]]:
    return [
        ("Greta Dahl   0:03", "Hur ofta lagar du cykeln själv?"),
        ("Per Holm   0:09", "Nästan varje vecka, det är mest punkteringar."),
        ("Greta Dahl   0:17", "Och när det är något större?"),
        (second_heading, "Då lämnar jag in den här, fast det tar tid."),
        ("Greta Dahl   1:05", "Hur lång tid brukar det ta?"),
    ]


def test_a_well_formed_teams_document_of_this_layout_is_read():
    transcript = parse_transcript(_teams_docx(_turns_with("Per Holm   0:24")), "hel.docx")
    assert transcript.source_format is SourceFormat.TEAMS_DOCX
    # Five headings, five turns.
    assert [(t.speaker, t.start_ms) for t in transcript.turns] == [
        ("Greta Dahl", 3000),
        ("Per Holm", 9000),
        ("Greta Dahl", 17000),
        ("Per Holm", 24000),
        ("Greta Dahl", 65000),
    ]
    assert transcript.turns[3].text == "Då lämnar jag in den här, fast det tar tid."


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "Per Holm   0:2x",
            "cannot read the speaker heading in this paragraph: its time '0:2x' cannot be "
            "read; expected",
        ),
        (
            "   0:20",
            "cannot read the speaker heading in this paragraph: it has no name before its "
            "time '0:20'",
        ),
        (
            "Per Holm   99:99:99",
            "cannot read the speaker heading in this paragraph: its time '99:99:99' is no time",
        ),
        (
            "Per Holm   0:75",
            "cannot read the speaker heading in this paragraph: its time '0:75' is no time",
        ),
    ],
)
def test_a_damaged_speaker_heading_is_refused_not_merged_into_the_turn_before(heading, expected):
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(_teams_docx(_turns_with(heading)), "intervju.docx")
    message = str(caught.value)
    # Preamble 1-3, the notice 4, turns from 5: the damaged heading is paragraph 8.
    assert message.startswith(f"intervju.docx (paragraph 8): {expected}")
    assert "Per" not in message and "Holm" not in message
    assert message.endswith(
        "expected 'Name   M:SS' or 'Name   H:MM:SS' (correct it in Word or export the "
        "transcript again)"
    )
    assert "\n" not in message


def test_a_damaged_first_heading_is_refused_not_read_as_preamble():
    turns = _turns_with("Per Holm   0:24")
    turns[0] = ("Greta Dahl   0:0x", turns[0][1])
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(_teams_docx(turns), "intervju.docx")
    assert str(caught.value).startswith(
        "intervju.docx (paragraph 5): cannot read the speaker heading in this paragraph: its "
        "time '0:0x' cannot be read"
    )
    assert "Greta" not in str(caught.value) and "Dahl" not in str(caught.value)


def test_an_ordinal_or_a_time_inside_speech_is_not_a_damaged_heading():
    turns = _turns_with("Per Holm   0:24")
    # '2:a' is an ordinal, not a time; '0:2x' on a speech line is not in a heading's place.
    turns[1] = ("Per Holm   0:09", "Det var min 2:a cykel.")
    document = docx.Document(io.BytesIO(_teams_docx(turns)))
    document.paragraphs[6].add_run().add_break()
    document.paragraphs[6].add_run("Han sa  0:2x")
    paragraph = document.add_paragraph()
    paragraph.add_run("Möte  2:a").add_break()
    paragraph.add_run("anteckning")
    buffer = io.BytesIO()
    document.save(buffer)
    transcript = parse_transcript(buffer.getvalue(), "udda.docx")
    assert len(transcript.turns) == 5
    assert transcript.turns[2].text == "Och när det är något större? Han sa 0:2x"
    assert transcript.turns[4].text.endswith("Hur lång tid brukar det ta? Möte 2:a anteckning")


def _wrapped(tag: str, paragraph, text: str, **attributes) -> None:
    """Append ``text`` to ``paragraph`` inside a ``w:<tag>`` element (``ins``, ``del``,
    ``sdt`` …), as Word writes tracked changes and content controls."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    wrapper = OxmlElement(f"w:{tag}")
    for name, value in attributes.items():
        wrapper.set(qn(f"w:{name}"), value)
    run = paragraph.add_run(text)._r
    if tag == "del":  # deleted text is w:delText, not w:t
        run.find(qn("w:t")).tag = qn("w:delText")
    if tag == "sdt":
        content = OxmlElement("w:sdtContent")
        wrapper.append(content)
        content.append(run)
    else:
        wrapper.append(run)
    paragraph._p.append(wrapper)


def test_tracked_changes_are_read_as_accepted_and_content_controls_are_read():
    data = _teams_docx(_turns_with("Per Holm   0:30"))
    document = docx.Document(io.BytesIO(data))
    second, fourth = document.paragraphs[5], document.paragraphs[7]
    change = {"id": "1", "author": "Greta", "date": "2025-05-05T10:00:00Z"}
    _wrapped("ins", second, " Och lagningar av kedjan.", **change)
    _wrapped("del", second, " felhört ord", **change)
    _wrapped("sdt", fourth, " Men det blir bra.")
    buffer = io.BytesIO()
    document.save(buffer)
    transcript = parse_transcript(buffer.getvalue(), "rattad.docx")
    # Written out by hand: what Word shows with every change accepted
    assert [t.text for t in transcript.turns][1:4] == [
        "Nästan varje vecka, det är mest punkteringar. Och lagningar av kedjan.",
        "Och när det är något större?",
        "Då lämnar jag in den här, fast det tar tid. Men det blir bra.",
    ]


def test_turns_inside_a_block_content_control_are_read():
    from docx.oxml import OxmlElement

    document = docx.Document(io.BytesIO(_teams_docx(_turns_with("Per Holm   0:30"))))
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    control.append(content)
    fourth, fifth = document.paragraphs[7]._p, document.paragraphs[8]._p
    fourth.addprevious(control)
    content.append(fourth)
    content.append(fifth)
    buffer = io.BytesIO()
    document.save(buffer)
    transcript = parse_transcript(buffer.getvalue(), "kontroll.docx")
    assert [t.speaker for t in transcript.turns] == [
        "Greta Dahl",
        "Per Holm",
        "Greta Dahl",
        "Per Holm",
        "Greta Dahl",
    ]
    assert transcript.turns[3].text == "Då lämnar jag in den här, fast det tar tid."


def test_a_non_breaking_hyphen_is_a_hyphen_and_a_page_break_no_line():
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    document = docx.Document(io.BytesIO(_teams_docx(_turns_with("Per Holm   0:30"))))
    second = document.paragraphs[5]
    run = second.add_run(" Ring 070")
    run._r.append(OxmlElement("w:noBreakHyphen"))
    second.add_run("123 45 67.").add_break(WD_BREAK.PAGE)
    buffer = io.BytesIO()
    document.save(buffer)
    transcript = parse_transcript(buffer.getvalue(), "bindestreck.docx")
    assert transcript.turns[1].text == (
        "Nästan varje vecka, det är mest punkteringar. Ring 070-123 45 67."
    )
