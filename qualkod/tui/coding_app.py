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

from bisect import bisect_right

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from qualkod.coding.session import RETRAINING, CodingSession
from qualkod.errors import QualkodError
from qualkod.tui.drawing import SELECTED, SessionView, line_starts
from qualkod.tui.popups import CodePicker, HelpScreen, TextPrompt

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
_DECISIONS = {"accept", "reject", "remove", "feature", "decide", "undo"}
"""Session actions that change the database (besides code, link and memo)."""
_HINT = "a accept r reject c code l link tab select +-<> span d done n/p u undo ? q quit"


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
        self.view = SessionView(session)
        self.codes = [(c.id, c.name) for c in session.codebook.codes()]
        self.shown_turn: tuple[int, int] | None = None  # the turn the pane was last scrolled for
        session.defer_learning = True  # learning runs in a worker (_learn)
        self.learning: Worker | None = None
        self.quitting = False

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
        self.query_one("#previous", Static).update(self.view.context_line(before, "before"))
        self.query_one("#next", Static).update(self.view.context_line(after, "after"))
        turn_text = self.view.turn_text()
        self.query_one("#text", Static).update(turn_text)
        self.call_after_refresh(self._scroll_to_selection, turn_text)
        self.query_one("#items", Static).update(self.view.items())
        self.query_one("#progress", Static).update(self.view.progress(self.size.width))
        self.query_one("#status", Static).update(self.message)

    def _scroll_to_selection(self, turn_text: Text) -> None:
        """Scroll the turn so that the selection's first lines are in view; a turn just
        come to starts at its top. Runs once the new text is laid out."""
        pane = self.query_one("#turn", TurnPane)
        key = self.session.turns[self.session.position]
        if key != self.shown_turn:
            self.shown_turn = key
            pane.scroll_home(animate=False, immediate=True)
        selected = [span for span in turn_text.spans if span.style == SELECTED]
        width = self.query_one("#text", Static).content_region.width
        if not selected or width <= 0:
            return
        starts = line_starts(turn_text.plain, width)
        first = bisect_right(starts, min(span.start for span in selected)) - 1
        last = bisect_right(starts, max(span.end for span in selected) - 1) - 1
        height = max(min(last - first + 1, pane.scrollable_content_region.height), 1)
        pane.scroll_to_region(Region(0, first, 1, height), animate=False, immediate=True)

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
        if self.session.learning_due():
            self._learn(message)
        self.redraw()

    # --- learning -------------------------------------------------------------------

    def _learn(self, message: str) -> None:
        """Retrain the suggestions in a worker thread, saying so first. The decisions
        are saved already; until it is done, decisions wait (:meth:`_held`) and
        reading, moving and searching go on."""
        self.session.start_learning()
        self.message = Text(f"{message}; " if message else "")
        self.message.append(RETRAINING + " (decisions wait until it is done)", style="bold")
        self.learning = self.run_worker(
            self.session.retrain, name="retrain", thread=True, exit_on_error=False
        )

    def _held(self) -> bool:
        """Whether the retraining holds decisions back; if so, say so."""
        if self.learning is None:
            return False
        self.message = Text(
            f"{RETRAINING} decisions wait until it is done (a few seconds)", style="bold"
        )
        self.redraw()
        return True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is not self.learning or not event.worker.is_finished:
            return
        self.learning = None
        if event.state is WorkerState.SUCCESS:
            learnt = event.worker.result
            if learnt:
                self.session.refresh()
            self.message = Text(learnt or "no classifier to retrain: suggestions stay as they were")
        elif event.state is WorkerState.ERROR:
            self.message = Text(
                f"Error: retraining failed ({event.worker.error}); your decisions are saved",
                style="bold red",
            )
        if self.quitting:
            self.exit()
        else:
            self.redraw()

    async def action_quit(self) -> None:
        """Quit; while retraining, once it is done (pressed again: at once; the command
        then returns when the retraining has finished or Ctrl-C stops it)."""
        if self.learning is not None and not self.quitting:
            self.quitting = True
            self.message = Text(
                f"{RETRAINING} quitting when it is done; every decision is saved", style="bold"
            )
            self.redraw()
            return
        self.exit()

    def _error(self, error: QualkodError) -> None:
        """Show ``error``, with the turn read again: the error may be about a change made
        elsewhere (the command line, another session), which the screen then shows."""
        self.message = Text(f"Error: {error.for_option()}", style="bold red")
        self.session.reload()
        self.redraw()

    async def action_interrupt(self) -> None:
        await self.action_quit()

    def action_page(self, step: int) -> None:
        pane = self.query_one("#turn", TurnPane)
        (pane.scroll_page_down if step > 0 else pane.scroll_page_up)(animate=False)

    def action_run(self, name: str, *args) -> None:
        if name in _DECISIONS and self._held():
            return
        self._do(getattr(self.session, name), *args)

    def action_code(self) -> None:
        if self._held():
            return

        def picked(code: str | None) -> None:
            if code:
                self._do(self.session.apply_code, code)

        self.push_screen(CodePicker(self.codes), picked)

    def action_link(self) -> None:
        if self._held():
            return
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
        if self._held():
            return
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
        self.push_screen(HelpScreen(KEYS))
