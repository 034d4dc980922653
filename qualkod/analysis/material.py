"""What the analysis tables are built from: the :class:`Material` (the codings selected
for analysis and everything they refer to, loaded once and redacted) and the
:class:`Scope` (codebook version, coders, transcripts) a table covers.

:func:`load_material` reads it from a project; :mod:`qualkod.analysis.tables` builds the
DataFrames from it and re-exports :class:`Material` and :func:`load_material`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field

from qualkod import project as project_api
from qualkod.codebook import with_words_as_shown
from qualkod.coding.memo_text import one_paragraph
from qualkod.errors import ParameterError
from qualkod.ingest import format_clock
from qualkod.models import (
    Codebook,
    Coding,
    Concept,
    Link,
    StoredTurn,
    TheoryCatalogue,
    TranscriptSummary,
)
from qualkod.redaction import Redactor
from qualkod.redaction.coder_labels import coder_label, coder_labels
from qualkod.redaction.project import coder_meant, project_redactor
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import links as link_store
from qualkod.store import transcripts as transcript_store

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Scope:
    """What a table covers."""

    codebook: str
    """Codebook id and version, ``samsjuklighet 1.0``."""
    coders: tuple[str, ...]
    """The coders whose codings are counted, as shown (:meth:`Material.coder`)."""
    transcripts: tuple[str, ...]
    """``1 intervju-ifo-chef``: id and (redacted) title of each transcript covered."""
    theme: str | None = None
    """The theme the table is limited to, if any."""
    featured_only: bool = False
    """Whether only featured quotes are included."""

    def describe(self, lang: str = "sv") -> str:
        """One line for the head of a table: Swedish for reports, English (``en``) for
        the terminal, where qualkod speaks English."""
        words = _SCOPE_WORDS[lang]
        parts = [f"{words[0]} {self.codebook}"]
        parts.append(f"{words[1]}: " + (", ".join(self.coders) or words[2]))
        parts.append(f"{words[3]}: " + "; ".join(self.transcripts))
        if self.theme:
            parts.append(f"{words[4]}: {self.theme}")
        if self.featured_only:
            parts.append(words[5])
        return " · ".join(parts)


_SCOPE_WORDS = {
    "sv": ("Kodbok", "kodare", "inga", "intervjuer", "tema", "endast utvalda citat"),
    "en": ("Codebook", "coders", "none", "interviews", "theme", "featured quotes only"),
}


@dataclass
class Material:
    """The codings selected for analysis and everything they refer to."""

    codebook: Codebook
    catalogue: TheoryCatalogue | None
    codings: list[Coding]
    transcripts: dict[int, TranscriptSummary]
    turns: dict[tuple[int, int], StoredTurn]
    redactor: Redactor
    scope: Scope
    links: dict[int, list[Link]] = field(default_factory=dict)
    """Coding id -> its links to concepts (live, in catalogue order; with coders asked
    for, the links they made)."""
    coders: tuple[str, ...] = ()
    """The coders asked for, by their own names (``--coder Intervjuare 1`` is the
    interviewer coding as herself); empty when every coder's codings are in."""

    def redact(self, text: str) -> str:
        """``text`` (a memo, a title) with identifying details replaced (and control
        characters a project made before qualkod dropped them at entry gone: a Word
        document cannot carry them)."""
        return self.redactor(one_paragraph(text) if _CONTROL.search(text) else text)

    def coder(self, name: str) -> str:
        """A coder's name as shown: a speaker's pseudonym when it names a speaker."""
        return self.redactor.coder(name)

    def coder_labels(self) -> dict[str, str]:
        """Each coder of the project and of these codings -> how the chapter names her:
        a speaker's pseudonym when the name is a speaker's, a label or a speaker's
        pseudonym kept as it is (a study exported with neutral names), else ``Kodare A``
        by the order the project's coders first coded, the next free letter where a label
        is taken."""
        names = [*self.redactor.coders, *(c.coder for c in self.codings)]
        pseudonyms = self.redactor.speakers.pseudonyms
        return coder_labels(names, self.redactor.coders, self.coder, pseudonyms)

    def labelled(self, name: str) -> str:
        """A coder as the chapter names coders (see :meth:`coder_labels`)."""
        labels = self.coder_labels()
        return labels[name] if name in labels else coder_label(name, self.redactor.coders)

    def __repr__(self) -> str:
        """Short, with no raw name and no coder's login: a notebook keeps what it printed."""
        labels = self.coder_labels()
        coders = sorted({labels[c.coder] for c in self.codings}, key=_label_order)
        shared = self.shared_transcripts()
        note = (
            f"; {len(shared)} transcript(s) coded by more than one coder: counts add "
            "each coder's codings (load_material(..., coder=NAME) takes one)"
            if shared
            else ""
        )
        return (
            f"<Material: codebook {self.codebook.id} {self.codebook.version}, "
            f"{len(self.codings)} codings by {', '.join(coders) or 'nobody'}, "
            f"{len(self.transcripts)} transcript(s){note}>"
        )

    def shared_transcripts(self) -> dict[int, list[str]]:
        """transcript id -> the coders (as shown) of a transcript more than one coded:
        counts over them add each one's codings, a quote once per coder."""
        coders: dict[int, set[str]] = {}
        for coding in self.codings:
            coders.setdefault(coding.transcript_id, set()).add(coding.coder)
        return {
            transcript_id: sorted(self.coder(name) for name in names)
            for transcript_id, names in sorted(coders.items())
            if len(names) > 1
        }

    def quote(self, coding: Coding) -> str:
        """A coding's words, redacted as they read in their turn."""
        turn = self.turns[(coding.transcript_id, coding.turn)]
        return self.redactor.excerpt(turn.text, coding.start, coding.end)

    def passage(self, coding: Coding) -> tuple[str, int, int, int, int, str]:
        """What counts as one quote: one coder's words of one turn under one theme.

        Every count of quotes uses this key (``counts``, the chart, the quote tables and
        the chapter): a passage coded with two of a theme's sub-codes is one quote of the
        theme; the same words coded by two coders are two.
        """
        theme = self.theme_of(coding.code_id)
        return (theme, coding.transcript_id, coding.turn, coding.start, coding.end, coding.coder)

    def quote_time(self, coding: Coding) -> str:
        """When a coding's words were said (``00:12:05``): the start of the cue they begin
        in, so two quotes of one long turn have their own times; empty when untimed."""
        turn = self.turns[(coding.transcript_id, coding.turn)]
        ms = turn.time_at(coding.start)
        return format_clock(ms) if ms is not None else ""

    def title(self, transcript_id: int) -> str:
        """A transcript's title, names redacted."""
        return self.redactor.file_name(self.transcripts[transcript_id].title)

    def theme_of(self, code_id: str) -> str:
        """The theme id of a code (a code no longer in the codebook is its own theme)."""
        theme = self.codebook.theme_of(code_id)
        return theme.id if theme else code_id

    def concepts_of(self, code_id: str) -> list[str]:
        """Concepts linked to the code or its theme, in catalogue order, each once."""
        code, theme = self.codebook.code(code_id), self.codebook.theme_of(code_id)
        found = set(code.concepts if code else ()) | set(theme.concepts if theme else ())
        order = {c.id: n for n, c in enumerate(self.catalogue.concepts)} if self.catalogue else {}
        return sorted(found, key=lambda c: (order.get(c, len(order)), c))

    def linked_concepts(self, coding: Coding) -> list[str]:
        """The concepts the coder linked this coding's quote to, in catalogue order."""
        return [link.concept_id for link in self.links.get(coding.id, ())]

    def concept(self, concept_id: str) -> Concept | None:
        """A concept of the theory catalogue, or None."""
        return self.catalogue.concept(concept_id) if self.catalogue else None

    def concept_name(self, concept_id: str) -> str:
        """A concept's name from the catalogue (its id when there is none)."""
        concept = self.concept(concept_id)
        return concept.name if concept else concept_id


def load_material(
    project: Project,
    *,
    theme: str | None = None,
    coder: str | Sequence[str] | None = None,
    featured: bool = False,
) -> Material:
    """Load the codings (of one theme, coder(s), or featured only) and their context.

    ``theme`` is a theme's or code's id, or its name (``Bristande ansvar``, any case).
    Without ``coder`` every coder's codings are in: when that is more than one coder's,
    a :class:`UserWarning` says how many were merged and how to take one.

    Raises:
        QualkodError: when no codebook is chosen or ``theme`` or ``coder`` is unknown.
    """
    material = read_material(project, theme=theme, coder=coder, featured=featured)
    merged = sorted({material.coder(c.coder) for c in material.codings})
    if coder is None and len(merged) > 1:
        warnings.warn(
            f"load_material: the codings of {len(merged)} coders are merged "
            f"({', '.join(merged)}); give coder=NAME for one coder's codings, or "
            "coder=[NAME, ...] to merge those named",
            UserWarning,
            stacklevel=2,
        )
    return material


def read_material(
    project: Project,
    *,
    theme: str | None = None,
    coder: str | Sequence[str] | None = None,
    featured: bool = False,
) -> Material:
    """:func:`load_material` without its warning, for callers that say themselves whose
    codings a table counts (the commands, the chapter)."""
    codebook, catalogue = project_api.current_codebook(project)
    if theme is not None and codebook.code(theme) is None:
        # By its name as the tables show it ("Bristande ansvar"), in any case.
        named = [c.id for c in codebook.codes() if c.name.casefold() == theme.strip().casefold()]
        if len(named) != 1:
            known = ", ".join(t.id for t in codebook.themes)
            raise ParameterError("theme", theme, f"not in codebook {codebook.id}; themes: {known}")
        theme = named[0]
    coders = [coder] if isinstance(coder, str) else list(coder or [])
    with project.read() as conn:
        every = coding_store.list_codings(conn)
        summaries = {t.id: t for t in transcript_store.list_transcripts(conn)}
        turns = {
            (tid, turn.index): turn
            for tid in summaries
            for turn in transcript_store.transcript_turns(conn, tid)
        }
        every_link = link_store.list_links(conn)
    redactor = project_redactor(project, [turn.text for turn in turns.values()])
    codebook = with_words_as_shown(codebook, redactor)  # "som när Sofias klass leker"
    known_coders = sorted({c.coder for c in every})
    coders = [coder_meant(redactor, name, known_coders) for name in coders]
    for name in coders:
        if name not in known_coders:
            shown = ", ".join(redactor.coder(k) for k in known_coders) or "none"
            raise ParameterError("coder", name, f"has no codings; coders: {shown}")
    selected = [
        c
        for c in every
        if (not coders or c.coder in coders)
        and (not featured or c.featured)
        and (theme is None or c.code_id == theme or _theme_id(codebook, c.code_id) == theme)
    ]
    order = {c.id: n for n, c in enumerate(catalogue.concepts)} if catalogue else {}
    chosen = {c.id for c in selected}
    links: dict[int, list[Link]] = {}
    for link in sorted(every_link, key=lambda k: (order.get(k.concept_id, len(order)), k.id)):
        # with coders named, their links only, as their memos only (another coder may
        # link one's codings: a theory pass is theirs)
        if link.coding_id in chosen and (not coders or link.coder in coders):
            links.setdefault(link.coding_id, []).append(link)
    used = sorted({c.coder for c in selected}) if not coders else sorted(coders)
    covered = sorted({c.transcript_id for c in every if not coders or c.coder in coders})
    scope = Scope(
        f"{codebook.id} {codebook.version}",
        tuple(dict.fromkeys(redactor.coder(name) for name in used)),
        tuple(f"{t} {redactor.file_name(summaries[t].title)}" for t in covered),
        theme,
        featured,
    )
    return Material(
        codebook,
        catalogue,
        selected,
        {t: summaries[t] for t in covered},
        turns,
        redactor,
        scope,
        links,
        tuple(coders),
    )


def _theme_id(codebook: Codebook, code_id: str) -> str:
    theme = codebook.theme_of(code_id)
    return theme.id if theme else code_id


def _label_order(label: str) -> tuple[int, str]:
    """Kodare B before Kodare AA (as spreadsheet columns), a pseudonym as it sorts."""
    return (len(label), label)
