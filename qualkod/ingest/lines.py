"""Transcripts laid out as lines: Teams Word exports (both layouts) and plain text.

These layouts are recognised, in this order of evidence:

* **arrow** (older Teams Word): ``0:0:0.0 --> 0:0:5.250``, then a speaker line, then
  text; or the speaker and the arrow on one line.
* **meet** (Google Meet, see :mod:`qualkod.ingest.meet`): timestamp lines ``00:05:07``
  above ``Name: text`` paragraphs.
* **zoom** (Zoom's saved transcript, see :mod:`qualkod.ingest.zoom_text`):
  ``[Name] 11:02:09`` above the speech.
* **header** (newer Teams Word, see :mod:`qualkod.ingest.headers`): ``Anna Berg   0:03``
  (name, two or more spaces or a tab, ``M:SS`` or ``H:MM:SS``), then the speech on the
  following lines.
* **inline** (transcription services, see :mod:`qualkod.ingest.inline`):
  ``Anna Berg   0:03   speech`` on one line or in one paragraph.
* **pane** (Teams transcript pane copied, see :mod:`qualkod.ingest.teams_pane`): a
  name line, then ``0 minuter 9 sekunder``, then the speech.
* **labels** (hand transcripts): ``Name: text``, ``Name (00:01:02): text``,
  ``[00:01:02] Name: text``, ``I:``/``IP 2:``, also in Markdown bold (``**Name:**``,
  see :mod:`qualkod.ingest.emphasis`); unlabelled lines continue the turn.

A line that is only a clock time is strong evidence of a timed transcript, so a file
with such lines that fits none of the timed layouts is refused rather than imported
as untimed text.
"""

from __future__ import annotations

import re

from qualkod.errors import TranscriptError
from qualkod.ingest._cues import Cue
from qualkod.ingest._layout import (
    LineTranscript,
    NoSpeakersError,
    estimated_end,
    like_speakers,
    not_a_transcript,
    preamble,
)
from qualkod.ingest.emphasis import plain_labels
from qualkod.ingest.headers import header_lines
from qualkod.ingest.inline import inline_rows, refuse_lone_rows
from qualkod.ingest.labels import accepted_labels, label_role, looks_like_name, match_label
from qualkod.ingest.meet import read_meet
from qualkod.ingest.meeting import transcription_notice
from qualkod.ingest.teams_pane import read_teams_pane
from qualkod.ingest.timecode import MAX_HOURS, TIME_PATTERN, parse_time, past_any_recording
from qualkod.ingest.zoom_text import read_zoom_text

__all__ = ["LineTranscript", "NoSpeakersError", "parse_lines"]

_ARROW = re.compile(
    rf"^(?:(?P<name>.*?)\s+)?(?P<start>{TIME_PATTERN})\s*-->\s*(?P<end>{TIME_PATTERN})(?:\s.*)?$"
)
_CLOCK = re.compile(rf"^\[?{TIME_PATTERN}\]?$")
_WRITTEN_TIME = re.compile(rf"(?<![\d:]){TIME_PATTERN}(?![\d:])")
_SUBTITLE_TIME = r"\d{1,2}:\d{2}:\d{2}[.,]\d{1,3}"
_ODD_TIMING = re.compile(
    rf"^{_SUBTITLE_TIME}\s*(?:-{{1,2}}>?|–+>?|—+>?|=+>|→)\s*{_SUBTITLE_TIME}\b"
)
"""A subtitle timing line whose arrow is not ``-->`` (``00:00:04,500 -> 00:00:09,000``,
``–>``, a dash): a hand-edited SubRip or WebVTT file, whose timings no reader sees.
Read as text, its times and cue numbers would become speech, untimed."""
_SENTENCE_END = (".", "?", "!", "…")
_SCHEDULE_ROWS = 3
"""Timed labelled turns needed before they are checked for a schedule's pattern."""


def parse_lines(lines: list[tuple[int, str]], source: str, unit: str = "line") -> LineTranscript:
    """Parse numbered lines into cues.

    Args:
        lines: (number, text) pairs; numbers are reported in errors.
        source: the file name, for error messages.
        unit: what a number counts ('line' or 'paragraph').

    Raises:
        TranscriptError: when no layout fits or timestamps cannot be aligned to speakers.
    """
    rows = [(n, text.strip()) for n, text in lines if text.strip()]
    starter = None
    kept = []
    for n, text in rows:
        notice = transcription_notice(text)
        if notice:
            starter = starter or (notice[0] if notice[1] else None)
            continue
        kept.append((n, text))

    if any(_ARROW.match(text) for _, text in kept):
        result = _arrow_layout(kept, source, unit)
    elif found := read_meet(kept, source, unit) or read_zoom_text(kept, source, unit):
        result = found
    elif (split := inline_rows(kept)) and (headers := header_lines(split, source, unit)):
        result = _header_layout(split, headers, "inline")
    elif headers := header_lines(kept, source, unit):
        result = _header_layout(kept, headers)
        turns = [(cue.speaker, cue.text) for cue in result.cues]
        written = [_written_time(kept[i][1]) for i in headers]
        if not like_speakers(turns, written):
            first = kept[min(headers)][0]
            raise not_a_transcript(source, len(headers), "'Label   9:00'", first, unit)
    elif found := read_teams_pane(kept):
        result = found
    else:
        result = _label_layout(kept, source, unit)
    result.starter = starter
    return result


def _refuse_odd_timing(rows: list[tuple[int, str]], source: str, unit: str) -> None:
    for n, text in rows:
        if odd := _ODD_TIMING.match(text):
            # only the times are quoted: a name may follow them on the line
            raise TranscriptError(
                source,
                f"the timing line {odd.group()!r} does not separate its times with '-->'; write "
                "'start --> end' (two hyphens and '>') in every timing line, or export the "
                "transcript again",
                line=n,
                unit=unit,
            )


def _refuse_bare_clock(rows: list[tuple[int, str]], source: str, unit: str) -> None:
    for n, text in rows:
        if _CLOCK.match(text):
            raise TranscriptError(
                source,
                f"a bare timestamp {text!r} that qualkod cannot align to a speaker; "
                "export the transcript again from Teams or use 'Name: text' lines",
                line=n,
                unit=unit,
            )


def _arrow_layout(rows: list[tuple[int, str]], source: str, unit: str) -> LineTranscript:
    first = next(i for i, (_, text) in enumerate(rows) if _ARROW.match(text))
    title, date, _ = preamble(rows[:first])
    cues: list[Cue] = []
    i = first
    while i < len(rows):
        n, text = rows[i]
        match = _ARROW.match(text)
        if not match:
            raise TranscriptError(
                source,
                f"this {unit} is outside any timed cue (no 'start --> end' timing line "
                "above it); the file mixes layouts: export the transcript again",
                line=n,
                unit=unit,
            )
        start, end = parse_time(match["start"]), parse_time(match["end"])
        # only the times are quoted, never a speaker's name sharing the timing's line
        timing = f"{match['start']} --> {match['end']}"
        if start is None or end is None:
            raise TranscriptError(
                source,
                f"cannot read the timing {timing!r}; expected 'H:MM:SS.mmm --> H:MM:SS.mmm' "
                "(correct it in the file or export the transcript again)",
                line=n,
                unit=unit,
            )
        if end < start:
            raise TranscriptError(
                source,
                f"the timing {timing!r} ends before it starts; correct the times in the file "
                "or export the transcript again",
                line=n,
                unit=unit,
            )
        if past_any_recording(end):
            raise TranscriptError(
                source,
                f"the timing {timing!r} lies {end // 3_600_000} hours into the recording, longer "
                f"than any interview (at most {MAX_HOURS} hours); correct the hours",
                line=n,
                unit=unit,
            )
        j = i + 1
        while j < len(rows) and not _ARROW.match(rows[j][1]):
            j += 1
        body = [t for _, t in rows[i + 1 : j]]
        name = (match["name"] or "").strip()
        if not name:
            if not body or not _speaker_line(body[0]):
                raise TranscriptError(
                    source,
                    "a timed cue without a speaker line after it; the file may be truncated",
                    line=n,
                    unit=unit,
                )
            name, body = body[0], body[1:]
        _refuse_bare_clock([(n, t) for t in body], source, unit)
        cues.append(Cue(name, " ".join(body), start, end))
        i = j
    return LineTranscript("arrow", cues, title, date)


def _speaker_line(text: str) -> bool:
    return len(text.split()) <= 6 and not text.endswith(_SENTENCE_END)


def _header_layout(
    rows: list[tuple[int, str]], headers: dict[int, tuple[str, int]], layout: str = "header"
) -> LineTranscript:
    indexes = list(headers)
    title, date, duration = preamble(rows[: indexes[0]])
    cues = []
    for k, i in enumerate(indexes):
        name, start = headers[i]
        stop = indexes[k + 1] if k + 1 < len(indexes) else len(rows)
        text = " ".join(t for _, t in rows[i + 1 : stop])
        if k + 1 < len(indexes):
            end = max(start, headers[indexes[k + 1]][1])
        elif duration is not None:
            end = max(start, duration)
        else:
            end = estimated_end(start, text)  # no duration line: nothing better exists
        cues.append(Cue(name, text, start, end))
    return LineTranscript(layout, cues, title, date)


def _label_layout(rows: list[tuple[int, str]], source: str, unit: str) -> LineTranscript:
    _refuse_odd_timing(rows, source, unit)
    rows, emphasised = plain_labels(rows)  # '**Lena:** text' from a chat tool or note app
    matches = [(n, text, match_label(text)) for n, text in rows]
    candidates = [m["name"] for _, _, m in matches if m and _plausible(m["name"])]
    speakers = accepted_labels(candidates)
    speakers |= _one_off_speakers([(text, m) for _, text, m in matches], speakers)
    speakers |= {m["name"] for k, (_, _, m) in enumerate(matches) if k in emphasised and m}
    if not speakers:
        try:
            _refuse_bare_clock(rows, source, unit)
            refuse_lone_rows(rows, source, unit)
        except TranscriptError as exc:
            raise NoSpeakersError(source, exc.reason, line=exc.line, unit=unit) from None
        raise NoSpeakersError(
            source,
            "no speaker labels found; expected a Teams transcript or 'Name: text' lines",
        )
    first = next(i for i, (_, _, m) in enumerate(matches) if m and m["name"] in speakers)
    title, date, _ = preamble(rows[:first])
    _refuse_bare_clock(rows[first:], source, unit)
    cues: list[Cue] = []
    stamps: list[str | None] = []
    timed = False
    for k, (_, text, match) in enumerate(matches[first:], start=first):
        if match and match["name"] in speakers:
            stamp = match["pre"] or match["post"]
            start = parse_time(stamp) if stamp else None
            timed = timed or start is not None
            cues.append(Cue(match["name"], match["text"] or "", start, start))
            stamps.append(stamp)
        else:
            last, text = cues[-1], emphasised.get(k, text)
            cues[-1] = Cue(last.speaker, f"{last.text} {text}", last.start_ms, last.end_ms)
    if timed and len(cues) >= _SCHEDULE_ROWS and None not in (c.start_ms for c in cues):
        # every turn timed, as a programme's rows are ('[09:00] Fika: matsalen')
        turns = [(cue.speaker, cue.text) for cue in cues]
        if not like_speakers(turns, stamps):
            raise not_a_transcript(
                source, len(cues), "'Label: text' with a time", rows[first][0], unit
            )
    if timed:
        cues = _close_times(cues)
    labels = {name: role for name in speakers if (role := label_role(name))}
    return LineTranscript("labels", cues, title, date, labels=labels)


def _one_off_speakers(lines: list[tuple[str, re.Match | None]], speakers: set[str]) -> set[str]:
    """Single-word labels seen once that still start a turn of their own.

    :func:`accepted_labels` takes a one-word label seen once (``Mamma: kom hem``) for
    prose, which keeps a quoted line inside the turn it belongs to. Two cases say
    otherwise: a label with a time (``[00:01:05] Bengt: ...``), and a file in which every
    line is a labelled turn and the line before is a finished sentence (``Bengt: Hur gick
    det?`` / ``Anna: Bra.``) or a finished sentence before the first speaker — read as
    prose, Anna's words would become Bengt's, and Bengt's be lost as a title line.
    """
    labelled = [m is not None and looks_like_name(m["name"]) for _, m in lines]
    start = labelled.index(True) if True in labelled else len(lines)
    every_line = len(lines) - start >= 2 and all(labelled[start:])
    first = next((k for k, (_, m) in enumerate(lines) if m and m["name"] in speakers), len(lines))
    found = set()
    for k, (_, match) in enumerate(lines):
        if not labelled[k] or match["name"] in speakers or not match["text"]:
            continue
        before = lines[k - 1][0] if k > start else match["text"]
        finished = before.endswith(_SENTENCE_END) and (every_line or k < first)
        if match["pre"] or match["post"] or finished:
            found.add(match["name"])
    return found


def _plausible(name: str) -> bool:
    return label_role(name) is not None or "@" in name or len(name.split()) <= 5


def _close_times(cues: list[Cue]) -> list[Cue]:
    """Give each labelled cue an end: the next cue's start; for the last timed one, its
    start plus speaking time (:func:`estimated_end`), as no file of this kind states it."""
    closed = []
    for k, cue in enumerate(cues):
        start = cue.start_ms
        following = next((c.start_ms for c in cues[k + 1 :] if c.start_ms is not None), None)
        if start is None:
            end = None
        elif following is not None:
            end = max(start, following)
        else:
            end = estimated_end(start, cue.text)
        closed.append(Cue(cue.speaker, cue.text, start, end))
    return closed


def _written_time(heading: str) -> str | None:
    """The time of a ``Name   0:03`` heading as written (its last time)."""
    found = _WRITTEN_TIME.findall(heading)
    return found[-1] if found else None
