"""More countries' identity numbers, each taken only with its own check right, and the
weaker ones only after the word for them.

By their shape and check alone: an Irish PPS number (``1234567T``, seven digits and a
check letter modulo 23), a Spanish DNI or NIE (``12345678Z``, ``X1234567L``, the
number's remainder modulo 23 as a letter), a Russian SNILS (``112-233-445 95``, a
check number from weights 9 … 1), an Indian Aadhaar number in its printed groups
(``2345 6789 0124``, the Verhoeff check digit), an Italian codice fiscale
(``RSSMRA85T10A562S``: in capitals only, as it is printed and typed; in lower case
one code or hash of its shape in 26 would pass; the omocodia letters L M N P … V in
place of digits, a month letter, a day 1–71 and the official odd and even tables), a French NIR (``1 84 12 76 451 089 46``, in its groups
or as fifteen digits, ``2A``/``2B`` for Corsica: sex 1 or 2, a month, and the key 97 −
the number modulo 97, which one run of fifteen digits in 97 passes and a bank account,
an IMEI or a card's sixteen digits do not reach with the shape) and a Belgian national
register number in its dots (``93.05.18-223.61``, 97 − modulo 97, after 2000 with a 2
before the nine digits).

After the word for the number (at most five words before it, no full stop between),
because their check passes for one number in ten or eleven: a Dutch BSN
(``burgerservicenummer``, the eleven test), a German tax id (``Steuer-ID``, ISO 7064
MOD 11,10), a UK NHS number (``NHS-nummer``, weights 10 … 2 modulo 11), a Ukrainian
RNOKPP or German tax id after ``skattenummer`` (RNOKPP: weights −1, 5, 7, 9, 4, 6, 10,
5, 7 modulo 11), a Portuguese NIF (``NIF``, ``número de contribuinte`` or
``skattenummer``: nine digits, the first 1–3, 5, 6, 8 or 9, weights 9 … 2 modulo 11),
a Polish PESEL (``PESEL``; weights 1, 3, 7, 9 …, a valid date with the century in the
month) or a Belgian national register number without its dots (``rijksregisternummer``,
``numéro national``; both also after ``personnummer``, which a Swedish one of ten or
twelve digits never passes) and an Aadhaar number written without groups. After the
word for another number (``OCR-numret``, ``ordernummer``, ``kortnummer``) none is
taken. Read by :mod:`qualkod.redaction.foreign_identity_numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

_LETTERS_23 = "TRWAGMYFPDXBNJZSQVHLCKE"
"""Spain's check letters, by the number's remainder modulo 23."""
_PPS = re.compile(r"(?<![\w-])(?P<digits>\d{7})(?P<check>[A-W])(?P<second>[A-IW]?)(?![\w-])")
_SPANISH = re.compile(r"(?<![\w-])(?P<number>[XYZ]-?\d{7}|\d{8})-?(?P<check>[A-Z])(?![\w-])")
_SNILS = re.compile(
    r"(?<![\w-])(?<!\d )(?P<number>\d{3}-\d{3}-\d{3})[\s-](?P<check>\d{2})(?![\w-])(?! \d)"
)
_AADHAAR_GROUPED = re.compile(
    r"(?<![\w-])(?<!\d )(?P<number>[2-9]\d{3} \d{4} \d{4})(?![\w-])(?! \d)"
)
"""Not a group of a longer number (a card's sixteen digits)."""
_OMOCODIA = "LMNPQRSTUV"
"""The letters an Italian codice fiscale may carry in place of the digits 0 … 9."""
_CODICE_FISCALE = re.compile(
    r"(?<![\w-])(?P<code>[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3})"
    r"(?P<check>[A-Z])(?![\w-])"
)
"""Surname, first name, year, month letter, day (+ 40 for a woman), place, check."""
_CF_ODD = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]
"""The value of 0 … 9 (as A … J) and A … Z in the codice fiscale's odd places."""
_NIR = re.compile(
    r"(?<![\w-])(?<!\d )(?P<number>[12](?P<s> ?)\d{2}(?P=s)\d{2}(?P=s)"
    r"(?:(?:\d{2}|2[AB])(?P=s)\d{3}|\d{3}(?P=s)\d{2})(?P=s)\d{3}) ?(?P<key>\d{2})"
    r"(?![\w-])(?! \d)"
)
"""Sex, year, month, département and commune (or an overseas département of three
digits and a commune of two), birth's order and key; grouped or not."""
_BELGIAN_DOTTED = re.compile(
    r"(?<![\w.-])(?P<number>\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2})(?![\w-])(?!\.\d)"
)
_OTHER_NUMBER = re.compile(
    r"\b(?i:ocr|order|faktura|kund|konto|kort|ärende|diarie|referens|artikel|bokning|medlem"
    r"|beställnings|journal|försäkrings|avi)(?i:-?numm?ret|-?numm?er|-?nr)\b"
)
"""The word for another kind of number: what follows it is that number."""

_LABEL = re.compile(
    r"\b(?i:(?P<bsn>bsn|burgerservicenumm?er|sofinumm?er)"
    r"|(?P<steuer>steuer-?id|steuer-?identifikationsnumm?er|idnr)"
    r"|(?P<nhs>nhs[- ]?(?:numm?ret|numm?er|number|no|nr))"
    r"|(?P<tax>rnokpp|ipn|skattenumm?ret|skattenumm?er|skatte-?id)"
    r"|(?P<aadhaar>aadhaar|aadhar)"
    r"|(?P<nif>nif|n[uú]mero\s+de\s+contribuinte|contribuinte)"
    r"|(?P<pesel>pesel)"
    r"|(?P<belgian>rijksregister|rijksregisternumm?er"
    r"|num[eé]ro\s+(?:de\s+registre\s+)?national|registre\s+national)"
    r"|(?P<eleven>personnumm?ret|personnumm?er))"
    r"(?:-?(?i:numm?ret|numm?er|nr|kort|kortet))?(?:(?<=nr)\.|\b)"
)
_BETWEEN = re.compile(r"(?:[^\w.!?;\d]+(?!(?i:och|men|så)\b)[^\W\d]+){0,5}?[^\w.!?;\d]+")
"""What may stand between the word for a number and the number: five words at most, no
full stop, digit, other number or new clause (``och``, ``men``)."""
_NUMBER = re.compile(r"(?<![\w-])\d[\d\s-]{6,16}\d(?![\w-])")


def _pps(match: re.Match) -> bool:
    total = sum(int(d) * w for d, w in zip(match["digits"], range(8, 1, -1), strict=True))
    if match["second"]:
        total += 9 * (0 if match["second"] == "W" else ord(match["second"]) - 64)
    remainder = total % 23
    return match["check"] == ("W" if remainder == 0 else chr(64 + remainder))


def _spanish(match: re.Match) -> bool:
    number = match["number"].replace("-", "")
    number = str("XYZ".index(number[0])) + number[1:] if number[0] in "XYZ" else number
    return _LETTERS_23[int(number) % 23] == match["check"]


def _snils(match: re.Match) -> bool:
    digits = match["number"].replace("-", "")
    total = sum(int(d) * w for d, w in zip(digits, range(9, 0, -1), strict=True))
    check = total % 101 if total > 101 else total
    return int(digits) > 1001998 and (0 if check in (100, 101) else check) == int(match["check"])


_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def _aadhaar(digits: str) -> bool:
    """Twelve digits, the first 2–9, passing the Verhoeff check."""
    check = 0
    for n, digit in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[n % 8][int(digit)]]
    return len(digits) == 12 and digits[0] not in "01" and check == 0


def _bsn(digits: str) -> bool:
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return (
        len(digits) == 9 and sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0
    )


def _steuer(digits: str) -> bool:
    """Eleven digits, the first not 0; in the first ten one digit twice or three times
    and the others once at most; ISO 7064 MOD 11,10."""
    if len(digits) != 11 or digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(d) for d in set(digits[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    product = 10
    for digit in digits[:10]:
        total = (int(digit) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(digits[10])


def _nhs(digits: str) -> bool:
    if len(digits) != 10:
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits, range(10, 1, -1), strict=False)) % 11
    return check != 10 and check % 11 == int(digits[9])


def _rnokpp(digits: str) -> bool:
    weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    if len(digits) != 10:
        return False
    return sum(int(d) * w for d, w in zip(digits[:9], weights, strict=True)) % 11 % 10 == int(
        digits[9]
    )


def _codice_fiscale(match: re.Match) -> bool:
    """A day 1–31 or 41–71 (the omocodia letters read as digits) and the check letter
    from the odd places' table and the even places' plain values, modulo 26."""
    code = match["code"]
    day = int("".join(str(_OMOCODIA.index(c)) if c.isalpha() else c for c in code[9:11]))
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    values = [int(c) if c.isdigit() else ord(c) - 65 for c in code]
    total = sum(_CF_ODD[v] for v in values[::2]) + sum(values[1::2])
    return chr(65 + total % 26) == match["check"]


def _nir(match: re.Match) -> bool:
    """A month 01–12 (or 20–42, not known) and the key: 97 − the number modulo 97, 2A
    read as 19 and 2B as 18."""
    number = match["number"].replace(" ", "").replace("2A", "19").replace("2B", "18")
    month = int(number[3:5])
    return (1 <= month <= 12 or 20 <= month <= 42) and 97 - int(number) % 97 == int(match["key"])


def _belgian(digits: str) -> bool:
    """YYMMDD (month + 20 or + 40 for a bis number, 00 where not known), a serial and
    97 − the nine digits modulo 97 (with a 2 before them for a birth after 1999)."""
    if len(digits) != 11 or int(digits[4:6]) > 31:
        return False
    month = int(digits[2:4])
    if month >= 60 or month % 20 > 12:
        return False
    check = int(digits[9:])
    return check in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97)


def _nif(digits: str) -> bool:
    """Nine digits, the first 1–3, 5, 6, 8 or 9; 11 − (weights 9 … 2) modulo 11, 0 for
    10 or 11."""
    if len(digits) != 9 or digits[0] not in "1235689":
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits, range(9, 1, -1), strict=False)) % 11
    return (0 if check >= 10 else check) == int(digits[8])


_PESEL_CENTURIES = {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}
"""The century by the month's twenties: 01–12 the 1900s, 21–32 the 2000s …"""


def _pesel(digits: str) -> bool:
    """YYMMDD with the century in the month (+ 20 for 2000 …, + 80 for 1800 …), a
    serial and 10 − (weights 1, 3, 7, 9 …) modulo 10."""
    if len(digits) != 11:
        return False
    offset, month = divmod(int(digits[2:4]) - 1, 20)
    try:
        date(_PESEL_CENTURIES[offset] + int(digits[:2]), month + 1, int(digits[4:6]))
    except (KeyError, ValueError):
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 10
    return (10 - check) % 10 == int(digits[10])


_LABELLED: dict[str, tuple[Callable[[str], bool], ...]] = {
    "bsn": (_bsn,),
    "steuer": (_steuer,),
    "nhs": (_nhs,),
    "tax": (_rnokpp, _steuer, _nif),  # a tax number: Ukrainian, German or Portuguese
    "aadhaar": (_aadhaar,),
    "nif": (_nif,),
    "pesel": (_pesel,),
    "belgian": (_belgian,),
    "eleven": (_belgian, _pesel),  # 'personnummer' before eleven digits
}


def find_more_identity_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every number of the schemes above in ``text``."""
    found = set()
    for pattern, valid in (
        (_PPS, _pps),
        (_SPANISH, _spanish),
        (_SNILS, _snils),
        (_CODICE_FISCALE, _codice_fiscale),
        (_NIR, _nir),
        (_BELGIAN_DOTTED, lambda match: _belgian(re.sub(r"\D", "", match["number"]))),
    ):
        for match in pattern.finditer(text):
            if valid(match) and not _called_otherwise(text, match.start()):
                found.add((match.start(), match.end()))
    for match in _AADHAAR_GROUPED.finditer(text):
        digits = match["number"].replace(" ", "")
        if _aadhaar(digits) and not _called_otherwise(text, match.start()):
            found.add((match.start(), match.end()))
    for match in _NUMBER.finditer(text):
        labels = _labels_before(text, match.start())
        digits = re.sub(r"\D", "", match.group(0))
        if (
            labels
            and any(valid(digits) for label in labels for valid in _LABELLED[label])
            and not _called_otherwise(text, match.start())
        ):
            found.add((match.start(), match.end()))
    yield from sorted(found)


def _labels_before(text: str, start: int) -> set[str]:
    """The schemes whose word stands at most five words before ``start``, in the same
    clause, with no other number between (``hennes NIF, det portugisiska
    personnumret, är …``: both words)."""
    return {
        label.lastgroup
        for label in _LABEL.finditer(text, max(0, start - 80), start)
        if _BETWEEN.fullmatch(text, label.end(), start)
    }


def _called_otherwise(text: str, start: int) -> bool:
    """The word for another kind of number (``OCR-numret``, ``ordernummer``) just before."""
    words = list(_OTHER_NUMBER.finditer(text, max(0, start - 60), start))
    return bool(words) and _BETWEEN.fullmatch(text, words[-1].end(), start) is not None
