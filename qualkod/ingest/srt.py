"""SubRip (.srt) subtitles with an optional ``Name: `` speaker prefix."""

from __future__ import annotations

from qualkod.errors import TranscriptError
from qualkod.ingest._blocks import blocks, labelled_cues, timing
from qualkod.ingest._cues import Cue


def read_srt(text: str, source: str) -> list[Cue]:
    """Read numbered SubRip cues (``00:00:01,000 --> 00:00:04,000``) into cues.

    Raises:
        TranscriptError: on a cue without a readable timing line or no speakers at all.
    """
    bodies = []
    for first_line, block in blocks(text.splitlines()):
        arrow = next((i for i, line in enumerate(block[:2]) if "-->" in line), None)
        if arrow is None:
            raise TranscriptError(
                source,
                "cue has no timing line 'start --> end'; the file may be truncated",
                line=first_line,
            )
        start, end = timing(block[arrow], source, first_line + arrow)
        bodies.append((start, end, " ".join(block[arrow + 1 :])))
    if not bodies:
        raise TranscriptError(source, "the SubRip file has no cues")
    return labelled_cues(bodies, source)
