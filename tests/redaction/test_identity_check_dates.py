"""A whole date of the last century said to check who someone is: a date of birth."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Hon svarade tredje mars nittonhundrasextioett, så vi visste att det var rätt patient.",
            "Hon svarade [födelsedatum], så vi visste att det var rätt patient.",
        ),
        (
            "I telefon fick han säga tolfte juli åttiotvå för att vi skulle kunna"
            " identifiera honom.",
            "I telefon fick han säga [födelsedatum] för att vi skulle kunna identifiera honom.",
        ),
        (
            "Vid identitetskontrollen sa hon fjärde oktober 1957 och det stämde.",
            "Vid identitetskontrollen sa hon [födelsedatum] och det stämde.",
        ),
    ],
)
def test_a_date_said_for_an_identity_check_is_a_birth_date(said, expected):
    assert Redactor()(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        # an event's date, though a person is the right one for something
        "Tjänsten tillsattes femte maj nittonhundranittiofem och hon var rätt person på"
        " rätt plats.",
        "Vi flyttade hit tolfte juli åttiotvå, det var en varm sommar.",
        # a meeting this century, with identity in the sentence
        "Mötet om identitetskontroller var tredje mars 2021.",
    ],
)
def test_an_event_date_stays(said):
    assert Redactor()(said) == said
