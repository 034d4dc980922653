"""Teams and Zoom WebVTT."""

from __future__ import annotations

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript, read_transcript
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


def test_a_turn_keeps_where_and_when_each_merged_cue_starts():
    # Counted by hand in the file: "Hej, hör du mig? Då börjar vi." is 30 characters,
    # so the second cue starts at 31; "I fyra år, ... vuxenenheten." is 55.
    turns = read_transcript(INGEST / "teams-new.vtt").turns
    assert turns[0].cue_starts == ((31, 7120),)
    assert turns[0].text[31:].startswith("Hur länge")
    assert turns[1].cue_starts == ((56, 15500),)
    assert turns[1].text[56:].startswith("Och där")
    assert turns[2].cue_starts == () and turns[3].cue_starts == ()  # one cue each


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


def test_zoom_names_with_a_particle_or_a_phone_are_speakers(tmp_path):
    vtt = tmp_path / "zoom-telefon.vtt"
    vtt.write_text(
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nBo Ek: Hur började det?\n\n"
        "2\n00:00:04.500 --> 00:00:09.000\nMaricels iPhone: Jag ringde från bilen.\n\n"
        "3\n00:00:09.500 --> 00:00:12.000\nBo Ek: Och sedan?\n\n"
        "4\n00:00:12.500 --> 00:00:15.000\nMaricel dela Cruz: Sedan kom jag fram.\n",
        encoding="utf-8",
    )
    transcript = read_transcript(vtt)
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Bo Ek", "Hur började det?"),
        ("Maricels iPhone", "Jag ringde från bilen."),
        ("Bo Ek", "Och sedan?"),
        ("Maricel dela Cruz", "Sedan kom jag fram."),
    ]


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


def test_zoom_cue_starting_with_a_word_and_a_colon_is_speech_of_an_unknown_speaker():
    transcript = read_transcript(INGEST / "zoom-prose-labels.vtt")
    assert transcript.speakers == ("Karin Lindqvist", "Ahmed Karimi", "")
    assert transcript.turns[2].text == "Obs: ljudet försvann en stund här."


def test_teams_file_without_its_webvtt_line_is_read_when_the_cues_are_unambiguous():
    transcript = read_transcript(INGEST / "teams-headerless.vtt")
    assert transcript.source_format is SourceFormat.TEAMS_VTT
    assert [(t.speaker, t.start_ms, t.end_ms, t.text) for t in transcript.turns] == [
        ("Nora Lind", 2000, 5500, "Är inspelningen igång?"),
        ("Pontus Kraft", 6000, 9000, "Ja, den har gått sedan en minut."),
    ]


def test_unclosed_tag_in_the_middle_is_refused():
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna Berg>Hej.</v>\n\n"
        b"00:00:02.000 --> 00:00:03.000\n<v Erik Su\n\n"
        b"00:00:03.000 --> 00:00:04.000\n<v Anna Berg>Hej igen.</v>\n"
    )
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, "trasig.vtt")
    assert str(caught.value).startswith("trasig.vtt:7: a '<' that opens no tag ('<v …')")


def test_a_less_than_sign_in_speech_is_refused_with_how_to_write_it():
    data = (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna Berg>Hur m\xc3\xa5nga?</v>\n\n"
        b"00:00:02.000 --> 00:00:03.000\n<v Erik Sund>F\xc3\xa4rre \xc3\xa4n <10.</v>\n"
    )
    with pytest.raises(TranscriptError, match=r"write it as '&lt;' as Teams does"):
        parse_transcript(data, "mindre.vtt")


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
        # the speaker's name in the cut voice tag is left out of the message
        ("truncated-tag.vtt", "truncated-tag.vtt:10: the file ends inside a tag ('<v …')"),
        ("truncated-lt.vtt", "truncated-lt.vtt:10: the file ends inside a tag ('<')"),
    ],
)
def test_broken_vtt_is_refused_with_the_line(name, expected):
    with pytest.raises(TranscriptError) as caught:
        read_transcript(INGEST / name)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_cue_right_after_the_header_line_is_read():
    # No blank line between 'WEBVTT' and the first cue: that cue is speech too.
    transcript = read_transcript(INGEST / "header-no-blank.vtt")
    assert [(t.speaker, t.start_ms, t.end_ms, t.text) for t in transcript.turns] == [
        ("Greta Dahl", 2000, 5500, "Vad gör ni när telefonen ringer på natten?"),
        ("Olof Brink", 5500, 9000, "Då svarar jouren, oftast ganska snabbt."),
    ]


def test_blank_lines_before_the_header_are_ignored():
    transcript = read_transcript(INGEST / "leading-blank.vtt")
    assert transcript.source_format is SourceFormat.TEAMS_VTT
    assert [(t.speaker, t.start_ms, t.end_ms, t.text) for t in transcript.turns] == [
        ("Greta Dahl", 1000, 3000, "Hur länge har jouren funnits?"),
        ("Olof Brink", 3000, 6250, "Sedan hösten för tre år sedan."),
    ]


# A Teams file whose cues close their voice with '</v>', then a last cue: line 13 is
# its speech, the last line of the file.
_CLOSED_CUES = (
    "WEBVTT\n\n"
    "00:00:01.000 --> 00:00:04.000\n<v Greta Dahl>Hur gick det med cykeln?</v>\n\n"
    "00:00:04.500 --> 00:00:07.000\n<v Per Holm>Kedjan hoppade av i backen.</v>\n\n"
    "00:00:07.500 --> 00:00:09.000\n<v Greta Dahl>Och sedan?</v>\n\n"
    "00:00:09.500 --> 00:00:13.000\n<v Per Holm>Jag fick leda den hela vägen tillbaka en rem"
)


@pytest.mark.parametrize("ending", ["\n", "", "\r\n\r\n"])
def test_a_last_cue_cut_off_before_its_closing_voice_tag_is_refused(ending):
    data = (_CLOSED_CUES + ending).encode()
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, "avbruten.vtt")
    message = str(caught.value)
    assert message.startswith("avbruten.vtt:13: the file ends inside a cue whose voice is")
    # Neither the speech (it may name people) nor the speaker is quoted.
    assert "tillbaka" not in message and "Holm" not in message
    assert "never closed with '</v>', unlike every other cue: it is truncated" in message
    assert message.endswith("export the transcript again")
    assert "\n" not in message


@pytest.mark.parametrize(
    "data",
    [
        # The same file, complete.
        _CLOSED_CUES + "</v>\n",
        # No cue closes its voice: WebVTT allows that.
        _CLOSED_CUES.replace("</v>", "") + "\n",
        # Something follows the last cue, so the file does not end inside it.
        _CLOSED_CUES + "\n\nNOTE slut på inspelningen\n",
        # The last cue closes its voice, and text follows the closing tag.
        _CLOSED_CUES + "</v>\n[skratt]\n",
    ],
    ids=["complete", "never-closed", "note-after", "text-after-close"],
)
def test_well_formed_teams_files_with_the_same_cues_are_read(data):
    transcript = parse_transcript(data.encode(), "hel.vtt")
    # Four cues, four turns: the speakers take turns.
    assert [t.speaker for t in transcript.turns] == ["Greta Dahl", "Per Holm"] * 2
    assert transcript.turns[3].text.startswith("Jag fick leda den hela vägen tillbaka en rem")


def test_an_open_last_cue_is_not_refused_when_the_other_cues_do_not_all_close():
    # The second cue leaves its voice open too: the file has no closing pattern.
    data = _CLOSED_CUES.replace("av i backen.</v>", "av i backen.") + "\n"
    transcript = parse_transcript(data.encode(), "blandad.vtt")
    assert len(transcript.turns) == 4
    assert transcript.turns[1].text == "Kedjan hoppade av i backen."


def test_one_closed_cue_before_an_open_last_one_is_not_yet_a_pattern():
    data = (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:04.000\n<v Greta Dahl>Hur gick det med cykeln?</v>\n\n"
        "00:00:04.500 --> 00:00:07.000\n<v Per Holm>Kedjan hoppade av i backen.\n"
    )
    transcript = parse_transcript(data.encode(), "kort.vtt")
    assert [t.speaker for t in transcript.turns] == ["Greta Dahl", "Per Holm"]


def test_a_teams_cue_run_on_into_the_next_is_two_cues_with_its_id_apart():
    text = (
        "WEBVTT\n\n"
        "3f2a9c10-8b1e-4c2d-9f00-1a2b3c4d5e6f/10-0\n00:00:01.000 --> 00:00:04.000\n"
        "<v Ola Falk>Hur började det?</v>\n"
        "3f2a9c10-8b1e-4c2d-9f00-1a2b3c4d5e6f/11-0\n00:00:04.000 --> 00:00:09.000\n"
        "<v Mira Sand>Med ett samtal.</v>\n"
    )
    transcript = parse_transcript(text.encode(), "ihop.vtt")
    assert [(t.speaker, t.text, t.start_ms, t.end_ms) for t in transcript.turns] == [
        ("Ola Falk", "Hur började det?", 1000, 4000),
        ("Mira Sand", "Med ett samtal.", 4000, 9000),
    ]


def test_an_arrow_in_speech_is_text_not_a_cue():
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ola Falk>Från kommunen\n"
        "--> till regionen, så går det.</v>\n\n"
        "00:00:04.000 --> 00:00:06.000\n<v Mira Sand>Ja.</v>\n"
    )
    transcript = parse_transcript(text.encode(), "pil.vtt")
    assert transcript.turns[0].text == "Från kommunen --> till regionen, så går det."


def test_text_encoded_twice_is_refused_not_imported_with_broken_names():
    once = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Åsa Öberg>Hej.</v>\n"
    twice = once.encode("utf-8").decode("cp1252").encode("utf-8")  # "Ã…sa Ã–berg"
    with pytest.raises(TranscriptError, match=r"^tvagang.vtt:4: the text was encoded twice"):
        parse_transcript(twice, "tvagang.vtt")
    assert parse_transcript(once.encode(), "en.vtt").turns[0].speaker == "Åsa Öberg"


def test_an_unlabelled_zoom_cue_that_starts_a_sentence_stays_an_unknown_speakers():
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nOla Falk: Hur har det gått i år\n\n"
        "2\n00:00:04.000 --> 00:00:08.000\nDet har gått bra, tycker jag.\n\n"
        "3\n00:00:08.000 --> 00:00:10.000\nOla Falk: Bra.\n\n"
        "4\n00:00:10.000 --> 00:00:12.000\nMira Sand: Ja.\n"
    )
    transcript = parse_transcript(text.encode(), "zoom.vtt")
    assert [(t.speaker, t.text) for t in transcript.turns][:2] == [
        ("Ola Falk", "Hur har det gått i år"),
        ("", "Det har gått bra, tycker jag."),
    ]


def test_a_turn_of_cues_out_of_order_ends_at_its_latest_cue():
    text = (
        "WEBVTT\n\n"
        "00:00:10.000 --> 00:00:14.000\n<v Anna Berg>Hur länge har ni haft öppet?</v>\n\n"
        "00:00:02.000 --> 00:00:06.000\n<v Anna Berg>Och på fredagar, förresten?</v>\n\n"
        "00:00:15.000 --> 00:00:19.000\n<v Per Ek>Sedan i våras, tror jag.</v>\n"
    )
    first, second = parse_transcript(text.encode(), name="oordning.vtt").turns
    assert (first.start_ms, first.end_ms) == (10_000, 14_000)  # not 10 s to 10 s
    assert (second.start_ms, second.end_ms) == (15_000, 19_000)


_SPOKEN_VTT = (
    "WEBVTT\n\n"
    "a1/1-0\n00:00:01.000 --> 00:00:02.000\n<v Ola Falk>Hur länge har du bott här?</v>\n\n"
    "a1/2-0\n00:00:02.500 --> 00:00:04.000\n<v Mira Sand>Sedan i våras.</v>\n\n"
    "a1/3-0\n00:00:04.500 --> 00:00:05.000\n<v Ola Falk>Och innan dess?</v>\n\n"
)


@pytest.mark.parametrize(
    "last_timing", ["00:00:05.500 --> 00:00:09.000", "00:00:05.500 --> 00:00:09.9"]
)
def test_a_teams_file_cut_off_after_its_last_timing_line_is_refused_naming_it(last_timing):
    cut = _SPOKEN_VTT + "a1/4-0\n" + last_timing + "\n"
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(cut.encode(), "avbruten.vtt")
    assert str(caught.value).startswith(
        "avbruten.vtt:16: the last cue has a timing but no text, unlike every other cue: "
        "the file is probably cut off"
    )


def test_an_empty_teams_cue_in_the_middle_is_a_pause_and_the_file_is_read():
    pause = _SPOKEN_VTT + "a1/4-0\n00:00:05.500 --> 00:00:06.000\n\n"
    pause += "a1/5-0\n00:00:06.500 --> 00:00:09.000\n<v Mira Sand>I en annan stad.</v>\n"
    transcript = parse_transcript(pause.encode(), "paus.vtt")
    assert [t.text for t in transcript.turns][-1] == "I en annan stad."


@pytest.mark.parametrize("joint", ["\n", "\n\n", "\n\ufeff"])
def test_two_webvtt_files_joined_into_one_are_refused(joint):
    # The two parts of one meeting pasted into one file: the second part's times start
    # again and, with no blank line between, 'WEBVTT' became Gustav's last word.
    part = (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:04.000\n<v Lena Åkesson>Hur länge har du jobbat här?</v>\n\n"
        "00:00:04.500 --> 00:00:09.000\n<v Gustav Öberg>Snart sex år.</v>"
    )
    with pytest.raises(TranscriptError) as caught:
        parse_transcript((part + joint + part + "\n").encode(), "möte.vtt")
    line = 7 + joint.count("\n")  # the part has seven lines; a blank line between moves it
    assert str(caught.value).startswith(
        f"möte.vtt:{line}: a second 'WEBVTT' header: two WebVTT files were joined into one"
    )


@pytest.mark.parametrize("header", ["webvtt", "WebVTT", "Webvtt - intervju 4", "webvtt\tkopia"])
@pytest.mark.parametrize("cue_ids", [False, True])
def test_a_header_in_other_case_is_the_webvtt_header(header, cue_ids):
    # A file edited by hand: the standard's 'WEBVTT' written in lower or mixed case.
    cues = [
        ("00:00:02.000 --> 00:00:05.500", "<v Lena Åkesson>Hur kom du in på yrket?</v>"),
        ("00:00:06.000 --> 00:00:09.000", "<v Gustav Öberg>Genom en vän, faktiskt.</v>"),
    ]
    body = "".join(
        (f"{k}\n" if cue_ids else "") + f"{timing}\n{text}\n\n"
        for k, (timing, text) in enumerate(cues, start=1)
    )
    transcript = parse_transcript(f"{header}\n\n{body}".encode(), "handredigerad.vtt")
    assert transcript.source_format is SourceFormat.TEAMS_VTT
    assert [(t.speaker, t.start_ms, t.end_ms, t.text) for t in transcript.turns] == [
        ("Lena Åkesson", 2000, 5500, "Hur kom du in på yrket?"),
        ("Gustav Öberg", 6000, 9000, "Genom en vän, faktiskt."),
    ]


def test_a_zoom_file_with_a_lower_case_header_is_read():
    text = (
        "webvtt\n\n1\n00:00:01.000 --> 00:00:03.000\nMira Sand: Var bor du nu?\n\n"
        "2\n00:00:03.500 --> 00:00:06.000\nOla Falk: I Umeå sedan i våras.\n"
    )
    transcript = parse_transcript(text.encode(), "zoom.vtt")
    assert transcript.source_format is SourceFormat.ZOOM_VTT
    assert [(t.speaker, t.text) for t in transcript.turns] == [
        ("Mira Sand", "Var bor du nu?"),
        ("Ola Falk", "I Umeå sedan i våras."),
    ]


def test_a_second_header_in_lower_case_is_two_files_joined():
    part = (
        "webvtt\n\n"
        "00:00:01.000 --> 00:00:04.000\n<v Lena Åkesson>Hur länge har du bott här?</v>\n\n"
    )
    with pytest.raises(TranscriptError) as caught:
        parse_transcript((part + part).encode(), "möte.vtt")
    assert str(caught.value).startswith("möte.vtt:6: a second 'WEBVTT' header")


def test_a_note_that_starts_with_the_word_webvtt_is_no_webvtt_file():
    # Guard: prose that opens with the word, and no cue timings, stays plain text.
    text = (
        "Webvtt är formatet Teams sparar i.\n"
        "Lena: Har du hittat filen?\n"
        "Gustav: Ja, den låg i mappen.\n"
        "Lena: Bra.\n"
        "Gustav: Då skickar jag den.\n"
    )
    transcript = parse_transcript(text.encode(), "anteckning.txt")
    assert transcript.source_format is SourceFormat.PLAIN_TEXT
    assert [t.speaker for t in transcript.turns] == ["Lena", "Gustav", "Lena", "Gustav"]


def test_webvtt_cues_under_a_typed_title_are_refused_not_read_as_text():
    # A title typed above Teams cues in place of 'WEBVTT': read as text, the voice tag
    # line became the speaker's name and the next cue number the speech.
    text = (
        "Intervju 4, Kiruna\n\n"
        "1\n00:00:01.000 --> 00:00:04.000\n<v Lena Åkesson>Hur länge har du bott här?</v>\n\n"
        "2\n00:00:04.000 --> 00:00:07.000\n<v Gustav Öberg>I tolv år.</v>\n"
    )
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(text.encode(), "kiruna.vtt")
    assert str(caught.value) == (
        "kiruna.vtt:1: missing the WEBVTT header, though its cues are WebVTT's; make "
        "'WEBVTT' the first line (before any title) or export the transcript again"
    )


def _with_unclosed(words: bytes) -> bytes:
    return (
        b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna Berg>Hej.</v>\n\n"
        b"00:00:02.000 --> 00:00:03.000\n" + words + b"\n\n"
        b"00:00:03.000 --> 00:00:04.000\n<v Anna Berg>Hej igen.</v>\n"
    )


@pytest.mark.parametrize(
    ("words", "quoted"),
    [
        (b"fr\xc3\xa5ga <Fatima om det", "('<')"),  # may be a name: '<' alone
        (b"f\xc3\xa4rre \xc3\xa4n <10 stycken", "('<10')"),  # no letters
        (b"<lang sv hej", "('<lang')"),  # a WebVTT tag
        (b"<c.gul hej", "('<c.gul')"),
    ],
)
def test_an_unclosed_tag_is_quoted_only_when_it_cannot_be_a_name(words, quoted):
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(_with_unclosed(words), "tecken.vtt")
    message = str(caught.value)
    assert message.startswith(f"tecken.vtt:7: a '<' that opens no tag {quoted}"), message
    assert "Fatima" not in message
