"""The codebook and theory catalogue records: codes, their lexicons and criteria,
training passages, concepts and their sources, and the works they cite.

:mod:`qualkod.models` re-exports every name here, so ``from qualkod.models import
Codebook`` keeps working.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qualkod.record_reprs import free_text, repr_without_text


@dataclass(frozen=True, slots=True)
class Reference:
    """A work cited by a codebook or catalogue."""

    id: str
    """Slug used to refer to it."""
    text: str
    """The full reference as it appears in a reference list; a title between asterisks
    (``*I välfärdsproduktionens gränsland*``) is set in italics."""

    @property
    def plain(self) -> str:
        """The reference on one line, without the asterisks."""
        return "".join(words for words, _ in self.runs())

    def runs(self) -> list[tuple[str, bool]]:
        """The reference on one line as pieces of text, each with whether it is italic."""
        return emphasis_runs(" ".join(self.text.split()))


def emphasis_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut at its asterisks: the pieces and whether each is italic.

    ``Braun (2006). *Qualitative Research*, *3*(2)`` gives the journal and the volume in
    italics. An unpaired asterisk is kept as written (the codebook check reports it).
    """
    if text.count("*") % 2:
        return [(text, False)] if text else []
    pieces = text.split("*")
    return [(piece, n % 2 == 1) for n, piece in enumerate(pieces) if piece]


@dataclass(frozen=True, slots=True)
class Exclusion:
    """An exclusion criterion: when a passage must not get the code."""

    text: str
    """The criterion."""
    see: str | None = None
    """Id of the code to use instead, when there is one."""


@dataclass(frozen=True, slots=True)
class LexiconPattern:
    """A lemma pattern: words (``a|b`` alternatives) with ``*`` for up to three words."""

    pattern: str
    """The pattern text, for example ``skjuta * ansvar|ansvaret``."""
    negated: bool = False
    """True when the pattern counts only next to a negation cue (``tar inte ansvar``)."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What the suggestion engine looks for; lemmas match inflections and compounds."""

    lemmas: tuple[str, ...] = ()
    """Single lemmas (``ansvar``, ``backa``)."""
    phrases: tuple[str, ...] = ()
    """Multi-word expressions matched on lemmas (``falla mellan stolarna``)."""
    patterns: tuple[LexiconPattern, ...] = ()
    """Lemma patterns with gaps and alternatives."""
    negation: tuple[str, ...] = ()
    """Negation cues for negated patterns (``inte``, ``ingen``)."""


@dataclass(frozen=True, slots=True)
class Code:
    """A theme (top-level code) or one of its sub-codes."""

    id: str
    """Slug, unique in the codebook (contract for the default themes)."""
    name: str
    """Display name (Swedish)."""
    definition: str
    """What the code means."""
    include: tuple[str, ...] = ()
    """Inclusion criteria."""
    exclude: tuple[Exclusion, ...] = ()
    """Exclusion criteria."""
    # a repr shows their lengths: examples may be paraphrases of real interviews
    positive_examples: tuple[str, ...] = free_text(default=())
    """Passages that must get this code."""
    negative_examples: tuple[str, ...] = free_text(default=())
    """Passages that must not get this code."""
    lexicon: Lexicon = field(default_factory=Lexicon)
    """Words for the suggestion engine."""
    concepts: tuple[str, ...] = ()
    """Ids of the theory concepts the code illustrates."""
    color: str | None = None
    """Colour as ``#RRGGBB``, for tables and charts."""
    codes: tuple[Code, ...] = ()
    """Sub-codes."""

    __repr__ = repr_without_text

    def walk(self):
        """This code and all its descendants, depth first."""
        yield self
        for child in self.codes:
            yield from child.walk()

    def linked_concepts(self) -> list[str]:
        """Concept ids this code or any of its sub-codes links to, each once, in order."""
        return list(dict.fromkeys(c for code in self.walk() for c in code.concepts))


@dataclass(frozen=True, slots=True)
class Passage:
    """A labelled training passage of a codebook: fully labelled for every theme."""

    text: str = free_text()  # a repr shows its length: it may echo a real interview
    """Words a participant might say in one turn."""
    codes: tuple[str, ...]
    """Every code it carries (none: it carries no theme)."""
    voice: str = ""
    """Who speaks (for the reader: 'polis', 'anhörig')."""

    __repr__ = repr_without_text


@dataclass(frozen=True, slots=True)
class Codebook:
    """A validated codebook."""

    id: str
    """Slug identifying the codebook."""
    name: str
    """Title."""
    version: str
    """Version string as written (``1.0``)."""
    themes: tuple[Code, ...]
    """Top-level codes."""
    language: str = "sv"
    """Language of names, definitions and examples."""
    authors: tuple[str, ...] = ()
    """Who wrote it."""
    description: str = ""
    """Purpose and scope."""
    references: tuple[Reference, ...] = ()
    """Works cited."""
    theory: str | None = None
    """Path of the theory catalogue, relative to the codebook file, when named."""
    sha256: str = ""
    """Hex digest of the file it was loaded from (empty when built in code)."""
    passages: tuple[Passage, ...] = ()
    """Labelled training passages, each labelled for every theme (see :class:`Passage`)."""

    def codes(self):
        """Every code, themes and sub-codes, depth first."""
        for theme in self.themes:
            yield from theme.walk()

    def code(self, code_id: str) -> Code | None:
        """The code with this id, or None."""
        return next((c for c in self.codes() if c.id == code_id), None)

    def theme_of(self, code_id: str) -> Code | None:
        """The top-level theme a code belongs to (a theme is its own theme)."""
        for theme in self.themes:
            if any(c.id == code_id for c in theme.walk()):
                return theme
        return None


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a concept is defined."""

    author: str
    """Author(s), ``Efternamn, F.``."""
    year: int
    """Year of publication."""
    title: str
    """Title of the work."""
    pages: str | None = None
    """Pages, when known."""
    publisher: str | None = None
    """Publisher, when known."""

    def citation(self) -> str:
        """In-text citation: ``(Tyrstrup, 2014)`` without the brackets; ``Star & Strauss,
        1999`` for two authors, ``Ek et al., 2020`` for more."""
        who = cited_authors(self.author)
        return f"{who}, {self.year}" + (f", s. {self.pages}" if self.pages else "")

    def reference(self) -> Reference:
        """A reference-list entry for the work, when no reference names it:
        ``Star, S. L. & Strauss, A. (1999). *Titel*. Förlag.``"""
        author = self.author.strip()
        text = f"{author}{'' if author.endswith('.') else '.'} ({self.year}). *{self.title}*."
        if self.publisher:
            text += f" {self.publisher}."
        return Reference(id=f"{self.author} {self.year} {self.title}", text=text)

    def listed_as(self, reference: Reference) -> bool:
        """Whether a reference-list entry is this work: it has the work's title (its main
        title, before a colon or dash, is enough), however it is cased or spaced. A work
        written with another title gets an entry of its own, never none."""
        plain = " ".join(reference.plain.split()).casefold()
        title = " ".join(self.title.split()).casefold()
        main = re.split(r"\s*(?::|\s[–—-]\s)", title)[0]
        return bool(main) and (title in plain or main in plain)


def cited_authors(authors: str) -> str:
    """The authors of a work as a citation names them: ``Braun, V. & Clarke, V.`` ->
    ``Braun & Clarke``; three or more: ``Ek et al.``."""
    pieces = [p for p in re.split(r"\s*&\s*|(?<=\.),\s+", authors.strip(" ,")) if p.strip(" ,.")]
    surnames = [p.split(",")[0].strip(" .") for p in pieces] or [authors.strip()]
    return f"{surnames[0]} et al." if len(surnames) > 2 else " & ".join(surnames)


@dataclass(frozen=True, slots=True)
class Concept:
    """A concept of the theoretical frame that quotes are linked to."""

    id: str
    """Slug."""
    name: str
    """Name (Swedish)."""
    definition: str
    """Definition in the analyst's words."""
    source: SourceRef
    """Where it comes from."""
    related: tuple[str, ...] = ()
    """Ids of related concepts."""
    cues: tuple[str, ...] = ()
    """Words and phrases (base forms) that suggest a quote illustrates the concept."""


@dataclass(frozen=True, slots=True)
class TheoryCatalogue:
    """A validated theory catalogue."""

    id: str
    """Slug."""
    name: str
    """Title."""
    version: str
    """Version string."""
    concepts: tuple[Concept, ...]
    """The concepts, in file order."""
    language: str = "sv"
    """Language."""
    description: str = ""
    """Scope."""
    references: tuple[Reference, ...] = ()
    """Works cited."""
    sha256: str = ""
    """Hex digest of the file it was loaded from."""

    def concept(self, concept_id: str) -> Concept | None:
        """The concept with this id, or None."""
        return next((c for c in self.concepts if c.id == concept_id), None)
