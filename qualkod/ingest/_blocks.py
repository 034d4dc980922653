"""Blank-line separated timed cue blocks, shared by the WebVTT and SubRip readers."""

from __future__ import annotations

from collections.abc import Iterator

from qualkod.errors import TranscriptError
from qualkod.ingest._cues import Cue
from qualkod.ingest.labels import cue_speakers, split_label
from qualkod.ingest.timecode import parse_time


def blocks(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Yield (1-based line number, lines) for each blank-line separated block."""
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


def timing(line: str, source: str, lineno: int) -> tuple[int, int]:
    left, _, right = line.partition("-->")
    end_text = right.split()[0] if right.split() else ""
    # WebVTT and SubRip times always carry milliseconds; '00:0' is a cut-off time.
    start = parse_time(left) if _has_fraction(left) else None
    end = parse_time(end_text) if _has_fraction(end_text) else None
    if start is None or end is None:
        raise TranscriptError(
            source,
            f"cannot read the timing line {line.strip()!r}; expected 'HH:MM:SS.mmm --> "
            "HH:MM:SS.mmm' (the file may be truncated)",
            line=lineno,
        )
    if end < start:
        raise TranscriptError(
            source, f"cue ends before it starts ({line.strip()!r}); fix the timing", line=lineno
        )
    return start, end


def _has_fraction(text: str) -> bool:
    return "." in text or "," in text


def labelled_cues(bodies: list[tuple[int, int, str]], source: str) -> list[Cue]:
    """Turn (start, end, text) cues whose text starts ``Name: `` into speaker cues.

    Labels count only when they are consistent across the file (see
    :func:`~qualkod.ingest.labels.cue_speakers`); cues without an accepted label keep
    an empty speaker (an unknown speaker).

    Raises:
        TranscriptError: when the cues do not name their speakers consistently.
    """
    splits = [split_label(body, strict=False) for *_, body in bodies]
    spoken = [name for (name, _), (*_, body) in zip(splits, bodies, strict=True) if body.strip()]
    speakers = cue_speakers(spoken)
    if not speakers:
        raise TranscriptError(
            source,
            "no cue names a speaker (neither <v Name> nor 'Name: text' in most cues); "
            "qualkod needs a transcript with speaker attribution",
        )
    cues = []
    for (start, end, body), (name, rest) in zip(bodies, splits, strict=True):
        if name in speakers:
            cues.append(Cue(name, rest, start, end))
        else:
            cues.append(Cue("", body, start, end))
    return cues
