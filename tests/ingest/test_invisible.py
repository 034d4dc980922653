"""Characters that show as nothing (a zero-width space, a direction mark, a byte order
mark) pasted into a label or a voice tag: the speaker is still the one it looks like."""

from __future__ import annotations

import io

import docx

from qualkod.ingest import parse_transcript

_LINES = [
    "Lena: Hur länge har du jobbat på boendet?",
    "Gustav\u200b: Snart sex år, först som vikarie.",
    "Lena: Vad fick dig att stanna?",
    "\u200eGustav: Kollegorna, helt klart.",
]
_SPOKEN = [
    ("Lena", "Hur länge har du jobbat på boendet?"),
    ("Gustav", "Snart sex år, först som vikarie."),
    ("Lena", "Vad fick dig att stanna?"),
    ("Gustav", "Kollegorna, helt klart."),
]


def test_an_invisible_character_in_a_text_label_does_not_hide_the_speaker():
    # Before: 'Gustav\u200b:' was no label, so Gustav's answers became Lena's words.
    transcript = parse_transcript("\n".join(_LINES).encode(), "intervju.txt")
    assert [(t.speaker, t.text) for t in transcript.turns] == _SPOKEN


def test_an_invisible_character_in_a_word_paragraph_does_not_hide_the_speaker():
    document = docx.Document()
    for line in _LINES:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    transcript = parse_transcript(buffer.getvalue(), "intervju.docx")
    assert [(t.speaker, t.text) for t in transcript.turns] == _SPOKEN


def test_a_zero_width_space_in_a_voice_tag_is_the_same_speaker():
    vtt = (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:04.000\n<v Lena Åkesson\u200b>Hur länge har du jobbat här?</v>\n\n"
        "00:00:04.500 --> 00:00:07.000\n<v Gustav Öberg>Snart sex år.</v>\n\n"
        "00:00:07.000 --> 00:00:09.000\n<v Gustav Öberg>\u200bFörst som vikarie.</v>\n\n"
        "00:00:09.500 --> 00:00:12.000\n<v Lena Åkesson>Vad fick dig att stanna?</v>\n"
    )
    transcript = parse_transcript(vtt.encode(), "intervju.vtt")
    assert transcript.speakers == ("Lena Åkesson", "Gustav Öberg")
    assert [t.text for t in transcript.turns] == [
        "Hur länge har du jobbat här?",
        "Snart sex år. Först som vikarie.",
        "Vad fick dig att stanna?",
    ]
