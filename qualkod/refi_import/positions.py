"""Which unit a writer counted selection positions in: code points or UTF-16 code units.

REFI-QDA counts positions in Unicode code points, and so do qualkod and most programs.
NVivo counts UTF-16 code units: every character above U+FFFF (an emoji, say) counts
twice, so every position after one is off by one per such character before it. The two
readings differ only in a source holding such characters; for those the unit is decided
per source: code points in a file qualkod wrote; else the reading that puts more
selections inside the text with both ends on word boundaries; on a tie UTF-16 when the
file's ``origin`` names NVivo, else code points (the standard).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qualkod.counts import counted

CODE_POINTS, UTF16 = "code points", "UTF-16 code units"


@dataclass(frozen=True)
class Units:
    """How a source's positions were read, and how to turn them into code points."""

    unit: str
    convert: Callable[[int], int]
    reason: str
    """Why this unit (for the warning); '' when the source has no astral characters."""


def _same(position: int) -> int:
    return position


def _to_code_points(text: str) -> Callable[[int], int]:
    """A map from UTF-16 offsets to code point offsets; an offset inside a surrogate
    pair lands after the character (an end) or on it (a start) alike: after."""
    astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]

    def convert(position: int) -> int:
        # Each astral character before code point i adds one unit: unit = i + k.
        low, high = 0, len(text)
        while low < high:  # the least i with i + (astral chars before i) >= position
            middle = (low + high) // 2
            if middle + bisect_right(astral, middle - 1) >= position:
                high = middle
            else:
                low = middle + 1
        return low

    return convert


def _boundary(text: str, start: int, end: int) -> bool:
    """Both ends of ``text[start:end]`` inside the text and on word boundaries."""
    if not 0 <= start < end <= len(text):
        return False
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (
        text[end - 1].isalnum() and after.isalnum()
    )


def _fits(text: str, units: int, convert, spans: Sequence[tuple[int, int]]) -> int:
    """How many spans, read through ``convert``, fit the text on word boundaries."""
    fitting = 0
    for start, end in spans:
        if end > units:
            continue
        fitting += _boundary(text, convert(start), convert(end))
    return fitting


def decide_units(text: str, spans: Sequence[tuple[int, int]], origin: str) -> Units:
    """The unit of a source's selection positions (see the module docstring).

    Args:
        text: the source text (BOM removed, line ends as written).
        spans: the (start, end) of its selections as written.
        origin: the project's ``origin`` attribute.
    """
    if all(ord(c) <= 0xFFFF for c in text):
        return Units(CODE_POINTS, _same, "")
    if origin.startswith("qualkod"):
        return Units(CODE_POINTS, _same, "")
    utf16 = _to_code_points(text)
    as_points = _fits(text, len(text), _same, spans)
    as_units = _fits(text, len(text.encode("utf-16-le")) // 2, utf16, spans)
    evidence = (
        f"{as_units} of {counted(len(spans), 'selection')} fit word boundaries read as UTF-16, "
        f"{as_points} as code points"
    )
    nvivo = origin.startswith("NVivo")
    if as_units > as_points or (as_units == as_points and nvivo and spans):
        why = f"written by {origin}; " if nvivo else ""
        return Units(UTF16, utf16, why + evidence)
    return Units(CODE_POINTS, _same, evidence)
