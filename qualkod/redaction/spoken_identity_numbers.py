"""Personnummer said as numbers, the way speech recognition writes them.

``nitton trettioåtta noll fyra tjugotvå, femtiotre nittiotre`` and
``nittonhundrafyrtiosju elva sexton femtiotre tjugosex``: each word is read as its
digits (``nittonhundrafyrtiosju`` 1947, ``elva`` 11, ``noll`` 0), and a run of words
whose digits make a personnummer or samordningsnummer — ten or twelve digits, a valid
date, the Luhn check passed — is one, whatever the grouping. A year, month and day said
so in cardinal numbers (``nittonhundrafyrtiosju elva sexton``: a personnummer's first
eight digits, its last four left out) is a date of birth; events are dated in ordinal
words (``sextonde november``). Digits read out one at a time are
:func:`qualkod.redaction.identifiers.find_read_out_numbers`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualkod.redaction.birth_dates import BIRTHDATE
from qualkod.redaction.identifiers import PERSONNUMMER, SAMORDNINGSNUMMER, luhn_valid
from qualkod.redaction.number_words import DIGIT_OF

_ONES = {**DIGIT_OF, "en": "1"}
_TEENS = {
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
    "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
}  # fmt: skip
_TENS = {
    "tjugo": 20, "tjugi": 20, "trettio": 30, "tretti": 30, "fyrtio": 40, "fyrti": 40,
    "förti": 40, "femtio": 50, "femti": 50, "sextio": 60, "sexti": 60, "sjuttio": 70,
    "sjutti": 70, "åttio": 80, "åtti": 80, "nittio": 90, "nitti": 90,
}  # fmt: skip
_UNITS = {
    "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9,
}  # fmt: skip
_TENS_WORD = "|".join(sorted(_TENS, key=len, reverse=True))
_UNIT_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
_BELOW_HUNDRED = re.compile(rf"({_TENS_WORD})({_UNIT_WORD})?")
_WORD = re.compile(r"[^\W\d_]+")
_BETWEEN = re.compile(r"(?:\s*[,\-–]\s*|\s+(?:streck\s+)?)")
"""Between the numbers of one run: a space, a comma or a dash (``streck`` said)."""


def _below_hundred(word: str) -> int | None:
    if word in _TEENS:
        return _TEENS[word]
    match = _BELOW_HUNDRED.fullmatch(word)
    if match:
        return _TENS[match[1]] + (_UNITS[match[2]] if match[2] else 0)
    return None


def digits_said(word: str) -> str | None:
    """The digits a number word says, as a personnummer is read: ``noll`` 0, ``elva``
    11, ``tjugotvå`` 22, ``nittonhundrafyrtiosju`` 1947, ``nittonhundrasju`` 1907,
    ``tvåhundraåtta`` 208; None for any other word."""
    word = word.casefold()
    if word in _ONES:
        return _ONES[word]
    two = _below_hundred(word)
    if two is not None:
        return f"{two:02d}"
    head, found, rest = word.partition("hundra")
    if not found:
        return None
    tail = 0 if not rest else _below_hundred(rest) if rest not in _UNITS else _UNITS[rest]
    if tail is None:
        return None
    if head in _TEENS:  # nittonhundra: the century
        return f"{_TEENS[head]}{tail:02d}"
    if head in ("", "ett", "en"):
        return f"1{tail:02d}"
    if head in _UNITS:
        return f"{_UNITS[head]}{tail:02d}"
    return None


def _date_kind(date: str) -> str | None:
    """``YYMMDD``: a person's (day 1-31) or a samordningsnummer's (day + 60), or None."""
    month, day = int(date[2:4]), int(date[4:6])
    if not 1 <= month <= 12:
        return None
    if 1 <= day <= 31:
        return PERSONNUMMER
    if 61 <= day <= 91:
        return SAMORDNINGSNUMMER
    return None


def _identity_number(digits: str) -> str | None:
    """What a run's digits are: a personnummer or samordningsnummer, a date of birth
    (a year of 1900-2029, a month and a day in eight digits), or None."""
    if len(digits) == 12 and digits[:2] in ("19", "20"):
        digits = digits[2:]
    elif len(digits) == 8 and digits[:2] in ("19", "20") and digits[:3] <= "202":
        kind = _date_kind(digits[2:])
        return BIRTHDATE if kind == PERSONNUMMER else kind
    if len(digits) != 10 or digits.startswith("0"):
        return None  # "noll sju noll …" is a phone number's start
    kind = _date_kind(digits)
    return kind if kind and luhn_valid(digits) else None


def find_spoken_identity_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """Personnummer, samordningsnummer and dates of birth said as numbers (see the
    module docstring): the longest run of number words that makes one."""
    words = [(m.start(), m.end(), digits_said(m.group(0))) for m in _WORD.finditer(text)]
    runs, run = [], []
    for start, end, digits in words:
        joined = run and _BETWEEN.fullmatch(text, run[-1][1], start)
        if digits is None or (run and not joined):
            if len(run) >= 3:
                runs.append(run)
            run = [(start, end, digits)] if digits is not None else []
        else:
            run.append((start, end, digits))
    if len(run) >= 3:
        runs.append(run)
    for run in runs:
        first = 0
        while first < len(run):
            found = None
            for last in range(len(run) - 1, first + 1, -1):  # the longest first
                kind = _identity_number("".join(d for *_, d in run[first : last + 1]))
                if kind:
                    found = (run[first][0], run[last][1], kind, last)
                    break
            if found:
                yield found[:3]
                first = found[3] + 1
            else:
                first += 1
