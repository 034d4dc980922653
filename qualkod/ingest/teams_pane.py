"""A Teams transcript copied from the meeting's transcript pane into Word or a .txt.

::

    Anna Berg
    0 minuter 9 sekunder          <- '0 minutes 9 seconds', '1 Stunde 2 Minuten', ...
    Hej och välkommen.
    Erik Sund
    1 timme 2 minuter 5 sekunder
    Tack.

The pane may also leave the speaker's initials (the avatar, ``AB``) on the line above
the name; such a line is dropped.
"""

from __future__ import annotations

import re

from qualkod.ingest._cues import Cue
from qualkod.ingest._layout import LineTranscript, chain_times, preamble
from qualkod.ingest.labels import match_label

_AND = r"\s*,?\s*(?:(?:och|and|und)\s+)?"
_SPAN = re.compile(
    rf"^(?:(?P<h>\d{{1,3}})\s*(?:timmar|timme|tim|hours?|hrs?|stunden|stunde|std\.?){_AND})?"
    rf"(?:(?P<m>\d{{1,3}})\s*(?:minuter|minut|min|minutes?|minuten|minute){_AND})?"
    r"(?:(?P<s>\d{1,3})\s*(?:sekunder|sekund|sek|seconds?|secs?|sekunden|sekunde))?$",
    re.IGNORECASE,
)
_SENTENCE_END = (".", "?", "!", "…", ":")


def parse_span(line: str) -> int | None:
    """Parse ``0 minuter 9 sekunder``, ``1 hour 2 minutes``, ``1 Stunde`` into ms."""
    match = _SPAN.match(line.strip())
    if not match or not any(match.groups()):
        return None
    hours, minutes, seconds = (int(g) if g else 0 for g in match.group("h", "m", "s"))
    return ((hours * 60 + minutes) * 60 + seconds) * 1000


def read_teams_pane(rows: list[tuple[int, str]]) -> LineTranscript | None:
    """Read a copied Teams transcript pane; None when the rows are not laid out like one.

    Args:
        rows: (number, text) pairs of the non-empty lines or paragraphs.
    """
    heads = [
        k
        for k in range(len(rows) - 1)
        if _name_line(rows[k][1]) and parse_span(rows[k + 1][1]) is not None
    ]
    if not heads or (len(heads) < 2 and heads[0] > 3):
        return None
    cues = []
    for j, k in enumerate(heads):
        name = rows[k][1]
        stop = heads[j + 1] if j + 1 < len(heads) else len(rows)
        speech = [text for _, text in rows[k + 2 : stop]]
        if j + 1 < len(heads) and speech and speech[-1] == _initials(rows[stop][1]):
            speech.pop()
        cues.append(Cue(name, " ".join(speech), parse_span(rows[k + 1][1])))
    top = rows[: heads[0]]
    if top and top[-1][1] == _initials(rows[heads[0]][1]):
        top = top[:-1]
    title, date, _ = preamble(top)
    return LineTranscript("pane", chain_times(cues), title, date)


def _name_line(text: str) -> bool:
    return (
        0 < len(text.split()) <= 8
        and not text.endswith(_SENTENCE_END)
        and parse_span(text) is None
        and match_label(text) is None
    )


def _initials(name: str) -> str:
    words = re.sub(r"\s*\([^)]*\)$", "", name).replace(",", " ").split()
    return "".join(w[0].upper() for w in words if w[:1].isalpha())[:3]
