"""The text of a Word document's paragraphs as Word shows it with changes accepted.

python-docx reads a paragraph's runs that stand directly in it (and in hyperlinks), and
the paragraphs that stand directly in the body or a cell. A transcript someone has
corrected with *Track changes* holds its inserted words in ``w:ins``; content controls
(``w:sdt``), smart tags and simple fields wrap runs and paragraphs too. Read past them,
that text would be lost without a word, and a corrected transcript would look like the
uncorrected one. Here the inserted text is read and the deleted text (``w:del``,
``w:moveFrom``) is not, as if every change had been accepted.
"""

from __future__ import annotations

from collections.abc import Iterator

from qualkod.ingest._text import visible

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def qn(name: str) -> str:
    """``w:p`` as lxml names it (python-docx's own helper, without importing it here)."""
    return _W + name.removeprefix("w:")


PARAGRAPH = qn("w:p")
TABLE = qn("w:tbl")
_TEXT = qn("w:t")
_TABS = (qn("w:tab"), qn("w:ptab"))
_HYPHEN = qn("w:noBreakHyphen")
_CONTROL = qn("w:sdt")
_BREAKS = (qn("w:br"), qn("w:cr"))
_NOT_SHOWN = frozenset(
    qn(f"w:{name}")
    for name in (
        "del",
        "moveFrom",
        "pPr",
        "rPr",
        "sdtPr",
        "sdtEndPr",
        "instrText",
        "delText",
        "fldChar",
        "drawing",
        "pict",
    )
)
"""Deleted or moved-away text, properties, a field's code (only its result shows), and
drawings (a text box stands outside the speech, as python-docx also reads it)."""
_WRAPPERS = frozenset(
    qn(f"w:{name}") for name in ("sdt", "sdtContent", "customXml", "ins", "moveTo")
)
"""Elements between the body (or a cell) and its paragraphs and tables."""


def blocks(container) -> Iterator:
    """The paragraphs and tables of a body or a table cell (lxml elements), in order,
    also those inside content controls and tracked insertions."""
    for child in container.iterchildren():
        if child.tag in (PARAGRAPH, TABLE):
            yield child
        elif child.tag in _WRAPPERS and not _placeholder(child):
            yield from blocks(child)


def paragraph_text(paragraph) -> str:
    """A ``w:p`` element's text: tabs as tabs, line breaks as ``\\n``, characters that
    show as nothing (a zero-width space, a direction mark) left out."""
    return visible("".join(_pieces(paragraph)))


def _pieces(element) -> Iterator[str]:
    for child in element.iterchildren():
        if child.tag in _NOT_SHOWN or _placeholder(child):
            continue
        if child.tag == _TEXT:
            yield child.text or ""
        elif child.tag in _TABS:
            yield "\t"
        elif child.tag == _HYPHEN:
            yield "-"
        elif child.tag in _BREAKS:
            # a page or column break ends no line of speech (python-docx reads it so)
            yield "" if child.get(qn("w:type")) in ("page", "column") else "\n"
        else:
            yield from _pieces(child)


def _placeholder(element) -> bool:
    """A content control showing its placeholder ('Klicka här för att ange text.')."""
    if element.tag != _CONTROL:
        return False
    properties = element.find(qn("w:sdtPr"))
    return properties is not None and properties.find(qn("w:showingPlcHdr")) is not None


def cell_text(cell) -> str:
    """A table cell's text: its paragraphs joined by line breaks (python-docx's cell
    text, with changes accepted)."""
    return "\n".join(paragraph_text(block) for block in blocks(cell._tc) if block.tag == PARAGRAPH)
