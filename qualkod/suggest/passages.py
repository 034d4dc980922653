"""Passages of one suggestion run: the engine scores a theme for a whole turn and then
suggests each passage of the turn that shows it, so a long turn has several suggestions
of one theme with the same (the turn's) scores. Each passage has evidence of its own.

The coding session and the ``suggestions`` listing both show the turn's score once for
such passages and say which passage each is (``passage 2/3``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qualkod.models import Suggestion


@dataclass(frozen=True)
class Passage:
    """Where a suggestion stands among the passages suggested for its theme in its turn."""

    run: tuple
    """What the passages of one run share: transcript, turn, status, theme and scores."""
    place: int
    """Its place among them, from 1, in the order given (the turn's order when the
    suggestions are listed by their start)."""
    count: int
    """How many passages the run has (1: the suggestion stands alone)."""


def passages(suggestions: Sequence[Suggestion]) -> list[Passage]:
    """Each suggestion's passage, in the order given.

    Suggestions of one theme in one turn with the same status and scores are passages
    of one run (a suggestion decided since is counted with the others it was decided
    like).
    """
    runs: dict[tuple, list[int]] = {}
    for number, s in enumerate(suggestions):
        run = (
            s.transcript_id,
            s.turn,
            s.status,
            s.theme,
            s.score,
            s.lexicon_score,
            s.classifier_score,
        )
        runs.setdefault(run, []).append(number)
    found: dict[int, Passage] = {}
    for run, numbers in runs.items():
        for place, number in enumerate(numbers, 1):
            found[number] = Passage(run, place, len(numbers))
    return [found[number] for number in range(len(suggestions))]
