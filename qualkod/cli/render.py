"""Rendering for the terminal: the only module that imports rich.

Transcript text is always passed as ``rich.text.Text`` (or escaped), never as
markup, so that brackets such as ``[skratt]`` print literally.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from qualkod.counts import are, counted, few  # noqa: F401 (the commands use them from here)
from qualkod.errors import shown

console = Console(highlight=False, soft_wrap=False)
_NUMERIC = {
    "id",
    "turn",
    "turns",
    "words",
    "speakers",
    "transcripts",
    "quotes",
    "interviewees",
    "featured",
    "coded",
    "coded_words",
    "interviewee_words",
    "coverage",
}

err_console = Console(stderr=True, highlight=False, soft_wrap=True)
_LEAST_WRAPPED = 12
"""The least width of a column of running text (a quote, a memo) in a table."""
_WRAPPED_WIDTH = 24
"""Its width in a table that is wider than the screen anyway."""


def error(message: str) -> None:
    """Print one error line per message line to stderr."""
    message = shown(message)  # a path from the command line may hold non-UTF-8 bytes
    for line in message.splitlines() or [message]:
        err_console.print(Text(f"Error: {line}", style="bold red"))


def info(message: str) -> None:
    """Print a plain message (markup allowed: escape user text yourself)."""
    console.print(shown(message), soft_wrap=True)


def line(text: str, *, style: str | None = None) -> None:
    """Print text literally (no markup) to stdout."""
    console.print(Text(shown(text), style=style or ""), soft_wrap=True)


def warn(message: str) -> None:
    """Print a warning to stderr."""
    err_console.print(Text(f"Warning: {shown(message)}", style="yellow"))


def warn_verbatim(out: object) -> None:
    """Warn that an exchange file (codings, memos) keeps quotes and memos as written."""
    warn(
        f"{out} keeps quotes and memos verbatim, names included: it moves decisions "
        "between coders of this project; share it only with people who may see the "
        "transcripts (for readers: 'qualkod export' and 'qualkod table')"
    )


def safe(text: object) -> str:
    """Escape user or transcript text for use inside a markup string."""
    return escape(str(text))


def table(
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    title: str | None = None,
    wrap: Sequence[str] = (),
    title_style: str | None = None,
) -> None:
    """Print a rich table; cells are shown literally, never as markup."""
    rows = [["" if cell is None else str(cell) for cell in row] for row in rows]
    grid = Table(
        title=Text(title, style=title_style or "italic") if title else None,
        show_lines=bool(wrap),
        header_style="bold",
    )
    needed = 1  # the table's left border
    for index, column in enumerate(columns):
        # Cells never fold in narrow columns; long headers may, to leave room for text.
        widest = max(
            [min(len(column), 6), *(len(line) for row in rows for line in row[index].split("\n"))]
        )
        needed += 3 + (_LEAST_WRAPPED if column in wrap else widest)
        grid.add_column(
            column,
            overflow="fold",
            ratio=1 if column in wrap else None,
            no_wrap=column not in wrap,
            min_width=_LEAST_WRAPPED if column in wrap else widest,
            justify="right" if column in _NUMERIC else "left",
        )
    for row in rows:
        grid.add_row(*(Text(cell) for cell in row))
    # Wider than the terminal (or the 80 columns of a pipe): print it whole, never cropped
    # or with columns dropped; a terminal wraps the long lines.
    if needed > console.width:
        # running text gets some more room, at most a quarter more than is needed
        room = (_WRAPPED_WIDTH - _LEAST_WRAPPED) * sum(c in wrap for c in columns)
        grid.width = needed + min(room, needed // 4)
        console.print(grid, width=grid.width, crop=False)
    else:
        console.print(grid)


def write_csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write CSV with a header row to stdout; text a spreadsheet would evaluate gets a ``'``."""
    from qualkod.export.cells import write_csv_rows

    write_csv_rows(sys.stdout, [columns, *rows])


def write_json(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write a JSON array of objects to stdout."""
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")


def listing(
    fmt: str, columns: Sequence[str], rows: list[Sequence[object]], **table_options
) -> None:
    """Print rows as a table, CSV or JSON."""
    if fmt == "csv":
        write_csv(columns, rows)
    elif fmt == "json":
        write_json(columns, rows)
    else:
        table(columns, rows, **table_options)


@dataclass(frozen=True)
class TreeNode:
    """A labelled node with detail lines and children, for :func:`tree`."""

    label: str
    details: tuple[str, ...] = ()
    children: tuple[TreeNode, ...] = ()
    color: str | None = None


def tree(root: TreeNode) -> None:
    """Print a tree; labels bold (in the node's colour), details dimmed, all literal."""

    def grow(parent: Tree, node: TreeNode) -> None:
        branch = parent.add(_node_text(node))
        for child in node.children:
            grow(branch, child)

    top = Tree(_node_text(root), guide_style="dim")
    for child in root.children:
        grow(top, child)
    console.print(top)


def _node_text(node: TreeNode) -> Text:
    text = Text(node.label, style=f"bold {node.color}" if node.color else "bold")
    for line in node.details:
        text.append("\n" + line, style="dim" if line.startswith("Begrepp") else "")
    return text


@contextlib.contextmanager
def progress(description: str, *, count: bool = True) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr, shown on terminals only (nothing when piped); yields
    ``update(done, total)``.

    With ``count`` the bar shows ``done/total`` and the time left; without it (steps of
    unequal length, such as reading and then storing a file) the time so far.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (MofNCompleteColumn(), TimeRemainingColumn()) if count else (TimeElapsedColumn(),)
    with Progress(
        description,
        BarColumn(),
        *columns,
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    ) as bar:
        task = bar.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update
