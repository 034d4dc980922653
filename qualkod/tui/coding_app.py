"""The interactive coding session: a Textual full-screen app over a CodingSession.

Textual rather than rich prompts, because the session is driven by single keys, has
pop-up pickers with type-ahead, redraws on every decision, and Textual's pilot can
drive it in tests. The app holds no state of its own beyond what is on screen: every
key calls one :class:`~qualkod.coding.session.CodingSession` action, which saves the
decision before the screen is redrawn.

All transcript text is put on screen as :class:`rich.text.Text`, never as markup, so
``[skratt]`` and other brackets show literally. Without colour (``NO_COLOR``),
suggestions are underlined, evidence words bold, the selection reversed and
codings italic.

A long turn scrolls so that the selection stays in view (PgUp / PgDn scroll it by
hand), and a long list of items shows the part around the focused one.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from qualkod.coding.session import CodingSession, Item
from qualkod.errors import QualkodError
from qualkod.ingest import format_clock
from qualkod.models import StoredTurn

KEYS = (
    ("a", "accept the selected suggestion"),
    ("r", "reject the selected suggestion"),
    ("c", "code the selection with any code (type to filter)"),
    ("tab j / k", "select the next / previous suggestion or coding"),
    ("+ / -", "widen / narrow the selection by a sentence at its end"),
    ("< / >", "widen / narrow the selection by a sentence at its start"),
    ("m", "write a memo on the selected coding"),
    ("l", "link the selected coding to a concept of the theory"),
    ("f", "feature the selected coding's quote (or stop featuring it)"),
    ("x", "remove the selected coding"),
    ("PgUp PgDn", "scroll a long turn"),
    ("d", "turn decided: nothing (more) to code here; go on"),
    ("n →", "next turn (skip, nothing decided)"),
    ("p ←", "previous turn"),
    ("u", "undo your last decision"),
    ("/", "search the turns"),
    ("?", "this help"),
    ("q", "quit (every decision is already saved)"),
)
_HINT = "a accept r reject c code l link tab select +-<> span d done n/p u undo ? q quit"
_ITEM_ROWS = 6  # items shown at once (#items max-height); with more, the last row says where
_SELECTED = Style(reverse=True)


def _clock(turn: StoredTurn) -> str:
    return format_clock(turn.start_ms) if turn.start_ms is not None else "--:--:--"


class TextPrompt(ModalScreen[str | None]):
    """One line of text (memo, search); Enter saves, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    TextPrompt { align: center middle; }
    TextPrompt > Vertical { width: 76; height: auto; border: round $accent; padding: 0 1; }
    """

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text + " (Enter saves, Escape cancels)"))
            yield Input(id="prompt")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class CodePicker(ModalScreen[str | None]):
    """Pick a code from the codebook: type to filter, arrows to move, Enter to pick."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
    ]
    DEFAULT_CSS = """
    CodePicker { align: center middle; }
    CodePicker > Vertical { width: 76; height: 20; border: round $accent; padding: 0 1; }
    CodePicker OptionList { height: 1fr; }
    """

    def __init__(
        self,
        codes: list[tuple[str, str]],
        title: str = "Code the selection with (type to filter, Enter picks):",
        placeholder: str = "code id or name",
    ) -> None:
        super().__init__()
        self.codes = codes
        self.title_text = title
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text), id="title")
            yield Input(id="filter", placeholder=self.placeholder)
            yield OptionList(*self._options(""), id="codes")

    def on_mount(self) -> None:
        # Nothing is highlighted until the coder types or moves: a stray Enter picks nothing.
        self.query_one(OptionList).highlighted = None

    def _options(self, typed: str) -> list[Option]:
        words = typed.casefold().split()
        return [
            Option(Text(f"{code}  {name}"), id=code)
            for code, name in self.codes
            if all(w in f"{code} {name}".casefold() for w in words)
        ]

    def on_input_changed(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.set_options(self._options(event.value))
        options.highlighted = 0 if options.option_count and event.value.strip() else None

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Pick the highlighted entry; with none (nothing typed or moved to, or nothing
        matches) pick nothing and say why."""
        option = self.query_one(OptionList).highlighted_option
        if option is not None:
            self.dismiss(option.id)
            return
        why = "nothing matches; change the filter" if event.value.strip() else "type or press ↓"
        self.query_one("#title", Static).update(
            Text(f"{self.title_text}\n{why} (Escape cancels)", style="bold")
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            if options.highlighted is None:  # the first move: to the first (or last) entry
                options.highlighted = 0 if step > 0 else options.option_count - 1
            else:
                options.highlighted = (options.highlighted + step) % options.option_count

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    """The keys; any key closes it."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Static { width: 76; height: auto; border: round $accent; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        text = Text()
        text.append("Keys (any key closes this)\n", style="bold")
        for keys, meaning in KEYS:
            text.append(f"{keys:>10}  ", style="bold")
            text.append(meaning + "\n")
        yield Static(text)

    def on_key(self, event) -> None:
        event.stop()
        self.dismiss(None)


class TurnPane(VerticalScroll, can_focus=False):
    """The turn's text; it scrolls to the selection (:meth:`CodingApp.redraw`)."""


class CodingApp(App[None]):
    """Full-screen review-and-code session (see the module docstring)."""

    TITLE = "qualkod code"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("a", "run('accept')", "accept"),
        Binding("r", "run('reject')", "reject"),
        Binding("c", "code", "code"),
        Binding("tab", "run('next_item', 1)", "select", priority=True),
        Binding("j", "run('next_item', 1)", show=False),
        Binding("shift+tab,k", "run('next_item', -1)", show=False, priority=True),
        Binding("plus", "run('widen')", show=False),
        Binding("minus", "run('narrow')", show=False),
        Binding("less_than_sign", "run('widen', True)", show=False),
        Binding("greater_than_sign", "run('narrow', True)", show=False),
        Binding("m", "memo", "memo"),
        Binding("l", "link", "link"),
        Binding("f", "run('feature')", "feature"),
        Binding("x", "run('remove')", "remove"),
        Binding("d", "run('decide')", "done"),
        Binding("n,right", "run('next')", "next"),
        Binding("p,left", "run('back')", "back"),
        Binding("u", "run('undo')", "undo"),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("slash", "search", "search"),
        Binding("question_mark", "help", "help"),
        Binding("q", "quit", "quit", priority=True),
        Binding("ctrl+c", "interrupt", show=False, priority=True),
    ]
    CSS = """
    Screen { layout: vertical; }
    #header { height: 1; background: $primary; color: $text; }
    .context { height: auto; max-height: 2; color: $text-muted; }
    #turn { height: 1fr; border-top: solid $primary; border-bottom: solid $primary; }
    #items { height: auto; max-height: 6; text-wrap: nowrap; text-overflow: ellipsis; }
    #progress { height: 1; background: $boost; }
    #status { height: 1; }
    #keys { height: 1; color: $text-muted; }
    """

    def __init__(self, session: CodingSession) -> None:
        super().__init__()
        self.session = session
        self.message = Text("? shows the keys")
        self.code_colors = {
            code.id: theme.color or "#888888"
            for theme in session.codebook.themes
            for code in theme.walk()
        }
        self.codes = [(c.id, c.name) for c in session.codebook.codes()]
        self.shown_turn: tuple[int, int] | None = None  # the turn the pane was last scrolled for

    def compose(self) -> ComposeResult:
        yield Static(id="header", markup=False)
        yield Static(id="previous", classes="context", markup=False)
        with TurnPane(id="turn"):
            yield Static(id="text", markup=False)
        yield Static(id="next", classes="context", markup=False)
        yield Static(id="items", markup=False)
        yield Static(id="progress", markup=False)
        yield Static(id="status", markup=False)
        yield Static(Text(_HINT), id="keys", markup=False)

    def on_mount(self) -> None:
        if self.session.blind_note:  # what blind coding hides, until the first key
            self.message = Text(self.session.blind_note)
        self.redraw()

    # --- drawing --------------------------------------------------------------------

    def redraw(self) -> None:
        session = self.session
        turn = session.turn
        position = f"turn {turn.index} ({session.position + 1} of {len(session.turns)})"
        self.query_one("#header", Static).update(
            Text(
                f" {session.shown_title()} "
                f"(transcript {session.transcript.id}) · "
                f"{position} · {session.shown_coder()}",
                no_wrap=True,
                overflow="ellipsis",
            )
        )
        before, after = session.neighbours()
        self.query_one("#previous", Static).update(self._context_line(before, "before"))
        self.query_one("#next", Static).update(self._context_line(after, "after"))
        turn_text = self._turn_text()
        self.query_one("#text", Static).update(turn_text)
        self.call_after_refresh(self._scroll_to_selection, turn_text)
        self.query_one("#items", Static).update(self._items())
        self.query_one("#progress", Static).update(self._progress())
        self.query_one("#status", Static).update(self.message)

    def _scroll_to_selection(self, turn_text: Text) -> None:
        """Scroll the turn so that the selection's first lines are in view; a turn just
        come to starts at its top. Runs once the new text is laid out."""
        pane = self.query_one("#turn", TurnPane)
        key = self.session.turns[self.session.position]
        if key != self.shown_turn:
            self.shown_turn = key
            pane.scroll_home(animate=False, immediate=True)
        selected = [span for span in turn_text.spans if span.style == _SELECTED]
        width = self.query_one("#text", Static).content_region.width
        if not selected or width <= 0:
            return
        starts = _line_starts(turn_text.plain, width)
        first = bisect_right(starts, min(span.start for span in selected)) - 1
        last = bisect_right(starts, max(span.end for span in selected) - 1) - 1
        height = max(min(last - first + 1, pane.scrollable_content_region.height), 1)
        pane.scroll_to_region(Region(0, first, 1, height), animate=False, immediate=True)

    def _context_line(self, turn: StoredTurn | None, where: str) -> Text:
        if turn is None:
            return Text(f"({where}: nothing)", style="dim")
        text = Text()
        text.append(f"{turn.speaker.pseudonym} {_clock(turn)}  ", style="bold dim")
        text.append(" ".join(self.session.shown_text(turn.text).split()), style="dim")
        text.truncate(150, overflow="ellipsis")
        return text

    def _turn_text(self) -> Text:
        session = self.session
        turn = session.turn
        heading = Text()
        heading.append(f"{turn.speaker.pseudonym}  {_clock(turn)}\n", style="bold")
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
            body.stylize(_SELECTED, start, end)
        return heading + _hide(body, session.shown(turn.text))

    def _items(self) -> Text:
        session = self.session
        items = session.items()
        if not items:
            return Text("No suggestions or codings here: c codes the turn, d marks it done.")
        focused = session.focus % len(items)
        rows = len(items) if len(items) <= _ITEM_ROWS else _ITEM_ROWS - 1
        first = min(max(focused - rows // 2, 0), len(items) - rows)
        text = Text(no_wrap=True, overflow="ellipsis")
        for number in range(first, first + rows):
            if number > first:
                text.append("\n")
            text.append("▶ " if number == focused else "  ", style="bold")
            text.append_text(self._item(items[number]))
        if rows < len(items):
            text.append(
                f"\n  item {focused + 1} of {len(items)} (tab / shift+tab: next / previous)",
                style="dim",
            )
        return text

    def _item(self, item: Item) -> Text:
        color = self.code_colors.get(item.code, "#888888")
        if item.suggestion is not None:
            s = item.suggestion
            state = "suggested" if s.status == "open" else "rejected "
            text = Text(f"{state} ", style="dim" if s.status != "open" else "")
            text.append(s.code, style=Style(color=color, bold=True))
            parts = [f"score {s.score:.2f}", f"lexicon {s.lexicon_score:.2f}"]
            if s.classifier_score is not None:
                parts.append(f"classifier {s.classifier_score:.2f}")
            text.append(" " + " ".join(parts))
            if s.evidence:
                text.append("  words: ")
                text.append(", ".join(s.evidence), style="bold")
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

    def _progress(self) -> Text:
        progress = self.session.progress()
        text = Text()
        text.append(f"Decided {progress.decided}/{progress.total}", style="bold")
        themes = list(progress.themes.items())
        width = max(self.size.width, 40)
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

    # --- actions --------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a pop-up (help, prompt, picker) is open, the session's keys do nothing
        behind it: the pop-up gets them (Ctrl-C still quits)."""
        return action == "interrupt" or not isinstance(self.screen, ModalScreen)

    def _do(self, action, *args) -> None:
        try:
            message = action(*args)
            self.message = Text(message or "")
        except QualkodError as error:
            self._error(error)
            return
        self.redraw()

    def _error(self, error: QualkodError) -> None:
        """Show ``error``, with the turn read again: the error may be about a change made
        elsewhere (the command line, another session), which the screen then shows."""
        self.message = Text(f"Error: {error}", style="bold red")
        self.session.reload()
        self.redraw()

    def action_interrupt(self) -> None:
        self.exit()

    def action_page(self, step: int) -> None:
        pane = self.query_one("#turn", TurnPane)
        (pane.scroll_page_down if step > 0 else pane.scroll_page_up)(animate=False)

    def action_run(self, name: str, *args) -> None:
        self._do(getattr(self.session, name), *args)

    def action_code(self) -> None:
        def picked(code: str | None) -> None:
            if code:
                self._do(self.session.apply_code, code)

        self.push_screen(CodePicker(self.codes), picked)

    def action_link(self) -> None:
        try:
            choices = self.session.concept_choices()
        except QualkodError as error:
            self._error(error)
            return
        options = [(cid, f"{'* ' if in_code else ''}{name}") for cid, name, in_code in choices]

        def picked(concept: str | None) -> None:
            if concept:
                self._do(self.session.link, concept)

        title = "Link the selected coding to (* = its code's concepts in the codebook):"
        self.push_screen(CodePicker(options, title, "concept id or name"), picked)

    def action_memo(self) -> None:
        try:  # before the prompt, so that no typed memo is thrown away
            coding = self.session.selected_coding()
        except QualkodError as error:
            self._error(error)
            return

        def written(text: str | None) -> None:
            if text is not None:
                self._do(self.session.memo, text)

        title = f"Memo on coding {coding.id}"
        if coding.memo:
            title += f"; it replaces the memo: {self.session.shown_text(coding.memo)}"
        self.push_screen(TextPrompt(title), written)

    def action_search(self) -> None:
        def typed(text: str | None) -> None:
            if text is not None:
                self._do(self.session.search, text)

        self.push_screen(TextPrompt("Search the turns for"), typed)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())


def _line_starts(plain: str, width: int) -> list[int]:
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


def _hide(body: Text, findings) -> Text:
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
