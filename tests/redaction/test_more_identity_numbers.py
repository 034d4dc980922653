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


# Codice fiscale: the check letter is (sum of the odd places' table values + the even
# places' plain values) modulo 26, A = 0. Odd table: 0 1, 1 0, 2 5, 5 13, 8 19, 9 21,
# A 1, D 7, M 18, N 20, R 8, S 12, T 14; even: digits as such, A 0, F 5, M 12, R 17,
# S 18, T 19.
# RSSMRA85T10A562S (Mario Rossi, the usual published example):
#   odd  R S R 8 T 0 5 2 -> 8+12+8+19+14+1+13+5 = 80; even S M A 5 1 A 6 -> 18+12+0+5+1+0+6
#   = 42; 122 = 4*26 + 18 -> S
# MRTMTT25D09F205Z (Matteo Moretti, Wikipedia's example):
#   odd  M T T 2 D 9 2 5 -> 18+14+14+5+7+21+5+13 = 97; even R M T 5 0 F 0 -> 17+12+19+5+0+5+0
#   = 58; 155 = 5*26 + 25 -> Z
# RSSMRA85T10A56NH, omocodia (the last digit 2 written N): odd place 15 is N (20) for
#   2 (5): 122 - 5 + 20 = 137 = 5*26 + 7 -> H
# NIR: key = 97 - (the thirteen digits modulo 97), 2A read as 19, 2B as 18.
#   1841276451089 = 97*18982231454 (= 1841276451038) + 51 -> 97 - 51 = 46
#   2690519123456 (2 69 05 2A 123 456) = 97*27737310551 (= 2690519123447) + 9 -> 88
#   2B is 1 000 000 less, and 1 000 000 = 97*10309 (= 999973) + 27: remainder 9 - 27 + 97
#   = 79 -> 18, so 2 69 05 2B 123 456 88 is wrong
# Belgian national register number: 97 - (the nine digits modulo 97), with a 2 before
# them for a birth after 1999.
#   930518223 = 97*9592971 (= 930518187) + 36 -> 61: 93.05.18-223.61 (Wikipedia's)
#   2170730033 = 97*22378660 (= 2170730020) + 13 -> 84: 17.07.30-033.84 (born 2017)
# PESEL: 10 - (weights 1,3,7,9,1,3,7,9,1,3 modulo 10).
#   44051401359 (Wikipedia's): 4+12+0+45+1+12+0+9+3+15 = 101 -> 10 - 1 = 9
#   0227140986? (14 July 2002, month 07 + 20): 0+6+14+63+1+12+0+81+8+18 = 203 -> 7
# Portuguese NIF: 11 - (weights 9 … 2 modulo 11), 0 for 10 or 11.
#   12345678?: 9+16+21+24+25+24+21+16 = 156 = 14*11 + 2 -> 9: 123456789
#   24567890?: 18+32+35+36+35+32+27+0 = 215 = 19*11 + 6 -> 5: 245678905
#   41234567?: 36+8+14+18+20+20+18+14 = 148 = 13*11 + 5 -> 6: 412345676 (first digit 4:
#   no NIF)
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hans codice fiscale är RSSMRA85T10A562S, det står på tesserinon.", "RSSMRA85T10A562S"),
        ("Hon stavade det: MRTMTT25D09F205Z.", "MRTMTT25D09F205Z"),
        ("På det nya kortet står RSSMRA85T10A56NH i stället.", "RSSMRA85T10A56NH"),
        ("Hans franska socialförsäkringsnummer är 1 84 12 76 451 089 46.", "1 84 12 76 451 089 46"),
        ("Numret på carte vitale var 184127645108946, sa hon.", "184127645108946"),
        ("Hon är född på Korsika, 2 69 05 2A 123 456 88 står det.", "2 69 05 2A 123 456 88"),
        ("Hans belgiska id-kort har 93.05.18-223.61 på baksidan.", "93.05.18-223.61"),
        ("Dotterns nummer är 17.07.30-033.84.", "17.07.30-033.84"),
        ("Hans rijksregisternummer är 93051822361.", "93051822361"),
        ("Hennes belgiska personnummer var 17073003384, tror jag.", "17073003384"),
        ("Hon läste upp sitt PESEL, 44051401359, från passet.", "44051401359"),
        ("Sonens polska personnummer är 02271409867.", "02271409867"),
        ("Hans NIF är 123456789.", "123456789"),
        ("Hon sa att skattenumret från Portugal, alltså, är 245678905.", "245678905"),
        ("Mitt número de contribuinte är 245 678 905.", "245 678 905"),
        # two words for it: each is tried
        ("Hennes NIF, det portugisiska personnumret, är 123456789.", "123456789"),
    ],
)
def test_italian_french_belgian_polish_and_portuguese_numbers(text, number):
    assert _found(text) == [(number, "personnummer")]
    assert number not in Redactor()(text)


#   4413310135?: 4+12+7+27+3+3+0+9+3+15 = 83 -> 7: 44133101357 (month 13: no date)
@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the check character wrong, beside a right one (which alone is taken)
        (
            "Hans codice fiscale är RSSMRA85T10A562S, på kopian står RSSMRA85T10A562T.",
            "RSSMRA85T10A562S",
        ),
        ("Hans NIR är 1 84 12 76 451 089 46, inte 1 84 12 76 451 089 47.", "1 84 12 76 451 089 46"),
        ("Hans NIR är 1 84 12 76 451 089 46, inte 184127645108947.", "1 84 12 76 451 089 46"),
        ("Hans NIR är 184127645108946; 2 69 05 2B 123 456 88 är hennes.", "184127645108946"),
        ("Hans id-kort har 93.05.18-223.61, inte 93.05.18-223.62.", "93.05.18-223.61"),
        ("Hon läste upp sitt PESEL, 44051401359. Mitt PESEL är 44051401358.", "44051401359"),
        ("Hon läste upp sitt PESEL, 44051401359. Mitt PESEL är 44133101357.", "44051401359"),
        ("Hans NIF är 123456789. Hennes NIF är 123456788.", "123456789"),
        ("Hans NIF är 123456789. Och skattenumret 412345676?", "123456789"),
        # in lower case a codice fiscale is no longer taken (a code, a hash)
        (
            "Hans codice fiscale är RSSMRA85T10A562S; i länken stod rssmra85t10a562s.",
            "RSSMRA85T10A562S",
        ),
        # a card's sixteen digits whose first fifteen make a NIR, an OCR number
        ("Hans NIR är 184127645108946, kortnumret 1841276451089461.", "184127645108946"),
        ("Hans NIR är 184127645108946. OCR-numret är 1 84 12 76 451 089 46.", "184127645108946"),
        # the weak ones without their word, after another number's word, a bank account
        ("Hans NIF är 123456789. Fakturan 245678905 är betald.", "123456789"),
        ("Hans NIF är 123456789, kontonumret 245678905.", "123456789"),
        ("Hans NIF är 123456789. Kontot är 8327-9, 245678905.", "123456789"),
        ("Sitt PESEL, 44051401359, gav hon. Ärendet 02271409867 gäller hyran.", "44051401359"),
        (
            "Hans rijksregisternummer är 93051822361. Ordernumret 17073003384 kom i går.",
            "93051822361",
        ),
        (
            "Hans rijksregisternummer är 93051822361, och vi var 17073003384 kronor skyldiga.",
            "93051822361",
        ),
    ],
)
def test_the_new_numbers_with_a_wrong_check_or_without_their_word_stay(text, number):
    assert _found(text) == [(number, "personnummer")]
