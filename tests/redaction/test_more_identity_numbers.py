"""More countries' identity numbers. The valid numbers are the schemes' own published
examples (or, for the RNOKPP, a check digit worked out by hand below); the invalid ones
change the last character."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor
from qualkod.redaction.identifiers import find_identifiers


def _found(text: str) -> list[tuple[str, str]]:
    return sorted((text[a:b], kind) for a, b, kind in find_identifiers(text))


# RNOKPP 123456789?: weights -1,5,7,9,4,6,10,5,7 -> -1+10+21+36+20+36+70+40+63 = 295;
# 295 % 11 = 9, 9 % 10 = 9: 1234567899
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hennes irländska PPS-nummer är 1234567T, stod det.", "1234567T"),
        ("Det gamla PPS-numret 1234567TW gällde förut.", "1234567TW"),
        ("Han har ett spanskt DNI, 12345678Z, i plånboken.", "12345678Z"),
        ("Hon hade sitt NIE X1234567L med sig.", "X1234567L"),
        ("I pärmen låg hans SNILS, 112-233-445 95, och passet.", "112-233-445 95"),
        ("På kortet står 2341 2341 2346 under bilden.", "2341 2341 2346"),
        ("Hans Aadhaar-nummer är 234123412346.", "234123412346"),
        ("Hon gav oss sitt BSN, det är 111222333.", "111222333"),
        ("Min Steuer-ID har jag här, 86095742719.", "86095742719"),
        ("Hans NHS-nummer, 943 476 5919, stod i remissen.", "943 476 5919"),
        ("Det ukrainska skattenumret är 1234567899.", "1234567899"),
    ],
)
def test_another_countrys_number_with_its_check_right_is_a_personnummer(text, number):
    assert _found(text) == [(number, "personnummer")]
    assert number not in Redactor()(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ordernumret 1234567A står på lappen.",  # PPS shape, wrong letter
        "Han har ett spanskt DNI, 12345678A, i plånboken.",
        "I pärmen låg hans SNILS, 112-233-445 96, och passet.",
        "På kortet står 2341 2341 2347 under bilden.",
        "Hon gav oss sitt BSN, det är 111222334.",
        "Min Steuer-ID har jag här, 86095742718.",
        "Hans NHS-nummer, 943 476 5918, stod i remissen.",
        "Det ukrainska skattenumret är 1234567898.",
    ],
)
def test_the_same_shapes_with_the_check_wrong_stay(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ärendet 111222333 gäller hyran.",  # a valid BSN, but nothing says it is one
        "Beställningen 943 476 5919 kom i går.",  # a valid NHS number, no word for it
        "Fakturan 1234567899 är betald.",  # a valid RNOKPP, no word for it
        "Hon sa BSN. Sedan läste hon upp 111222333 från en lapp.",  # a full stop between
    ],
)
def test_numbers_whose_check_often_passes_need_the_word_for_them(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kortnumret var 2341 2341 2346 5678, sa hon.",  # a card's sixteen digits
        "OCR-numret är 2341 2341 2346 på avin.",
        "Inget BSN, bara ordernummer 111222333.",
        "Jag har ett BSN, och vi var 111222333 personer där.",  # another clause
        "Mitt BSN fick jag 2019, och fakturan 111 222 333 kom sen.",
        "Jag gick på NHS, kostnaden var 9434765919 pund.",  # the service, not the number
    ],
)
def test_a_number_called_something_else_or_far_from_the_word_stays(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mitt BSN-nr. 111222333 har jag kvar.", "111222333"),
        ("Mitt tyska skatte-id är 86095742719.", "86095742719"),  # a tax id: German here
    ],
)
def test_the_word_for_the_number_in_its_short_forms(text, number):
    assert _found(text) == [(number, "personnummer")]
