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

This module puts the chapter together; :mod:`qualkod.export.chapter_quotes` chooses the
quotes, :mod:`qualkod.export.chapter_sections` writes the theme sections and the
discussion, and :mod:`qualkod.export.chapter_writer` holds the Word craft.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

from qualkod import analysis
from qualkod.analysis.material import Material, read_material
from qualkod.coding import codings as list_codings
from qualkod.coding import memos as list_memos
from qualkod.errors import ParameterError, QualkodError
from qualkod.export import chapter_agreement
from qualkod.export import chapter_quotes as quotes_api
from qualkod.export import chapter_sections as sections
from qualkod.export import chapter_text as text
from qualkod.export.chapter_phrases import TEXTS
from qualkod.export.chapter_writer import STYLE_NAMES, ChapterWriter
from qualkod.models import Reference, Role
from qualkod.record_reprs import coder_name, repr_without_text
from qualkod.redaction.project import refuse_a_named_file
from qualkod.store import Project
from qualkod.transcript_titles import is_generic_title


@dataclass(frozen=True)
class ChapterSettings:
    """How the chapter is written."""

    lang: str = "sv"
    number: str | None = None
    """Chapter number such as ``7.2``; headings are numbered under it."""
    max_quotes: int = 4
    """At most this many quotes shown per theme: the featured ones first, then a
    selection that takes the interviewees in turn."""
    coder: str | None = coder_name(default=None)  # a repr hides it
    """Only this coder's codings (their memos too); default all, when no two coders
    coded the same interview."""
    template: Path | None = None

    __repr__ = repr_without_text


@dataclass(frozen=True)
class ChapterResult:
    """What was written."""

    themes: int
    quotes: int
    """Quotes shown in the theme sections."""
    concepts: int
    """Theme x concept pairs discussed (a concept with linked quotes in a theme)."""
    memos_left_out: tuple[int, ...] = ()
    """Ids of memos on themes the codebook lacks (a theme renamed since): not shown."""


def build_chapter(project: Project, settings: ChapterSettings | None = None) -> bytes:
    """The chapter's .docx bytes (see the module docstring); ``settings`` default to
    ``ChapterSettings()``: in Swedish, every coder's codings.

    Raises:
        QualkodError: when there are no codings; :class:`~qualkod.errors.ParameterError`,
            naming the setting, for a bad language, number, number of quotes, template or
            coder.
    """
    return _build(project, settings or ChapterSettings())[0]


def write_chapter(
    project: Project, path: str | Path, settings: ChapterSettings | None = None
) -> ChapterResult:
    """Build the chapter and write it atomically to ``path`` (raises as
    :func:`build_chapter` does, and as :func:`~qualkod.output_files.write_atomic` for a
    ``path`` that cannot be written)."""
    from qualkod.output_files import write_atomic

    data, result = _build(project, settings or ChapterSettings(), out=Path(path))
    write_atomic(path, data)
    return result


_CHAPTER_NUMBER = re.compile(r"[1-9][0-9]*(\.[1-9][0-9]*)*")


def chapter_number_problem(number: str | None) -> str | None:
    """What is wrong with a chapter number such as ``7.2``, or None when it will do.

    Each part is a whole number from 1, in ASCII digits (``0``, ``7.0``, ``07`` and
    superscript or Arabic-Indic digits would print as headings no thesis uses).
    """
    if number is None or _CHAPTER_NUMBER.fullmatch(number):
        return None
    return "use whole numbers from 1 joined by dots, such as 7 or 7.2"


def _check(settings: ChapterSettings) -> None:
    if settings.lang not in TEXTS:
        raise ParameterError("lang", settings.lang, "use sv or en")
    if settings.max_quotes < 1:
        raise ParameterError("max_quotes", settings.max_quotes, "use 1 or more")
    problem = chapter_number_problem(settings.number)
    if problem:
        raise ParameterError("number", settings.number, problem)
    if settings.template is not None:
        template = Path(settings.template)
        if template.is_dir():
            wrong = "is a folder; give a Word .docx or .dotx file"
        elif not template.is_file():
            wrong = "no such file; check the path"
        elif template.suffix.lower() not in (".docx", ".dotx"):
            wrong = "use a Word .docx or .dotx file"
        else:
            return
        raise ParameterError("template", str(template), wrong)


def _interviewees_only(material: Material) -> Material:
    """The material without codings of interviewers' turns (accepted from 'suggest
    --interviewers', imported, or a role corrected since): the chapter quotes and counts
    what interviewees say."""
    said = [
        c
        for c in material.codings
        if material.turns[(c.transcript_id, c.turn)].speaker.role is not Role.INTERVIEWER
    ]
    return material if len(said) == len(material.codings) else replace(material, codings=said)


_GENERIC_TITLES_IN_ENGLISH = {"intervju": "Interview", "fokusgrupp": "Focus group"}


def _titles_in(material: Material, lang: str) -> Material:
    """The material with the titles qualkod gives (``Intervju 2``, ``Fokusgrupp 1``) in
    the chapter's language: citations, tables and the figure say ``Interview 2`` in an
    English chapter. Titles the investigator gave stay as written."""
    if lang == "sv":
        return material
    renamed = {}
    for tid, summary in material.transcripts.items():
        if is_generic_title(summary.title):  # the importer's own titles, as it tells them
            kind, _, number = summary.title.rpartition(" ")
            english = _GENERIC_TITLES_IN_ENGLISH[kind.casefold()]
            summary = replace(summary, title=f"{english} {number}")
        renamed[tid] = summary
    return replace(material, transcripts=renamed)


def _one_coder_per_transcript(material: Material) -> None:
    """Refuse to merge coders who coded the same interview: their quotes would be counted
    twice. Coders who shared the interviews between them make one chapter together."""
    shared = material.shared_transcripts()
    if not shared:
        return
    transcript_id, shown = next(iter(shared.items()))  # the first, as the table says too
    together = f"{', '.join(shown[:-1])} and {shown[-1]}"
    raise ParameterError(
        "coder",
        None,
        f"{together} {'both' if len(shown) == 2 else 'all'} coded transcript {transcript_id}, "
        "so the chapter would count their quotes twice; name the coder whose analysis "
        "it reports (--coder, or coder: under chapter: in study.yaml); the others' "
        "codings go into the agreement section"
        + (
            " (one person coded under two names: 'qualkod coders --raw-names' lists them)"
            if len(set(shown)) < len(shown)
            else ""
        ),
        in_python={"(--coder, or coder: under chapter: in study.yaml)": "(its coder setting)"},
    )


def _build(
    project: Project, settings: ChapterSettings, out: Path | None = None
) -> tuple[bytes, ChapterResult]:
    from qualkod.export import _word

    _check(settings)
    material = _interviewees_only(read_material(project, coder=settings.coder))
    material = _titles_in(material, settings.lang)
    if out is not None:
        refuse_a_named_file(material.redactor, out)
    if settings.coder is not None:  # "Intervjuare 1", as messages show Karin Lindqvist
        settings = replace(settings, coder=material.coders[0])
    if not material.codings:
        who = f" by {settings.coder}" if settings.coder else ""
        raise QualkodError(
            f"no codings{who} in {project.location}: code first, or check --coder",
            in_python={"--coder": "the coder setting"},
        )
    if settings.coder is None:
        _one_coder_per_transcript(material)
    document = _word.new_document(settings.lang, template=settings.template)
    if settings.template is not None:
        _word.clear_body(document)
        # a department's header may name its author, who is often the interviewer
        _word.redact_headers_and_footers(document, material.redact)
    else:
        _word.add_quote_style(document, STYLE_NAMES["quote"][0])
    writer = ChapterWriter(document, settings.lang, settings.number)
    texts = writer.texts
    lang = settings.lang
    rows = quotes_api.quotes_of(material)
    themes = material.codebook.themes
    by_theme = {t.id: [q for q in rows if q.theme == t.id] for t in themes}
    unique = {t.id: quotes_api.unique(by_theme[t.id]) for t in themes}
    memos = [
        m for m in list_memos(project) if m.coding_id is None and settings.coder in (None, m.coder)
    ]
    method, theory = quotes_api.citations(material)

    writer.heading(texts["title"], 1)
    writer.heading(texts["intro_title"], 2)
    every = [q for t in themes for q in unique[t.id]]
    linking = (
        (
            sum(len({c for c, _ in q.links}) for q in every),
            sum(bool(q.links) for q in every),
            len({c for q in every for c, _ in q.links}),
            len(every),
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
    agreement = _agreement(project, material, settings.coder)
    if agreement is not None:
        writer.paragraph(
            chapter_agreement.agreement_sentence(
                agreement, lang, writer.tables + 1, text.coder_shown(material, lang), material.title
            )
        )
        names = {t.id: t.name for t in themes}
        writer.table(
            texts["agreement_caption"],
            texts["agreement_header"],
            chapter_agreement.agreement_rows(agreement, names, lang),
            widths=[4, 2, 1.5, 1.5, 1.5],
        )

    shown = 0
    defined: set[str] = set()
    pairs = 0
    for theme in themes:
        chosen = quotes_api.chosen(unique[theme.id], settings.max_quotes)
        shown += len(chosen)
        sections.theme_section(writer, material, theme, by_theme[theme.id], chosen, memos)
        pairs += sections.theme_concepts(writer, material, theme, unique[theme.id], defined)

    writer.heading(texts["summary_title"], 2)
    writer.paragraph(
        text.themes_summary(
            material, unique, lang, table=writer.tables + 1, figure=writer.figures + 1
        )
    )
    writer.table(
        texts["summary_caption"],
        texts["summary_header"],
        [
            [
                t.name,
                text.whole(len(unique[t.id]), lang),
                text.whole(len({q.speaker for q in unique[t.id]}), lang),
                text.whole(sum(bool(q.links) for q in unique[t.id]), lang),
            ]
            for t in themes
        ],
        widths=[5, 1.5, 2, 2],
    )
    _figure(writer, material)

    sections.discussion(writer, material, unique, memos, theory)
    conclusions = [m for m in memos if m.is_conclusion]
    if conclusions:  # the analyst's own argument, in the order it was written
        writer.heading(texts["conclusions_title"], 2)
        for memo in conclusions:
            writer.paragraph(material.redact(memo.text))
    writer.heading(texts["limits_title"], 2)
    all_shown = all(len(unique[t.id]) <= settings.max_quotes for t in themes)
    writer.paragraph(
        text.limitations(material, agreement, settings.max_quotes, lang, all_shown=all_shown)
    )

    measures = chapter_agreement.agreement_measures(agreement) if agreement is not None else ()
    references = text.references(material, lang, measures)
    if references:  # a codebook and a catalogue without works cite nothing
        writer.heading(texts["references_title"], 2, numbered=False)
    for reference in references:
        _reference(writer, reference)

    _word.landscape_section(document)
    writer.heading(texts["appendix_title"], 2, numbered=False)
    for theme_id in dict.fromkeys(q.theme for q in rows):
        name = _code_name(material, theme_id)
        writer.heading(name, 3, numbered=False)
        writer.table(
            texts["appendix_caption"].replace("{theme}", text.running(name, lang)),
            texts["appendix_header"],
            [
                [
                    "\n".join(_code_name(material, code) for code in codes),
                    q.speaker,
                    q.transcript,
                    q.start,
                    q.text,
                    "\n".join(
                        material.concept_name(c) for c in dict.fromkeys(c for c, _ in q.links)
                    ),
                ]
                for q, codes in quotes_api.with_codes([q for q in rows if q.theme == theme_id])
            ],
            widths=[2.2, 1.1, 1.6, 1.4, 8, 2.6],
            size=8,
        )
    data = _word.document_bytes(document, title=texts["title"], language=lang)
    ids = {c.id for c in material.codebook.codes()}
    left_out = tuple(m.id for m in memos if m.on_a_theme_outside(ids))
    return data, ChapterResult(len(themes), shown, pairs, left_out)


def _code_name(material: Material, code_id: str) -> str:
    code = material.codebook.code(code_id)
    return code.name if code else code_id


def _reference(writer: ChapterWriter, reference: Reference) -> None:
    """A reference-list entry with a hanging indent, its title in italics."""
    from docx.shared import Cm

    paragraph = writer.paragraph("")
    for words, italic in reference.runs():
        paragraph.add_run(words).italic = italic or None
    paragraph.paragraph_format.left_indent = Cm(1.25)
    paragraph.paragraph_format.first_line_indent = Cm(-1.25)


def _figure(writer: ChapterWriter, material: Material) -> None:
    from docx.shared import Cm

    from qualkod.export.chart import quotes_chart

    data = quotes_chart(material, title=None, axis=writer.texts["chart_axis"])
    shape = writer.document.add_picture(io.BytesIO(data), width=Cm(15))
    # Alternative text, as screen readers and accessibility checks ask of a figure.
    shape._inline.docPr.set("descr", writer.texts["chart_alt"])
    writer.document.paragraphs[-1].paragraph_format.keep_with_next = True
    writer.figures += 1
    writer.caption(writer.texts["figure"], writer.figures)
    writer.document.paragraphs[-1].paragraph_format.keep_with_next = False


def _agreement(project: Project, material: Material, coder: str | None):
    """Agreement between all the project's coders, when there are two or more; when they
    have no transcript in common, between the chapter's coder and whoever else coded each
    of its transcripts (a second coder for some interviews, a third for others)."""
    coders = sorted({c.coder for c in list_codings(project)})
    if len(coders) < 2:
        return None
    try:
        return analysis.agreement(project, coders, material.codebook, redactor=material.redactor)
    except QualkodError:  # no transcript coded by all of them
        pass
    if coder is None:
        return None
    try:
        return analysis.agreement_with_others(
            project, coder, material.codebook, redactor=material.redactor
        )
    except QualkodError:  # nobody else coded any of the coder's transcripts
        return None
