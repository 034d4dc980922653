"""The chapter's Word craft: the styles it writes with, found in a template by their
built-in names, style ids or Swedish names (:data:`STYLE_NAMES`), and
:class:`ChapterWriter`, which adds numbered headings, body paragraphs, block quotes,
captions and numbered tables to a document.

What goes into the chapter is decided in :mod:`qualkod.export.chapter` and
:mod:`qualkod.export.chapter_sections`.
"""

from __future__ import annotations

import re

from qualkod.errors import ParameterError
from qualkod.export.chapter_phrases import TEXTS
from qualkod.export.chapter_text import LeadIns, Quote

STYLE_NAMES = {
    "heading 1": ("Heading 1", "heading 1", "Rubrik 1", "Heading1", "Rubrik1"),
    "heading 2": ("Heading 2", "heading 2", "Rubrik 2", "Heading2", "Rubrik2"),
    "heading 3": ("Heading 3", "heading 3", "Rubrik 3", "Heading3", "Rubrik3"),
    "heading 4": ("Heading 4", "heading 4", "Rubrik 4", "Heading4", "Rubrik4"),
    "quote": ("Intervjucitat", "Quote", "Citat"),
    "caption": ("Caption", "caption", "Beskrivning", "Bildtext"),
    "table": ("Table Grid", "Tabellrutnät", "TableGrid"),
}


_SEQUENCE_NAME = re.compile(r"[^\W\d_]\w{0,39}")
"""A name Word numbers captions by (``Tabell``, ``Figur``): a letter, then letters or digits."""


class ChapterWriter:
    """Adds the chapter's parts to a document, with the template's styles."""

    def __init__(self, document, lang: str, number: str | None = None) -> None:
        self.document = document
        self.number = number
        self.lang = lang
        self.texts = TEXTS[lang]
        self.leads = LeadIns(lang)
        self.numbers: list[int] = []
        self.figures = 0
        self.tables = 0
        self._styles: dict[str, object] = {}

    def style(self, role: str):
        """The document's style for a role (by built-in, id or Swedish name), or None."""
        from qualkod.export._word import find_style

        if role not in self._styles:
            self._styles[role] = find_style(self.document, STYLE_NAMES[role])
        return self._styles[role]

    def heading(self, title: str, level: int, *, numbered: bool = True) -> None:
        prefix = ""
        if self.number is not None and numbered:
            if level == 1:
                prefix = self.number
            else:
                while len(self.numbers) < level - 1:
                    self.numbers.append(0)
                del self.numbers[level - 1 :]
                self.numbers[level - 2] += 1
                prefix = ".".join([self.number, *map(str, self.numbers[: level - 1])])
        style = self.style(f"heading {level}")
        if style is None and level >= 4:  # a template without it: a bold run-in heading
            paragraph = self.document.add_paragraph()
            paragraph.add_run(title).bold = True
            paragraph.paragraph_format.keep_with_next = True
            return
        if style is None:
            raise ParameterError(
                "template",
                None,
                f"it has no heading {level} style (Heading {level} or Rubrik {level})",
            )
        paragraph = self.document.add_paragraph(f"{prefix} {title}".strip())
        paragraph.style = style

    def paragraph(self, words: str = "", *, label: str | None = None):
        """A body paragraph; ``label`` starts it in bold (a run-in heading)."""
        paragraph = self.document.add_paragraph()
        if label:
            paragraph.add_run(label).bold = True
            words = f" {words}"
        if words:
            paragraph.add_run(words)
        return paragraph

    def lead(self, words: str) -> None:
        self.paragraph(words).paragraph_format.keep_with_next = True

    def block(self, quote: Quote) -> None:
        """A long quote as a block quote: indented, no quotation marks, its source after."""
        paragraph = self.document.add_paragraph()
        style = self.style("quote")
        if style is not None:
            paragraph.style = style
        else:  # no quote style in the template: indent by hand
            from docx.shared import Cm

            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.right_indent = Cm(1)
        paragraph.add_run(quote.text)
        source = quote.source()
        if source:
            paragraph.add_run(f" ({source})").italic = False

    def caption(self, template: str, number: int) -> None:
        """A caption from a template with ``{n}`` (``Tabell {n}. ...``): the number is Word's
        own numbering field for the word before it, so Word can list and refer to it."""
        from qualkod.export._word import add_sequence_field

        before, marked, after = template.partition("{n}")
        paragraph = self.document.add_paragraph(before)
        label = before.split()[-1] if before.split() else ""
        if marked and _SEQUENCE_NAME.fullmatch(label):
            add_sequence_field(paragraph, label, number)
        elif marked:  # no word Word could number by ("Tab."): the number as text
            paragraph.add_run(str(number))
        paragraph.add_run(after)
        style = self.style("caption")
        if style is not None:
            paragraph.style = style
        else:
            for run in paragraph.runs:
                run.italic = True
        paragraph.paragraph_format.keep_with_next = True

    def table(
        self, caption: str, header: list[str], rows: list[list[str]], widths, size: float = 9
    ) -> int:
        """A numbered caption above a table; returns the table's number."""
        from qualkod.export._word import add_table

        self.tables += 1
        if caption:
            self.caption(caption, self.tables)
        table = add_table(self.document, header, rows, widths=widths, font_size=size)
        style = self.style("table")
        if style is not None:
            table.style = style
        self.document.add_paragraph()  # space after the table
        return self.tables
