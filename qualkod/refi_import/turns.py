"""A REFI-QDA text source into turns, keeping a map from source offsets to turn offsets.

Turns come from ``Name [hh:mm:ss]: text`` or ``Name: text`` lines when the source is
laid out so, consistently: its first line is labelled, several lines are (one will do
when it has a time or a role label such as ``Intervjuare 1``), at least a third of its
paragraphs open with a label, the labels look like names and are few, and a name recurs
(or every label has a time or is a role label such as ``IP 1``). Unlabelled lines then
continue the turn. Otherwise (a title such as ``Critical learning: a study`` is no
speaker) every paragraph (lines up to a blank line) is one turn of an unknown speaker. A
turn's text is its lines' text, each stripped, joined with one space; the characters
themselves are kept as they are, so a selection inside one line keeps its exact text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qualkod.ingest import parse_time
from qualkod.ingest.labels import accepted_labels, label_role, looks_like_name
from qualkod.models import Turn

UNKNOWN_SPEAKER = "Okänd talare"
"""The speaker of turns from a source without speaker labels."""
_MAX_SPEAKERS = 15
"""More names than this are no transcript's speakers."""
_LABEL = re.compile(
    r"^(?P<name>[^\s:\[\]][^:\[\]]{0,59}?)\s*"
    r"(?:\[(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\])?\s*:(?:\s+|$)"
)


@dataclass(frozen=True)
class Piece:
    """Source characters ``start:end`` are turn ``turn`` characters ``offset:``."""

    start: int
    end: int
    turn: int
    offset: int


@dataclass(frozen=True)
class SourceTurns:
    """The turns of one source and where their text lies in it."""

    turns: tuple[Turn, ...]
    pieces: tuple[Piece, ...]
    labelled: bool
    """True when speaker labels were found."""

    def locate(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The (turn, start, end) spans a source selection covers, one per turn.

        Characters outside every turn's text (labels, line breaks) are left out.
        """
        spans: dict[int, list[int]] = {}
        for piece in self.pieces:
            low, high = max(start, piece.start), min(end, piece.end)
            if low >= high:
                continue
            first = piece.offset + low - piece.start
            last = piece.offset + high - piece.start
            span = spans.setdefault(piece.turn, [first, last])
            span[0], span[1] = min(span[0], first), max(span[1], last)
        return [(turn, s, e) for turn, (s, e) in spans.items()]


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) pairs; a line keeps no line break (CRLF and LF both)."""
    found, offset = [], 0
    for raw in text.split("\n"):
        line = raw[:-1] if raw.endswith("\r") else raw
        found.append((offset, line))
        offset += len(raw) + 1
    return found


def _stripped(offset: int, line: str) -> tuple[int, str]:
    lead = len(line) - len(line.lstrip())
    return offset + lead, line.strip()


def split_turns(text: str) -> SourceTurns:
    """Split a source's plain text into turns (see the module docstring)."""
    lines = [(o, line) for o, line in _lines(text)]
    filled = [(o, line) for o, line in lines if line.strip()]
    labels = [(o, line, _LABEL.match(line.strip())) for o, line in filled]
    speakers = _speakers([m for _, _, m in labels], _paragraphs(lines))
    # Labelled when the first line opens a turn; prose with a colon here and there is not.
    labelled = bool(labels) and bool(labels[0][2]) and labels[0][2]["name"].strip() in speakers
    builder = _Builder()
    if labelled:
        for offset, line, match in labels:
            offset, line = _stripped(offset, line)
            if match and match["name"].strip() in speakers:
                stamp = match["time"]
                builder.start(match["name"].strip(), parse_time(stamp) if stamp else None)
                builder.add(offset + match.end(), line[match.end() :])
            else:
                builder.add(offset, line)
    else:
        previous_blank = True
        for offset, line in lines:
            if not line.strip():
                previous_blank = True
                continue
            if previous_blank:
                builder.start(UNKNOWN_SPEAKER, None, merge=False)
            previous_blank = False
            builder.add(*_stripped(offset, line))
    return SourceTurns(builder.turns(), tuple(builder.pieces), labelled)


def _paragraphs(lines: list[tuple[int, str]]) -> int:
    """How many paragraphs (runs of non-blank lines) the text has."""
    count, previous_blank = 0, True
    for _, line in lines:
        blank = not line.strip()
        count += previous_blank and not blank
        previous_blank = blank
    return count


def _speakers(matches: list, paragraphs: int) -> set[str]:
    """The labels that are speakers: none unless they are consistent across the source
    (several lines carry one, or one with a time; at least a third of the paragraphs
    open with one; few names; and a name recurs or every label is timed or a role
    label)."""
    found = [m for m in matches if m and looks_like_name(m["name"])]
    speakers = accepted_labels([m["name"].strip() for m in found])
    used = [m for m in found if m["name"].strip() in speakers]
    timed = bool(used) and all(m["time"] for m in used)
    roles = bool(used) and all(label_role(m["name"].strip()) for m in used)
    # one line will do when it has a time or a role label ("Intervjuare 1: …", one turn)
    if len(used) < 2 - (timed or roles) or 3 * len(used) < paragraphs:
        return set()
    if len(speakers) > _MAX_SPEAKERS:
        return set()
    if timed or len(used) > len(speakers):  # timed, or a name recurs
        return speakers
    return speakers if roles else set()


class _Builder:
    def __init__(self) -> None:
        self.rows: list[list] = []  # speaker, start_ms, text parts
        self.pieces: list[Piece] = []

    def start(self, speaker: str, start_ms: int | None, *, merge: bool = True) -> None:
        if merge and self.rows and self.rows[-1][0] == speaker:
            if self.rows[-1][1] is None:
                self.rows[-1][1] = start_ms
            return
        self.rows.append([speaker, start_ms, []])

    def add(self, offset: int, text: str) -> None:
        lead = len(text) - len(text.lstrip())
        offset, text = offset + lead, text.strip()
        if not text or not self.rows:
            return
        parts = self.rows[-1][2]
        position = sum(len(p) for p in parts) + len(parts)  # one space between parts
        parts.append(text)
        self.pieces.append(Piece(offset, offset + len(text), len(self.rows), position))

    def turns(self) -> tuple[Turn, ...]:
        kept = [(i + 1, row) for i, row in enumerate(self.rows) if row[2]]
        renumber = {old: new for new, (old, _) in enumerate(kept, start=1)}
        self.pieces = [
            Piece(p.start, p.end, renumber[p.turn], p.offset)
            for p in self.pieces
            if p.turn in renumber
        ]
        starts = [row[1] for _, row in kept]
        result = []
        for k, (_, (speaker, start_ms, parts)) in enumerate(kept):
            following = next((s for s in starts[k + 1 :] if s is not None), None)
            end_ms = max(start_ms, following) if start_ms is not None and following else start_ms
            result.append(Turn(k + 1, speaker, " ".join(parts), start_ms, end_ms))
        return tuple(result)
