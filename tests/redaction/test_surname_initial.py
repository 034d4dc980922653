"""A speaker's first name with the initial of the speaker's surname after it: the
initial goes with the name, since it narrows down who it is."""

from __future__ import annotations

import pytest

from qualkod.redaction.redactor import Redactor

REDACT = Redactor([("IP 1", ["Åsa Berg"]), ("IP 2", ["Göran Dahl"])])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Åsa B ringde mig i går", "[IP 1] ringde mig i går"),
        ("fråga Åsa B, hon vet mer", "fråga [IP 1], hon vet mer"),
        ("det var Göran D som skrev listan", "det var [IP 2] som skrev listan"),
        ("Jag och Göran D (chefen) var där", "Jag och [IP 2] (chefen) var där"),
    ],
)
def test_the_surnames_initial_goes_with_the_first_name(text, expected):
    assert REDACT(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Åsa. Bra att du kom", "[IP 1]. Bra att du kom"),  # a new sentence
        ("Åsa B-laget spelade", "[IP 1] B-laget spelade"),  # a compound
        ("Åsa K ringde", "[IP 1] K ringde"),  # not her surname's initial
        ("Göran B ringde", "[IP 2] B ringde"),  # Åsa's initial, not his
        ("Åsa Berg B ringde", "[IP 1] B ringde"),  # the surname is there already
    ],
)
def test_another_capital_after_the_name_is_kept(text, expected):
    assert REDACT(text) == expected
