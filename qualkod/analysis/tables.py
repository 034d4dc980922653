"""The tables reviewers read, as pandas DataFrames: quotes, counts, coverage, co-occurrence.

Usable from a notebook without the CLI::

    from qualkod.analysis import load_material, quotes, counts
    material = load_material(project, coder="kodare1")
    quotes(material).groupby("theme").size()

Every builder takes a :class:`Material` (the codings and what they refer to, loaded
once by :mod:`qualkod.analysis.material`) or a project. The frames carry no identifying
detail: quotes, memos and transcript titles pass through the project's redactor
(:mod:`qualkod.redaction`: speakers' names become their pseudonym in brackets, other
people ``[person]``, phone numbers ``[telefon]`` ...); raw names are never read into
them. ``frame.attrs["scope"]`` holds the :class:`Scope` (codebook version, coders,
transcripts) the frame covers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qualkod.analysis.material import Material, load_material
from qualkod.models import Coding, Role, count_words
from qualkod.store import Project

if TYPE_CHECKING:
    import pandas

QUOTE_COLUMNS = (
    "theme",
    "code",
    "speaker",
    "transcript",
    "start",
    "quote",
    "concepts",
    "coder",
    "memo",
    "featured",
    "transcript_id",
    "turn",
    "theme_name",
    "code_name",
    "concept_names",
    "passage",
)
"""Columns of :func:`quotes`; the first ten are the CSV contract of ``qualkod table``.
``passage`` is :meth:`Material.passage`: rows with the same one are one quote."""

_TOKEN = re.compile(r"\S+")
ALL_TRANSCRIPTS = "alla intervjuer"


Source = Material | Project


def _material(source: Source) -> Material:
    return source if isinstance(source, Material) else load_material(source)


def _frame(rows: list[dict], columns, material: Material):
    import pandas

    frame = pandas.DataFrame(rows, columns=list(columns))
    frame.attrs["scope"] = material.scope
    return frame


def _theme_order(material: Material) -> dict[str, int]:
    return {t.id: n for n, t in enumerate(material.codebook.themes)}


def quotes(source: Source) -> pandas.DataFrame:
    """One row per coding: theme, code, pseudonym, transcript, time, quote, concepts, ...

    Rows are in codebook theme order, then transcript, turn and position. ``start`` is
    the turn's start time (``00:02:16``, empty when untimed); ``concepts`` the ids of the
    concepts the coder linked this quote to, joined by ``"; "``; ``quote`` the coded
    words verbatim, names redacted.
    """
    material = _material(source)
    order = _theme_order(material)
    rows = []
    for c in material.codings:
        turn = material.turns[(c.transcript_id, c.turn)]
        theme = material.theme_of(c.code_id)
        code = material.codebook.code(c.code_id)
        theme_code = material.codebook.code(theme)
        rows.append(
            {
                "theme": theme,
                "code": c.code_id,
                "speaker": turn.speaker.pseudonym,
                "transcript": material.title(c.transcript_id),
                "start": material.quote_time(c),
                "quote": material.quote(c),
                "concepts": "; ".join(material.linked_concepts(c)),
                "coder": material.coder(c.coder),
                "memo": material.redact(c.memo),
                "featured": c.featured,
                "transcript_id": c.transcript_id,
                "turn": c.turn,
                "theme_name": theme_code.name if theme_code else theme,
                "code_name": code.name if code else c.code_id,
                "concept_names": "; ".join(
                    material.concept_name(k) for k in material.linked_concepts(c)
                ),
                "passage": material.passage(c),
                "_order": (order.get(theme, len(order)), c.transcript_id, c.turn, c.start, c.end),
            }
        )
    rows.sort(key=lambda r: (r["_order"], r["code"], r["coder"]))
    for row in rows:
        del row["_order"]
    return _frame(rows, QUOTE_COLUMNS, material)


def counts(source: Source) -> pandas.DataFrame:
    """Coded quotes and turns per theme, transcript and pseudonym.

    A quote is a passage (:meth:`Material.passage`): coded with two of a theme's
    sub-codes, it is one quote of the theme; the same words coded by two coders are two.
    """
    material = _material(source)
    order = _theme_order(material)
    groups: dict[tuple[str, int, str], list[Coding]] = {}
    for c in material.codings:
        speaker = material.turns[(c.transcript_id, c.turn)].speaker.pseudonym
        groups.setdefault((material.theme_of(c.code_id), c.transcript_id, speaker), []).append(c)
    rows = [
        {
            "theme": theme,
            "transcript": material.title(tid),
            "speaker": speaker,
            "quotes": len({material.passage(c) for c in found}),
            "turns": len({c.turn for c in found}),
        }
        for (theme, tid, speaker), found in sorted(
            groups.items(), key=lambda item: (order.get(item[0][0], 99), item[0][1], item[0][2])
        )
    ]
    return _frame(rows, ("theme", "transcript", "speaker", "quotes", "turns"), material)


def coverage(source: Source) -> pandas.DataFrame:
    """Share of interviewee words coded per theme, per transcript and in all of them.

    A word counts once per theme however many codings cover it; the last rows per theme
    (transcript ``alla intervjuer``) add the transcripts up.
    """
    material = _material(source)
    spans: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
    for c in material.codings:
        key = (material.theme_of(c.code_id), c.transcript_id, c.turn)
        spans.setdefault(key, []).append((c.start, c.end))
    words_in: dict[int, int] = {}
    for (tid, _), turn in material.turns.items():
        if tid in material.transcripts and turn.speaker.role is Role.INTERVIEWEE:
            words_in[tid] = words_in.get(tid, 0) + count_words(turn.text)
    rows = []
    themes = (
        [material.scope.theme] if material.scope.theme else [t.id for t in material.codebook.themes]
    )
    for theme in themes:
        total_coded = 0
        for tid in material.transcripts:
            coded = 0
            for (t, transcript_id, turn_index), found in spans.items():
                if t == theme and transcript_id == tid:
                    turn = material.turns[(tid, turn_index)]
                    if turn.speaker.role is Role.INTERVIEWEE:
                        coded += _words_covered(turn.text, found)
            total_coded += coded
            rows.append(_coverage_row(theme, material.title(tid), coded, words_in.get(tid, 0)))
        rows.append(_coverage_row(theme, ALL_TRANSCRIPTS, total_coded, sum(words_in.values())))
    columns = ("theme", "transcript", "coded_words", "interviewee_words", "coverage")
    return _frame(rows, columns, material)


def _coverage_row(theme: str, transcript: str, coded: int, words: int) -> dict:
    share = round(coded / words, 4) if words else 0.0
    return {
        "theme": theme,
        "transcript": transcript,
        "coded_words": coded,
        "interviewee_words": words,
        "coverage": share,
    }


def word_starts(text: str) -> list[int]:
    """Where each word of ``text`` starts (its first letter or digit).

    Words are counted by the rule of :func:`qualkod.models.count_words`, which the
    stored word counts of ``transcripts`` and ``speakers`` follow: whitespace-separated
    tokens with a letter or digit, so ``IFO-chef,`` is one word and ``–`` none.
    """
    starts = []
    for token in _TOKEN.finditer(text):
        first = next((i for i, ch in enumerate(token.group()) if ch.isalnum()), None)
        if first is not None:
            starts.append(token.start() + first)
    return starts


def _words_covered(text: str, spans: list[tuple[int, int]]) -> int:
    """Words of ``text`` that start inside one of the spans."""
    return sum(any(start <= at < end for start, end in spans) for at in word_starts(text))


def cooccurrence(source: Source) -> pandas.DataFrame:
    """Turns coded with both themes (rows x columns) by one coder; the diagonal: turns
    with the theme. Two coders of one turn who each gave it one theme make no pair."""
    material = _material(source)
    themes = [t.id for t in material.codebook.themes]
    by_coder: dict[tuple[int, int, str], set[str]] = {}
    for c in material.codings:
        by_coder.setdefault((c.transcript_id, c.turn, c.coder), set()).add(
            material.theme_of(c.code_id)
        )
    pairs: dict[tuple[int, int], set[tuple[str, str]]] = {}
    for (transcript_id, turn, _), found in by_coder.items():
        pairs.setdefault((transcript_id, turn), set()).update((a, b) for a in found for b in found)
    rows = [
        {"theme": a, **{b: sum((a, b) in found for found in pairs.values()) for b in themes}}
        for a in themes
    ]
    frame = _frame(rows, ("theme", *themes), material).set_index("theme")
    frame.attrs["scope"] = material.scope
    return frame


def concept_coverage(source: Source) -> pandas.DataFrame:
    """Per concept of the theory catalogue: the themes and number of quotes linked to it,
    the interviewees who said them, and how many are featured."""
    material = _material(source)
    concepts = material.catalogue.concepts if material.catalogue else ()
    theme_order = _theme_order(material)
    rows = []
    for concept in concepts:
        supporting = [c for c in material.codings if concept.id in material.linked_concepts(c)]
        speakers = {material.turns[(c.transcript_id, c.turn)].speaker.pseudonym for c in supporting}
        themes = sorted(
            {material.theme_of(c.code_id) for c in supporting},
            key=lambda t: theme_order.get(t, len(theme_order)),
        )
        rows.append(
            {
                "concept": concept.id,
                "name": concept.name,
                "themes": "; ".join(themes),
                "quotes": len(supporting),
                "interviewees": len(speakers),
                "featured": sum(c.featured for c in supporting),
                "reference": concept.source.citation(),
            }
        )
    columns = ("concept", "name", "themes", "quotes", "interviewees", "featured", "reference")
    return _frame(rows, columns, material)


LINK_COLUMNS = (
    "link",
    "coding",
    "concept",
    "theme",
    "code",
    "speaker",
    "transcript",
    "start",
    "quote",
    "memo",
    "coder",
)
"""Columns of :func:`links`: the CSV contract of ``qualkod links``."""


def links(
    source: Source, *, concept: str | None = None, theme: str | None = None
) -> pandas.DataFrame:
    """One row per link of a coded quote to a concept, in catalogue order of the concepts,
    then theme order and position; quotes and memos redacted."""
    material = _material(source)
    theme_order = _theme_order(material)
    concept_order = (
        {c.id: n for n, c in enumerate(material.catalogue.concepts)} if material.catalogue else {}
    )
    rows = []
    for c in material.codings:
        coding_theme = material.theme_of(c.code_id)
        if theme is not None and coding_theme != theme:
            continue
        turn = material.turns[(c.transcript_id, c.turn)]
        for link in material.links.get(c.id, ()):
            if concept is not None and link.concept_id != concept:
                continue
            rows.append(
                {
                    "link": link.id,
                    "coding": c.id,
                    "concept": link.concept_id,
                    "theme": coding_theme,
                    "code": c.code_id,
                    "speaker": turn.speaker.pseudonym,
                    "transcript": material.title(c.transcript_id),
                    "start": material.quote_time(c),
                    "quote": material.quote(c),
                    "memo": material.redact(link.memo),
                    "coder": material.coder(link.coder),
                    "_order": (
                        concept_order.get(link.concept_id, len(concept_order)),
                        theme_order.get(coding_theme, len(theme_order)),
                        c.transcript_id,
                        c.turn,
                        c.start,
                        link.id,
                    ),
                }
            )
    rows.sort(key=lambda r: r["_order"])
    for row in rows:
        del row["_order"]
    return _frame(rows, LINK_COLUMNS, material)


def theory_matrix(source: Source) -> pandas.DataFrame:
    """Themes x concepts: for each pair, the quotes of the theme linked to the concept
    and the interviewees who said them (every pair, zeros included), in codebook and
    catalogue order. ``frame.pivot(index="theme", columns="concept", values="quotes")``
    gives the matrix."""
    material = _material(source)
    concepts = material.catalogue.concepts if material.catalogue else ()
    cells: dict[tuple[str, str], list[Coding]] = {}
    for c in material.codings:
        for concept_id in material.linked_concepts(c):
            cells.setdefault((material.theme_of(c.code_id), concept_id), []).append(c)
    rows = []
    for theme in material.codebook.themes:
        for concept in concepts:
            linked = cells.get((theme.id, concept.id), [])
            speakers = {material.turns[(c.transcript_id, c.turn)].speaker.pseudonym for c in linked}
            rows.append(
                {
                    "theme": theme.id,
                    "theme_name": theme.name,
                    "concept": concept.id,
                    "concept_name": concept.name,
                    "quotes": len(linked),
                    "interviewees": len(speakers),
                }
            )
    columns = ("theme", "theme_name", "concept", "concept_name", "quotes", "interviewees")
    return _frame(rows, columns, material)
