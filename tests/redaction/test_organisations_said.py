"""A well-known organisation that phones, writes or answers (``Då ringde Telia``) is no
person, though a word no list knows after a verb only a person does is taken for a name
(``Sen frågade Rutger``); a name beside it is still redacted."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor
from qualkod.redaction.person_contexts import organisation_names


@pytest.mark.parametrize(
    "said",
    [
        "Då ringde Telia och sa att fakturan var fel.",
        "Sen ringde Coop om sommarjobbet.",
        "Efteråt skrev Comviq att abonnemanget var uppsagt.",
        "Varför svarade Folksam aldrig på mejlet?",
        "Jag och Telia har bråkat om räkningen i ett år.",
        "Sen anställde vi Manpower för att täcka semestrarna.",
    ],
)
def test_an_organisation_after_a_persons_verb_stays(said):
    assert Redactor()(said) == said


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Då ringde Ingvor och sa att bussen var sen.", "Då ringde [person] och sa att"),
        ("Sen frågade Rutger om nycklarna till förrådet.", "Sen frågade [person] om"),
        ("Jag och Nilufar åkte dit på tisdagen.", "Jag och [person] åkte"),
    ],
)
def test_a_name_after_a_persons_verb_is_still_redacted(said, expected):
    assert Redactor()(said).startswith(expected)


def test_the_list_holds_authorities_and_companies():
    listed = organisation_names()
    assert {"Försäkringskassan", "Arbetsförmedlingen", "Skatteverket", "Telia", "ICA"} <= listed
    assert not any(line.startswith("#") for line in listed)
