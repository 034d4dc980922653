"""Newer Teams Word speaker headings: ``Anna Berg   0:03`` above the speech.

Teams separates the name from the time with a run of spaces (three in the observed
export) or a tab. Some files have one space (``Anna Berg 0:03``), which prose can
have too (``Klockan 14:30``), so one-space lines are headings only with evidence:

* the file's headings all have one space: there are two or more, their times never
  run backwards and at least one name heads several turns; or
* among wider-spaced headings, the name also heads other turns.

A one-space line with a new name whose time fits between the headings around it, in
a file that otherwise uses the wider pattern, may be a heading or speech: the file is
refused rather than one speaker's words given to another. One whose time does not fit
(``Måndag 9:00`` in a turn at 14:02) is speech.
"""

from __future__ import annotations

import re

from qualkod.errors import TranscriptError
from qualkod.ingest.labels import looks_like_name
from qualkod.ingest.timecode import parse_time

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_WIDE = re.compile(rf"^(?P<name>\S.*?)(?:\s{{2,}}|\t)(?P<time>{_TIME})$")
_ONE_SPACE = re.compile(rf"^(?P<name>\S.*?) (?P<time>{_TIME})$")

Headings = dict[int, tuple[str, int]]
"""Index of a heading row -> (name, start ms)."""


def header_lines(rows: list[tuple[int, str]], source: str, unit: str) -> Headings:
    """Find the speaker headings among (number, text) rows; empty when there are none.

    Raises:
        TranscriptError: when a one-space line may be a heading in a file whose other
            headings are wider-spaced (see the module docstring).
    """
    wide: Headings = {}
    loose: Headings = {}
    for i, (_, text) in enumerate(rows):
        if match := _WIDE.match(text):
            wide[i] = (match["name"], parse_time(match["time"]) or 0)
        elif (match := _ONE_SPACE.match(text)) and looks_like_name(match["name"]):
            loose[i] = (match["name"], parse_time(match["time"]) or 0)
    if not loose:
        return wide
    if not wide:
        return loose if _a_pattern(loose) else {}
    names = [name for name, _ in wide.values()] + [name for name, _ in loose.values()]
    found = dict(wide)
    for i, (name, ms) in loose.items():
        if names.count(name) >= 2:
            found[i] = (name, ms)
    found = dict(sorted(found.items()))
    for i, (_, ms) in loose.items():
        if i not in found and _fits(found, i, ms):
            number, text = rows[i]
            raise TranscriptError(
                source,
                f"{text!r} looks like a speaker heading but has one space before the time, "
                "unlike the other headings; write it as 'Name   0:03' like them, or make "
                "it plain speech, and import again",
                line=number,
                unit=unit,
            )
    return found


def _a_pattern(loose: Headings) -> bool:
    """True when one-space lines are clearly the file's headings."""
    names = [name for name, _ in loose.values()]
    times = [ms for _, ms in loose.values()]
    in_order = all(a <= b for a, b in zip(times, times[1:], strict=False))
    return len(loose) >= 2 and in_order and len(set(names)) < len(names)


def _fits(found: Headings, index: int, ms: int) -> bool:
    """True when ``ms`` lies between the times of the headings before and after row
    ``index``."""
    before = [t for i, (_, t) in found.items() if i < index]
    after = [t for i, (_, t) in found.items() if i > index]
    return (not before or before[-1] <= ms) and (not after or ms <= after[0])
