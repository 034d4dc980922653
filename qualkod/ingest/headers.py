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

A heading whose time is no time (``Anna Berg   99:99:99``) is refused, and so is, in
Word, a paragraph in a heading's place that has a heading's shape but cannot be read:
its first line a name (or nothing), a run of spaces and something time-like
(``Anna Berg   0:2x``, ``   0:20``), then a line break and speech (in plain text: such
a line with speech after it). Read as speech, it would give one speaker's answer to
the person who spoke before.
"""

from __future__ import annotations

import re

from qualkod.errors import TranscriptError
from qualkod.ingest.labels import looks_like_name
from qualkod.ingest.timecode import parse_time

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_WIDE = re.compile(rf"^(?P<name>\S.*?)(?:\s{{2,}}|\t)(?P<time>{_TIME})$")
_ONE_SPACE = re.compile(rf"^(?P<name>\S.*?) (?P<time>{_TIME})$")
# A damaged heading: a time with a stray character or a missing digit, or no name at
# all (the row is stripped, so '   0:20' is '0:20'). A digit must follow the colon, so
# that ordinals ('3:e', '2:a') are not times.
TIME_LIKE = r"\d{1,3}:\w?\d\w?(?:[:.,]\w{1,3})?"
_HEADING_SHAPE = re.compile(rf"^(?:(?P<name>\S.*?)(?:\s{{2,}}|\t))?(?P<time>{TIME_LIKE})$")
_EXPECTED = (
    "expected 'Name   M:SS' or 'Name   H:MM:SS' "
    "(correct it in {where} or export the transcript again)"
)

Headings = dict[int, tuple[str, int]]
"""Index of a heading row -> (name, start ms)."""
_Candidates = dict[int, tuple[str, int | None]]
"""Like :data:`Headings`, the start None when the time cannot be read."""


def header_lines(rows: list[tuple[int, str]], source: str, unit: str) -> Headings:
    """Find the speaker headings among (number, text) rows; empty when there are none.

    Raises:
        TranscriptError: when a one-space line may be a heading in a file whose other
            headings are wider-spaced, or a heading cannot be read (see the module
            docstring).
    """
    wide: _Candidates = {}
    loose: _Candidates = {}
    for i, (_, text) in enumerate(rows):
        if match := _WIDE.match(text):
            wide[i] = (match["name"], parse_time(match["time"]))
        elif (match := _ONE_SPACE.match(text)) and looks_like_name(match["name"]):
            loose[i] = (match["name"], parse_time(match["time"]))
    if not loose:
        found = wide
    elif not wide:
        found = loose if _a_pattern(loose) else {}
    else:
        names = [name for name, _ in wide.values()] + [name for name, _ in loose.values()]
        found = dict(wide)
        for i, (name, ms) in loose.items():
            if names.count(name) >= 2:
                found[i] = (name, ms)
        found = dict(sorted(found.items()))
    if not found:
        return {}
    _refuse_unreadable(rows, found, source, unit)
    headings = {i: (name, ms) for i, (name, ms) in found.items() if ms is not None}
    for i, (_, ms) in loose.items():
        if i not in headings and ms is not None and _fits(headings, i, ms):
            number, text = rows[i]
            raise TranscriptError(
                source,
                f"this {unit} looks like a speaker heading (time {_time_of(text)!r}) but has "
                "one space before the time, unlike the other headings; write it as "
                "'Name   0:03' like them, or make it plain speech, and import again",
                line=number,
                unit=unit,
            )
    return headings


def _refuse_unreadable(
    rows: list[tuple[int, str]], found: _Candidates, source: str, unit: str
) -> None:
    """Refuse the first heading whose time is no time, or paragraph in a heading's
    place with a heading's shape that cannot be read (see the module docstring)."""
    for i, (number, text) in enumerate(rows):
        if i in found:
            if found[i][1] is not None:
                continue
            reason = (
                f"its time {_time_of(text)!r} is no time (minutes and seconds run from 00 to 59)"
            )
        elif (
            _in_a_headings_place(rows, i, unit)
            and (match := _HEADING_SHAPE.match(text))
            # in plain text a line that is only a time may be an answer ("14:30")
            and (match["name"] or unit != "line")
        ):
            reason = (
                f"it has no name before its time {_time_of(text)!r}"
                if not match["name"]
                else f"its time {_time_of(text)!r} cannot be read"
            )
        else:
            continue
        expected = _EXPECTED.format(where="the file" if unit == "line" else "Word")
        # the heading's name is not quoted: messages reach terminals, logs and e-mails
        raise TranscriptError(
            source,
            f"cannot read the speaker heading in this {unit}: {reason}; {expected}",
            line=number,
            unit=unit,
        )


def _time_of(text: str) -> str:
    """The time (or time-like end) of a heading row, without the name before it."""
    return text.split()[-1]


def _in_a_headings_place(rows: list[tuple[int, str]], index: int, unit: str) -> bool:
    """True when row ``index`` stands where a heading does: speech follows it and, in
    Word, it is the first line of a paragraph that goes on after a line break."""
    if index + 1 == len(rows):
        return False
    if unit == "line":  # plain text: one row a line
        return True
    number = rows[index][0]
    return (index == 0 or rows[index - 1][0] != number) and rows[index + 1][0] == number


def _a_pattern(loose: _Candidates) -> bool:
    """True when one-space lines are clearly the file's headings."""
    names = [name for name, _ in loose.values()]
    times = [ms for _, ms in loose.values() if ms is not None]
    in_order = all(a <= b for a, b in zip(times, times[1:], strict=False))
    return len(loose) >= 2 and in_order and len(set(names)) < len(names)


def _fits(found: Headings, index: int, ms: int) -> bool:
    """True when ``ms`` lies between the times of the headings before and after row
    ``index``."""
    before = [t for i, (_, t) in found.items() if i < index]
    after = [t for i, (_, t) in found.items() if i > index]
    return (not before or before[-1] <= ms) and (not after or ms <= after[0])
