"""Zoom's "Save transcript" text: a ``[Name] 11:02:09`` line, then the speech.

::

    [Anna Berg] 11:02:09
    Hej, då kör vi.
    [Erik Sund] 11:02:15
    Ja.

The times are wall-clock times of the meeting; turns are timed relative to the first.
"""

from __future__ import annotations

import re

from qualkod.errors import TranscriptError
from qualkod.ingest._cues import Cue
from qualkod.ingest._layout import LineTranscript, chain_times, preamble

_HEADER = re.compile(
    r"^\[(?P<name>[^\[\]]{1,100})\]\s+(?P<h>\d{1,2}):(?P<m>\d{2}):(?P<s>\d{2})"
    r"(?:\s*(?P<ampm>[AaPp])\.?[Mm]\.?)?$"
)
_DAY = 24 * 3600 * 1000
_DAMAGED_HEADER = re.compile(r"^\[[^\[\]]{1,100}\]\s+\S*\d\S*(?:\s*[AaPp]\.?[Mm]\.?)?$")
"""A speaker line whose time is damaged: ``[Name]`` and a token with a digit, alone."""


def read_zoom_text(
    rows: list[tuple[int, str]], source: str = "", unit: str = "line"
) -> LineTranscript | None:
    """Read a saved Zoom transcript; None when the rows are not laid out like one.

    Args:
        rows: (number, text) pairs of the non-empty lines or paragraphs.
        source, unit: the file and what a number counts, for errors.

    Raises:
        TranscriptError: for a header line whose time cannot be read (``[Name]
            10:0x:15``): its speech would go to the speaker before.
    """
    headers = [k for k, (_, text) in enumerate(rows) if _wall_clock(text) is not None]
    if not headers or (headers[0] > 0 and len(headers) < 2):
        return None
    for number, text in rows[headers[0] :]:
        if _DAMAGED_HEADER.match(text) and _wall_clock(text) is None:
            raise TranscriptError(
                source,
                f"a speaker line whose time cannot be read ({_damaged_time(text)!r}); "
                "expected '[Name] HH:MM:SS', so fix the time or export the transcript again",
                line=number,
                unit=unit,
            )
    title, date, _ = preamble(rows[: headers[0]])
    cues: list[Cue] = []
    first = previous = _wall_clock(rows[headers[0]][1])
    days = 0
    for k, i in enumerate(headers):
        clock = _wall_clock(rows[i][1])
        if clock < previous - _DAY // 2:  # the meeting ran past midnight
            days += 1
        previous = clock
        stop = headers[k + 1] if k + 1 < len(headers) else len(rows)
        speech = " ".join(t for _, t in rows[i + 1 : stop])
        name = _HEADER.match(rows[i][1])["name"].strip()
        cues.append(Cue(name, speech, max(0, clock + days * _DAY - first)))
    return LineTranscript("zoom", chain_times(cues), title, date)


def _damaged_time(text: str) -> str:
    """A damaged speaker line's time, without the ``[Name]`` before it."""
    return text.rsplit("]", 1)[-1].strip()


def _wall_clock(text: str) -> int | None:
    """Milliseconds since midnight of a header line's time, or None for other lines."""
    match = _HEADER.match(text)
    if not match:
        return None
    hours, minutes, seconds = int(match["h"]), int(match["m"]), int(match["s"])
    if match["ampm"]:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if match["ampm"] in "Pp" else 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return None
    return ((hours * 60 + minutes) * 60 + seconds) * 1000
