"""Spreadsheet cells that stay text: no quote, memo or code name becomes a live formula.

Transcripts, memos and codebooks come from other people, and a spreadsheet program
evaluates a CSV cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return (``=HYPERLINK(...)`` can send data away). Following the OWASP CSV injection
guidance, such cells get a leading ``'``, which spreadsheets show as text and hide. Excel
files are written with every text cell typed as a string (see ``quote_tables.to_xlsx``).

The codings exchange file (``qualkod.coding.file``) is not neutralised: it is read back by
qualkod and must round-trip byte for byte.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula."""


def csv_cell(value: object) -> object:
    """The value with a leading ``'`` when it is text a spreadsheet would evaluate.

    Numbers are left alone (a negative number is data, not a formula).
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv_rows(handle: TextIO, rows: Iterable[Sequence[object]]) -> None:
    """Write rows (header included) as CSV with every cell passed through :func:`csv_cell`.

    Args:
        handle: where the CSV goes.
        rows: the rows; ``None`` becomes an empty cell.
    """
    writer = csv.writer(handle, lineterminator="\n")
    for row in rows:
        writer.writerow(["" if cell is None else csv_cell(cell) for cell in row])
