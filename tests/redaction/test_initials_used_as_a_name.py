"""Initials that are also a common abbreviation (``PA``, a personal assistant; ``SO``,
a school subject) are someone's only where they are used as a name: bare before a verb of
saying or right after one. Elsewhere they stay what they mostly are."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor
from qualkod.redaction.names_seen import names_seen

SPEAKERS = [("IP 3", ["Per-Arne Dahlberg"]), ("IP 4", ["Stina-Olivia Ek"])]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("PA sa att tiderna inte räckte till.", "[IP 3] sa att tiderna inte räckte till."),
        ("Efter lunch frågade PA om vi var klara.", "Efter lunch frågade [IP 3] om vi var klara."),
        ("Jag ringde PA på kvällen.", "Jag ringde [IP 3] på kvällen."),
        ("SO svarade direkt på mejlet.", "[IP 4] svarade direkt på mejlet."),
    ],
)
def test_a_speakers_initials_used_as_a_name_are_hers(said, expected):
    assert Redactor(SPEAKERS)(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "Sonen har PA fyra dagar i veckan.",
        "Hon fick en ny PA i mars.",
        "PA:n kom en halvtimme för sent.",
        "Hans PA ringde och var sjuk.",
        "Vi skrev om PA:s arbetstider.",
        "Han har beviljats PA enligt LSS.",
        "Eleverna läser SO på fredagar.",
        "Vi har samverkan med BUP och anmälde till IVO enligt SoL.",
    ],
)
def test_the_abbreviation_stays_where_it_is_one(said):
    assert Redactor(SPEAKERS)(said) == said


def test_someone_named_in_passing_too():
    turns = ["Per-Arne från hyresvärden kom förbi.", "Sen sa PA att vi fick vänta."]
    seen = names_seen(turns)
    redact = Redactor(known_people=seen.names, double_names=seen.double_names)
    assert redact(turns[1]) == "Sen sa [person] att vi fick vänta."
    assert redact("Mamman har PA på helgerna.") == "Mamman har PA på helgerna."


def test_no_one_with_the_initials_no_name():
    assert Redactor()("PA sa att tiderna inte räckte till.") == (
        "PA sa att tiderna inte räckte till."
    )
