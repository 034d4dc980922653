"""Speaker, time and speech in one paragraph: ``Lena Berg   0:03   Hej och välkommen.``

Transcription services write each turn on one line (or in one Word paragraph): the
name, a run of spaces or a tab, ``M:SS`` or ``H:MM:SS``, another run, then the speech.
Speech can hold a name and a time too (``Vi ses   14:30   då``), so such rows are turns
only when they are the file's pattern: two or more rows whose first words look like a
name (with no colon: ``Anna Berg: Klockan 9:00 ...`` is a labelled turn), making up at
least half of the rows from the first of them on, or with a name that heads several of
them. Rows in between go on with the turn above.

Labels must also behave like speakers (see :func:`qualkod.ingest._layout.like_speakers`):
at least half of the rows' texts end a sentence, or names recur as a conversation comes
back to its speakers. A schedule or an agenda (``Möte   9:00   Planering``, ``Lunch
12:00   Matsalen``) has no sentences, a label of its own on most rows and clock times
(a recurring ``Fika   10:00`` does not make it a conversation); it is refused as not a
transcript rather than read as turns of speakers 'Möte' and 'Lunch'.

A recognised row is split into its heading and its speech, so that the headings are
read (and a damaged one refused, naming it) as Teams Word headings are: see
:mod:`qualkod.ingest.headers`. A row with one space before the time counts when every
such row has one space; among wider rows it is split too, and the heading rules decide
whether it is a heading, speech, or refused as ambiguous.
"""

from __future__ import annotations

import re

from qualkod.errors import TranscriptError
from qualkod.ingest._layout import like_speakers, not_a_transcript
from qualkod.ingest.headers import TIME_LIKE
from qualkod.ingest.labels import looks_like_name
from qualkod.ingest.timecode import parse_time

_ROW = re.compile(
    rf"^(?P<head>(?P<name>[^\s:][^:]*?)(?P<gap>[ \t]+)(?P<time>{TIME_LIKE}))[ \t]+(?P<text>\S.*)$"
)
_SHARE = 0.5
"""The least share of rows (from the first turn on) that must be such turns."""


def inline_rows(rows: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The rows with each recognised turn split into heading and speech rows (the
    same number), or None when the file is not laid out this way."""
    wide, loose = _candidates(rows)
    found = wide or loose
    if len(found) < 2:
        return None
    share = len(found) >= _SHARE * (len(rows) - min(found))
    if not wide:
        # one space before the time, as prose has it ('Klockan 6:45 kom hon'): only as
        # a clear pattern, every row's time readable and running forward
        times = [parse_time(m["time"]) for m in loose.values()]
        forward = None not in times and times == sorted(times)
        if not (share and forward and _a_name_recurs(loose)):
            return None
    elif not (share or _a_name_recurs(wide)) or not _like_speakers(wide):
        return None
    split = {**wide, **loose}
    out = []
    for k, (number, text) in enumerate(rows):
        if match := split.get(k):
            out += [(number, match["head"]), (number, match["text"])]
        else:
            out.append((number, text))
    return out


def refuse_lone_rows(rows: list[tuple[int, str]], source: str, unit: str) -> None:
    """Refuse a file with no speaker labels whose rows look like ``Name   0:03   text``
    but too few to be its layout, naming the first such row.

    Raises:
        TranscriptError: when there is such a row.
    """
    wide, loose = _candidates(rows)
    if not (wide or loose):
        return
    if len(wide) >= 2 and not _like_speakers(wide):
        raise not_a_transcript(source, len(wide), "'Label   9:00   text'", rows[min(wide)][0], unit)
    found = wide or loose
    number = rows[min(found)][0]
    # neither the name nor the speech is quoted (messages reach terminals, logs and
    # e-mails): only the time
    time = found[min(found)]["time"]
    where = "Word" if unit.startswith("paragraph") else "the file"
    raise TranscriptError(
        source,
        f"this {unit} (time {time!r}) has a speaker, a time and speech in one {unit}, "
        f"but too few {unit}s "
        f"do for qualkod to read them as turns; correct it in {where}, writing every turn "
        "as 'Name   0:03   text', as 'Name   0:03' with the speech on the next line, or as "
        "'Name: text'",
        line=number,
        unit=unit,
    )


def _candidates(rows: list[tuple[int, str]]) -> tuple[dict[int, re.Match], dict[int, re.Match]]:
    """Rows shaped as a turn, by index: those with a run of spaces or a tab before the
    time, and those with one space."""
    wide: dict[int, re.Match] = {}
    loose: dict[int, re.Match] = {}
    for k, (_, text) in enumerate(rows):
        if (match := _ROW.match(text)) and looks_like_name(match["name"]):
            (loose if match["gap"] == " " else wide)[k] = match
    return wide, loose


def _like_speakers(found: dict[int, re.Match]) -> bool:
    turns = [(m["name"], m["text"]) for m in found.values()]
    return like_speakers(turns, [m["time"] for m in found.values()])


def _a_name_recurs(found: dict[int, re.Match]) -> bool:
    names = [m["name"] for m in found.values()]
    return len(set(names)) < len(names)
