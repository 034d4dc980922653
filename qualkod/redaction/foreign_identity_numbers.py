"""Identity numbers of other countries that people who moved to Sweden carry, each
taken only with its own check digit (or label) right, so that an ordinary number is
not: a Finnish personal identity code (``131052-308T``), a Norwegian fødselsnummer
(``15076500565``), a Danish CPR number after its label (``CPR 150385-1234``), a
Romanian CNP (``1880314120312``) and a Korean resident registration number
(``830512-2145030``); and those of :mod:`qualkod.redaction.more_identity_numbers`
(Irish, Spanish, Russian, Indian, Italian, French, Belgian, Dutch, German, British,
Ukrainian, Portuguese and Polish). Read by :mod:`qualkod.redaction.identifiers`, which
calls them personnummer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualkod.redaction.more_identity_numbers import find_more_identity_numbers

_SIX_DIGITS = re.compile(r"\d{6}")
_FINNISH_ID = re.compile(
    r"(?<![\w-])(?P<date>\d{6})[-+ABCDEFUVWXY](?P<serial>\d{3})(?P<check>[0-9A-Y])(?![\w-])"
)
_FINNISH_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
"""The check character of a Finnish personal identity code (henkilötunnus), by the
date and serial's remainder modulo 31."""
_ELEVEN_DIGITS = re.compile(r"(?<![\w+-])(?P<number>\d{6}\s?\d{5})(?![\w-])")
_NORWEGIAN_FIRST = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_NORWEGIAN_SECOND = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_DANISH_CPR = re.compile(
    r"\b(?i:cpr)(?:-?(?i:nummer|numret|nr))?\.?:?\s*(?:(?:är|var)\s+)?"
    r"(?P<number>\d{6}[-\s]?\d{4})(?![\w-])"
)
_THIRTEEN_DIGITS = re.compile(r"(?<![\w+-])(?P<number>\d{6}-?\d{7})(?![\w-])")
_ROMANIAN_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
_KOREAN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def _a_date(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def _norwegian(digits: str) -> bool:
    """DDMMYY and five digits, two check digits modulo 11 (a D-number's day + 40)."""
    day, month = int(digits[:2]) % 40, int(digits[2:4])
    first = (11 - _weighted(digits, _NORWEGIAN_FIRST) % 11) % 11
    second = (11 - _weighted(digits, _NORWEGIAN_SECOND) % 11) % 11
    return _a_date(day, month) and first == int(digits[9]) and second == int(digits[10])


def _romanian(digits: str) -> bool:
    """Sex and century, YYMMDD, county, serial and a check digit (CNP)."""
    check = _weighted(digits, _ROMANIAN_WEIGHTS) % 11
    return (
        digits[0] in "12345678"
        and _a_date(int(digits[5:7]), int(digits[3:5]))
        and 1 <= int(digits[7:9]) <= 52
        and (1 if check == 10 else check) == int(digits[12])
    )


def _korean(digits: str) -> bool:
    """YYMMDD, sex and century, and a check digit (resident registration number)."""
    check = (11 - _weighted(digits, _KOREAN_WEIGHTS) % 11) % 10
    return (
        digits[6] in "12345678"
        and _a_date(int(digits[4:6]), int(digits[2:4]))
        and check == int(digits[12])
    )


def find_foreign_identity_numbers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every other country's identity number in ``text``."""
    yield from find_more_identity_numbers(text)
    if not _SIX_DIGITS.search(text):  # most turns hold no such number: one quick look
        return
    for match in _FINNISH_ID.finditer(text):
        date = match["date"]
        check = _FINNISH_CHECK[int(date + match["serial"]) % 31]
        if _a_date(int(date[:2]), int(date[2:4])) and match["check"] == check:
            yield match.start(), match.end()
    for match in _ELEVEN_DIGITS.finditer(text):
        if _norwegian(match["number"].replace(" ", "")):
            yield match.start(), match.end()
    for match in _DANISH_CPR.finditer(text):
        digits = re.sub(r"\D", "", match["number"])
        if _a_date(int(digits[:2]), int(digits[2:4])):
            yield match.start("number"), match.end("number")
    for match in _THIRTEEN_DIGITS.finditer(text):
        digits = match["number"].replace("-", "")
        dashed = "-" in match["number"]
        if (not dashed and _romanian(digits)) or _korean(digits):
            yield match.start(), match.end()
