"""SubRip (.srt) subtitles with an optional ``Name: `` speaker prefix.

Also read here, because they are laid out alike: SubRip without cue numbers or with
``.`` before the milliseconds, and Zoom WebVTT that lost its ``WEBVTT`` line (see
:func:`qualkod.ingest.detect.sniff_text`).
"""

from __future__ import annotations

import re

from qualkod.errors import TranscriptError
from qualkod.ingest._blocks import blocks, labelled_cues, refuse_empty_last_cue, timing
from qualkod.ingest._cues import Cue

# SubRip's formatting tags (<i>, <b>, <u>, <font color=...>) and position codes ({\an8}):
# markup, not speech. Other '<' are kept: they may be what someone said.
_FORMATTING = re.compile(r"</?(?:b|i|u|font)(?:\s[^>]*)?>|\{\\an?\d{1,2}\}", re.IGNORECASE)


def strip_formatting(text: str) -> str:
    """Remove SubRip formatting tags and position codes from cue text."""
    return _FORMATTING.sub("", text)


def read_srt(text: str, source: str) -> list[Cue]:
    """Read numbered SubRip cues (``00:00:01,000 --> 00:00:04,000``) into cues.

    Cue numbers may be missing and ``.`` may stand for ``,``; formatting tags are
    removed before the ``Name:`` label is looked for.

    Raises:
        TranscriptError: on a cue without a readable timing line or no speakers at all.
    """
    bodies = []
    last_timing = 0
    for first_line, block in blocks(text.splitlines()):
        arrow = next((i for i, line in enumerate(block[:2]) if "-->" in line), None)
        if arrow is None:
            raise TranscriptError(
                source,
                "cue has no timing line 'start --> end'; the file may be truncated",
                line=first_line,
            )
        start, end = timing(block[arrow], source, first_line + arrow)
        bodies.append((start, end, [strip_formatting(line) for line in block[arrow + 1 :]]))
        last_timing = first_line + arrow
    if not bodies:
        raise TranscriptError(source, "the SubRip file has no cues")
    refuse_empty_last_cue([lines for _, _, lines in bodies], last_timing, source)
    return labelled_cues(bodies, source)
