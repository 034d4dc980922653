"""Where a coding session is and what is selected: reading the current turn, moving
between turns and items, searching, and widening or narrowing the selection by sentence.

Split from :mod:`qualkod.coding.session`, which loads the session and makes its
decisions; nothing here writes to the database.
"""

from __future__ import annotations

from collections.abc import Callable

from qualkod.coding.session_parts import Item, Progress, SessionError, SessionTranscript
from qualkod.models import Codebook, Coding, Link, StoredTurn, Suggestion, TranscriptSummary
from qualkod.nlp.sentences import sentence_spans


class TurnNavigation:
    """Reading and moving (a base of :class:`~qualkod.coding.session.CodingSession`,
    which sets ``codebook``, ``turns``, ``position``, ``focus``, ``selection``,
    ``_transcripts``, ``_sentences`` and ``_shown``, and shows text with
    ``shown_text``)."""

    codebook: Codebook

    turns: list[tuple[int, int]]
    """(transcript id, turn number) of every turn of the session, in order."""
    position: int
    """The current turn's place in :attr:`turns`."""
    focus: int
    """The focused item's place in :meth:`items`."""
    selection: tuple[int, int] | None
    """The span narrowed or widened by sentence; None: the focused item's."""
    _transcripts: dict[int, SessionTranscript]
    _sentences: dict[tuple[int, int], list[tuple[int, int]]]
    _shown: dict[tuple[int, int], str]
    """(transcript id, turn) -> the turn's text as shown, casefolded, for searching."""

    shown_text: Callable[[str], str]
    """``text`` as shown on screen (redacted): :meth:`CodingSession.shown_text`."""

    # --- reading --------------------------------------------------------------------

    def _open_suggestions(self, transcript: SessionTranscript, turn: int) -> list[Suggestion]:
        return [s for s in transcript.suggestions if s.turn == turn and s.status == "open"]

    def _decided(self, transcript_id: int, turn: int) -> bool:
        item = self._transcripts[transcript_id]
        return turn in item.reviewed or any(c.turn == turn for c in item.codings)

    @property
    def transcript(self) -> TranscriptSummary:
        """The current turn's transcript."""
        return self._transcripts[self.turns[self.position][0]].summary

    @property
    def turn(self) -> StoredTurn:
        """The current turn."""
        tid, index = self.turns[self.position]
        return self._transcripts[tid].turns[index - 1]

    def neighbours(self) -> tuple[StoredTurn | None, StoredTurn | None]:
        """The turns just before and after the current one in its transcript."""
        tid, index = self.turns[self.position]
        turns = self._transcripts[tid].turns
        return (
            turns[index - 2] if index > 1 else None,
            turns[index] if index < len(turns) else None,
        )

    def items(self) -> list[Item]:
        """Open suggestions, the coder's codings, then rejected suggestions on the turn."""
        tid, index = self.turns[self.position]
        item = self._transcripts[tid]
        here = [s for s in item.suggestions if s.turn == index]
        return (
            [Item(suggestion=s) for s in here if s.status == "open"]
            + [Item(coding=c) for c in item.codings if c.turn == index]
            + [Item(suggestion=s) for s in here if s.status == "rejected"]
        )

    def focused(self) -> Item | None:
        """The item the keys act on, or None when the turn has none."""
        items = self.items()
        return items[self.focus % len(items)] if items else None

    def span(self) -> tuple[int, int]:
        """What accept and code apply to: the selection, the focused item or the turn."""
        if self.selection is not None:
            return self.selection
        focused = self.focused()
        return focused.span if focused else (0, len(self.turn.text))

    def links_of(self, coding: Coding) -> list[Link]:
        """The links of one of the coder's codings in the session."""
        return (self._transcripts[coding.transcript_id].links or {}).get(coding.id, [])

    def progress(self) -> Progress:
        """Turns decided out of the session's turns, and per theme."""
        decided = sum(self._decided(*key) for key in self.turns)
        session = set(self.turns)
        themes: dict[str, list[int]] = {t.id: [0, 0] for t in self.codebook.themes}
        for tid, item in self._transcripts.items():
            touched: dict[tuple[str, int], bool] = {}
            for s in item.suggestions:
                if (tid, s.turn) in session:
                    key = (s.theme, s.turn)
                    touched[key] = touched.get(key, True) and (
                        s.status != "open" or s.turn in item.reviewed
                    )
            for (theme, _), done in touched.items():
                if theme in themes:
                    themes[theme][1] += 1
                    themes[theme][0] += done
        return Progress(
            decided,
            len(self.turns),
            {theme: (done, total) for theme, (done, total) in themes.items() if total},
        )

    # --- moving ---------------------------------------------------------------------

    def _go(self, position: int) -> None:
        self.position = position
        self.focus = 0
        self.selection = None

    def _refocus(self, key: tuple[str, int] | None) -> None:
        """Focus the item whose :attr:`Item.key` is ``key``, else the item now where the
        focus was."""
        items = self.items()
        keys = [item.key for item in items]
        if key in keys:
            self.focus = keys.index(key)
        else:
            self.focus = min(self.focus, max(len(items) - 1, 0))

    def next(self) -> str:
        """Go to the next turn (nothing is decided)."""
        if self.position + 1 >= len(self.turns):
            raise SessionError("this is the last turn; q quits")
        self._go(self.position + 1)
        return ""

    def back(self) -> str:
        """Go to the previous turn."""
        if self.position == 0:
            raise SessionError("this is the first turn")
        self._go(self.position - 1)
        return ""

    def next_item(self, step: int = 1) -> str:
        """Focus the next (or, with -1, previous) item on the turn."""
        items = self.items()
        if not items:
            raise SessionError("nothing on this turn to select; c codes the whole turn")
        self.focus = (self.focus + step) % len(items)
        self.selection = None
        return ""

    def search(self, text: str) -> str:
        """Go to the next turn whose text contains ``text`` (case-insensitive, wraps).

        It searches the text as the screen shows it (:meth:`shown_text`): a hidden name
        is found by its replacement (``[person]``), never by the name itself, so that a
        search cannot tell where a name that is not shown occurs."""
        wanted = text.strip().casefold()
        if not wanted:
            raise SessionError("type the words to search for")
        count = len(self.turns)
        for step in range(1, count + 1):
            position = (self.position + step) % count
            tid, index = self.turns[position]
            if wanted in self._searchable(tid, index):
                self._go(position)
                return f"found {text.strip()!r} in turn {index}"
        raise SessionError(f"{text.strip()!r} is in no turn of this session")

    def _searchable(self, transcript_id: int, turn: int) -> str:
        key = (transcript_id, turn)
        if key not in self._shown:
            text = self._transcripts[transcript_id].turns[turn - 1].text
            self._shown[key] = self.shown_text(text).casefold()
        return self._shown[key]

    # --- selecting by sentence ------------------------------------------------------

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans of the current turn (at least one: the whole turn)."""
        key = self.turns[self.position]
        if key not in self._sentences:
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
