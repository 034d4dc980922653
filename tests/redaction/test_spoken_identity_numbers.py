"""Personnummer and dates of birth said as numbers, as speech recognition writes them.

The numbers below were checked by hand: 380422-5393 and 471116-5326 pass the Luhn check
(doubled digits 6+0+4+1+9 and 8+2+2+1+4, the others 20 and 23: sums 40 and 40)."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor
from qualkod.redaction.spoken_identity_numbers import digits_said


@pytest.mark.parametrize(
    ("word", "digits"),
    [
        ("noll", "0"),
        ("elva", "11"),
        ("tjugotvå", "22"),
        ("Femtiotre", "53"),
        ("nittonhundrafyrtiosju", "1947"),
        ("nittonhundrasju", "1907"),
        ("nittonhundra", "1900"),
        ("tvåhundraåtta", "208"),
        ("hundra", "100"),
        ("mamma", None),
        ("hundraåring", None),
    ],
)
def test_a_number_word_says_its_digits(word, digits):
    assert digits_said(word) == digits


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Hennes personnummer är nitton trettioåtta noll fyra tjugotvå, femtiotre nittiotre.",
            "Hennes personnummer är [personnummer].",
        ),
        (
            "På lappen stod nittonhundrafyrtiosju elva sexton femtiotre tjugosex, helt öppet.",
            "På lappen stod [personnummer], helt öppet.",
        ),
        (  # the ten digits alone, in pairs
            "Det var trettioåtta noll fyra tjugotvå femtiotre nittiotre.",
            "Det var [personnummer].",
        ),
        (  # the first eight digits, the last four left out: a date of birth
            "Han läste nittonhundrafyrtiosju elva sexton och sedan de fyra sista.",
            "Han läste [födelsedatum] och sedan de fyra sista.",
        ),
    ],
)
def test_a_personnummer_said_as_numbers_is_redacted_whole(said, expected):
    assert Redactor()(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "Vi var tjugo stycken, sen kom tio till och fem till.",
        "Det var nitton tjugo tre tolv år sedan.",  # no date
        "Han räknade åttio tolv tolv tre fyra åtta nio.",  # month 12, day 12: no Luhn
        "Sexton elva, sa hon, och det var fel svar.",
    ],
)
def test_other_numbers_said_stay(said):
    assert Redactor()(said) == said
