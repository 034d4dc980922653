"""The thematic-analysis chapter as a Word document, built only from the project's data.

Everything in the chapter comes from the codebook (themes, definitions, references),
the theory catalogue (concepts, definitions, sources), the codings (quotes), the memos
(the analyst's interpretation) and the transcripts' metadata; the tool writes no
interpretation of its own. Its fixed sentences only introduce what the data holds.

Word craft: real heading styles (navigation pane, table of contents), a quote style
for the verbatim quotes, captions for the table and the figure, a table style, the
language set on every style, fixed document properties and zip timestamps (the same
data gives the same bytes), and no raw names: speakers are pseudonyms and names in
quotes and memos are redacted (:class:`qualkod.pseudonyms.NameRedactor`). With a
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
from qualkod.coding import memos as list_memos
from qualkod.errors import QualkodError
from qualkod.models import Code, Memo
from qualkod.store import Project

TEXTS = {
    "sv": {
        "title": "Intervjuanalys",
        "intro_title": "Material och metod",
        "summary_title": "Sammanfattande analys",
        "appendix_title": "Bilaga: Citat per tema",
        "references_title": "Referenser",
        "describes": "{speaker} beskriver följande:",
        "and": "och",
        "individual": "individuell intervju",
        "individuals": "individuella intervjuer",
        "group": "fokusgruppsintervju",
        "groups": "fokusgruppsintervjuer",
        "figure": "Figur {n}. Kodade citat per tema och intervju.",
        "table": "Tabell {n}. Teman, kopplade begrepp, antal citat och antal intervjupersoner.",
        "chart": "Kodade citat per tema och intervju",
    },
    "en": {
        "title": "Interview analysis",
        "intro_title": "Material and method",
        "summary_title": "Summary of the analysis",
        "appendix_title": "Appendix: Quotes by theme",
        "references_title": "References",
        "describes": "{speaker} describes the following:",
        "and": "and",
        "individual": "individual interview",
        "individuals": "individual interviews",
        "group": "focus group interview",
        "groups": "focus group interviews",
        "figure": "Figure {n}. Coded quotes per theme and interview.",
        "table": "Table {n}. Themes, linked concepts, number of quotes and of interviewees.",
        "chart": "Coded quotes per theme and interview",
    },
}

STYLE_NAMES = {
    "heading 1": ("Heading 1", "heading 1", "Rubrik 1", "Heading1", "Rubrik1"),
    "heading 2": ("Heading 2", "heading 2", "Rubrik 2", "Heading2", "Rubrik2"),
    "heading 3": ("Heading 3", "heading 3", "Rubrik 3", "Heading3", "Rubrik3"),
    "quote": ("Intervjucitat", "Quote", "Citat"),
    "caption": ("Caption", "caption", "Beskrivning", "Bildtext"),
    "table": ("Table Grid", "Tabellrutnät", "TableGrid"),
    "normal": ("Normal", "Normal (Web)", "Standard"),
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
    document, _ = _build(project, settings)
    return _document_bytes(document, settings)


def write_chapter(project: Project, path: str | Path, settings: ChapterSettings) -> ChapterResult:
    """Build the chapter and write it atomically to ``path``."""
    from qualkod.export._files import write_atomic

    document, result = _build(project, settings)
    write_atomic(path, _document_bytes(document, settings))
    return result


def _document_bytes(document, settings: ChapterSettings) -> bytes:
    from qualkod.export._files import normalise_zip
    from qualkod.export._word import prepare_for_saving

    prepare_for_saving(document, title=TEXTS[settings.lang]["title"], language=settings.lang)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


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

    def style(self, role: str):
        styles = self.document.styles
        for name in STYLE_NAMES[role]:
            for style in styles:
                if style.name == name or style.style_id == name.replace(" ", ""):
                    return style
        return None

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

    def paragraph(self, text: str = "", *, italic: bool = False):
        paragraph = self.document.add_paragraph()
        if text:
            paragraph.add_run(text).italic = italic
        return paragraph

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


def _build(project: Project, settings: ChapterSettings):
    from qualkod.export._word import new_document

    _check(settings)
    material = analysis.load_material(project, coder=settings.coder)
    if not material.codings:
        who = f" by {settings.coder}" if settings.coder else ""
        raise QualkodError(f"no codings{who} in {project.location}: code first, or check --coder")
    document = new_document(settings.lang, template=settings.template)
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
    for text in _introduction(project, material, settings):
        writer.paragraph(text)

    used_quotes = 0
    concept_links = 0
    for theme in material.codebook.themes:
        rows = quotes[quotes["theme"] == theme.id]
        writer.heading(theme.name, 2)
        writer.paragraph(theme.definition)
        for memo in _memos_on(memos, theme.id, None):
            writer.paragraph(material.redact(memo.text))
        chosen = _chosen_quotes(rows, settings.max_quotes)
        used_quotes += len(chosen)
        for _, row in chosen.iterrows():
            lead = writer.paragraph(texts["describes"].format(speaker=row["speaker"]))
            lead.paragraph_format.keep_with_next = True
            writer.quote(row["quote"], _source(row))
        for concept_id in _linked_concepts(theme):
            concept = _concept(material, concept_id)
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
                writer.paragraph(_illustrated_by(illustrating, chosen.loc[shown], settings.lang))
            for memo in _memos_on(memos, theme.id, concept_id):
                writer.paragraph(material.redact(memo.text))

    writer.heading(texts["summary_title"], 2)
    for text in _summary(material, quotes, settings.lang):
        writer.paragraph(text)
    writer.tables += 1
    writer.caption(texts["table"].format(n=writer.tables))
    concept_rows = []
    for theme in material.codebook.themes:
        rows = quotes[quotes["theme"] == theme.id]
        names = [
            c.name
            for c in (_concept(material, k) for k in _linked_concepts(theme))
            if c is not None
        ]
        concept_rows.append(
            [theme.name, "\n".join(names), str(len(rows)), str(rows["speaker"].nunique())]
        )
    header = (
        ["Tema", "Begrepp", "Citat", "Intervjupersoner"]
        if settings.lang == "sv"
        else ["Theme", "Concepts", "Quotes", "Interviewees"]
    )
    writer.table(header, concept_rows, widths=[3, 5, 1, 2])
    _figure(writer, material)

    _landscape_section(document)
    writer.heading(texts["appendix_title"], 2, numbered=False)
    appendix_header = (
        ["Tema", "Kod", "Talare", "Intervju", "Tid", "Citat"]
        if settings.lang == "sv"
        else ["Theme", "Code", "Speaker", "Interview", "Time", "Quote"]
    )
    writer.table(
        appendix_header,
        [
            [r.theme_name, r.code_name, r.speaker, r.transcript, r.start, r.quote]
            for r in quotes.itertuples()
        ],
        widths=[2, 2.2, 1.2, 2, 1.7, 7],
    )
    writer.heading(texts["references_title"], 2, numbered=False)
    for text in _references(material):
        writer.paragraph(text)
    return document, ChapterResult(len(material.codebook.themes), used_quotes, concept_links)


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


def _linked_concepts(theme: Code) -> list[str]:
    """Concepts the theme or its sub-codes link to, in codebook order."""
    found: list[str] = []
    for code in theme.walk():
        found += [c for c in code.concepts if c not in found]
    return found


def _concept(material: Material, concept_id: str):
    if material.catalogue is None:
        return None
    return next((c for c in material.catalogue.concepts if c.id == concept_id), None)


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


def _join(items: Sequence[str], word: str) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def _illustrated_by(rows, shown, lang: str) -> str:
    """Which quotes illustrate a concept: how many, from whom, and which are quoted above."""
    speakers = sorted(set(rows["speaker"]), key=lambda s: (len(s), s))
    places = list(
        dict.fromkeys(
            f"{r.speaker} ({r.start})" if r.start else r.speaker for r in shown.itertuples()
        )
    )
    if lang == "sv":
        text = f"Begreppet belyses av {len(rows)} kodade citat från {_join(speakers, 'och')}"
        if places:
            text += f"; i texten ovan av citaten från {_join(places, 'och')}"
        return text + "."
    text = f"The concept is illustrated by {len(rows)} coded quotes from {_join(speakers, 'and')}"
    if places:
        text += f"; above by the quotes from {_join(places, 'and')}"
    return text + "."


def _introduction(project: Project, material: Material, settings: ChapterSettings) -> list[str]:
    texts = TEXTS[settings.lang]
    summaries = list(material.transcripts.values())
    speakers: dict[int, set[str]] = {}
    for (tid, _), turn in material.turns.items():
        if tid in material.transcripts and turn.speaker.role.value == "interviewee":
            speakers.setdefault(tid, set()).add(turn.speaker.pseudonym)
    participants = len({p for found in speakers.values() for p in found})
    groups = sum(len(found) > 1 for found in speakers.values())
    individuals = len(summaries) - groups
    kinds = []
    if individuals:
        kinds.append(
            f"{individuals} {texts['individual'] if individuals == 1 else texts['individuals']}"
        )
    if groups:
        kinds.append(f"{groups} {texts['group'] if groups == 1 else texts['groups']}")
    teams = all(s.source_format.startswith("teams") for s in summaries)
    coders = list(material.scope.coders)
    codebook = material.codebook
    sv = settings.lang == "sv"
    if sv:
        first = (
            f"Materialet består av {len(summaries)} intervjuer med sammanlagt {participants} "
            f"intervjupersoner: {_join(kinds, 'och')}."
            + (" Intervjuerna genomfördes via Microsoft Teams" if teams else "")
            + (" och transkriberades." if teams else " Intervjuerna transkriberades.")
            + " Transkripten har pseudonymiserats: intervjupersonerna benämns IP 1, IP 2 och"
            " så vidare, och namn som nämns i citaten har ersatts med pseudonym inom hakparentes."
        )
        second = (
            f"Transkripten kodades tematiskt mot kodboken {codebook.name} (version "
            f"{codebook.version}) med {len(codebook.themes)} teman: "
            f"{_join([t.name for t in codebook.themes], 'och')}. Kodningen gjordes av "
            f"{_join(coders, 'och')}."
        )
    else:
        first = (
            f"The material consists of {len(summaries)} interviews with {participants} "
            f"interviewees in all: {_join(kinds, 'and')}."
            + (" The interviews were held over Microsoft Teams" if teams else "")
            + (" and transcribed." if teams else " The interviews were transcribed.")
            + " The transcripts are pseudonymised: interviewees are called IP 1, IP 2 and so"
            " on, and names mentioned in quotes are replaced by a pseudonym in brackets."
        )
        second = (
            f"The transcripts were coded thematically against the codebook {codebook.name} "
            f"(version {codebook.version}) with {len(codebook.themes)} themes: "
            f"{_join([t.name for t in codebook.themes], 'and')}. The coding was done by "
            f"{_join(coders, 'and')}."
        )
    paragraphs = [first, second]
    agreement = _agreement_sentence(project, material, settings)
    if agreement:
        paragraphs.append(agreement)
    return paragraphs


def _agreement_sentence(project: Project, material: Material, settings: ChapterSettings) -> str:
    from qualkod.analysis import agreement

    with project.read() as conn:
        from qualkod.store import codings as coding_store

        coders = sorted({c.coder for c in coding_store.list_codings(conn)})
    if len(coders) < 2:
        return ""
    try:
        report = agreement(project, coders, material.codebook)
    except QualkodError:
        return ""
    overall = report.overall
    if settings.lang == "sv":
        kappa = f", Cohens kappa {_sv(overall.kappa)}" if overall.kappa is not None else ""
        alpha = f", Krippendorffs alfa {_sv(overall.alpha)}" if overall.alpha is not None else ""
        return (
            f"Samstämmigheten mellan kodarna ({_join(list(report.coders), 'och')}) prövades på "
            f"{overall.units} repliker av intervjupersoner i {len(report.transcripts)} intervju"
            f"{'er' if len(report.transcripts) != 1 else ''}: överensstämmelse "
            f"{_sv(overall.percent * 100, 1)} procent{kappa}{alpha}."
        )
    kappa = f", Cohen's kappa {overall.kappa:.2f}" if overall.kappa is not None else ""
    alpha = f", Krippendorff's alpha {overall.alpha:.2f}" if overall.alpha is not None else ""
    return (
        f"Agreement between the coders ({_join(list(report.coders), 'and')}) was tested on "
        f"{overall.units} interviewee turns in {len(report.transcripts)} interview"
        f"{'s' if len(report.transcripts) != 1 else ''}: {overall.percent:.1%} agreement"
        f"{kappa}{alpha}."
    )


def _sv(value: float, digits: int = 2) -> str:
    """A number as written in Swedish: decimal comma."""
    return f"{value:.{digits}f}".replace(".", ",")


def _summary(material: Material, quotes, lang: str) -> list[str]:
    themes = material.codebook.themes
    counts = [(t.name, int((quotes["theme"] == t.id).sum())) for t in themes]
    shared: dict[str, list[str]] = {}
    for theme in themes:
        for concept_id in _linked_concepts(theme):
            shared.setdefault(concept_id, []).append(theme.name)
    common = [
        (_concept(material, cid), names)
        for cid, names in shared.items()
        if len(names) > 1 and _concept(material, cid) is not None
    ]
    if lang == "sv":
        listing = _join([f"{name} ({n} citat)" for name, n in counts], "och")
        texts = [f"Analysen resulterade i {len(themes)} teman: {listing}."]
        if common:
            links = _join([f"{c.name} ({_join(names, 'och')})" for c, names in common], "och")
            texts.append(f"Temana förenas genom begrepp som de delar: {links}.")
    else:
        listing = _join([f"{name} ({n} quotes)" for name, n in counts], "and")
        texts = [f"The analysis resulted in {len(themes)} themes: {listing}."]
        if common:
            links = _join([f"{c.name} ({_join(names, 'and')})" for c, names in common], "and")
            texts.append(f"The themes are joined by the concepts they share: {links}.")
    return texts


def _figure(writer: _Writer, material: Material) -> None:
    from docx.shared import Cm

    from qualkod.export.chart import quotes_chart

    data = quotes_chart(material, title=writer.texts["chart"])
    writer.document.add_picture(io.BytesIO(data), width=Cm(15))
    writer.figures += 1
    writer.caption(writer.texts["figure"].format(n=writer.figures))


def _references(material: Material) -> list[str]:
    found: dict[str, str] = {}
    for reference in material.codebook.references:
        found.setdefault(reference.id, " ".join(reference.text.split()))
    if material.catalogue is not None:
        for reference in material.catalogue.references:
            found.setdefault(reference.id, " ".join(reference.text.split()))
    return sorted(found.values())
