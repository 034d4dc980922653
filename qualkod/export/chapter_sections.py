"""The chapter's sections on the themes and the theory: per theme its definition, memos
and quotes grouped by code, then the concepts its quotes are linked to with their
evidence; and the discussion of each concept across the themes, with the theme x
concept matrix.

:mod:`qualkod.export.chapter` puts these between the method section and the summary;
:class:`~qualkod.export.chapter_writer.ChapterWriter` writes them into the document.
"""

from __future__ import annotations

from collections.abc import Sequence

from qualkod.analysis.material import Material
from qualkod.export import chapter_quotes as quotes_api
from qualkod.export import chapter_text as text
from qualkod.export.chapter_text import Quote
from qualkod.export.chapter_writer import ChapterWriter
from qualkod.models import Code, Memo


def theme_section(
    writer: ChapterWriter,
    material: Material,
    theme: Code,
    rows: list[Quote],
    chosen: list[Quote],
    memos: Sequence[Memo],
) -> None:
    """The theme's definition and memos, then its quotes grouped by code."""
    texts, lang = writer.texts, writer.lang
    unique = quotes_api.unique(rows)
    by_code = sum(
        len(quotes_api.unique([q for q in rows if q.code == c.id]))
        for c in theme.walk()
        if c.id != theme.id
    )
    writer.heading(theme.name, 2)
    sentences = [
        material.redact(theme.definition).strip(),
        texts["theme_count"].format(
            quotes=text.count(len(unique), "quote", lang),
            interviewees=text.count(len({q.speaker for q in unique}), "interviewee", lang),
        )
        if unique
        else texts["theme_none"],
    ]
    if by_code > len(unique):
        sentences.append(texts["several_codes"])
    alone = quotes_api.unique([q for q in rows if q.code == theme.id])
    if alone and len(alone) < len(unique):  # so that the codes' counts add up to the theme's
        none_shown = not [q for q in chosen if q.code == theme.id]
        many = len(alone) != 1
        where = texts["theme_only_where"][many] if none_shown else ""
        n = text.spelled(len(alone), lang, neuter=True)
        sentences.append(text.capital(texts["theme_only"][many].format(n=n, where=where)))
    writer.paragraph(" ".join(sentences))
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


def _render(writer: ChapterWriter, quotes: Sequence[Quote]) -> None:
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


def theme_concepts(
    writer: ChapterWriter, material: Material, theme: Code, unique: list[Quote], defined: set[str]
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
            names=text.join([text.running(material.concept_name(c), lang) for c in linked], lang),
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


def _evidence(writer: ChapterWriter, concept_id: str, quotes: list[Quote]) -> None:
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


def discussion(
    writer: ChapterWriter,
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
        writer.paragraph(
            texts["discussion_none"].format(cite=source)
            if source
            else texts["discussion_no_theory"]
        )
        return
    expected = [
        c.id
        for c in material.catalogue.concepts
        if any(c.id in t.linked_concepts() for t in themes) and c.id not in concepts
    ]
    intro = texts["discussion_intro"].format(cite=source, table=writer.tables + 1)
    if expected:
        names = [text.running(material.concept_name(c), lang) for c in expected]
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
            + [
                f"{text.whole(len(cell), lang)} ({text.whole(len({q.speaker for q in cell}), lang)})"
                for cell in [*cells, every]
            ]
        )
    writer.table(
        texts["matrix_caption"],
        [texts["matrix_first"], *(t.name for t in themes), texts["total"]],
        rows,
        widths=[4, *([2] * len(themes)), 1.5],
        size=8,
    )
    # the same sentences would repeat per concept and theme: each template in turn
    sentences = text.LeadIns(lang)
    for concept_id in concepts:
        writer.heading(material.concept_name(concept_id), 3)
        with_quotes = [t for t in themes if concept_id in linked[t.id]]
        every = [q for t in with_quotes for q in linked[t.id][concept_id]]
        name = material.concept_name(concept_id)
        writer.paragraph(
            sentences.pick(
                "concept_overview",
                name=name,
                lname=text.running(name, lang),
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
                    sentences.pick(
                        "theme_linked",
                        quotes=text.count(len(quotes), "quote", lang),
                        interviewees=text.count(
                            len({q.speaker for q in quotes}), "interviewee", lang
                        ),
                        cite=text.cite(quotes),
                        are=text.are(len(quotes), lang),
                    )
                )
            writer.paragraph(words, label=f"{theme.name}.")


def _memos_on(memos: Sequence[Memo], code: str, concept: str | None) -> list[Memo]:
    return [m for m in memos if m.code_id == code and m.concept_id == concept]
