"""A speaker called by the initials of her double first name, standing alone."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor

PEOPLE = [("IP 2", ["Lindgren Eva-Lotta (Socialtjänsten)"]), ("Intervjuare 1", ["Jonas Berg"])]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Alla på kontoret säger EL till mig.", "Alla på kontoret säger [IP 2] till mig."),
        ("EL, kan du berätta om första året?", "[IP 2], kan du berätta om första året?"),
        ("Det blev EL:s grupp till slut.", "Det blev [IP 2]:s grupp till slut."),
        (  # JB is Jonas Berg's initials, where a name stands (the subject of a verb)
            "Jonas Berg och JB frågade EL.",
            "[Intervjuare 1] och [Intervjuare 1] frågade [IP 2].",
        ),
    ],
)
def test_the_initials_of_a_speakers_double_first_name_are_hers(said, expected):
    assert Redactor(PEOPLE)(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (  # a compound: the power company
            "Vi fick ringa EL-jouren, sa EL.",
            "Vi fick ringa EL-jouren, sa [IP 2].",
        ),
        (  # longer capitals
            "EL flyttade till ELX i våras.",
            "[IP 2] flyttade till ELX i våras.",
        ),
        (  # JB in a compound stays
            "Jonas Berg ringde JB-kontoret.",
            "[Intervjuare 1] ringde JB-kontoret.",
        ),
    ],
)
def test_other_capitals_beside_them_stay(said, expected):
    assert Redactor(PEOPLE)(said) == expected


def test_initials_that_are_a_common_abbreviation_stay_even_when_a_speakers():
    people = [("IP 3", ["Per-Anders Holm"]), ("IP 4", ["Stig-Olof Nyberg"]), *PEOPLE]
    said = "EL har en PA på dagarna och läser SO i skolan."
    expected = "[IP 2] har en PA på dagarna och läser SO i skolan."
    assert Redactor(people)(said) == expected


def test_initials_of_two_speakers_name_neither():
    people = [("IP 1", ["Anna-Karin Lundqvist"]), ("IP 2", ["Ann-Kristin Ek"])]
    assert Redactor(people)("Fråga AK om det.") == "Fråga [namn] om det."
