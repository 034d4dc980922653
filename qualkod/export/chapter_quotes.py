"""Which quotes the chapter shows: every coding as a :class:`Quote`, each passage
once, at most so many per theme (featured first), grouped by the concepts they are
linked to; and the counts the method section reports (citations, suggestions used).

No Word here: :mod:`qualkod.export.chapter` writes what these functions choose.
"""

from __future__ import annotations

from collections.abc import Sequence

from qualkod.analysis.material import Material
from qualkod.export import chapter_text as text
from qualkod.export.chapter_text import Quote
from qualkod.models import Code
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import suggestions as suggestion_store


def linked(material: Material, theme: Code, unique: list[Quote]) -> dict[str, list[Quote]]:
    """Concept -> the theme's quotes linked to it: the codebook's concepts of the theme
    first, then the catalogue's order."""
    found: dict[str, list[Quote]] = {}
    for quote in unique:
        for concept_id in dict.fromkeys(c for c, _ in quote.links):
            if material.concept(concept_id) is not None:
                found.setdefault(concept_id, []).append(quote)
    order = {c: n for n, c in enumerate(theme.linked_concepts())}
    catalogue = (
        {c.id: n for n, c in enumerate(material.catalogue.concepts)} if material.catalogue else {}
    )
    ranked = sorted(found, key=lambda c: (order.get(c, len(order)), catalogue.get(c, 0), c))
    return {c: found[c] for c in ranked}


def quotes_of(material: Material) -> list[Quote]:
    """Every coding as the chapter shows it, in codebook theme order, then transcript,
    turn and position (the order of :func:`qualkod.analysis.quotes`)."""
    order = {t.id: n for n, t in enumerate(material.codebook.themes)}
    places: dict[str, set[int]] = {}
    for c in material.codings:
        speaker = material.turns[(c.transcript_id, c.turn)].speaker.pseudonym
        places.setdefault(speaker, set()).add(c.transcript_id)
    found = []
    for c in sorted(
        material.codings,
        key=lambda c: (
            order.get(material.theme_of(c.code_id), len(order)),
            c.transcript_id,
            c.turn,
            c.start,
            c.end,
            c.code_id,
            c.coder,
        ),
    ):
        turn = material.turns[(c.transcript_id, c.turn)]
        found.append(
            Quote(
                coding_id=c.id,
                theme=material.theme_of(c.code_id),
                code=c.code_id,
                speaker=turn.speaker.pseudonym,
                transcript_id=c.transcript_id,
                transcript=material.title(c.transcript_id),
                turn=c.turn,
                start=material.quote_time(c),
                text=material.quote(c),
                featured=c.featured,
                passage=material.passage(c),
                links=tuple(
                    (link.concept_id, material.redact(link.memo))
                    for link in material.links.get(c.id, ())
                ),
                named=len(places[turn.speaker.pseudonym]) > 1,
            )
        )
    return found


def unique(quotes: Sequence[Quote]) -> list[Quote]:
    """Each passage (``Quote.passage``) once, however many codes it carries, links merged."""
    from dataclasses import replace

    found: dict[tuple, Quote] = {}
    for quote in quotes:
        first = found.get(quote.passage)
        if first is None:
            found[quote.passage] = quote
        else:
            links = tuple(dict.fromkeys(first.links + quote.links))
            found[quote.passage] = replace(
                first, links=links, featured=first.featured or quote.featured
            )
    return list(found.values())


def with_codes(quotes: Sequence[Quote]) -> list[tuple[Quote, list[str]]]:
    """Each passage once (as :func:`unique`) with every code it carries, in order: a quote
    coded with two sub-codes is one row of the appendix, as it is one quote in the text."""
    codes: dict[tuple, list[str]] = {}
    for quote in quotes:
        found = codes.setdefault(quote.passage, [])
        if quote.code not in found:
            found.append(quote.code)
    return [(quote, codes[quote.passage]) for quote in unique(quotes)]


def chosen(unique: list[Quote], limit: int) -> list[Quote]:
    """At most ``limit`` quotes: the featured first, then the others; within each, the
    interviewees in turn, the one with fewest quotes picked so far next (so one whose
    quote is featured waits while another has none), each one's first quotes first. In
    text order."""
    picked: list[Quote] = []
    shown: dict[str, int] = {}
    for tier in ([q for q in unique if q.featured], [q for q in unique if not q.featured]):
        by_speaker: dict[str, list[Quote]] = {}
        for quote in tier:
            by_speaker.setdefault(quote.speaker, []).append(quote)
        while len(picked) < limit and any(by_speaker.values()):
            speaker = min(
                (s for s, left in by_speaker.items() if left),
                key=lambda s: (shown.get(s, 0), text.speaker_key(s)),
            )
            picked.append(by_speaker[speaker].pop(0))
            shown[speaker] = shown.get(speaker, 0) + 1
    position = {id(q): n for n, q in enumerate(unique)}
    return sorted(picked, key=lambda q: position[id(q)])


def citations(material: Material) -> tuple[list[str], list[str]]:
    """The in-text citations of the method (the codebook's works that are not the
    theory's) and of the theory (the catalogue's works and the concepts' sources)."""
    theory: list[str] = []
    if material.catalogue:
        theory += [text.citation_of(r) for r in material.catalogue.references]
        theory += [f"{c.source.citation().split(', s. ')[0]}" for c in material.catalogue.concepts]
    theory = sorted(dict.fromkeys(theory))
    method = [
        c
        for c in dict.fromkeys(text.citation_of(r) for r in material.codebook.references)
        if c not in theory
    ]
    return method, theory


def suggestion_counts(project: Project, material: Material) -> tuple[int, int, int]:
    """Suggestions accepted into the material's codings, rejections by the material's
    coders in its transcripts (each coder decides for themselves, so a suggestion two
    coders rejected counts twice, as one two coders accepted is two codings), and the
    material's codings read from a codings file (which does not say how they were
    made)."""
    with project.read() as conn:
        accepted = sum(
            suggestion_store.accepted_as(conn, c.id) is not None for c in material.codings
        )
        rejected = sum(
            s.transcript_id in material.transcripts
            and (not material.coders or s.decided_by in material.coders)
            for s in suggestion_store.rejected_suggestions(conn)
        )
        from_file = coding_store.imported_codings(conn)
    return accepted, rejected, sum(c.id in from_file for c in material.codings)
