"""Parsing and formatting of the clock times found in transcripts."""

from __future__ import annotations

import re

# H:MM:SS.mmm, MM:SS.mmm, H:M:S.f (old Teams), HH:MM:SS,mmm (SubRip), M:SS (Teams Word)
TIME_PATTERN = r"(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?"
_TIME = re.compile(rf"^{TIME_PATTERN}$")

MAX_HOURS = 24
"""No recording of an interview or a meeting runs this long (Teams stops recording
after a few hours; a whole-day workshop is some ten): a cue timed past it is a typo or
a damaged file (``100:00:00.000``), not speech. Time-of-day stamps stay below it too."""


def parse_time(text: str) -> int | None:
    """Parse a clock time into milliseconds, or None when it is not one.

    Accepts ``HH:MM:SS.mmm``, ``MM:SS.mmm``, ``H:M:S.f``, ``HH:MM:SS,mmm`` and ``M:SS``.
    A fraction is read as a decimal fraction of a second (``.5`` is 500 ms).
    """
    text = text.strip()
    if not _TIME.match(text):
        return None
    clock, _, frac = text.replace(",", ".").partition(".")
    parts = [int(p) for p in clock.split(":")]
    if len(parts) == 2:
        parts.insert(0, 0)
    hours, minutes, seconds = parts
    if minutes >= 60 or seconds >= 60:
        return None
    millis = int((frac + "000")[:3]) if frac else 0
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


def past_any_recording(ms: int) -> bool:
    """True for a time at or past :data:`MAX_HOURS` hours."""
    return ms >= MAX_HOURS * 3600 * 1000


def format_clock(ms: int | None) -> str:
    """Format milliseconds as ``HH:MM:SS`` (empty string for None)."""
    if ms is None:
        return ""
    seconds = ms // 1000
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
