"""Car registration plates said aloud, as speech recognition writes them.

A Swedish plate is three letters and three characters more: two digits, then a digit or
a letter (``DKR 47B``, ``JBO 214``). Read out, its letters come one at a time and its
digits as number words: ``D K R fyrtiosju B``, ``J B O två ett fyra``, ``D-K-R fyra sju
b``. The letters spelt one by one in capitals (never I, Q or V, which plates do not
use) and after them number words that make exactly two or three digits, the last a
letter when there are two, are a plate: three capitals said one at a time are no word,
and a count after them would not be followed by a letter. Written plates (``ABC 123``)
are :func:`qualkod.redaction.identifiers.find_plates`'; both are labelled ``plate``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualkod.redaction.identifiers import PLATE
from qualkod.redaction.spoken_identity_numbers import digits_said

_LETTER = "[A-HJ-PR-UW-Z]"
"""A plate's letter: any capital but I, Q and V (nor Å, Ä, Ö)."""
_SPELT_LETTERS = re.compile(
    rf"(?<![\w\-.])(?P<letters>{_LETTER}(?P<gap>[ \-]|\. ?){_LETTER}(?P=gap){_LETTER})"
    r"(?P=gap)?\s+"
)
"""Three letters spelt one at a time: ``D K R``, ``D-K-R``, ``D. K. R.``."""
_WORD = re.compile(r"\s*(?P<word>[^\W\d_]+|\d{1,3})(?![\w\-])")
_TENS_ALONE = re.compile(
    r"tjugo|tjugi|trettio|tretti|fyrtio|fyrti|förti|femtio|femti|sextio|sexti"
    r"|sjuttio|sjutti|åttio|åtti|nittio|nitti"
)
"""A ten said alone, which the unit said after it completes (``fyrtio sju``: 47)."""
_UNITS = frozenset("ett en två tre fyra fem sex sju åtta nio".split())
_LAST_LETTER = re.compile(rf"\s*(?P<letter>{_LETTER}|[a-hj-pr-uw-z])(?![\w\-])")
"""The letter that may end a plate, after two digits; in either case (``fyrtiosju b``)."""


def find_spoken_plates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, ``plate``) of every plate said aloud (see the module docstring)."""
    for match in _SPELT_LETTERS.finditer(text):
        rest = _plate_rest(text, match.end())
        if rest is not None:
            yield match.start(), rest[0], PLATE


def _plate_rest(text: str, position: int) -> tuple[int, str] | None:
    """Where the plate's last three characters, said from ``position`` (number words,
    and a letter after two digits), end, and what they are (``47B``); None if what is
    said there is no plate's."""
    digits, end = "", position
    while len(digits) < 3:
        word = _WORD.match(text, end)
        said = None if word is None else _digits(word["word"])
        if said is None:
            break
        after = _WORD.match(text, word.end())
        if (
            _TENS_ALONE.fullmatch(word["word"].casefold())
            and after is not None
            and after["word"].casefold() in _UNITS
        ):  # "fyrtio sju": 47, not 407
            said, word = said[0] + _digits(after["word"]), after
        digits, end = digits + said, word.end()
    if len(digits) == 3:
        return end, digits
    letter = _LAST_LETTER.match(text, end) if len(digits) == 2 else None
    return (letter.end(), digits + letter["letter"].upper()) if letter is not None else None


def _digits(word: str) -> str | None:
    """The digits a number word or a number says (``fyrtiosju`` 47, ``sju`` 7, ``47``)."""
    return word if word.isdigit() else digits_said(word)


def written_plate(said: str) -> str:
    """A plate as written, from how it was said (``D K R fyrtiosju B`` -> ``DKR47B``), so
    that both ways have one review key; any other text without its spaces, in capitals."""
    match = _SPELT_LETTERS.match(said)
    rest = _plate_rest(said, match.end()) if match is not None else None
    if rest is None or rest[0] != len(said):
        return said.replace(" ", "").upper()
    return re.sub(r"[^A-Z]", "", match["letters"]) + rest[1]
