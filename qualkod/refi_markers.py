"""The text qualkod writes into REFI-QDA descriptions and reads back from them.

REFI-QDA has no place for qualkod's ids, criteria, examples or theory catalogue, so a
qualkod export writes them as plain text in a code's ``Description`` (which every
program shows, keeps or ignores harmlessly), and ``init --from`` and ``codebook import``
read them back. Writer and reader of each description are here, side by side, so the
two cannot drift apart; :mod:`qualkod.export` and :mod:`qualkod.refi_import` both use
this module and nothing of each other.

A description is blocks separated by a blank line:

- a codebook code: ``qualkod code: <id>``, the definition, then the optional lists
  ``Inkludera:``, ``Exkludera:`` (``- text (se <code id>)``), ``Exempel:``,
  ``Motexempel:`` (one ``- item`` a line) and ``Begrepp: <concept id>, ...``;
- the code holding a theory catalogue: ``qualkod theory catalogue: <id> <version>``,
  the scope, ``Språk: <language>`` (when not Swedish) and ``Referenser:``
  (``- <id>: <text>``);
- a concept's code: ``qualkod concept: <id>``, the definition, ``Källa: <author>
  (<year>). <title>[, s. <pages>]`` (and ``Förlag: <publisher>`` on the next line),
  ``Relaterade: <concept id>, ...`` and ``Ledtrådar:`` (``- cue``).

Readers are lenient: an unknown block is part of the definition (or scope), so a
description someone edited in another program still reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qualkod.models import Code, Concept, Exclusion, Reference, SourceRef, TheoryCatalogue

CODE_MARKER = "qualkod code: "
"""First line of a codebook code's ``Description``, followed by the code's id."""
CATALOGUE_MARKER = "qualkod theory catalogue: "
"""First line of the ``Description`` of the code that holds a qualkod theory catalogue,
followed by ``<catalogue id> <version>``."""
CONCEPT_MARKER = "qualkod concept: "
"""First line of a concept code's ``Description``, followed by the concept id."""
FEATURED = "Featured"
"""Name of the set of featured quotes (its members are notes, one per featured quote,
each referred to from the quote's selection) and first word of those notes."""

CONCLUSION_NOTE = "Memo: slutsats"
"""The name of a note on the project that is a conclusion of the study (qualkod's
``memo add --conclusion``); such notes come back as conclusions, in their order."""

DECIDED_NOTE = "Avgjord"
"""The name of a note on a turn's selection (``IP 1, tur 3``) saying that its author,
a coder, has marked the turn as decided (qualkod's ``code done``: nothing (more) to
code there); one note per coder and turn, its creation time the mark's. Other programs
show it as a memo on the turn; ``init --from`` reads it back as the mark."""
DECIDED_TEXT = "Avgjord: kodaren har gått igenom turen och har inget (mer) att koda här."
"""The text of a :data:`DECIDED_NOTE` (the name alone is what is read back)."""

DATE_VARIABLE, FORMAT_VARIABLE, ROLE_VARIABLE = "Intervjudatum", "Format", "Roll"
"""The variables of a qualkod export: interview date and format (sources), role (cases);
the date and format are also lines ``<name>: <value>`` of the source's description."""
FILE_LABEL = "Fil: "
"""Line of a source's description naming the file the transcript was read from."""

INCLUDE, EXCLUDE, POSITIVE, NEGATIVE = "Inkludera:", "Exkludera:", "Exempel:", "Motexempel:"
CONCEPTS = "Begrepp: "
SOURCE, PUBLISHER = "Källa: ", "Förlag: "
RELATED, CUES = "Relaterade: ", "Ledtrådar:"
LANGUAGE, REFERENCES = "Språk: ", "Referenser:"
_SEE = re.compile(r"(?P<text>.*) \(se (?P<see>[a-z][a-z0-9_]*)\)", re.DOTALL)
_CITED = re.compile(
    r"(?P<author>.+?) \((?P<year>\d{1,4})\)\. (?P<title>.+?)(?:, s\. (?P<pages>.+))?"
)
SLUG = re.compile(r"[a-z][a-z0-9_]*")
"""What an id must look like to be used as one."""


def _list(label: str, items) -> str:
    return label + "\n" + "\n".join(f"- {item}" for item in items)


def _blocks(text: str) -> list[str]:
    return [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]


def _items(block: str) -> list[str]:
    """The ``- item`` lines of a list block (its label line left out); a line without
    the dash continues the item before it."""
    items: list[str] = []
    for line in block.split("\n")[1:]:
        if line.startswith("- ") or not items:
            items.append(line.removeprefix("- "))
        else:
            items[-1] += "\n" + line
    return items


def _ids(line: str, label: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in line.removeprefix(label).split(",") if x.strip())


def marked_id(text: str, marker: str) -> str | None:
    """The id after ``marker`` on the first line of a description, or None."""
    first = text.replace("\r\n", "\n").lstrip("\ufeff").partition("\n")[0]
    if not first.startswith(marker):
        return None
    return first.removeprefix(marker).strip() or None


# --- codebook codes ------------------------------------------------------------------


def code_description(code: Code) -> str:
    """A codebook code's id, definition, criteria, examples and concepts as plain text."""
    parts = [f"{CODE_MARKER}{code.id}", code.definition.strip()]
    if code.include:
        parts.append(_list(INCLUDE, code.include))
    if code.exclude:
        parts.append(
            _list(EXCLUDE, (e.text + (f" (se {e.see})" if e.see else "") for e in code.exclude))
        )
    if code.positive_examples:
        parts.append(_list(POSITIVE, code.positive_examples))
    if code.negative_examples:
        parts.append(_list(NEGATIVE, code.negative_examples))
    if code.concepts:
        parts.append(CONCEPTS + ", ".join(code.concepts))
    return "\n\n".join(p for p in parts if p)


@dataclass(frozen=True)
class CodeText:
    """What a code's description says, read back."""

    id: str | None
    definition: str
    include: tuple[str, ...] = ()
    exclude: tuple[Exclusion, ...] = ()
    positive_examples: tuple[str, ...] = ()
    negative_examples: tuple[str, ...] = ()
    concepts: tuple[str, ...] = ()


def read_code_description(text: str) -> CodeText:
    """Read :func:`code_description` back; without the marker the whole text is the
    definition (a code from another program)."""
    code_id = marked_id(text, CODE_MARKER)
    if code_id is None:
        return CodeText(None, text.strip())
    found: dict[str, tuple] = {}
    definition = []
    for block in _blocks(text)[1:]:
        head = block.split("\n")[0]
        if head in (INCLUDE, POSITIVE, NEGATIVE) and head not in found:
            found[head] = tuple(_items(block))
        elif head == EXCLUDE and head not in found:
            rules = []
            for item in _items(block):
                see = _SEE.fullmatch(item)
                rules.append(Exclusion(see["text"], see["see"]) if see else Exclusion(item))
            found[head] = tuple(rules)
        elif head.startswith(CONCEPTS) and "\n" not in block and CONCEPTS not in found:
            found[CONCEPTS] = _ids(block, CONCEPTS)
        else:
            definition.append(block)
    return CodeText(
        code_id,
        "\n\n".join(definition).strip(),
        found.get(INCLUDE, ()),
        found.get(EXCLUDE, ()),
        found.get(POSITIVE, ()),
        found.get(NEGATIVE, ()),
        found.get(CONCEPTS, ()),
    )


# --- theory catalogue ----------------------------------------------------------------


def catalogue_description(catalogue: TheoryCatalogue) -> str:
    """The marker line (id and version), scope, language and references as plain text."""
    parts = [f"{CATALOGUE_MARKER}{catalogue.id} {catalogue.version}"]
    parts.append(catalogue.description.strip())
    if catalogue.language != "sv":
        parts.append(LANGUAGE + catalogue.language)
    if catalogue.references:
        parts.append(_list(REFERENCES, (f"{r.id}: {r.text}" for r in catalogue.references)))
    return "\n\n".join(p for p in parts if p)


@dataclass(frozen=True)
class CatalogueText:
    """What the catalogue holder's description says, read back."""

    id: str
    version: str
    description: str
    language: str = "sv"
    references: tuple[Reference, ...] = ()


def read_catalogue_description(text: str) -> CatalogueText | None:
    """Read :func:`catalogue_description` back; None without the marker."""
    head = marked_id(text, CATALOGUE_MARKER)
    if head is None:
        return None
    catalogue_id, _, version = head.partition(" ")
    scope, language, references = [], "sv", []
    for block in _blocks(text)[1:]:
        if block.startswith(LANGUAGE) and "\n" not in block:
            language = block.removeprefix(LANGUAGE).strip()
        elif block.split("\n")[0] == REFERENCES and not references:
            for item in _items(block):
                ref_id, _, ref_text = item.partition(": ")
                references.append(Reference(ref_id.strip(), ref_text.strip()))
        else:
            scope.append(block)
    return CatalogueText(
        catalogue_id, version.strip(), "\n\n".join(scope).strip(), language, tuple(references)
    )


def concept_description(concept: Concept) -> str:
    """A concept's id, definition, source, related concepts and cues, as plain text."""
    source = concept.source
    cited = f"{SOURCE}{source.author} ({source.year}). {source.title}"
    if source.pages:
        cited += f", s. {source.pages}"
    if source.publisher:
        cited += f"\n{PUBLISHER}{source.publisher}"
    parts = [f"{CONCEPT_MARKER}{concept.id}", concept.definition.strip(), cited]
    if concept.related:
        parts.append(RELATED + ", ".join(concept.related))
    if concept.cues:
        parts.append(_list(CUES, concept.cues))
    return "\n\n".join(p for p in parts if p)


def read_concept_description(text: str, name: str) -> Concept | None:
    """Read :func:`concept_description` back (``name`` is the code's); None when the
    marker or a readable ``Källa:`` line is missing."""
    concept_id = marked_id(text, CONCEPT_MARKER)
    if concept_id is None:
        return None
    blocks = _blocks(text)[1:]
    at = max((i for i, b in enumerate(blocks) if b.startswith(SOURCE)), default=None)
    if at is None:
        return None
    cited, _, publisher = blocks[at].removeprefix(SOURCE).partition("\n" + PUBLISHER)
    found = _CITED.fullmatch(" ".join(cited.split()))
    if found is None:
        return None
    related: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    for block in blocks[at + 1 :]:
        if block.startswith(RELATED) and "\n" not in block:
            related = _ids(block, RELATED)
        elif block.split("\n")[0] == CUES:
            cues = tuple(_items(block))
    return Concept(
        id=concept_id,
        name=" ".join(name.split()),
        definition=" ".join(" ".join(blocks[:at]).split()),
        source=SourceRef(
            author=found["author"],
            year=int(found["year"]),
            title=found["title"],
            pages=found["pages"],
            publisher=" ".join(publisher.split()) or None,
        ),
        related=related,
        cues=cues,
    )
