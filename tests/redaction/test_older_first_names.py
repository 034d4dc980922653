"""Older Swedish and Nordic first names, common among today's elderly but not in the
name lists of today's commonest names, are names wherever a listed name is."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "I höstas tog Sverker hand om nyckelskåpet.",
            "I höstas tog [person] hand om nyckelskåpet.",
        ),
        (
            "På avdelningen bor Magnhild och Torleif sedan i våras.",
            "På avdelningen bor [person] och [person] sedan i våras.",
        ),
        ("Vi åkte hem till Signhild efter lunch.", "Vi åkte hem till [person] efter lunch."),
        ("Hilmers dotter ville vara med.", "[person]:s dotter ville vara med."),
    ],
)
def test_older_first_names_are_names(said, expected):
    assert Redactor()(said) == expected


def test_the_words_around_them_stay():
    said = "Sen tog hon över driften och vi fick en ny plan."
    assert Redactor()(said) == said
