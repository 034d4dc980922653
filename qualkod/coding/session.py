"""An interactive coding session's state and actions, without any terminal code.

A :class:`CodingSession` walks through interviewee turns in transcript order. On each
turn it holds the suggestions (for the chosen theme, if any) and the coder's codings
as a list of *items*, one of them focused, and a *selection*: the span the next
accept or code applies to (the focused item's span until the coder narrows or widens
it by sentence).

Every action that decides something calls the same functions as the non-interactive
commands (:mod:`qualkod.coding.decisions`, :mod:`qualkod.coding.suggestions`), each in
its own transaction, so a decision is on disk as soon as the action returns. The
session only reads back what those functions wrote.

Reading the current turn, moving and selecting are in
:mod:`qualkod.coding.session_navigation`.

Actions return a one-line message for the status bar and raise
:class:`~qualkod.errors.QualkodError` when they cannot be done.
"""

from __future__ import annotations

import json

from qualkod import project as project_api
from qualkod.coding import decisions, memo_decisions, turn_reviews
from qualkod.coding.links import add_link
from qualkod.coding.memo_text import shortened
from qualkod.coding.session_learning import RETRAINING, SessionLearning
from qualkod.coding.session_navigation import TurnNavigation
from qualkod.coding.session_parts import (
    Item,
    Progress,
    SessionError,
    SessionParameterError,
    SessionTranscript,
)
from qualkod.coding.suggestions import accept_suggestion, reject_suggestion
from qualkod.coding.undo import undo
from qualkod.models import Codebook, Coding, Role, Suggestion
from qualkod.redaction import Finding
from qualkod.redaction.project import ProjectRedactor
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import links as link_store
from qualkod.store import suggestions as suggestion_store
from qualkod.store import transcripts as transcript_store
from qualkod.store.sqlite_access import read_only_project
from qualkod.suggest import service as suggest_service

__all__ = [
    "RETRAINING",
    "CodingSession",
    "Item",
    "Progress",
    "SessionError",
    "SessionParameterError",
]


class CodingSession(TurnNavigation, SessionLearning):
    """Walks a coder through interviewee turns; see the module docstring."""

    def __init__(
        self,
        project: Project,
        coder: str,
        *,
        transcript: str | int | None = None,
        theme: str | None = None,
        only_suggested: bool = False,
        raw_names: bool = False,
        learn_every: int = suggest_service.LEARN_EVERY,
        blind: bool = False,
    ) -> None:
        """Load the turns to code.

        Every suggestion is open to the coder until they decide it, whatever other
        coders decided, and the session shows only the coder's own decisions and
        codings. ``blind`` (a second coder coding for agreement) also hides suggestions
        that learnt from anyone else's decisions (all but the codebook's lexicon's, or a
        classifier's trained on this coder's codings alone). :attr:`blind_note` says
        what was hidden.

        What the session shows (:meth:`shown`) is redacted like every output, unless
        ``raw_names``; offsets and decisions always refer to the stored text. After
        every ``learn_every`` decisions (0: never) the session learns from them
        (:meth:`learn`, :mod:`qualkod.coding.session_learning`).

        Raises:
            QualkodError: when no codebook is chosen, the transcript or theme is unknown,
                there is nothing to code, or the project is read-only (its folder is):
                every decision would fail.
        """
        if project.read_only:
            raise read_only_project(project.location, "cannot code in the project")
        self.project = project
        self.coder = coder
        self.blind = blind
        self.blind_note: str | None = None
        trained, trained_on = suggest_service.trained_for(project)
        self._others_model = blind and trained and trained_on != coder
        if self._others_model:
            learn_every = 0  # relearning would fit on the others' decisions again
            self.blind_note = (
                "blind: suggestions hidden, the classifier learnt from other coders' "
                f"decisions; for your own, run 'qualkod train --coder {coder}' and "
                "'qualkod suggest'"
            )
        self.learn_every = learn_every
        self._unlearnt = 0
        self._transcript_ref = transcript
        self.codebook: Codebook
        self.codebook, self.catalogue = project_api.current_codebook(project)
        if theme is not None and self.codebook.code(theme) is None:
            known = ", ".join(t.id for t in self.codebook.themes)
            raise SessionParameterError("theme", theme, f"not in the codebook; themes: {known}")
        self.theme = theme
        summaries = (
            [project_api.get_transcript(project, transcript)]
            if transcript is not None
            else project_api.transcripts(project)
        )
        if not summaries:
            raise SessionError(
                "the project has no transcripts; import one with 'qualkod import FILE'"
            )
        self._transcripts: dict[int, SessionTranscript] = {}
        with project.read() as conn:
            for summary in summaries:
                self._transcripts[summary.id] = SessionTranscript(
                    summary, transcript_store.transcript_turns(conn, summary.id), [], [], set()
                )
        self._reload()
        self.turns: list[tuple[int, int]] = [
            (t.summary.id, turn.index)
            for t in self._transcripts.values()
            for turn in t.turns
            if turn.speaker.role is Role.INTERVIEWEE
            and (not only_suggested or self._open_suggestions(t, turn.index))
        ]
        if not self.turns:
            what = "with open suggestions" if only_suggested else "of interviewees"
            raise SessionError(
                f"no turns {what} to code"
                + (
                    "; run 'qualkod suggest' first or leave out --only-suggested"
                    if only_suggested
                    else "; mark speakers with 'qualkod speakers set'"
                ),
                in_python={"--only-suggested": "only_suggested"},
            )
        self.position = next((n for n, key in enumerate(self.turns) if not self._decided(*key)), 0)
        self.focus = 0
        self.selection: tuple[int, int] | None = None
        self._sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._shown: dict[tuple[int, int], str] = {}
        self.outgoing = ProjectRedactor(project, raw=raw_names)

    def shown(self, text: str) -> list[Finding]:
        """The identifying items to hide when ``text`` is put on screen (none with raw names)."""
        return self.outgoing.shown(text)

    def shown_text(self, text: str) -> str:
        """``text`` as shown on screen: a memo, a neighbouring turn."""
        return self.outgoing.text(text)

    def shown_title(self) -> str:
        """The current transcript's title as shown on screen."""
        return self.outgoing.title(self.transcript.title)

    def shown_coder(self) -> str:
        """The session's coder as shown on screen (a speaker's pseudonym when one codes)."""
        return self.outgoing.coder(self.coder)

    # --- loading --------------------------------------------------------------------

    def _reload(self, transcript_id: int | None = None) -> None:
        ids = [transcript_id] if transcript_id is not None else list(self._transcripts)
        with self.project.read() as conn:
            learnt_from = suggestion_store.model_coders(conn) if self.blind else {}
            for tid in ids:
                item = self._transcripts[tid]
                item.suggestions = [
                    s
                    for s in suggestion_store.list_suggestions(
                        conn, coder=self.coder, status=None, transcript_id=tid
                    )
                    if self._in_theme(s.code) and self._may_see(s, learnt_from)
                ]
                item.codings = coding_store.list_codings(conn, coder=self.coder, transcript_id=tid)
                item.reviewed = {
                    turn for _, turn in coding_store.reviewed_turns(conn, self.coder, tid)
                }
                own = {c.id for c in item.codings}
                item.links = {}
                for link in link_store.list_links(conn):
                    if link.coding_id in own:
                        item.links.setdefault(link.coding_id, []).append(link)

    def _may_see(self, suggestion: Suggestion, learnt_from: dict[str, set]) -> bool:
        """Blind coding hides what could carry another coder's decisions: a suggestion
        a classifier made that learnt from anyone else. Another coder's decision on a
        suggestion hides nothing (and is never shown: the session reads its coder's)."""
        if not self.blind:
            return True
        version = suggestion.model_version
        return version is None or learnt_from.get(version, {None}) == {self.coder}

    def _in_theme(self, code: str) -> bool:
        if self.theme is None:
            return True
        theme = self.codebook.theme_of(code)
        return code == self.theme or (theme is not None and theme.id == self.theme)

    # --- decisions ------------------------------------------------------------------

    def _suggestion(self) -> Suggestion:
        focused = self.focused()
        if focused is None or focused.suggestion is None:
            raise SessionError("select a suggestion first (tab)")
        if focused.suggestion.status != "open":
            raise SessionError(f"suggestion {focused.suggestion.id} is already rejected; u undoes")
        return focused.suggestion

    def selected_coding(self) -> Coding:
        """The focused item's coding: what memo, link, feature and remove act on. Never
        another item's, even when the turn has one coding: a focused suggestion is not it.

        Raises:
            SessionError: when a suggestion is focused, or the turn has no coding of the coder.
        """
        focused = self.focused()
        if focused is not None and focused.coding is not None:
            return focused.coding
        if any(item.coding is not None for item in self.items()):
            raise SessionError("select one of your codings first (tab)")
        raise SessionError("code the turn first (c)")

    def _after_change(self, focus: tuple[str, int] | None = None) -> None:
        """Read the turn's transcript again after a decision; focus the item whose
        :attr:`Item.key` is ``focus``, else the item now where the focus was."""
        self._reload(self.turns[self.position][0])
        self.selection = None
        self._refocus(focus)

    def reload(self) -> None:
        """Read the current turn's transcript again, as another session or the command
        line may have changed it; the focus stays on the same item when it is still there."""
        focused = self.focused()
        self._reload(self.turns[self.position][0])
        self._refocus(focused.key if focused else None)

    def concept_choices(self) -> list[tuple[str, str, bool]]:
        """Concepts to link the selected coding to: (id, name, linked to its code in the
        codebook), the codebook's links first, each in catalogue order.

        Raises:
            SessionError: when no coding is selected or there is no theory catalogue.
        """
        coding = self.selected_coding()
        if self.catalogue is None:
            raise SessionError("the codebook has no theory catalogue to link to")
        code, theme = self.codebook.code(coding.code_id), self.codebook.theme_of(coding.code_id)
        linked = set(code.concepts if code else ()) | set(theme.concepts if theme else ())
        done = {link.concept_id for link in self.links_of(coding)}
        concepts = [c for c in self.catalogue.concepts if c.id not in done]
        concepts.sort(key=lambda c: c.id not in linked)  # stable: catalogue order within
        return [(c.id, c.name, c.id in linked) for c in concepts]

    def link(self, concept_id: str, memo: str = "") -> str:
        """Link the selected coding's quote to a concept."""
        coding = self.selected_coding()
        found = add_link(self.project, coding.id, concept_id, self.coder, memo=memo)
        self._after_change()
        return f"linked coding {coding.id} to {concept_id} (link {found.id})"

    def accept(self) -> str:
        """Accept the focused suggestion on the selected span."""
        suggestion = self._suggestion()
        start, end = self.span()
        coding = accept_suggestion(self.project, suggestion.id, self.coder, start=start, end=end)
        self._after_change()
        return self._decision(f"accepted: coding {coding.id} {coding.code_id}")

    def reject(self) -> str:
        """Reject the focused suggestion."""
        suggestion = self._suggestion()
        reject_suggestion(self.project, suggestion.id, self.coder)
        self._after_change()
        return self._decision(f"rejected suggestion {suggestion.id} ({suggestion.code})")

    def apply_code(self, code_id: str) -> str:
        """Code the selected span (or the whole turn) with any code from the codebook."""
        start, end = self.span()
        tid, index = self.turns[self.position]
        coding = decisions.add_coding(
            self.project,
            str(tid),
            index,
            code_id,
            self.coder,
            start=start,
            end=end,
            codebook=self.codebook,
        )
        self._after_change(focus=("coding", coding.id))  # so that m, l, f and x act on it
        return self._decision(f"coded: coding {coding.id} {coding.code_id}")

    def remove(self) -> str:
        """Remove the focused coding."""
        coding = self.selected_coding()
        decisions.remove_coding(self.project, coding.id, self.coder)
        self._after_change()
        return self._decision(f"removed coding {coding.id}")

    def feature(self) -> str:
        """Feature the focused coding's quote in the chapter, or stop featuring it."""
        coding = self.selected_coding()
        changed = decisions.feature_coding(self.project, coding.id, self.coder, not coding.featured)
        self._after_change()
        return f"coding {coding.id} {'featured' if changed.featured else 'no longer featured'}"

    def memo(self, text: str) -> str:
        """Write a memo on the focused coding; like ``qualkod memo add --coding``, it
        replaces the coding's earlier memo, and the message says so."""
        coding = self.selected_coding()
        memo = memo_decisions.add_memo(self.project, text, self.coder, coding_id=coding.id)
        self._after_change(focus=("coding", coding.id))
        message = f"memo saved on coding {coding.id}"
        if memo.replaced and memo.replaced != memo.text:
            message += (
                f"; it replaces the earlier memo ({shortened(self.shown_text(memo.replaced), 30)});"
                " u brings that back"
            )
        return message

    def decide(self) -> str:
        """Mark the turn as decided - nothing (more) to code here - and go on.

        On a turn the coder has coded this is recorded too: the turn stays decided if its
        codings are removed later, and its open suggestions count as passed over in the
        progress per theme. A turn already marked records nothing, and the message says
        so."""
        tid, index = self.turns[self.position]
        item = self._transcripts[tid]
        coded = sum(c.turn == index for c in item.codings)
        newly = index not in item.reviewed
        if newly:
            turn_reviews.mark_decided(self.project, str(tid), index, self.coder)
            self._reload(tid)
            message = f"turn {index} decided"
            if coded:
                message += f": nothing more to code than your {_codings(coded)}"
        else:
            message = f"turn {index} was marked decided already; nothing recorded"
        if self.position + 1 < len(self.turns):
            self._go(self.position + 1)
        return self._decision(message) if newly else message

    def undo(self) -> str:
        """Undo the coder's last decision (any turn) and go to its turn when it is here."""
        event, what = undo(self.project, self.coder)
        self._reload()
        where = self._event_turn(event)
        if where in self.turns and where != self.turns[self.position]:
            self._go(self.turns.index(where))
        else:
            self._after_change()
        return f"undone: {what}"

    def _event_turn(self, event) -> tuple[int, int] | None:
        with self.project.read() as conn:
            if event.coding_id is not None:
                coding = coding_store.get_coding(conn, event.coding_id)
                return (coding.transcript_id, coding.turn) if coding else None
            state = json.loads(event.after or event.before or "{}")
            if "link" in state and "coding" in state:
                coding = coding_store.get_coding(conn, state["coding"])
                return (coding.transcript_id, coding.turn) if coding else None
            if "suggestion" in state:
                found = suggestion_store.get_suggestion(conn, state["suggestion"])
                return (found.transcript_id, found.turn) if found else None
        if "turn" in state:
            for tid, item in self._transcripts.items():
                if item.summary.sha256 == state.get("transcript"):
                    return tid, state["turn"]
        return None


def _codings(count: int) -> str:
    return f"{count} coding{'s' * (count != 1)}"
