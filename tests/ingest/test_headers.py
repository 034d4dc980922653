"""Newer Teams Word speaker headings ('Name   0:03'), read from any line source."""

from __future__ import annotations

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest.headers import header_lines


def test_wide_headings_are_found_with_their_times():
    rows = [
        (1, "Greta Dahl   0:03"),
        (1, "Var köper du reservdelar?"),
        (2, "Per Holm   1:02:09"),
        (2, "Oftast på nätet."),
    ]
    assert header_lines(rows, "r.txt", "line") == {
        0: ("Greta Dahl", 3000),
        2: ("Per Holm", 3_729_000),
    }


@pytest.mark.parametrize(
    ("heading", "message"),
    [
        (
            "Per Holm   0:61",
            "cannot read the speaker heading in this line: its time '0:61' is no time",
        ),
        (
            "Per Holm   0:1x",
            "cannot read the speaker heading in this line: its time '0:1x' cannot be read; "
            "expected",
        ),
    ],
)
def test_a_heading_that_cannot_be_read_is_refused_in_plain_text_with_its_line(heading, message):
    rows = [
        (1, "Greta Dahl   0:03"),
        (2, "Var köper du reservdelar?"),
        (3, heading),
        (4, "Oftast på nätet."),
    ]
    with pytest.raises(TranscriptError) as caught:
        header_lines(rows, "samtal.txt", "line")
    assert str(caught.value).startswith(f"samtal.txt:3: {message}")
    assert "Per" not in str(caught.value) and "Holm" not in str(caught.value)


def test_a_one_space_heading_whose_time_is_no_time_is_refused():
    # The file's pattern is one space; Per Holm heads two turns, one with 0:9x.
    rows = [
        (5, "Greta Dahl 0:03"),
        (5, "Var köper du reservdelar?"),
        (6, "Per Holm 0:08"),
        (6, "Oftast på nätet."),
        (7, "Greta Dahl 0:15"),
        (7, "Varför där?"),
        (8, "Per Holm 0:99"),
        (8, "Det är billigare."),
    ]
    with pytest.raises(TranscriptError) as caught:
        header_lines(rows, "samtal.docx", "paragraph")
    assert str(caught.value).startswith(
        "samtal.docx (paragraph 8): cannot read the speaker heading in this paragraph: its "
        "time '0:99' is no time"
    )
    assert "Holm" not in str(caught.value)


def test_in_word_a_damaged_shape_counts_only_where_a_heading_stands():
    # '0:1x' ends a paragraph's second line, and the last paragraph has no speech.
    rows = [
        (5, "Greta Dahl   0:03"),
        (5, "Var köper du reservdelar?"),
        (5, "Per sa   0:1x"),
        (6, "Per Holm   0:10"),
        (6, "Oftast på nätet."),
        (7, "Anteckning   0:2x"),
    ]
    assert header_lines(rows, "r.docx", "paragraph") == {
        0: ("Greta Dahl", 3000),
        3: ("Per Holm", 10000),
    }


def test_plain_text_is_told_to_correct_the_file_not_word():
    rows = [(1, "Greta Dahl   0:03"), (2, "Hej."), (3, "Per Holm   0:61"), (4, "Hej hej.")]
    with pytest.raises(TranscriptError) as caught:
        header_lines(rows, "samtal.txt", "line")
    assert str(caught.value).endswith(
        "expected 'Name   M:SS' or 'Name   H:MM:SS' (correct it in the file or export the "
        "transcript again)"
    )


def test_in_plain_text_an_answer_that_is_only_a_time_is_speech():
    rows = list(
        enumerate(
            [
                "Greta Dahl   0:03",
                "När börjar passet?",
                "Per Holm   0:09",
                "14:30",
                "Greta Dahl   0:17",
                "Tack.",
            ],
            start=1,
        )
    )
    assert header_lines(rows, "schema.txt", "line") == {
        0: ("Greta Dahl", 3000),
        2: ("Per Holm", 9000),
        4: ("Greta Dahl", 17000),
    }
