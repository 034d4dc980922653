"""Nicknames said to be someone's, and names opening a place's name. Expected texts are
written by hand."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jag heter Ulrika, de flesta säger Ullis, och jobbar på enheten.",
            "Jag heter [IP 1], de flesta säger [person], och jobbar på enheten.",
        ),
        (
            "Pappa kallade mig Kattis. Här säger alla bara Kajsa.",
            "Pappa kallade mig [person]. Här säger alla bara [person].",
        ),
        (
            "Bosse, som mina kollegor säger, har gått i pension.",
            "[person], som mina kollegor säger, har gått i pension.",
        ),
        ("Jag är Anna, alla säger Barnahus.", "Jag är [person], alla säger Barnahus."),
        ("Här säger alla bara hej.", "Här säger alla bara hej."),
        # no person's name said: the town's short form goes as the town does, not as a person
        ("Där säger alla bara Sthlm.", "Där säger alla bara [kommun]."),
        ("Kaizen, som vår chef säger, är viktigt.", "Kaizen, som vår chef säger, är viktigt."),
        (
            "Jag heter Ulrika och jobbar på Sahlgrenska, fast de flesta säger Östra.",
            "Jag heter [IP 1] och jobbar på Sahlgrenska, fast de flesta säger Östra.",
        ),
        (
            "Jag heter Ulrika men på jobbet säger de flesta Urre.",
            "Jag heter [IP 1] men på jobbet säger de flesta [person].",
        ),
        (
            "Socialtjänsten, som hennes kollegor säger, har ringt.",
            "Socialtjänsten, som hennes kollegor säger, har ringt.",
        ),
    ],
)
def test_a_nickname_said_to_be_what_people_call_someone(text, expected):
    assert Redactor([("IP 1", ["Ulrika Bergström"])], [])(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi gick förbi Fredrikskyrkan i går.", "Vi gick förbi Fredrikskyrkan i går."),
        ("Barnen går på Sofiaskolan.", "Barnen går på Sofiaskolan."),
        ("Hon bor på Gustavsgatan nu.", "Hon bor på Gustavsgatan nu."),
        ("Fredrikskyrkans kör och Sofiakyrkogården.", "Fredrikskyrkans kör och Sofiakyrkogården."),
        ("Haddadmodellen funkar.", "[person]-modellen funkar."),
    ],
)
def test_a_known_name_opening_a_church_school_or_street_is_its_name(text, expected):
    known = frozenset({"Fredrik", "Sofia", "Gustav", "Haddad"})
    assert Redactor(known_people=known)(text) == expected
