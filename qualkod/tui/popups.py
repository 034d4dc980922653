"""The coding session's pop-ups: a one-line prompt, a picker with type-ahead, the help.

Split from :mod:`qualkod.tui.coding_app`. Transcript text and codebook names are put
on screen as :class:`rich.text.Text`, never as markup.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option


class TextPrompt(ModalScreen[str | None]):
    """One line of text (memo, search); Enter saves, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    TextPrompt { align: center middle; }
    TextPrompt > Vertical {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; padding: 0 1;
    }
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
    CodePicker > Vertical {
        width: 76; max-width: 100%; height: 20; max-height: 100%;
        border: round $accent; padding: 0 1;
    }
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
    """The keys, given as (keys, meaning); ↑ ↓ PgUp PgDn scroll, any other key closes it."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; padding: 0 1;
    }
    """
    SCROLL = {"up": -1, "down": 1, "pageup": -10, "pagedown": 10}

    def __init__(self, keys: tuple[tuple[str, str], ...]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))  # a meaning wraps within its own column
        table.add_column(justify="right", style="bold", no_wrap=True)
        table.add_column()
        for keys, meaning in self.keys:
            table.add_row(Text(keys), Text(meaning))
        with VerticalScroll():
            yield Static(Text("Keys (↑ ↓ scroll, any other key closes this)", style="bold"))
            yield Static(table)

    def on_key(self, event) -> None:
        event.stop()
        step = self.SCROLL.get(event.key)
        if step is None:
            self.dismiss(None)
        else:
            self.query_one(VerticalScroll).scroll_relative(y=step, animate=False)
