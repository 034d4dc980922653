"""Cues, the raw timed pieces every reader produces, and their merging into turns."""

from __future__ import annotations

from dataclasses import dataclass, field

from qualkod.ingest._text import normalise
from qualkod.models import Turn
from qualkod.record_reprs import free_text, repr_without_text


@dataclass(frozen=True, slots=True)
class Cue:
    """One piece of speech as the file lays it out (a VTT cue, a Word paragraph)."""

    speaker: str = field(repr=False)  # a real name
    """Raw speaker label, empty when the file gives none."""
    text: str = free_text()  # a repr shows its length: words may name people
    """Text as found; normalised when merged."""
    start_ms: int | None = None
    """Start time, None when untimed."""
    end_ms: int | None = None
    """End time, None when untimed."""

    __repr__ = repr_without_text


def merge_cues(cues: list[Cue]) -> tuple[Turn, ...]:
    """Drop empty cues and merge consecutive cues of one speaker into turns.

    A merged turn keeps the first cue's start and the last cue's end; cues keep the
    order of the file even when their timestamps overlap. When times run backwards
    within one turn (cues out of order, an edited Google Meet document), the turn ends
    at the latest end of its cues, and never before its start.
    """
    turns: list[Turn] = []
    speaker: str | None = None
    texts: list[str] = []
    starts: list[tuple[int, int]] = []
    start: int | None = None
    end: int | None = None
    length = 0  # of the turn's text so far

    def flush() -> None:
        if speaker is not None and texts:
            stop = max(start, end) if start is not None and end is not None else end
            turn = Turn(len(turns) + 1, speaker, " ".join(texts), start, stop, tuple(starts))
            turns.append(turn)

    for cue in cues:
        text = normalise(cue.text)
        if not text:
            continue
        name = normalise(cue.speaker)
        if name != speaker:
            flush()
            speaker, texts, starts, start, end, length = name, [], [], cue.start_ms, None, 0
        elif cue.start_ms is not None and start is not None:
            latest = starts[-1][1] if starts else start
            if cue.start_ms > latest:  # a later cue: its words are timed by it
                starts.append((length + 1, cue.start_ms))
        length += len(text) + (1 if texts else 0)
        texts.append(text)
        if cue.end_ms is not None:
            end = cue.end_ms if end is None else max(end, cue.end_ms)
    flush()
    return tuple(turns)
