"""What a line-layout reader returns, and helpers every line layout shares."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from qualkod.errors import TranscriptError
from qualkod.ingest._cues import Cue
from qualkod.ingest.meeting import parse_date, parse_duration, plausible_title
from qualkod.ingest.timecode import parse_time

_SENTENCE_END = (".", "?", "!", "…")
_CLOSING = "\"'”’»)]"
# Conversational speech runs at about 150 words a minute. Used only for the end of a
# last turn when the file gives no end at all (no duration line, no closing time).
_WORDS_PER_SECOND = 2.5
_GRID_MS = 5000
_GRID_ROWS = 3
"""A schedule's times (see :func:`like_speakers`): at least ``_GRID_ROWS`` of them, all
written ``H:MM`` and, so read as minutes and seconds, on a grid of ``_GRID_MS``."""
_FIRST_MINUTE_MS = 60_000
_LAST_CLOCK_MS = 24 * 60_000
"""``24:00`` read as minutes and seconds: a later two-field time is no time of day."""


class NoSpeakersError(TranscriptError):
    """No layout found speakers in the lines; the reason may name a line that looks
    like a turn but is not one. A Word reader then looks in the document's tables:
    a lone line (a note above a table) does not decide a document's layout."""


@dataclass
class LineTranscript:
    """What a line-layout parse found."""

    layout: str
    """'arrow', 'header', 'inline', 'labels', 'meet', 'zoom' or 'pane'."""
    cues: list[Cue]
    """Cues in file order."""
    title: str | None = None
    """First preamble line that is not a date, duration, notice or converter comment."""
    date: dt.date | None = None
    """Meeting date from the preamble."""
    starter: str | None = field(default=None, repr=False)  # a real name
    """Who started the transcription, when a notice says so."""
    labels: dict[str, str] = field(default_factory=dict, repr=False)
    """Role labels found (``I`` -> interviewer)."""
    tables_left_out: tuple[int, ...] = ()
    """Word tables (numbered from 1 among the document's tables) whose rows looked like
    turns of people no paragraph names, left out as a record, not speech (see
    :mod:`qualkod.ingest.word_mixed`)."""


def like_speakers(turns: list[tuple[str, str]], times: list[str | None] | None = None) -> bool:
    """True when (label, text) turns behave like speakers' rather than a schedule's
    rows (``Möte   9:00   Planering``, ``Lunch   12:00   Matsalen``): at least half of
    the texts end a sentence, or a label recurs as a conversation's speakers do.

    A schedule's labels can recur too (``Fika`` in the morning and the afternoon), so
    recurring labels do not count when the ``times`` (as written, one a turn) read as a
    day's clock times: three or more, every one written with two fields (``9:30``) and
    on the minute in steps of five (``9:00``, ``9:30``, ``10:05``). Times written with
    three fields (``00:01:10``) are a recording's offsets, never a programme's, whatever
    their values; so are two-field times that count up from the first minute
    (``[00:00]``, ``[00:05]``, ``[00:35]``) or pass ``24:00`` (see :func:`_elapsed`).
    """
    labels = [label for label, _ in turns]
    ended = [ends_a_sentence(text) for _, text in turns]
    if 2 * sum(ended) >= len(ended):
        return True
    if not any(n >= 2 for n in Counter(labels).values()):
        return False
    return not _clock_times(times or [])


def ends_a_sentence(text: str) -> bool:
    """True when a text ends with ``.``, ``?``, ``!`` or ``…`` (before closing quotes
    or brackets)."""
    return text.rstrip().rstrip(_CLOSING).endswith(_SENTENCE_END)


def _clock_times(times: list[str | None]) -> bool:
    """True when the written times read as a day's programme (see :func:`like_speakers`)."""
    written = [time.strip() for time in times if time]
    if len(written) < _GRID_ROWS or any(time.count(":") != 1 for time in written):
        return False
    values = [parse_time(time) for time in written]
    if not all(ms is not None and ms % _GRID_MS == 0 for ms in values):
        return False
    return not _elapsed(values)


def _elapsed(values: list[int]) -> bool:
    """True when two-field times (read as minutes and seconds, in ms) are a recording's
    elapsed time rather than a day's clock: one of them past ``24:00``, which no clock
    shows (``[35:10]``, 35 minutes in), or times that count up, never back, from the
    first minute (``[00:00]``, ``[00:05]``, ``[00:35]``), as a recording's do and no
    day's programme, which does not start in the midnight hour."""
    if max(values) > _LAST_CLOCK_MS:
        return True
    return values[0] < _FIRST_MINUTE_MS and values == sorted(values)


def not_a_transcript(source: str, rows: int, shape: str, line: int, unit: str) -> TranscriptError:
    """The refusal of rows shaped like turns whose labels do not behave like speakers."""
    return NoSpeakersError(
        source,
        f"does not look like a transcript: its {rows} {unit}s shaped {shape} have no "
        "sentences, and labels that do not come back as speakers do or clock times "
        "written like 9:00 or 9:30, as a schedule or an agenda has; qualkod reads transcripts "
        "whose speakers recur or speak in sentences: Teams, Zoom or Meet exports, WebVTT "
        "or SubRip files, 'Name   0:03   text' or 'Name: text' turns",
        line=line,
        unit=unit,
    )


def preamble(rows: list[tuple[int, str]]) -> tuple[str | None, dt.date | None, int | None]:
    """Title, date and duration (ms) from the lines before the first turn."""
    title = date = duration = None
    for _, text in rows:
        found_date = parse_date(text)
        found_duration = parse_duration(text)
        if found_date and date is None:
            date = found_date
        elif found_duration is not None and duration is None:
            duration = found_duration
        elif title is None and not found_date and plausible_title(text):
            title = text
    return title, date, duration


def estimated_end(start: int, text: str) -> int:
    """The end of a last turn whose file states no end: its start plus speaking time.

    An estimate from the word count (2.5 words a second, at least one second), so that
    the turn does not end where it begins; used only when nothing better exists.
    """
    return start + max(1000, round(len(text.split()) / _WORDS_PER_SECOND * 1000))


def chain_times(cues: list[Cue], last_end: int | None = None) -> list[Cue]:
    """Give each timed cue the next cue's start as its end.

    Args:
        cues: cues with a start and no end yet, in file order.
        last_end: the end of the last cue when the file states one (a duration or a
            closing time); otherwise it is estimated from the last cue's words.
    """
    closed = []
    for k, cue in enumerate(cues):
        start = cue.start_ms if cue.start_ms is not None else 0
        if k + 1 < len(cues):
            end = cues[k + 1].start_ms
        elif last_end is not None:
            end = last_end
        else:
            end = estimated_end(start, cue.text)
        closed.append(Cue(cue.speaker, cue.text, start, max(start, end or start)))
    return closed
