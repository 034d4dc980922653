"""A birthday said by the holiday it falls on after ``fyller``/``fyllde`` with an age or
``år``, or after ``födelsedag``: the holiday is the birth date; the holiday as a day off,
or ``fyller på`` something, stays."""

from __future__ import annotations

import pytest

from qualkod.redaction.redactor import Redactor

REDACT = Redactor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hon fyller nitton på kyndelsmässodagen, så vi bakar.",
            "Hon fyller nitton på [födelsedatum], så vi bakar.",
        ),
        (
            "Min yngsta fyller år på midsommarafton varje gång.",
            "Min yngsta fyller år på [födelsedatum] varje gång.",
        ),
        (
            "Han fyllde 60 år på annandag påsk, det var stort.",
            "Han fyllde 60 år på [födelsedatum], det var stort.",
        ),
        ("Hennes födelsedag är på allhelgonadagen.", "Hennes födelsedag är på [födelsedatum]."),
        ("Pojken fyller elva på trettondagen.", "Pojken fyller elva på [födelsedatum]."),
    ],
)
def test_a_birthday_on_a_holiday_is_a_birth_date(text, expected):
    assert REDACT(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vi fyller på vedboden på julafton.",
        "Vi var lediga på trettondagen och åkte skidor.",
        "Han fyller år i april, och på nyårsdagen åker vi bort.",
        "Fyller du i blanketten på valborg?",
    ],
)
def test_a_holiday_in_ordinary_talk_stays(text):
    assert REDACT(text) == text
