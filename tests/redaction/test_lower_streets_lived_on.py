"""A street typed in lower case whose name is also an everyday word (``ekbacken``,
``bygatan``), with a house number in digits, is an address where someone lives there
or it is given as the address; the same word and number elsewhere stay."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Mormor bor på kyrkbacken 7 sedan åttiotalet.",
            "Mormor bor på [adress] sedan åttiotalet.",
        ),
        ("Adressen är bygatan 3 b, andra våningen.", "Adressen är [adress], andra våningen."),
        ("De flyttade till skogsvägen 14 i fjol.", "De flyttade till [adress] i fjol."),
        ("Hon bodde då på ekbacken 2.", "Hon bodde då på [adress]."),
    ],
)
def test_a_street_that_is_a_word_is_an_address_where_someone_lives(said, expected):
    assert Redactor()(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "Läs kapitel 5 till nästa gång.",
        "Det står på sida 5 i planen.",
        "Vi är på steg 5 nu.",
        "Det var vecka 5 i januari.",
        "Hon ligger på rum 5.",
        "Han bor på avdelning 5.",
        "Ta buss 5 till centrum.",
        "Vi åkte kyrkbacken 3 gånger i går.",  # a slope, then a count
        "De flyttade till skogsvägen 5 år senare.",  # years
    ],
)
def test_other_words_and_numbers_stay(said):
    assert Redactor()(said) == said
