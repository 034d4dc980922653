"""A coding session learning from the coder's decisions as they are made.

Split from :mod:`qualkod.coding.session`. Every ``learn_every`` decisions the session
fits the classifier again and refreshes the open suggestions. That takes seconds (minutes
with sentence embeddings), so it comes in two parts: :meth:`SessionLearning.retrain`
does the work in the database and touches nothing of the session, so that a full-screen
app can run it in a worker thread while the screen stays responsive, and
:meth:`SessionLearning.refresh` then reads the new suggestions. Every decision is saved
in its own transaction before any of this starts, so stopping it loses nothing decided.
"""

from __future__ import annotations

from qualkod.store import Project
from qualkod.suggest import service as suggest_service

RETRAINING = "Retraining suggestions on your decisions…"
"""What the screen says while :meth:`SessionLearning.retrain` runs."""


class SessionLearning:
    """Learning (a base of :class:`~qualkod.coding.session.CodingSession`, which sets
    the attributes below and provides ``_reload``, ``focused`` and ``_refocus``)."""

    project: Project
    coder: str
    blind: bool
    learn_every: int
    """Decisions after which the session learns from them (0: never)."""
    defer_learning: bool = False
    """Set by an app that runs :meth:`retrain` itself when :meth:`learning_due` (in a
    worker); otherwise a decision that makes learning due learns before it returns."""
    _unlearnt: int
    _transcript_ref: str | None

    def learning_due(self) -> bool:
        """Whether ``learn_every`` decisions were made since the session last learnt and
        there is a classifier to fit again (without one, the count starts again)."""
        if not self.learn_every or self._unlearnt < self.learn_every:
            return False
        if not suggest_service.trained_for(self.project)[0]:
            self._unlearnt = 0  # the coder has not asked for a classifier
            return False
        return True

    def retrain(self) -> str | None:
        """Fit the classifier again from the decisions made so far (as it was last
        fitted: same coder, with or without sentence embeddings) and store fresh open
        suggestions for the session's transcripts; decided ones stay as they are.

        Changes only the database, never the session: safe in a worker thread while no
        decision is made. :meth:`refresh` then shows the new suggestions.

        Returns what was done, or None when the project has no trained classifier (the
        coder has not asked for one: suggestions stay the lexicon's).
        """
        if self.blind:  # from this coder's decisions alone, whatever was trained last
            if not suggest_service.trained_for(self.project)[0]:
                return None
            result = suggest_service.train(self.project, self.coder, semantic=None)
        else:
            result = suggest_service.relearn(self.project, every=1)
        if result is None:
            return None
        suggest_service.suggest(self.project, transcript=self._transcript_ref)
        return f"learnt from your decisions: classifier {result.version}, suggestions refreshed"

    def refresh(self) -> None:
        """Read the suggestions again after :meth:`retrain`; the focus stays on the same
        item when it is still there."""
        focused = self.focused()
        self._reload()
        self._refocus(focused.key if focused else None)

    def learn(self) -> str | None:
        """Learn from the decisions now: :meth:`retrain`, then :meth:`refresh`."""
        self._unlearnt = 0
        learnt = self.retrain()
        if learnt:
            self.refresh()
        return learnt

    def start_learning(self) -> None:
        """Count the decisions so far as learnt from: an app is about to :meth:`retrain`."""
        self._unlearnt = 0

    def _decision(self, message: str) -> str:
        """Count a decision (already saved); every ``learn_every`` of them, learn from
        them, unless the app does (:attr:`defer_learning`)."""
        self._unlearnt += 1
        if not self.defer_learning and self.learning_due():
            learnt = self.learn()
            if learnt:
                message = f"{message}; {learnt}"
        return message
