"""What the coding session puts on screen: the turn with its suggestions, codings and
selection, the context lines, the list of items and the progress line.

Split from :mod:`qualkod.tui.coding_app`, which lays these out and handles the keys.
All transcript text is put on screen as :class:`rich.text.Text`, never as markup, and
redacted as the session shows it.
"""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text
from textual.content import Content

from qualkod.coding.session import CodingSession, Item
from qualkod.ingest import format_clock
from qualkod.models import StoredTurn
from qualkod.suggest.passages import passages

ITEM_ROWS = 6  # items shown at once (#items max-height); with more, the last row says where
SELECTED = Style(reverse=True)


def clock(turn: StoredTurn) -> str:
    return format_clock(turn.start_ms) if turn.start_ms is not None else "--:--:--"


class SessionView:
    """The session's texts for the screen, in its codebook's theme colours."""

    def __init__(self, session: CodingSession) -> None:
        self.session = session
        self.code_colors = {
            code.id: theme.color or "#888888"
            for theme in session.codebook.themes
            for code in theme.walk()
        }

    def context_line(self, turn: StoredTurn | None, where: str) -> Text:
        if turn is None:
            return Text(f"({where}: nothing)", style="dim")
        text = Text()
        text.append(f"{turn.speaker.pseudonym} {clock(turn)}  ", style="bold dim")
        text.append(" ".join(self.session.shown_text(turn.text).split()), style="dim")
        text.truncate(150, overflow="ellipsis")
        return text

    def turn_text(self) -> Text:
        session = self.session
        turn = session.turn
        heading = Text()
        heading.append(f"{turn.speaker.pseudonym}  {clock(turn)}\n", style="bold")
        body = Text(turn.text)
        items = session.items()
        for item in items:
            start, end = item.span
            color = self.code_colors.get(item.code, "#888888")
            if item.suggestion is not None and item.suggestion.status == "open":
                body.stylize(Style(color=color, underline=True), start, end)
                for word in item.suggestion.evidence:
                    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
                    for found in pattern.finditer(turn.text, start, end):
                        body.stylize(Style(bold=True), found.start(), found.end())
            elif item.coding is not None:
                body.stylize(Style(color=color, italic=True), start, end)
        start, end = session.span()
        if items or session.selection is not None:
            body.stylize(SELECTED, start, end)
        return heading + hide(body, session.shown(turn.text))

    def items(self) -> Text:
        session = self.session
        items = session.items()
        if not items:
            return Text("No suggestions or codings here: c codes the turn, d marks it done.")
        focused = session.focus % len(items)
        rows = len(items) if len(items) <= ITEM_ROWS else ITEM_ROWS - 1
        first = min(max(focused - rows // 2, 0), len(items) - rows)
        passages = _passages(items)
        scored: set[tuple] = set()  # the turn's score is shown once per theme and run
        text = Text(no_wrap=True, overflow="ellipsis")
        for number in range(first, first + rows):
            if number > first:
                text.append("\n")
            text.append("▶ " if number == focused else "  ", style="bold")
            group, place, count = passages.get(number, (None, 1, 1))
            text.append_text(self.item(items[number], (place, count), group not in scored))
            scored.add(group)
        if rows < len(items):
            text.append(
                f"\n  item {focused + 1} of {len(items)} (tab / shift+tab: next / previous)",
                style="dim",
            )
        return text

    def item(self, item: Item, passage: tuple[int, int] = (1, 1), score: bool = True) -> Text:
        """One row of the list. A suggestion's scores are its theme's in the whole turn,
        shared by every passage suggested for the theme there: with several passages
        the row says which one it is (``passage`` = (its place, how many)), and the
        scores are shown only where ``score``, named as the turn's."""
        color = self.code_colors.get(item.code, "#888888")
        if item.suggestion is not None:
            s = item.suggestion
            state = "suggested" if s.status == "open" else "rejected "
            text = Text(f"{state} ", style="dim" if s.status != "open" else "")
            text.append(s.code, style=Style(color=color, bold=True))
            parts = [f"score {s.score:.2f}", f"lexicon {s.lexicon_score:.2f}"]
            if s.classifier_score is not None:
                parts.append(f"classifier {s.classifier_score:.2f}")
            place, count = passage
            if count == 1:
                text.append(" " + " ".join(parts))
            else:
                text.append(f" passage {place}/{count}")
                if score:
                    text.append("; the turn's " + " ".join(parts))
            if s.evidence:
                text.append("  words: ")
                words = self.session.outgoing.evidence(s.transcript_id, s.turn, s.evidence)
                text.append(", ".join(words), style="bold")
            return text
        c = item.coding
        text = Text("coded     ")
        text.append(c.code_id, style=Style(color=color, bold=True))
        text.append(f"  coding {c.id}")
        if c.featured:
            text.append("  ★ featured", style="bold")
        linked = self.session.links_of(c)
        if linked:  # before the memo, which may be long and is cut at the screen's edge
            text.append("  → ")
            text.append(", ".join(link.concept_id for link in linked), style="italic")
        if c.memo:
            text.append("  memo: ")
            text.append(self.session.shown_text(c.memo))
        return text

    def progress(self, width: int) -> Text:
        progress = self.session.progress()
        text = Text()
        text.append(f"Decided {progress.decided}/{progress.total}", style="bold")
        themes = list(progress.themes.items())
        width = max(width, 40)
        cut = max((len(theme) for theme, _ in themes), default=0)
        while (
            cut > 4
            and len(text) + sum(len(f" │ {t[:cut]} {d}/{n}") for t, (d, n) in themes) > width
        ):
            cut -= 1
        for theme, (done, total) in themes:
            name = theme if len(theme) <= cut else theme[: cut - 1] + "."
            text.append(" │ ")
            text.append(f"{name} {done}/{total}", style=Style(color=self.code_colors.get(theme)))
        return text


def _passages(items: list[Item]) -> dict[int, tuple[tuple, int, int]]:
    """Item number -> (its group, its place in the group, the group's size) for each
    suggestion: suggestions of one theme with the same scores are passages of one
    suggestion run on the turn, which scored the theme for the whole turn
    (:mod:`qualkod.suggest.passages`, as the ``suggestions`` listing shows them)."""
    numbers = [number for number, item in enumerate(items) if item.suggestion is not None]
    found = passages([items[number].suggestion for number in numbers])
    return {n: (p.run, p.place, p.count) for n, p in zip(numbers, found, strict=True)}


def line_starts(plain: str, width: int) -> list[int]:
    """Where each screen line of ``plain`` starts, wrapped to ``width`` as a Static wraps
    it (a wrapped line is a piece of the text without its trailing spaces)."""
    starts: list[int] = []
    position = 0
    for line in Content(plain).wrap(width):
        found = plain.find(line.plain, position)
        if found < 0:  # a tab widened: the lines no longer match the text
            break
        starts.append(found)
        position = found + len(line.plain)
    return starts or [0]


def hide(body: Text, findings) -> Text:
    """The styled turn with each identifying item replaced, keeping the styles around it."""
    if not findings:
        return body
    shown = Text()
    position = 0
    for finding in findings:
        shown.append_text(body[position : finding.start])
        piece = body[finding.start : finding.end]
        styles = piece.spans[0].style if piece.spans else ""
        shown.append(finding.replacement, style=styles)
        position = finding.end
    shown.append_text(body[position:])
    return shown
