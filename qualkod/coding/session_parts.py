"""The pieces of a coding session: its items and progress, and selecting by sentence.

Split from :mod:`qualkod.coding.session`, which holds the session itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from qualkod.errors import QualkodError
from qualkod.models import Coding, Link, StoredTurn, Suggestion, TranscriptSummary


class SessionError(QualkodError):
    """An action that cannot be done on the current turn."""


@dataclass(frozen=True)
class Item:
    """Something on the current turn the coder can act on."""

    suggestion: Suggestion | None = None
    coding: Coding | None = None

    @property
    def span(self) -> tuple[int, int]:
        """(start, end) in the turn text."""
        found = self.suggestion or self.coding
        return found.start, found.end

    @property
    def key(self) -> tuple[str, int]:
        """What the item is, whatever changed in it: ("suggestion" or "coding", its id)."""
        return ("suggestion", self.suggestion.id) if self.suggestion else ("coding", self.coding.id)

    @property
    def code(self) -> str:
        """The code suggested or applied."""
        return self.suggestion.code if self.suggestion else self.coding.code_id


@dataclass(frozen=True)
class Progress:
    """How far the coder has come in this session."""

    decided: int
    """Turns coded or marked as decided by the coder."""
    total: int
    """Turns in the session."""
    themes: dict[str, tuple[int, int]]
    """Theme id -> (turns with no open suggestion of the theme left, turns with one)."""


@dataclass
class SessionTranscript:
    """One transcript of the session: its turns and what is on them."""

    summary: TranscriptSummary
    turns: list[StoredTurn]
    suggestions: list[Suggestion]
    codings: list[Coding]
    reviewed: set[int]
    links: dict[int, list[Link]] | None = None


class SentenceSelection:
    """Widening and narrowing the selection by whole sentences (a mixin of
    :class:`~qualkod.coding.session.CodingSession`, which provides ``turns``,
    ``position``, ``turn``, ``span()``, ``selection`` and ``_sentences``)."""

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans of the current turn (at least one: the whole turn)."""
        key = self.turns[self.position]
        if key not in self._sentences:
            from qualkod.nlp.sentences import sentence_spans

            text = self.turn.text
            self._sentences[key] = sentence_spans(text) or [(0, len(text))]
        return self._sentences[key]

    def _sentence_range(self) -> tuple[int, int]:
        start, end = self.span()
        sentences = self.sentences()
        first = max((n for n, (s, _) in enumerate(sentences) if s <= start), default=0)
        last = min(
            (n for n, (_, e) in enumerate(sentences) if e >= end), default=len(sentences) - 1
        )
        return first, max(first, last)

    def _select(self, first: int, last: int) -> str:
        sentences = self.sentences()
        self.selection = (sentences[first][0], sentences[last][1])
        count = last - first + 1
        return f"selection: {count} sentence{'s' * (count != 1)}"

    def widen(self, at_start: bool = False) -> str:
        """Add the next sentence to the selection (or the previous one, ``at_start``)."""
        first, last = self._sentence_range()
        if at_start:
            if first == 0:
                raise SessionError("the selection already starts at the turn's first sentence")
            return self._select(first - 1, last)
        if last + 1 >= len(self.sentences()):
            raise SessionError("the selection already ends at the turn's last sentence")
        return self._select(first, last + 1)

    def narrow(self, at_start: bool = False) -> str:
        """Drop the selection's last sentence (or its first, ``at_start``)."""
        first, last = self._sentence_range()
        if first == last:
            raise SessionError("the selection is one sentence; it cannot be narrower")
        return self._select(first + 1, last) if at_start else self._select(first, last - 1)
