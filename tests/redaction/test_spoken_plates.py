"""Car registration plates said aloud: letters one at a time, digits as number words."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor
from qualkod.redaction.redactor import item_key


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Grannen har en vit Saab, M T L sextiotvå E, som står på gården.",
            "Grannen har en vit Saab, [registreringsnummer], som står på gården.",
        ),
        (
            "Skåpbilen hade G N B fem åtta tre och den var hyrd.",
            "Skåpbilen hade [registreringsnummer] och den var hyrd.",
        ),
        (
            "Han läste upp det som H-Y-S nittio fyra k när polisen frågade.",
            "Han läste upp det som [registreringsnummer] när polisen frågade.",
        ),
        (
            "Det var S P A 31 R, tror jag.",
            "Det var [registreringsnummer], tror jag.",
        ),
    ],
)
def test_a_plate_said_letter_by_letter_and_in_number_words_is_redacted(said, expected):
    assert Redactor()(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "Betygen gick från F till C på en termin.",  # grades, no numbers after them
        "I klass A B C fyrtio elever, ungefär.",  # a count of two digits, no letter after
        "Vi körde E fyra och sen E tjugo hem.",  # roads: one letter
        "Hon bor på plan tre, dörr B.",
    ],
)
def test_letters_and_numbers_that_make_no_plate_stay(said):
    assert Redactor()(said) == said


def test_a_plate_said_aloud_has_the_review_key_of_the_plate_written():
    assert item_key("plate", "M T L sextiotvå E") == item_key("plate", "MTL 62E")
