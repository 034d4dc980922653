"""Plain-text transcripts: labels, times in labels, I/IP labels, clock lines."""

from __future__ import annotations

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript, read_transcript
from qualkod.models import SourceFormat
from tests.conftest import INGEST


def test_name_colon_text_with_continuation_lines():
    transcript = read_transcript(INGEST / "labels.txt")
    assert transcript.source_format is SourceFormat.PLAIN_TEXT
    assert not transcript.timed
    assert transcript.turns[1].text == (
        "Jag är kluven, ärligt talat. Det finns både risker och möjligheter."
    )


@pytest.mark.parametrize("name", ["labels-times.txt", "bracket-times.txt"])
def test_times_in_labels_become_start_times(name):
    transcript = read_transcript(INGEST / name)
    assert transcript.timed
    assert transcript.turns[0].start_ms == 5000
    assert transcript.turns[1].start_ms == 9000
    assert all(t.start_ms <= t.end_ms for t in transcript.turns)


def test_swedish_interview_labels_are_speakers_with_roles():
    transcript = read_transcript(INGEST / "ip-labels.txt")
    assert transcript.speakers == ("I", "IP1", "IP 2")
    assert transcript.labels == {"I": "interviewer", "IP1": "interviewee", "IP 2": "interviewee"}


def test_a_common_word_and_a_colon_continues_the_turn():
    transcript = read_transcript(INGEST / "labels-prose.txt")
    assert transcript.speakers == ("Karin Lindqvist", "Sara Holm")
    assert transcript.turns[3].text == (
        "Övningar. Obs: det gäller mest den andra dagen. Ärligt: resten var bra."
    )


def test_bare_clock_lines_are_refused_rather_than_read_as_untimed_text():
    with pytest.raises(TranscriptError) as caught:
        read_transcript(INGEST / "clock-lines.txt")
    assert "clock-lines.txt:2: a bare timestamp '00:00:05'" in str(caught.value)


def test_times_inside_prose_are_just_words():
    transcript = read_transcript(INGEST / "prose-with-times.txt")
    assert not transcript.timed
    assert transcript.turns[0].text == "Vi ses på mötet, det börjar 14:30."


def test_whitespace_is_collapsed_and_text_is_nfc():
    decomposed = (
        "Karin Lindqvist: Hur gick det?\nMaria Nyström: Ja\u0308 det  a\u030agick\tbra.\n".encode()
    )
    transcript = parse_transcript(decomposed, "nfc.txt")
    assert transcript.turns[1].text == "Jä det ågick bra."


def test_prose_without_any_speaker_is_not_a_transcript():
    with pytest.raises(TranscriptError, match="nfc.txt"):
        parse_transcript("Det här är bara en vanlig text.\nUtan talare.\n".encode(), "nfc.txt")


def test_latin1_text_is_refused_with_the_line_and_a_fix():
    with pytest.raises(TranscriptError) as caught:
        read_transcript(INGEST / "latin1.txt")
    message = str(caught.value)
    assert message.startswith(str(INGEST / "latin1.txt") + ":2: not UTF-8")
    assert "save the file as UTF-8" in message


def test_legacy_encoding_that_is_not_latin1_is_not_called_latin1():
    with pytest.raises(TranscriptError) as caught:
        read_transcript(INGEST / "gb2312.txt")
    message = str(caught.value)
    assert message.startswith(str(INGEST / "gb2312.txt") + ":1: not UTF-8 or UTF-16 text")
    assert "Latin-1" not in message
    assert message.endswith("save the file as UTF-8 and import it again")


def test_windows_1252_quotes_and_dashes_still_read_as_latin1():
    data = "Anna Berg: Det är “bra” – tror jag.\nErik Sund: Jaså.\n".encode("cp1252")
    with pytest.raises(TranscriptError, match="looks like Latin-1"):
        parse_transcript(data, "cp1252.txt")


@pytest.mark.parametrize("other", ["محمد حسن", "Bengt Ström 🙂", "anna.b"])
def test_every_consistent_label_is_a_speaker_not_part_of_the_turn_before(other):
    text = (
        f"Anna Berg: Hur började ni arbeta ihop?\n{other}: Vi träffades på ett nätverksmöte.\n"
        f"Anna Berg: Och sedan?\n{other}: Sedan ringde vi varandra varje vecka.\n"
    )
    transcript = parse_transcript(text.encode("utf-8"), "samtal.txt")
    name = other.removesuffix(" 🙂")  # an emoji after a display name is not part of it
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Anna Berg", "Hur började ni arbeta ihop?"),
        (name, "Vi träffades på ett nätverksmöte."),
        ("Anna Berg", "Och sedan?"),
        (name, "Sedan ringde vi varandra varje vecka."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Mamma 😂: nu får du komma hem",
        "Chefen !!: nej nej nej",
        "قالت لي أمي: اذهب إلى المدرسة",  # Arabic prose with a colon, once
        "bl.a: pengar och tid",
    ],
)
def test_a_line_of_prose_with_a_colon_stays_in_the_turn(line):
    text = (
        f"Anna Berg: Hur var det?\nKalle Ek: Hon sa\n{line}\nAnna Berg: Och sen?\nKalle Ek: Sen.\n"
    )
    transcript = parse_transcript(text.encode("utf-8"), "samtal.txt")
    assert [t.speaker for t in transcript.turns] == ["Anna Berg", "Kalle Ek"] * 2
    assert transcript.turns[1].text == f"Hon sa {line}"


def test_a_one_word_label_seen_once_is_a_speaker_in_a_file_of_labelled_turns():
    text = "Bengt: Hur går det med samordningen?\nAnna: Ingen tar ansvar.\nBengt: Jaså.\n"
    transcript = parse_transcript(text.encode("utf-8"), "kort.txt")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Bengt", "Hur går det med samordningen?"),
        ("Anna", "Ingen tar ansvar."),
        ("Bengt", "Jaså."),
    ]


def test_a_finished_sentence_before_the_first_speaker_is_a_turn_not_a_lost_title():
    text = "Samtal i Tierp\nBengt: Vem ringer du?\nIP: Ingen.\nsom svarar alltså\nIP: Nej.\n"
    transcript = parse_transcript(text.encode("utf-8"), "samtal.txt")
    assert transcript.title == "Samtal i Tierp"
    assert [t.speaker for t in transcript.turns] == ["Bengt", "IP"]
    assert transcript.turns[0].text == "Vem ringer du?"


def test_a_title_with_a_colon_stays_a_title():
    text = "Projekt: Mellanrum i vården\nI: Vem ringer du?\nIP: Ingen.\nI: Aha.\n"
    transcript = parse_transcript(text.encode("utf-8"), "samtal.txt")
    assert transcript.title == "Projekt: Mellanrum i vården"
    assert [t.speaker for t in transcript.turns] == ["I", "IP", "I"]


def test_a_timed_one_word_label_seen_once_is_a_speaker():
    text = (
        "[00:00:02] Karin Lind: Hur började det?\n[00:00:07] Olle: Med ett samtal\n"
        "som ingen tog.\n[00:00:15] Karin Lind: Jaha.\n"
    )
    transcript = parse_transcript(text.encode("utf-8"), "tider.txt")
    assert [(t.speaker, t.start_ms) for t in transcript.turns] == [
        ("Karin Lind", 2000),
        ("Olle", 7000),
        ("Karin Lind", 15000),
    ]


def test_the_last_timed_turn_of_plain_text_is_given_speaking_time():
    text = (
        "Lena Ek (00:00:01): Hur går det?\n"
        "Omar Said (00:00:05): Det går bra men vi har för lite tid för varje elev.\n"
    )
    transcript = parse_transcript(text.encode(), "samtal.txt")
    last = transcript.turns[-1]
    # 12 words at 2.5 words a second: 4.8 s after its start at 5 s
    assert (last.start_ms, last.end_ms) == (5000, 9800)


@pytest.mark.parametrize("arrow", ["->", "–>", "-", "→"])
def test_a_subtitle_file_whose_arrows_are_not_two_hyphens_is_refused(arrow):
    # A hand-edited SubRip file: read as text, its cue numbers and times became speech
    # ('Hur länge har du jobbat här? 2 00:00:04,500 -> 00:00:09,000'), untimed.
    data = (
        f"1\n00:00:01,000 {arrow} 00:00:04,000\nLena: Hur länge har du jobbat här?\n\n"
        f"2\n00:00:04,500 {arrow} 00:00:09,000\nGustav: Snart sex år.\n\n"
        f"3\n00:00:09,500 {arrow} 00:00:12,000\nLena: Vad fick dig att stanna?\n\n"
        f"4\n00:00:12,500 {arrow} 00:00:18,000\nGustav: Kollegorna.\n"
    )
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data.encode(), "intervju.srt")
    assert str(caught.value).startswith(
        f"intervju.srt:2: the timing line '00:00:01,000 {arrow} 00:00:04,000' does not "
        "separate its times with '-->'"
    )


def test_a_time_range_in_the_opening_lines_is_no_timing_line():
    data = "Intervju 3, kl. 10:00 - 11:00\nLena: Hur länge har du jobbat här?\nGustav: Sex år.\n"
    transcript = parse_transcript(data.encode(), "intervju.txt")
    assert [t.speaker for t in transcript.turns] == ["Lena", "Gustav"]


def test_one_role_label_typed_with_and_without_a_space_is_one_speaker():
    # A hand transcript that writes 'IP1:', then 'IP 1:' and 'Ip1:': one interviewee,
    # not three; and her two lines in a row are one turn.
    data = (
        "I: Hur länge har du jobbat här?\n"
        "IP1: Snart sex år.\n"
        "IP 1: Först som vikarie.\n"
        "I: Vad fick dig att stanna?\n"
        "Ip1: Kollegorna.\n"
        "I 2: Får jag fråga en sak till?\n"
        "IP 1: Visst.\n"
    )
    transcript = parse_transcript(data.encode(), "intervju.txt")
    assert transcript.speakers == ("I", "IP1", "I 2")
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("I", "Hur länge har du jobbat här?"),
        ("IP1", "Snart sex år. Först som vikarie."),
        ("I", "Vad fick dig att stanna?"),
        ("IP1", "Kollegorna."),
        ("I 2", "Får jag fråga en sak till?"),
        ("IP1", "Visst."),
    ]
    assert transcript.labels == {"I": "interviewer", "IP1": "interviewee", "I 2": "interviewer"}


def test_numbered_voices_of_a_transcription_service_are_speakers():
    # 'Talare 1' / 'Talare 2', as services and Word's own transcription name voices
    # they tell apart: before, no label was read and the file was refused.
    data = (
        "Talare 1 (00:00:03): Hur länge har du jobbat här?\n"
        "Talare 2 (00:00:09): Snart sex år, först som vikarie.\n"
        "Talare 1 (00:00:15): Vad fick dig att stanna?\n"
        "Talare 2 (00:01:02): Kollegorna.\n"
    )
    transcript = parse_transcript(data.encode(), "intervju.txt")
    assert [(t.speaker, t.start_ms) for t in transcript.turns] == [
        ("Talare 1", 3000),
        ("Talare 2", 9000),
        ("Talare 1", 15000),
        ("Talare 2", 62000),
    ]


def test_a_numbered_heading_seen_once_stays_in_the_turn():
    data = (
        "Lena: Hur gör ni när någon flyttar in?\n"
        "Gustav: Vi har en lista.\n"
        "Steg 1: vi går igenom journalen.\n"
        "Lena: Och sedan?\n"
        "Gustav: Sedan träffas vi.\n"
    )
    transcript = parse_transcript(data.encode(), "intervju.txt")
    assert [t.speaker for t in transcript.turns] == ["Lena", "Gustav", "Lena", "Gustav"]
    assert transcript.turns[1].text == "Vi har en lista. Steg 1: vi går igenom journalen."
