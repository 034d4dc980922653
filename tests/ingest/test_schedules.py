"""A schedule or an agenda is no transcript, though its rows look like timed turns."""

from __future__ import annotations

import io

import docx
import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript
from qualkod.ingest._layout import like_speakers

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


# A day's programme in which 'Fika' comes back: a label that recurs is no speaker.
_RECURRING = [
    "Fika   9:00   Personalrummet",
    "Genomgång   9:30   Rum 4",
    "Fika   10:00   Personalrummet",
]


def _table_docx(rows: list[tuple[str, str, str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Dagens program")
    table = document.add_table(rows=len(rows), cols=3)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_an_agenda_whose_label_recurs_is_refused_in_plain_text():
    with pytest.raises(TranscriptError) as caught:
        parse_transcript("\n".join(_RECURRING).encode(), "fika.txt")
    message = str(caught.value)
    assert message.startswith(f"fika.txt:1: {_REFUSED}: its 3 lines shaped")
    assert "schedule or an agenda" in message
    assert "Personalrummet" not in message


def test_an_agenda_whose_label_recurs_with_the_item_under_each_time_is_refused_in_word():
    paragraphs = ["Fika   9:00", "Personalrummet", "Genomgång   9:30", "Rum 4"]
    paragraphs += ["Fika   10:00", "Personalrummet", "Lunch   11:30", "Matsalen"]
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(_docx(paragraphs), "dag.docx")
    assert str(caught.value).startswith(f"dag.docx (paragraph 1): {_REFUSED}: its 4 paragraphs")


def test_an_agenda_table_whose_label_recurs_is_refused():
    rows = [("Fika", "9:00", "Personalrummet"), ("Genomgång", "9:30", "Rum 4")]
    rows += [("Fika", "10:00", "Personalrummet"), ("Genomgång", "10:30", "Rum 2")]
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(_table_docx(rows), "tabell.docx")
    assert f"{_REFUSED}: its 4 paragraph or table rows" in str(caught.value)


def test_an_agenda_of_timed_labels_whose_label_recurs_is_refused():
    text = "[09:00] Fika: personalrummet\n[09:30] Genomgång: rum 4\n[10:00] Fika: personalrummet\n"
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(text.encode(), "tider.txt")
    assert str(caught.value).startswith(f"tider.txt:1: {_REFUSED}: its 3 lines shaped")


def test_a_label_that_recurs_is_a_schedule_only_at_clock_times():
    # Samling, Fika, Möte, Fika, Lunch, Genomgång: Fika recurs.
    turns = [("Samling", "Aulan"), ("Fika", "Rum 4"), ("Möte", "Planering")]
    turns += [("Fika", "Rum 4"), ("Lunch", "Matsalen"), ("Genomgång", "Budget")]
    clock = ["8:30", "9:00", "9:15", "10:30", "12:00", "13:15"]
    assert not like_speakers(turns, clock)
    # The same values written with three fields are a recording's offsets.
    assert like_speakers(
        turns, [f"0{time}:00" if len(time) == 4 else f"{time}:00" for time in clock]
    )
    # Two fields off the five-second grid are a recording's offsets too.
    assert like_speakers(turns, ["0:03", "0:09", "0:14", "0:21", "0:27", "0:33"])
    # No label recurs: a schedule whatever the times.
    assert not like_speakers([("Samling", "Aulan"), ("Möte", "Planering")], None)
    # Guard: two speakers who alternate, nothing punctuated, no times.
    assert like_speakers([("A", "ja"), ("B", "nej"), ("A", "jo"), ("B", "kanske")])


def test_an_unpunctuated_interview_timed_with_hours_on_a_five_second_grid_is_read():
    text = (
        "[00:00:00] I: berätta om ditt arbete\n"
        "[00:00:35] IP: jag jobbar natt på en vårdavdelning sedan tre år\n"
        "[00:01:10] I: hur ser en vanlig natt ut\n"
        "[00:01:45] IP: det beror på hur många som är inlagda\n"
    )
    transcript = parse_transcript(text.encode(), "intervju.txt")
    assert [t.speaker for t in transcript.turns] == ["I", "IP", "I", "IP"]
    assert transcript.turns[3].text == "det beror på hur många som är inlagda"
    assert [t.start_ms for t in transcript.turns] == [0, 35000, 70000, 105000]


_GROUP = [
    ("Moderator", "0:03", "välkomna allihop vi börjar med en runda"),
    ("IP 1", "0:09", "jag heter Sara och jobbar i hemtjänsten"),
    ("IP 2", "0:14", "jag är undersköterska på ett boende"),
    ("IP 3", "0:21", "jag har jobbat som vikarie i två år"),
    ("IP 4", "0:27", "och jag är nyanställd sedan i våras"),
    ("Moderator", "0:33", "tack då går vi vidare till första frågan"),
]


def test_an_unpunctuated_focus_group_is_read_with_minutes_and_seconds():
    text = "".join(f"{name}   {time}   {words}\n" for name, time, words in _GROUP)
    transcript = parse_transcript(text.encode(), "fokusgrupp.txt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [(n, w) for n, _, w in _GROUP]


def test_an_unpunctuated_focus_group_is_read_with_bracketed_hours():
    text = "".join(f"[00:00:{time[2:]}] {name}: {words}\n" for name, time, words in _GROUP)
    transcript = parse_transcript(text.encode(), "fokusgrupp.txt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [(n, w) for n, _, w in _GROUP]


def test_an_unpunctuated_focus_group_on_a_five_second_grid_with_hours_is_read():
    times = ["00:00:05", "00:00:10", "00:00:20", "00:00:25", "00:00:35", "00:00:40"]
    text = "".join(f"[{t}] {n}: {w}\n" for t, (n, _, w) in zip(times, _GROUP, strict=True))
    transcript = parse_transcript(text.encode(), "fokusgrupp.txt")
    assert [t.speaker for t in transcript.turns] == [n for n, _, _ in _GROUP]


def test_two_speakers_who_alternate_without_punctuation_are_read_in_each_layout():
    # Guard: times of a recording (0:02, 0:07, ...) are not a programme's.
    turns = [("Vera Lund", "0:02", "hur kom du hit i dag"), ("Ali Noor", "0:07", "med bussen")]
    turns += [("Vera Lund", "0:13", "och i går"), ("Ali Noor", "0:18", "cyklade jag")]
    inline = "".join(f"{name}   {time}   {text}\n" for name, time, text in turns)
    heading = [line for name, time, text in turns for line in (f"{name}   {time}", text)]
    labelled = "".join(f"[00:00:{time[2:]}] {name}: {text}\n" for name, time, text in turns)
    for data, name in [
        (inline.encode(), "inline.txt"),
        (_docx(heading), "rubriker.docx"),
        (labelled.encode(), "etiketter.txt"),
        (_table_docx(turns), "tabell.docx"),
    ]:
        transcript = parse_transcript(data, name)
        assert [t.speaker for t in transcript.turns] == ["Vera Lund", "Ali Noor"] * 2, name
        assert transcript.turns[1].text == "med bussen", name


def test_a_punctuated_conversation_timed_on_the_minute_is_read():
    # Guard: sentences are speakers' whatever the times.
    text = (
        "[00:01:00] I: Hur började det?\n"
        "[00:02:00] IP: Med ett brev från kommunen.\n"
        "[00:03:00] I: Vad stod det i det?\n"
    )
    transcript = parse_transcript(text.encode(), "minut.txt")
    assert [t.speaker for t in transcript.turns] == ["I", "IP", "I"]


def test_on_the_command_line_an_agenda_whose_label_recurs_is_one_line(cli, tmp_path):
    path = tmp_path / "fika.txt"
    path.write_text("\n".join(_RECURRING), encoding="utf-8")
    result = cli("import", path)
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {path}:1: {_REFUSED}")
    assert len(cli("transcripts", "--format", "csv").stdout.strip().splitlines()) == 1
