"""The thematic-analysis chapter as a Word document, built only from the project's data.

Everything in the chapter comes from the codebook (themes, codes, definitions,
references), the theory catalogue (concepts, definitions, sources), the codings
(quotes), the links of quotes to concepts, the memos (the analyst's interpretation) and
the transcripts' metadata; the tool writes no interpretation of its own. Its fixed
sentences (:mod:`qualkod.export.chapter_text`) only introduce what the data holds.

The chapter: material and method (with the coders' agreement per theme in a table);
one section per theme, its quotes grouped by code with the code's definition, each
speaker introduced once, short quotes in the running text and long ones as block
quotes; then per theme the concepts its quotes are linked to, each with only its own
quotes and their link memos; a summary with a table and the chart; a discussion per
concept across the themes, from the theme x concept memos and the linked quotes, with
the theme x concept matrix; references; and all quotes in an appendix.

Word craft: real heading styles (navigation pane, table of contents), a quote style
for block quotes, numbered captions for tables and the figure, a table style with
columns wide enough for every word, the language set on every style, fixed document
properties and zip timestamps (the same data gives the same bytes), and no raw names:
speakers are pseudonyms and names in quotes, memos and titles pass through the
project's redactor (:mod:`qualkod.redaction`). With a template, the template's styles
are used, found by their built-in names, their style ids or their Swedish names
(``Rubrik 1``, ``Citat``, ``Beskrivning``).
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
from qualkod.export import chapter_quotes as quotes_api
from qualkod.export import chapter_text as text
from qualkod.export.chapter_text import TEXTS, LeadIns, Quote
from qualkod.models import Code, Memo
from qualkod.store import Project

STYLE_NAMES = {
    "heading 1": ("Heading 1", "heading 1", "Rubrik 1", "Heading1", "Rubrik1"),
    "heading 2": ("Heading 2", "heading 2", "Rubrik 2", "Heading2", "Rubrik2"),
    "heading 3": ("Heading 3", "heading 3", "Rubrik 3", "Heading3", "Rubrik3"),
    "heading 4": ("Heading 4", "heading 4", "Rubrik 4", "Heading4", "Rubrik4"),
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
    """At most this many quotes shown per theme: the featured ones first, then a
    selection that takes the interviewees in turn."""
    coder: str | None = None
    """Only this coder's codings; default all."""
    template: Path | None = None


@dataclass(frozen=True)
class ChapterResult:
    """What was written."""

    themes: int
    quotes: int
    """Quotes shown in the theme sections."""
    concepts: int
    """Theme x concept pairs discussed (a concept with linked quotes in a theme)."""


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
        self.lang = settings.lang
        self.texts = TEXTS[settings.lang]
        self.leads = LeadIns(settings.lang)
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
        if self.settings.number is not None and numbered:
            if level == 1:
                prefix = self.settings.number
            else:
                while len(self.numbers) < level - 1:
                    self.numbers.append(0)
                del self.numbers[level - 1 :]
                self.numbers[level - 2] += 1
                prefix = ".".join([self.settings.number, *map(str, self.numbers[: level - 1])])
        style = self.style(f"heading {level}")
        if style is None and level >= 4:  # a template without it: a bold run-in heading
            paragraph = self.document.add_paragraph()
            paragraph.add_run(title).bold = True
            paragraph.paragraph_format.keep_with_next = True
            return
        if style is None:
            raise QualkodError(
                f"--template: it has no heading {level} style (Heading {level} or Rubrik {level})"
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

    def caption(self, words: str) -> None:
        paragraph = self.document.add_paragraph(words)
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
            self.caption(caption.format(n=self.tables))
        table = add_table(self.document, header, rows, widths=widths, font_size=size)
        style = self.style("table")
        if style is not None:
            table.style = style
        self.document.add_paragraph()  # space after the table
        return self.tables


def _build(project: Project, settings: ChapterSettings) -> tuple[bytes, ChapterResult]:
    from qualkod.export import _word

    _check(settings)
    material = analysis.load_material(project, coder=settings.coder)
    if not material.codings:
        who = f" by {settings.coder}" if settings.coder else ""
        raise QualkodError(f"no codings{who} in {project.location}: code first, or check --coder")
    document = _word.new_document(settings.lang, template=settings.template)
    if settings.template is not None:
        _word.clear_body(document)
    else:
        _word.add_quote_style(document, STYLE_NAMES["quote"][0])
    writer = _Writer(document, settings)
    texts = writer.texts
    lang = settings.lang
    rows = quotes_api.quotes_of(material)
    themes = material.codebook.themes
    by_theme = {t.id: [q for q in rows if q.theme == t.id] for t in themes}
    unique = {t.id: quotes_api.unique(by_theme[t.id]) for t in themes}
    memos = [m for m in list_memos(project) if m.coding_id is None]
    method, theory = quotes_api.citations(material)

    writer.heading(texts["title"], 1)
    writer.heading(texts["intro_title"], 2)
    every = [q for t in themes for q in unique[t.id]]
    linking = (
        (
            sum(len({c for c, _ in q.links}) for q in every),
            sum(bool(q.links) for q in every),
            len({c for q in every for c, _ in q.links}),
        )
        if material.catalogue
        else None
    )
    for paragraph in text.introduction(
        material,
        lang,
        method=method,
        theory=theory,
        linking=linking,
        suggestions=quotes_api.suggestion_counts(project, material),
    ):
        writer.paragraph(paragraph)
    agreement = _agreement(project, material)
    if agreement is not None:
        writer.paragraph(text.agreement_sentence(agreement, lang, writer.tables + 1))
        names = {t.id: t.name for t in themes}
        writer.table(
            texts["agreement_caption"],
            texts["agreement_header"],
            text.agreement_rows(agreement, names, lang),
            widths=[4, 2, 1.5, 1.5, 1.5],
        )

    shown = 0
    defined: set[str] = set()
    pairs = 0
    for theme in themes:
        chosen = quotes_api.chosen(unique[theme.id], settings.max_quotes)
        shown += len(chosen)
        _theme_section(writer, material, theme, by_theme[theme.id], chosen, memos)
        pairs += _theme_concepts(writer, material, theme, unique[theme.id], defined)

    writer.heading(texts["summary_title"], 2)
    writer.paragraph(text.themes_summary(material, unique, lang))
    writer.table(
        texts["summary_caption"],
        texts["summary_header"],
        [
            [
                t.name,
                str(len(unique[t.id])),
                str(len({q.speaker for q in unique[t.id]})),
                str(sum(bool(q.links) for q in unique[t.id])),
            ]
            for t in themes
        ],
        widths=[5, 1.5, 2, 2],
    )
    _figure(writer, material)

    _discussion(writer, material, unique, memos, theory)

    writer.heading(texts["references_title"], 2, numbered=False)
    for reference in text.references(material):
        _reference(writer, " ".join(reference.text.split()))

    _word.landscape_section(document)
    writer.heading(texts["appendix_title"], 2, numbered=False)
    for theme_id in dict.fromkeys(q.theme for q in rows):
        writer.heading(_code_name(material, theme_id), 3, numbered=False)
        writer.table(
            "",
            texts["appendix_header"],
            [
                [
                    _code_name(material, q.code),
                    q.speaker,
                    q.transcript,
                    q.start,
                    q.text,
                    "\n".join(material.concept_name(c) for c, _ in q.links),
                ]
                for q in rows
                if q.theme == theme_id
            ],
            widths=[2.2, 1.1, 1.6, 1.4, 8, 2.6],
            size=8,
        )
    data = _word.document_bytes(document, title=texts["title"], language=lang)
    return data, ChapterResult(len(themes), shown, pairs)


def _theme_section(
    writer: _Writer,
    material: Material,
    theme: Code,
    rows: list[Quote],
    chosen: list[Quote],
    memos: Sequence[Memo],
) -> None:
    """The theme's definition and memos, then its quotes grouped by code."""
    texts, lang = writer.texts, writer.lang
    unique = quotes_api.unique(rows)
    writer.heading(theme.name, 2)
    writer.paragraph(
        material.redact(theme.definition).strip()
        + " "
        + texts["theme_count"].format(
            quotes=text.count(len(unique), "quote", lang),
            interviewees=text.count(len({q.speaker for q in unique}), "interviewee", lang),
        )
    )
    for memo in _memos_on(memos, theme.id, None):
        writer.paragraph(material.redact(memo.text))
    _render(writer, [q for q in chosen if q.code == theme.id])
    for number, code in enumerate(c for c in theme.walk() if c.id != theme.id):
        coded = quotes_api.unique([q for q in rows if q.code == code.id])
        if not coded:
            continue
        shown = [q for q in chosen if q.code == code.id]
        writer.heading(code.name, 3)
        sentences = [
            material.redact(code.definition).strip(),
            texts["code_count"][number % len(texts["code_count"])].format(
                quotes=text.count(len(coded), "quote", lang),
                interviewees=text.count(len({q.speaker for q in coded}), "interviewee", lang),
            ),
        ]
        if not shown:
            sentences.append(texts["none_shown"][len(coded) != 1])
        elif len(shown) < len(coded):
            sentences.append(
                text.capital(
                    texts["some_shown"].format(
                        shown=text.spelled(len(shown), lang, neuter=True),
                        are=text.are(len(shown), lang),
                    )
                )
            )
        writer.paragraph(" ".join(s for s in sentences if s))
        for memo in _memos_on(memos, code.id, None):
            writer.paragraph(material.redact(memo.text))
        _render(writer, shown)


def _render(writer: _Writer, quotes: Sequence[Quote]) -> None:
    """Quotes with varied lead-ins; a speaker's consecutive quotes are introduced once.
    Short quotes run in the text in quotation marks, long ones are block quotes."""
    leads, lang = writer.leads, writer.lang
    previous: Quote | None = None
    running = None  # the paragraph a short quote of the same speaker continues
    for quote in quotes:
        same = previous is not None and (previous.speaker, previous.transcript_id) == (
            quote.speaker,
            quote.transcript_id,
        )
        if same:
            lead = leads.pick("lead_same_turn" if previous.turn == quote.turn else "lead_later")
        if quote.short:
            if same:
                sentence = f"{lead} {text.inline(quote, lang)}."
                if running is not None:
                    running.add_run(f" {sentence}")
                else:
                    running = writer.paragraph(sentence)
            else:
                lead = leads.pick("lead_inline", speaker=quote.speaker)
                running = writer.paragraph(f"{lead}{text.inline(quote, lang)}.")
        else:
            writer.lead(lead if same else leads.pick("lead_block", speaker=quote.speaker))
            writer.block(quote)
            running = None
        previous = quote


def _theme_concepts(
    writer: _Writer, material: Material, theme: Code, unique: list[Quote], defined: set[str]
) -> int:
    """Per concept the theme's quotes are linked to: its definition (the first time), and
    only its own quotes, each with its link memo. Returns the number of concepts."""
    texts, lang = writer.texts, writer.lang
    linked = quotes_api.linked(material, theme, unique)
    if not linked:
        return 0
    writer.heading(texts["concepts_title"], 3)
    writer.paragraph(
        texts["concepts_intro"].format(
            concepts=text.count(len(linked), "concept", lang),
            names=text.join([material.concept_name(c) for c in linked], lang),
        )
    )
    for concept_id, quotes in linked.items():
        concept = material.concept(concept_id)
        writer.heading(concept.name, 4, numbered=False)
        if concept_id not in defined:
            defined.add(concept_id)
            definition = " ".join(concept.definition.split()).rstrip(".")
            writer.paragraph(f"{definition} ({concept.source.citation()}).")
        _evidence(writer, concept_id, quotes)
    return len(linked)


def _evidence(writer: _Writer, concept_id: str, quotes: list[Quote]) -> None:
    texts, lang = writer.texts, writer.lang
    speakers = list(dict.fromkeys(q.speaker for q in quotes))
    counts = {
        "quotes": text.count(len(quotes), "quote", lang),
        "interviewees": text.count(len(speakers), "interviewee", lang),
        "are": text.are(len(quotes), lang),
    }
    memoed = [q for q in quotes if q.memos(concept_id)]
    bare = [q for q in quotes if not q.memos(concept_id)]
    if not memoed:
        writer.paragraph(
            text.capital(texts["linked_cited"].format(cite=text.cite(quotes), **counts))
        )
        return
    sentences = [text.capital(texts["linked"].format(**counts))]
    speaker = memoed[0].speaker
    for quote in memoed:
        if quote.speaker != speaker and len(sentences) >= 3:
            writer.paragraph(" ".join(sentences))
            sentences = []
        speaker = quote.speaker
        sentences += [text.with_citation(m, text.cite([quote])) for m in quote.memos(concept_id)]
    if bare:
        sentences.append(
            text.capital(
                texts["also_linked"].format(
                    quotes=text.count(len(bare), "quote", lang),
                    cite=text.cite(bare),
                    are=text.are(len(bare), lang),
                )
            )
        )
    writer.paragraph(" ".join(sentences))


def _discussion(
    writer: _Writer,
    material: Material,
    unique: dict[str, list[Quote]],
    memos: Sequence[Memo],
    theory: list[str],
) -> None:
    """Per concept across the themes: the theme x concept memos, citing the linked quotes."""
    texts, lang = writer.texts, writer.lang
    themes = material.codebook.themes
    linked = {t.id: quotes_api.linked(material, t, unique[t.id]) for t in themes}
    concepts = [
        c.id
        for c in (material.catalogue.concepts if material.catalogue else ())
        if any(c.id in linked[t.id] for t in themes)
    ]
    writer.heading(texts["discussion_title"], 2)
    source = text.join([text.narrative(c) for c in theory], lang)
    if not concepts:
        writer.paragraph(texts["discussion_none"].format(cite=source))
        return
    expected = [
        c.id
        for c in material.catalogue.concepts
        if any(c.id in t.linked_concepts() for t in themes) and c.id not in concepts
    ]
    intro = texts["discussion_intro"].format(cite=source, table=writer.tables + 1)
    if expected:
        names = [material.concept_name(c) for c in expected]
        intro += texts["unlinked"].format(names=text.join(names, lang))
    writer.paragraph(intro)
    rows = []
    for concept in material.catalogue.concepts:
        if concept.id not in concepts and concept.id not in expected:
            continue
        cells = [linked[t.id].get(concept.id, []) for t in themes]
        every = [q for cell in cells for q in cell]
        rows.append(
            [concept.name]
            + [f"{len(cell)} ({len({q.speaker for q in cell})})" for cell in [*cells, every]]
        )
    writer.table(
        texts["matrix_caption"],
        [texts["matrix_first"], *(t.name for t in themes), texts["total"]],
        rows,
        widths=[4, *([2] * len(themes)), 1.5],
        size=8,
    )
    for concept_id in concepts:
        writer.heading(material.concept_name(concept_id), 3)
        with_quotes = [t for t in themes if concept_id in linked[t.id]]
        every = [q for t in with_quotes for q in linked[t.id][concept_id]]
        writer.paragraph(
            texts["concept_overview"].format(
                name=material.concept_name(concept_id),
                quotes=text.count(len(every), "quote", lang),
                interviewees=text.count(len({q.speaker for q in every}), "interviewee", lang),
                themes=text.of_themes(len(with_quotes), len(themes), lang),
            )
        )
        for theme in with_quotes:
            quotes = linked[theme.id][concept_id]
            ids = {c.id for c in theme.walk()}
            notes = [
                material.redact(m.text).strip()
                for m in memos
                if m.concept_id == concept_id and m.code_id in ids
            ]
            if notes:
                notes[-1] = text.with_citation(notes[-1], text.cite(quotes))
                words = " ".join(notes)
            else:
                words = text.capital(
                    texts["theme_linked"].format(
                        quotes=text.count(len(quotes), "quote", lang),
                        interviewees=text.count(
                            len({q.speaker for q in quotes}), "interviewee", lang
                        ),
                        cite=text.cite(quotes),
                        are=text.are(len(quotes), lang),
                    )
                )
            writer.paragraph(words, label=f"{theme.name}.")


def _code_name(material: Material, code_id: str) -> str:
    code = material.codebook.code(code_id)
    return code.name if code else code_id


def _memos_on(memos: Sequence[Memo], code: str, concept: str | None) -> list[Memo]:
    return [m for m in memos if m.code_id == code and m.concept_id == concept]


def _reference(writer: _Writer, words: str) -> None:
    from docx.shared import Cm

    paragraph = writer.paragraph(words)
    paragraph.paragraph_format.left_indent = Cm(1.25)
    paragraph.paragraph_format.first_line_indent = Cm(-1.25)


def _figure(writer: _Writer, material: Material) -> None:
    from docx.shared import Cm

    from qualkod.export.chart import quotes_chart

    data = quotes_chart(material, title=writer.texts["chart"])
    writer.document.add_picture(io.BytesIO(data), width=Cm(15))
    writer.document.paragraphs[-1].paragraph_format.keep_with_next = True
    writer.figures += 1
    writer.caption(writer.texts["figure"].format(n=writer.figures))
    writer.document.paragraphs[-1].paragraph_format.keep_with_next = False


def _agreement(project: Project, material: Material):
    """Agreement between all the project's coders, when there are two or more."""
    coders = sorted({c.coder for c in list_codings(project)})
    if len(coders) < 2:
        return None
    try:
        return analysis.agreement(project, coders, material.codebook, redactor=material.redactor)
    except QualkodError:  # no transcript coded by all of them
        return None
