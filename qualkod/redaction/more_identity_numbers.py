"""More countries' identity numbers, each taken only with its own check right, and the
weaker ones only after the word for them.

By their shape and check alone: an Irish PPS number (``1234567T``, seven digits and a
check letter modulo 23), a Spanish DNI or NIE (``12345678Z``, ``X1234567L``, the
number's remainder modulo 23 as a letter), a Russian SNILS (``112-233-445 95``, a
check number from weights 9 … 1) and an Indian Aadhaar number in its printed groups
(``2345 6789 0124``, the Verhoeff check digit).

After the word for the number (at most five words before it, no full stop between),
because their check passes for one number in ten or eleven: a Dutch BSN
(``burgerservicenummer``, the eleven test), a German tax id (``Steuer-ID``, ISO 7064
MOD 11,10), a UK NHS number (``NHS-nummer``, weights 10 … 2 modulo 11), a Ukrainian
RNOKPP or German tax id after ``skattenummer`` (RNOKPP: weights −1, 5, 7, 9, 4, 6, 10,
5, 7 modulo 11) and an Aadhaar number written without groups. After the word for
another number (``OCR-numret``, ``ordernummer``, ``kortnummer``) none is taken. Read by :mod:`qualkod.redaction.foreign_identity_numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

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
    r"|(?P<aadhaar>aadhaar|aadhar))"
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


_LABELLED: dict[str, tuple[Callable[[str], bool], ...]] = {
    "bsn": (_bsn,),
    "steuer": (_steuer,),
    "nhs": (_nhs,),
    "tax": (_rnokpp, _steuer),  # a tax number: Ukrainian or German
    "aadhaar": (_aadhaar,),
}


def find_more_identity_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every number of the schemes above in ``text``."""
    found = set()
    for pattern, valid in ((_PPS, _pps), (_SPANISH, _spanish), (_SNILS, _snils)):
        for match in pattern.finditer(text):
            if valid(match) and not _called_otherwise(text, match.start()):
                found.add((match.start(), match.end()))
    for match in _AADHAAR_GROUPED.finditer(text):
        digits = match["number"].replace(" ", "")
        if _aadhaar(digits) and not _called_otherwise(text, match.start()):
            found.add((match.start(), match.end()))
    for match in _NUMBER.finditer(text):
        label = _label_before(text, match.start())
        digits = re.sub(r"\D", "", match.group(0))
        if (
            label is not None
            and any(valid(digits) for valid in _LABELLED[label])
            and not _called_otherwise(text, match.start())
        ):
            found.add((match.start(), match.end()))
    yield from sorted(found)


def _label_before(text: str, start: int) -> str | None:
    """The scheme whose word stands at most five words before ``start``, in the same
    clause, with no other number between."""
    labels = list(_LABEL.finditer(text, max(0, start - 80), start))
    if not labels or not _BETWEEN.fullmatch(text, labels[-1].end(), start):
        return None
    return labels[-1].lastgroup


def _called_otherwise(text: str, start: int) -> bool:
    """The word for another kind of number (``OCR-numret``, ``ordernummer``) just before."""
    words = list(_OTHER_NUMBER.finditer(text, max(0, start - 60), start))
    return bool(words) and _BETWEEN.fullmatch(text, words[-1].end(), start) is not None
