"""A WebVTT file that may be cut off at a cue boundary: a download interrupted just
after a complete cue leaves a file every check for damage passes.

Two signs together point at such a file, and neither alone does:

* the file ends without a line break (exports end their last line with one); and
* its last cue's words stop without a full stop, a question mark, an exclamation mark
  or an ellipsis, in a file whose turns otherwise end with one (at least
  :data:`_PATTERN` turns before the last, nine in ten of them or more): a
  transcription service closes each turn's sentence, so an open one at the very end is
  words that went on in the part never downloaded.

It is a warning, not a refusal: a speaker cut short as the transcription stopped ends
in an open sentence too. Files without punctuation never warn.
"""

from __future__ import annotations

from qualkod.ingest._cues import Cue

_SENTENCE_END = (".", "?", "!", "…")
_CLOSING = "\"'”’»)]"
_PATTERN = 3
"""Turn ends (before the last cue) needed for closed sentences to be a pattern."""
_SHARE = 0.9


def seems_cut_off(text: str, cues: list[Cue]) -> bool:
    """True when the WebVTT ``text``, read into ``cues`` (in file order), seems cut off
    after its last cue (see the module's description)."""
    spoken = [cue for cue in cues if cue.text.strip()]
    if text.endswith(("\n", "\r")) or len(spoken) <= _PATTERN:
        return False
    *before, last = spoken
    ends = [
        cue.text
        for cue, following in zip(before, [*before[1:], last], strict=True)
        if following.speaker != cue.speaker
    ]
    closed = sum(_closed(end) for end in ends)
    return len(ends) >= _PATTERN and closed >= _SHARE * len(ends) and not _closed(last.text)


def _closed(text: str) -> bool:
    return text.rstrip().rstrip(_CLOSING).endswith(_SENTENCE_END)
