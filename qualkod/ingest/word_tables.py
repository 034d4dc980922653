"""Word transcripts laid out as a table: one row per turn.

Two layouts are read, each row becoming a ``Name: text`` line for the label layout
(see :mod:`qualkod.ingest.lines`):

* two columns, the speaker's name and the speech (``Anna Berg | Hej.``); a row with
  an empty name cell continues the turn above;
* one column of ``Name: text`` cells.

Other tables (times in a column of their own, three or more columns) are refused with
advice to convert them to text.
"""

from __future__ import annotations

from qualkod.errors import TranscriptError
from qualkod.ingest.word_text import TABLE, blocks, cell_text, paragraph_text

TABLE_UNIT = "paragraph or table row"
"""What a line number counts when tables are read: paragraphs and rows in order."""


def document_rows(document, source: str) -> list[tuple[int, str]]:
    """The document's paragraphs and table rows in order, as numbered lines.

    Raises:
        TranscriptError: for a table qualkod does not read.
    """
    from docx.table import Table

    lines: list[tuple[int, str]] = []
    number = 0
    for element in blocks(document.element.body):
        if element.tag == TABLE:
            for row in Table(element, document._body).rows:
                number += 1
                lines += [(number, line) for line in _row_lines(_cells(row, source, number))]
        else:
            number += 1
            lines += [(number, line) for line in _row_lines([paragraph_text(element)])]
    return lines


def _cells(row, source: str, number: int) -> list[str]:
    cells, seen = [], set()
    for cell in row.cells:  # a merged cell is listed once per grid column it spans
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell_text(cell))
    if len(cells) > 2:
        raise TranscriptError(
            source,
            f"a table with {len(cells)} columns; qualkod reads tables of 'Name | text' or "
            "'Name: text' rows only: convert the table to text in Word (Table Layout > "
            "Convert to Text) as 'Name: text' lines and import again",
            line=number,
            unit=TABLE_UNIT,
        )
    return cells


def _row_lines(cells: list[str]) -> list[str]:
    """A row's text as lines; a two-column row's name becomes a ``Name:`` label."""
    if len(cells) == 2:
        name, speech = cells[0].strip().rstrip(":").strip(), cells[1].split("\n")
        if name and "\n" not in name:
            return [f"{name}: {speech[0]}", *speech[1:]]
        return [*cells[0].split("\n"), *speech]
    return [line for cell in cells for line in cell.split("\n")]
