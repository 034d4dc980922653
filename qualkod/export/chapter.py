"""The thematic-analysis chapter as a Word document, built only from the project's data.

Everything in the chapter comes from the codebook (themes, definitions, references),
the theory catalogue (concepts, definitions, sources), the codings (quotes), the memos
(the analyst's interpretation) and the transcripts' metadata; the tool writes no
interpretation of its own. Its fixed sentences only introduce what the data holds.

Word craft: real heading styles (navigation pane, table of contents), a quote style
for the verbatim quotes, captions for the table and the figure, a table style, the
language set on every style, fixed document properties and zip timestamps (the same
data gives the same bytes), and no raw names: speakers are pseudonyms and names in
quotes, memos and titles pass through the project's redactor (:mod:`qualkod.redaction`). With a
template, the template's styles are used, found by their built-in names, their style
ids or their Swedish names (``Rubrik 1``, ``Citat``, ``Beskrivning``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from qualkod import analysis
from qualkod.analysis.tables import Material
from qualkod.coding import codings as list_codings
from qualkod.coding import memos as list_memos
from qualkod.errors import QualkodError
from qualkod.export import chapter_text
from qualkod.export.chapter_text import TEXTS
from qualkod.models import Memo
from qualkod.store import Project

STYLE_NAMES = {
    "heading 1": ("Heading 1", "heading 1", "Rubrik 1", "Heading1", "Rubrik1"),
    "heading 2": ("Heading 2", "heading 2", "Rubrik 2", "Heading2", "Rubrik2"),
    "heading 3": ("Heading 3", "heading 3", "Rubrik 3", "Heading3", "Rubrik3"),
    "quote": ("Intervjucitat", "Quote", "Citat"),
    "caption": ("Caption", "caption", "Beskrivning", "Bildtext"),
    "table": ("Table Grid", "Tabellrutnät", "TableGrid"),
}


@dataclass(frozen=True)
class ChapterSettings:
    """How the chapter is written."""

    lang: str = "sv"
    number: str | None = None
    """Chapter number such as ``7.2``; headings are numbered under it."""
    max_quotes: int = 4
    """Quotes per theme when none are featured (a balanced selection)."""
    coder: str | None = None
    """Only this coder's codings; default all."""
    template: Path | None = None


@dataclass(frozen=True)
class ChapterResult:
    """What was written."""

    themes: int
    quotes: int
    concepts: int


def build_chapter(project: Project, settings: ChapterSettings) -> bytes:
    """The chapter's .docx bytes (see the module docstring).

    Raises:
        QualkodError: for a bad language, number of quotes or template, or no codings.
    """
    return _build(project, settings)[0]


def write_chapter(project: Project, path: str | Path, settings: ChapterSettings) -> ChapterResult:
    """Build the chapter and write it atomically to ``path``."""
    from qualkod.output_files import write_atomic

    data, result = _build(project, settings)
    write_atomic(path, data)
    return result


def _check(settings: ChapterSettings) -> None:
    if settings.lang not in TEXTS:
        raise QualkodError(f"--lang {settings.lang}: use sv or en")
    if settings.max_quotes < 1:
        raise QualkodError(f"--max-quotes {settings.max_quotes}: use 1 or more")
    if settings.number is not None and not all(
        part.isdigit() for part in settings.number.split(".")
    ):
        raise QualkodError(f"--number {settings.number}: use digits and dots, such as 7.2")
    if settings.template is not None:
        template = Path(settings.template)
        if not template.is_file():
            raise QualkodError(f"--template {template}: no such file")
        if template.suffix.lower() not in (".docx", ".dotx"):
            raise QualkodError(f"--template {template}: use a Word .docx or .dotx file")


class _Writer:
    """Adds the chapter's parts to a document, with the template's styles."""

    def __init__(self, document, settings: ChapterSettings) -> None:
        self.document = document
        self.settings = settings
        self.texts = TEXTS[settings.lang]
        self.numbers: list[int] = []
        self.figures = 0
        self.tables = 0
        self._styles: dict[str, object] = {}

    def style(self, role: str):
        """The document's style for a role (by built-in, id or Swedish name), or None."""
        if role not in self._styles:
            candidates = STYLE_NAMES[role]
            self._styles[role] = next(
                (
                    style
                    for name in candidates
                    for style in self.document.styles
                    if style.name == name or style.style_id == name.replace(" ", "")
                ),
                None,
            )
        return self._styles[role]

    def heading(self, text: str, level: int, *, numbered: bool = True) -> None:
        prefix = ""
        if self.settings.number is not None and numbered:
            if level == 1:
                prefix = self.settings.number
            else:
                while len(self.numbers) < level - 1:
                    self.numbers.append(0)
                del self.numbers[level - 1 :]
                self.numbers[level - 2] += 1
                prefix = ".".join([self.settings.number, *map(str, self.numbers[: level - 1])])
        paragraph = self.document.add_paragraph(f"{prefix} {text}".strip())
        style = self.style(f"heading {level}")
        if style is None:
            raise QualkodError(
                f"--template: it has no heading {level} style (Heading {level} or Rubrik {level})"
            )
        paragraph.style = style

    def paragraph(self, text: str):
        return self.document.add_paragraph(text)

    def quote(self, text: str, source: str) -> None:
        paragraph = self.document.add_paragraph()
        style = self.style("quote")
        if style is not None:
            paragraph.style = style
        else:  # no quote style in the template: indent by hand
            from docx.shared import Cm

            paragraph.paragraph_format.left_indent = Cm(1)
            paragraph.paragraph_format.right_indent = Cm(1)
        paragraph.add_run(f"\u201d{text}\u201d")
        paragraph.add_run(f" ({source})").italic = False

    def caption(self, text: str) -> None:
        paragraph = self.document.add_paragraph(text)
        style = self.style("caption")
        if style is not None:
            paragraph.style = style
        else:
            for run in paragraph.runs:
                run.italic = True

    def table(self, header: list[str], rows: list[list[str]], widths) -> None:
        from qualkod.export._word import add_table

        table = add_table(self.document, header, rows, widths=widths, font_size=9)
        style = self.style("table")
        if style is not None:
            table.style = style


def _build(project: Project, settings: ChapterSettings) -> tuple[bytes, ChapterResult]:
    from qualkod.export import _word

    _check(settings)
    material = analysis.load_material(project, coder=settings.coder)
    if not material.codings:
        who = f" by {settings.coder}" if settings.coder else ""
        raise QualkodError(f"no codings{who} in {project.location}: code first, or check --coder")
    document = _word.new_document(settings.lang, template=settings.template)
    if settings.template is not None:
        _clear_body(document)
    else:
        _add_quote_style(document)
    writer = _Writer(document, settings)
    quotes = analysis.quotes(material)
    memos = [m for m in list_memos(project) if m.coding_id is None]
    texts = writer.texts

    writer.heading(texts["title"], 1)
    writer.heading(texts["intro_title"], 2)
    agreement = _agreement(project, material)
    for text in chapter_text.introduction(material, settings.lang, agreement):
        writer.paragraph(text)

    used_quotes = 0
    concept_links = 0
    for theme in material.codebook.themes:
        rows = quotes[quotes["theme"] == theme.id]
        writer.heading(theme.name, 2)
        writer.paragraph(material.redact(theme.definition))
        for memo in _memos_on(memos, theme.id, None):
            writer.paragraph(material.redact(memo.text))
        chosen = _chosen_quotes(rows, settings.max_quotes)
        used_quotes += len(chosen)
        for _, row in chosen.iterrows():
            lead = writer.paragraph(texts["describes"].format(speaker=row["speaker"]))
            lead.paragraph_format.keep_with_next = True
            writer.quote(row["quote"], _source(row))
        for concept_id in theme.linked_concepts():
            concept = material.concept(concept_id)
            if concept is None:
                continue
            concept_links += 1
            writer.heading(concept.name, 3)
            citation = concept.source.citation()
            definition = concept.definition.strip().rstrip(".")
            writer.paragraph(f"{concept.name}: {definition} ({citation}).")
            linked = [concept_id in ids.split("; ") for ids in rows["concepts"]]
            illustrating = rows[linked]
            if len(illustrating):
                shown = [i for i in chosen.index if i in set(illustrating.index)]
                writer.paragraph(
                    chapter_text.illustrated_by(illustrating, chosen.loc[shown], settings.lang)
                )
            for memo in _memos_on(memos, theme.id, concept_id):
                writer.paragraph(material.redact(memo.text))

    writer.heading(texts["summary_title"], 2)
    for text in chapter_text.summary(material, quotes, settings.lang):
        writer.paragraph(text)
    writer.tables += 1
    writer.caption(texts["table"].format(n=writer.tables))
    concept_rows = []
    for theme in material.codebook.themes:
        rows = quotes[quotes["theme"] == theme.id]
        names = [material.concept_name(k) for k in theme.linked_concepts() if material.concept(k)]
        concept_rows.append(
            [theme.name, "\n".join(names), str(len(rows)), str(rows["speaker"].nunique())]
        )
    writer.table(texts["summary_header"], concept_rows, widths=[3, 5, 1, 2])
    _figure(writer, material)

    _landscape_section(document)
    writer.heading(texts["appendix_title"], 2, numbered=False)
    writer.table(
        texts["appendix_header"],
        [
            [r.theme_name, r.code_name, r.speaker, r.transcript, r.start, r.quote]
            for r in quotes.itertuples()
        ],
        widths=[2, 2.2, 1.2, 2, 1.7, 7],
    )
    writer.heading(texts["references_title"], 2, numbered=False)
    for text in chapter_text.references(material):
        writer.paragraph(text)
    data = _word.document_bytes(document, title=texts["title"], language=settings.lang)
    return data, ChapterResult(len(material.codebook.themes), used_quotes, concept_links)


QUOTE_STYLE = "Intervjucitat"


def _add_quote_style(document) -> None:
    """A paragraph style for verbatim quotes: indented both sides, italic, kept together."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt

    style = document.styles.add_style(QUOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    style.font.italic = True
    style.paragraph_format.left_indent = Cm(1.25)
    style.paragraph_format.right_indent = Cm(1.25)
    style.paragraph_format.space_after = Pt(10)
    style.paragraph_format.keep_together = True


def _landscape_section(document) -> None:
    """A new page in landscape for the wide appendix table."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    section = document.add_section(WD_SECTION.NEW_PAGE)
    if section.page_width < section.page_height:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width


def _clear_body(document) -> None:
    """Keep a template's styles, headers and page setup; drop its example text."""
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)


def _memos_on(memos: Sequence[Memo], theme: str, concept: str | None) -> list[Memo]:
    return [m for m in memos if m.code_id == theme and m.concept_id == concept]


def _source(row) -> str:
    where = f"{row['speaker']}, {row['transcript']}"
    return f"{where}, {row['start']}" if row["start"] else where


def _chosen_quotes(rows, limit: int):
    """Featured quotes, or a balanced selection: interviewees in turn, first quotes first."""
    featured = rows[rows["featured"]]
    if len(featured):
        return featured.drop_duplicates(subset=["transcript_id", "turn", "quote"])
    unique = rows.drop_duplicates(subset=["transcript_id", "turn", "quote"])
    by_speaker = {s: list(group.index) for s, group in unique.groupby("speaker", sort=True)}
    picked: list[int] = []
    while len(picked) < limit and any(by_speaker.values()):
        for speaker in sorted(by_speaker):
            if by_speaker[speaker] and len(picked) < limit:
                picked.append(by_speaker[speaker].pop(0))
    return unique.loc[sorted(picked, key=list(unique.index).index)]


def _figure(writer: _Writer, material: Material) -> None:
    from docx.shared import Cm

    from qualkod.export.chart import quotes_chart

    data = quotes_chart(material, title=writer.texts["chart"])
    writer.document.add_picture(io.BytesIO(data), width=Cm(15))
    writer.figures += 1
    writer.caption(writer.texts["figure"].format(n=writer.figures))


def _agreement(project: Project, material: Material):
    """Agreement between all the project's coders, when there are two or more."""
    coders = sorted({c.coder for c in list_codings(project)})
    if len(coders) < 2:
        return None
    try:
        return analysis.agreement(
            project, coders, material.codebook, redactor=material.redactor
        )
    except QualkodError:  # no transcript coded by all of them
        return None
