"""The pieces of a coding session: its items, transcripts and progress.

Split from :mod:`qualkod.coding.session`, which holds the session itself, and
:mod:`qualkod.coding.session_navigation`, which moves through it.
"""

from __future__ import annotations

from dataclasses import dataclass

from qualkod.errors import ParameterError, QualkodError
from qualkod.models import Coding, Link, StoredTurn, Suggestion, TranscriptSummary


class SessionError(QualkodError):
    """An action that cannot be done on the current turn."""


class SessionParameterError(SessionError, ParameterError):
    """A value given to start a session is refused (named as the caller gave it)."""


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
