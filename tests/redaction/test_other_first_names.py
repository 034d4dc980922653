"""First names of other languages than Swedish, from Faker's lists for other locales,
and the words of those lists that stay words. Expected texts are written by hand."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jag ringde Giulia i morse och sedan Salvatore.",
            "Jag ringde [person] i morse och sedan [person].",
        ),
        ("Agnieszka och Tiago kom sent till mötet.", "[person] och [person] kom sent till mötet."),
        ("Det var Odettes tur att laga mat.", "Det var [person]:s tur att laga mat."),
        ("Aistis bor kvar i Kaunas.", "[person] bor kvar i Kaunas."),
        # in a list's other languages, but Swedish words, speech or titles here
        ("Rosa tröjor säljer bra.", "Rosa tröjor säljer bra."),
        ("Eller så ringer vi i morgon.", "Eller så ringer vi i morgon."),
        ("Pastor i församlingen kom också.", "Pastor i församlingen kom också."),
        ("Mark och vatten ingår i planen.", "Mark och vatten ingår i planen."),
    ],
)
def test_first_names_of_other_languages(text, expected):
    assert Redactor([("IP 1", ["Ulrika Bergström"])], [])(text) == expected
