"""Codings of a REFI-QDA project's selections, and their links to concepts.

A qualkod export writes each link's concept coding in a selection of its own over its
coding's words (older exports: in the coding's own ``PlainTextSelection``), and so does
QualCoder, one selection per coding: a concept coding and its coding in different
selections of the same source, text and coder are paired here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from lxml import etree

from qualkod.record_reprs import coder_name, free_text, repr_without_text
from qualkod.refi_import.codes import CodebookImport
from qualkod.refi_import.xml_safety import child, text_of


@dataclass(frozen=True)
class Link:
    concept: str
    coder: str = coder_name()  # a repr hides it: a login may be a person's name
    memo: str = free_text()  # a repr shows its length: memos may name people
    created: str

    __repr__ = repr_without_text


@dataclass(frozen=True)
class Selection:
    source: int
    start: int
    end: int
    code: str
    coder: str = coder_name()
    created: str
    memo: str = free_text()
    featured: bool = False
    links: tuple[Link, ...] = ()
    """The concept codings on the same selection."""

    __repr__ = repr_without_text


def described_memo(selection: etree._Element, memo_parts: list[str]) -> str:
    """The selection's ``Description`` (QualCoder's coding memo; qualkod writes its coding
    memos there too), whitespace collapsed; '' when it repeats what its notes say."""
    text = " ".join(text_of(child(selection, "Description")).split())
    if not text or text == " ".join(" ".join(memo_parts).split()):
        return ""
    return "" if any(text == " ".join(part.split()) for part in memo_parts) else text


def pair_links(
    selections: list[Selection],
    orphans: list[tuple[int, int, int, Link, str]],
    codebook: CodebookImport | None,
) -> int:
    """Link each concept coding of a selection without a codebook coding, given as
    (source, start, end, link, that selection's description memo), to the codebook
    coding of the same source, text and coder; where several codes share that text, to
    those the codebook links to the concept, else the first. ``selections`` is updated.

    Returns:
        How many concept codings found no coding to link.
    """
    found = defaultdict(list)
    for k, s in enumerate(selections):
        found[(s.source, s.start, s.end, s.coder)].append(k)
    book = codebook.codebook if codebook is not None else None
    unlinked = 0
    for source, start, end, link, described in orphans:
        candidates = found.get((source, start, end, link.coder), [])
        linked = [
            k
            for k in candidates
            if book is not None
            and (code := book.code(selections[k].code)) is not None
            and link.concept in code.concepts
        ]
        unlinked += not candidates
        for k in linked or candidates[:1]:
            have = selections[k]
            if any(one.concept == link.concept for one in have.links):
                continue
            memo = link.memo
            if not memo and described and described != " ".join(have.memo.split()):
                memo = described  # QualCoder's memo of the concept coding
            selections[k] = replace(have, links=(*have.links, replace(link, memo=memo)))
    return unlinked
