"""The initials of a double first name that the interviews name someone by, standing
alone in another turn: ``Per-Olof Lind`` in one turn, ``sen sa PO`` in another."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor
from qualkod.redaction.names_seen import names_seen

TURNS = [
    "Per-Olof Lind från fastighetsbolaget ringde i onsdags om vattenskadan.",
    "Karl-Gustavs fru var också med på mötet.",
    "Vi har LSS-beslut, kontakt med BUP och en anmälan till IVO enligt SoL.",
]


def _redactor(turns=TURNS, people=()) -> Redactor:
    seen = names_seen(turns)
    return Redactor(people, known_people=seen.names, double_names=seen.double_names)


def test_the_double_first_names_are_learnt_with_their_hyphen():
    assert names_seen(TURNS).double_names == {"Per-Olof", "Karl-Gustav"}


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Efter en vecka sa PO att de inte tänkte betala.", "Efter en vecka sa [person] att"),
        ("KG tyckte att vi borde vänta.", "[person] tyckte att vi borde vänta."),
        ("Det var PO:s idé från början.", "Det var [person]:s idé från början."),
        ("Fråga KG, han vet.", "Fråga [person], han vet."),
    ],
)
def test_their_initials_alone_are_the_person(said, expected):
    assert _redactor()(said).startswith(expected)


@pytest.mark.parametrize(
    "said",
    [
        "Hon har beslut enligt LSS och väntar på BUP.",
        "IVO granskade hur SoL tillämpades.",
        "Paketet vägde 4 KG enligt lappen.",
        "Vi läste PO-listan och KGB-filmen.",  # joined to a word
        "Han röstade på SD och fick hjälp av AF.",  # common abbreviations stay
    ],
)
def test_abbreviations_and_other_capitals_stay(said):
    assert _redactor()(said) == said


def test_no_initials_without_the_double_name_in_the_project():
    # "sa PO" is someone's now even where no one is named so (test_initials_32.py);
    # after "om" only a double first name named makes PO a person
    turns = ["Per Olof kom sent.", "Karl Gustav ringde."]  # no hyphen: two names
    assert _redactor(turns)("Vi pratade om PO och KG.") == "Vi pratade om PO och KG."


def test_a_speakers_initials_stay_the_speakers():
    people = [("IP 2", ["Per-Olov Sandberg"])]
    assert _redactor(people=people)("PO och jag åkte dit.") == "[IP 2] och jag åkte dit."
