"""Blank-line separated timed cue blocks, shared by the WebVTT and SubRip readers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualkod.errors import TranscriptError
from qualkod.ingest._cues import Cue
from qualkod.ingest.labels import cue_speakers, split_label
from qualkod.ingest.timecode import MAX_HOURS, parse_time, past_any_recording


def blocks(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Yield (1-based line number, lines) for each cue block: blank-line separated, and
    also split where a timing line follows a cue's text with no blank line between
    (a hand-edited file); as WebVTT's parsing rules say, that line starts the next cue,
    with a cue number or id on the line before it (``2``, a Teams GUID)."""
    for start, block in _blank_separated(lines):
        numbered = bool(_CUE_ID.match(block[0]))  # the file's cues carry numbers or ids
        first = 0
        for k in range(1, len(block)):
            if not (_is_timing(block[k]) and any(_is_timing(b) for b in block[first:k])):
                continue
            cut = k - 1 if numbered and k - 1 > first and _CUE_ID.match(block[k - 1]) else k
            yield start + first, block[first:cut]  # an empty cue, when only its timing
            first = cut
        yield start + first, block[first:]


def _blank_separated(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    block: list[str] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not block:
                start = number
            block.append(line.strip())
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


FRAMES = re.compile(r"^\d{1,2}(?::\d{2}){2,3}[:;]\d{2}$")
"""A timecode in video frames (``00:00:01:12``), as editing software writes them."""

_CUE_ID = re.compile(r"^(?:\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F-]+(?:/\d+-\d+)?)$")
"""A SubRip cue number, or a Teams cue id (a GUID, with ``/12-0`` after it)."""


def _is_timing(line: str) -> bool:
    """A line that reads as a cue's timing line ('00:00:04.000 --> 00:00:08.000')."""
    left, arrow, right = line.partition("-->")
    if not arrow or not right.split() or not _has_fraction(left):
        return False
    return parse_time(left) is not None and parse_time(right.split()[0]) is not None


def timing(line: str, source: str, lineno: int) -> tuple[int, int]:
    left, _, right = line.partition("-->")
    end_text = right.split()[0] if right.split() else ""
    # WebVTT and SubRip times always carry milliseconds; '00:0' is a cut-off time.
    start = parse_time(left) if _has_fraction(left) else None
    end = parse_time(end_text) if _has_fraction(end_text) else None
    if (start is None or end is None) and FRAMES.match(left.strip()):
        raise TranscriptError(
            source,
            f"the timing line {_times(line)!r} counts video frames (HH:MM:SS:FF), not "
            "milliseconds; export the transcript as WebVTT or SubRip with milliseconds",
            line=lineno,
        )
    if start is None or end is None:
        mark = "," if "," in line else "."  # SubRip writes a comma, WebVTT a full stop
        raise TranscriptError(
            source,
            f"cannot read the timing line {_times(line)!r}; expected 'HH:MM:SS{mark}mmm --> "
            f"HH:MM:SS{mark}mmm' (the file may be truncated)",
            line=lineno,
        )
    if past_any_recording(start) or past_any_recording(end):
        raise TranscriptError(
            source,
            f"the timing line {_times(line)!r} lies {max(start, end) // 3_600_000} hours into "
            f"the recording, longer than any interview (at most {MAX_HOURS} hours); correct "
            "the hours in that line or export the transcript again",
            line=lineno,
        )
    if end < start:
        raise TranscriptError(
            source, f"cue ends before it starts ({_times(line)!r}); fix the timing", line=lineno
        )
    return start, end


def _times(line: str) -> str:
    """A timing line as a message quotes it: its two times and the arrow, without cue
    settings or anything else on the line (which may be a name)."""
    left, arrow, right = line.partition("-->")
    start = left.split()[-1] if left.split() else ""
    end = right.split()[0] if right.split() else ""
    return f"{start} --> {end}".strip() if arrow else start


def _has_fraction(text: str) -> bool:
    return "." in text or "," in text


def labelled_cues(bodies: list[tuple[int, int, list[str]]], source: str) -> list[Cue]:
    """Turn (start, end, lines) cues whose text starts ``Name: `` into speaker cues.

    Labels count only when they are consistent across the file (see
    :func:`~qualkod.ingest.labels.cue_speakers`); a cue without an accepted label goes
    on with the speaker before it when it goes on with that speaker's sentence (a
    subtitle's next line), or when the file names a speaker only where the speaker
    changes (no label repeats the one before it), else keeps an empty speaker (an
    unknown speaker).

    Raises:
        TranscriptError: when the cues do not name their speakers consistently.
    """
    joined = [(start, end, " ".join(lines)) for start, end, lines in bodies]
    splits = [split_label(body, strict=False) for *_, body in joined]
    spoken = [name for (name, _), (*_, body) in zip(splits, joined, strict=True) if body.strip()]
    speakers = cue_speakers(spoken)
    if not speakers:
        raise TranscriptError(
            source,
            "no cue names a speaker (neither <v Name> nor 'Name: text' in most cues); "
            "qualkod needs a transcript with speaker attribution",
        )
    # A file that names the speaker only when the speaker changes (a transcription
    # service's style): no label there repeats the one before it, and the cues between
    # labels go on with the speaker named last.
    labels = [name for name, _ in splits if name in speakers]
    unlabelled = sum(  # new sentences without a name (not a subtitle's next line)
        1
        for i, ((name, _), (*_, body)) in enumerate(zip(splits, joined, strict=True))
        if body.strip() and name not in speakers and not (i and _continues(joined[i - 1][2], body))
    )
    on_change = (
        len(labels) >= 3
        and unlabelled >= 2
        and unlabelled * 4 >= len(spoken)  # a style, not a stray cue Zoom could not name
        and all(a != b for a, b in zip(labels, labels[1:], strict=False))
    )
    cues = []
    for start, end, lines in bodies:
        parts = _by_speaker(lines, speakers)
        size = sum(len(p) for p in parts) or 1
        position = 0
        for k, part in enumerate(parts):  # a cue two people speak in: its time shared
            begins = start + (end - start) * position // size
            position += len(part)
            name, rest = split_label(part, strict=False)
            ends = end if k == len(parts) - 1 else start + (end - start) * position // size
            if name in speakers:
                cues.append(Cue(name, rest, begins, ends))
            elif cues and cues[-1].speaker and (on_change or _continues(cues[-1].text, part)):
                cues.append(Cue(cues[-1].speaker, part, begins, ends))
            else:
                cues.append(Cue("", part, begins, ends))
    return cues


def _continues(before: str, text: str) -> bool:
    """The text goes on with the sentence before it: that sentence is not ended and the
    text starts in lower case (subtitles cut a turn into lines: 'Hur länge har' / 'ni
    haft öppet …'). A new sentence may be someone else's: Zoom leaves the cues of a
    speaker it cannot tell unlabelled."""
    ended = before.rstrip().endswith((".", "?", "!", "…", '"', "”"))
    return text[:1].islower() and not ended


def _by_speaker(lines: list[str], speakers: set[str]) -> list[str]:
    """A cue's text, cut where a later line starts with another of the file's speakers'
    labels (``Anna Berg: Hur går det?`` / ``Bengt Ström: Bra.`` in one cue), unless that
    line goes on with the sentence before it (a label quoted in speech)."""
    parts: list[list[str]] = [[]]
    for k, line in enumerate(lines):
        name, rest = split_label(line)
        if k and name in speakers and not _continues(lines[k - 1], rest):
            parts.append([])
        parts[-1].append(line)
    return [" ".join(part) for part in parts]


def refuse_empty_last_cue(payloads: list[list[str]], last_timing: int, source: str) -> None:
    """Refuse a file that ends on a timing line when every other cue has text.

    An empty cue mid-file is a pause and is skipped; an empty last cue after cues that
    all speak is a file cut off before its last words (a copy stopped half-way).
    """
    *others, last = payloads
    if len(others) < 2 or any(line.strip() for line in last):
        return
    if all(any(line.strip() for line in lines) for lines in others):
        raise TranscriptError(
            source,
            "the last cue has a timing but no text, unlike every other cue: the file is "
            "probably cut off; export it again (or delete that cue if it is meant to be empty)",
            line=last_timing,
        )
