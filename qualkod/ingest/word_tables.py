"""Word transcripts laid out as a table: one row per turn.

Three layouts are read, each row becoming a line for the line layouts (see
:mod:`qualkod.ingest.lines`):

* two columns, the speaker's name and the speech (``Anna Berg | Hej.``), read as a
  ``Name: text`` line; a row with an empty name cell continues the turn above;
* three columns, the name and the time in either order, then the speech
  (``Anna Berg | 0:03 | Hej.`` or ``0:03 | Anna Berg | Hej.``), read as a
  ``Name   0:03   Hej.`` line (:mod:`qualkod.ingest.inline`), so that the rows are
  turns only as that layout's rules say; a first row without a time is the table's
  heading (``Tid | Talare | Text``) and is left out;
* one column of ``Name: text`` cells.

Other tables (more columns, or three without a time in the first two) are refused with
advice to convert them to text.

Paragraphs under a table of turns are a transcriber's notes (``Transkriberat av ...
2025-03-02``, ``Slut på inspelningen``), not speech: they are left out, not joined onto
the last turn, until a paragraph starts with one of the tables' speakers (a turn
written under the table, which is read).
"""

from __future__ import annotations

from qualkod.errors import TranscriptError
from qualkod.ingest.labels import match_label
from qualkod.ingest.timecode import parse_time
from qualkod.ingest.word_text import TABLE, blocks, cell_text, paragraph_text

TABLE_UNIT = "paragraph or table row"
"""What a line number counts when tables are read: paragraphs and rows in order."""


def document_rows(
    document, source: str, *, only: set[int] | None = None, speakers: frozenset[str] = frozenset()
) -> list[tuple[int, str]]:
    """The document's paragraphs and table rows in order, as numbered lines.

    ``only`` names the tables to read by their place among the document's tables (all
    when None); the rows of the others are numbered but not read. ``speakers`` are names
    that start a turn in a paragraph under a table besides the tables' own.

    Raises:
        TranscriptError: for a table qualkod does not read.
    """
    from docx.table import Table

    lines: list[tuple[int, str]] = []
    number = 0
    names: set[str] = set(speakers)  # the speakers of the tables so far
    after_table = False
    tables = -1
    for element in blocks(document.element.body):
        if element.tag == TABLE:
            tables += 1
            rows = Table(element, document._body).rows
            if only is not None and tables not in only:
                number += len(rows)
                continue
            for k, row in enumerate(rows):
                number += 1
                cells = _cells(row, source, number)
                if len(cells) == 3 and k == 0 and _timed(cells) is None:
                    continue  # the heading row of a table of name, time and speech
                lines += [(number, line) for line in _row_lines(cells, source, number)]
                names |= _row_names(cells)
            after_table = bool(names)
        else:
            number += 1
            text = paragraph_text(element)
            if after_table and not _starts_a_turn(text, names):
                continue  # a note under the turns ('Slut på inspelningen'), no speech
            after_table = False
            lines += [(number, line) for line in _row_lines([text], source, number)]
    return lines


def table_speakers(document) -> list[tuple[int, list[str], list[str]]]:
    """For each of the document's tables, in order: the number of its first row (as
    :func:`document_rows` numbers them), the speaker each row names, if any (a
    table qualkod does not read names none), and those rows' texts, one a name."""
    from docx.table import Table

    found: list[tuple[int, list[str], list[str]]] = []
    number = 0
    for element in blocks(document.element.body):
        if element.tag != TABLE:
            number += 1
            continue
        rows = Table(element, document._body).rows
        names: list[str] = []
        texts: list[str] = []
        try:
            for k, row in enumerate(rows):
                for name, text in sorted(_row_names(_cells(row, "", number + k + 1))):
                    names.append(name)
                    texts.append(text)
        except TranscriptError:
            names, texts = [], []  # more than three columns: no table of turns
        found.append((number + 1, names, texts))
        number += len(rows)
    return found


def _row_names(cells: list[str]) -> set[tuple[str, str]]:
    """The speaker a table row names, if any, with the row's text: a two-column row's
    first cell, a timed three-column row's name, a one-column row's ``Name:`` label."""
    if len(cells) == 2:
        name = cells[0].strip().rstrip(":").strip()
        return {(name, cells[1].strip())} if name and "\n" not in name else set()
    if len(cells) == 3:
        timed = _timed(cells)
        return {(timed[0], timed[2])} if timed and timed[0] else set()
    match = match_label(cells[0]) if cells else None
    return {(match["name"], (match["text"] or "").strip())} if match else set()


def _starts_a_turn(text: str, names: set[str]) -> bool:
    """True when a paragraph starts with a table speaker's name followed by a colon or
    a space (``IP 1: ...``, ``IP 1   0:03   ...``): a turn written under the table."""
    text = text.strip()
    return any(
        text.startswith(name) and text[len(name) : len(name) + 1] in (":", " ", "\t")
        for name in names
    )


def _cells(row, source: str, number: int) -> list[str]:
    cells, seen = [], set()
    for cell in row.cells:  # a merged cell is listed once per grid column it spans
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell_text(cell))
    if len(cells) > 3:
        raise _unread(source, f"a table with {len(cells)} columns", number)
    return cells


def _unread(source: str, what: str, number: int) -> TranscriptError:
    return TranscriptError(
        source,
        f"{what}; qualkod reads tables of 'Name | text', 'Name | 0:03 | text' or "
        "'Name: text' rows only: convert the table to text in Word (Table Layout > "
        "Convert to Text) as 'Name: text' lines and import again",
        line=number,
        unit=TABLE_UNIT,
    )


def _timed(cells: list[str]) -> tuple[str, str, str] | None:
    """(name, time, speech) of a three-column row whose first or second cell is a
    time; None for any other row."""
    first, second, speech = (cell.strip() for cell in cells)
    if not first and not second:  # no name, no time: the speech goes on
        return "", "", speech
    for name, time in ((first, second), (second, first)):
        if parse_time(time) is not None and "\n" not in name and parse_time(name) is None:
            return name, time, speech
    return None


def _row_lines(cells: list[str], source: str, number: int) -> list[str]:
    """A row's text as lines; a two-column row's name becomes a ``Name:`` label, and a
    three-column row a ``Name   0:03   text`` line."""
    if len(cells) == 3:
        if (timed := _timed(cells)) is None:
            raise _unread(source, "a table of 3 columns without a time in the first two", number)
        name, time, speech = timed
        lines = speech.split("\n")
        if not name:  # an empty name cell: the speech goes on with the turn above
            return lines
        return [f"{name}   {time}   {lines[0]}", *lines[1:]]
    if len(cells) == 2:
        name, speech = cells[0].strip().rstrip(":").strip(), cells[1].split("\n")
        if name and "\n" not in name:
            return [f"{name}: {speech[0]}", *speech[1:]]
        return [*cells[0].split("\n"), *speech]
    return [line for cell in cells for line in cell.split("\n")]
