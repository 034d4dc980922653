"""A street typed in lower case, with or without å, ä and ö, and its house number is an address."""

from __future__ import annotations

import pytest

from qualkod.redaction.redactor import Redactor

REDACT = Redactor([("IP 1", ["Åsa Berg"])])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vi bodde på bjorkvagen 14 förut", "vi bodde på [adress] förut"),
        ("adressen ar kastanjeallen 2", "adressen ar [adress]"),
        ("hon har flyttat till rosengrand 9", "hon har flyttat till [adress]"),
        ("kontoret ligger vid stortorget 4", "kontoret ligger vid [adress]"),
    ],
)
def test_a_lower_case_street_and_number_is_an_address(text, expected):
    assert REDACT(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "vi körde på E4:an hela vägen",
        "det var vägen 2 mil till jobbet",
        "han sov på gatan i 3 år",
        "vi tog genvagen 3 ganger i veckan",
        "i rättsfallen 3 och 4 sa domstolen nej",
        "mellan intervallen 2 och 3 vilade vi",
        "barnen åkte skidbacken 5 gånger",
    ],
)
def test_a_street_word_before_a_count_is_kept(text):
    assert REDACT(text) == text
