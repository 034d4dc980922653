"""The theory catalogue of a qualkod export, read back from its marked code branch.

qualkod writes the catalogue as a non-codable top-level code whose ``Description`` starts
with ``qualkod theory catalogue: <id> <version>``, holding one codable code per concept
whose ``Description`` starts with ``qualkod concept: <id>`` (then the definition, a
``Källa:`` line, related concepts and cues; see :mod:`qualkod.refi_markers`). Only a
branch marked like that throughout is read as a catalogue; anything else stays ordinary
codes, so files from other programs import as before. The same branch is in a
``.qdpx`` project and in a ``.qdc`` codebook qualkod wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from qualkod.codebook import dump_codebook, dump_theory, parse_theory
from qualkod.errors import CodebookError
from qualkod.models import Codebook, TheoryCatalogue
from qualkod.refi_import.xml_safety import RefiError, child, children, text_of
from qualkod.refi_markers import read_catalogue_description, read_concept_description


@dataclass(frozen=True)
class CatalogueBranch:
    """A qualkod theory catalogue found among a project's codes."""

    catalogue: TheoryCatalogue
    """The catalogue, validated as qualkod validates YAML catalogues."""
    yaml: str
    """The catalogue as YAML text, ready to write."""
    guids: frozenset[str]
    """GUIDs (lower case) of the holder code and its concept codes."""
    concept_ids: dict[str, str]
    """Concept code GUID (lower case) to concept id."""

    def codebook_yaml(self, codebook: Codebook, theory_path: Path) -> str:
        """The codebook YAML naming the catalogue file (relative to the codebook)."""
        return dump_codebook(replace(codebook, theory=theory_path.name))


def theory_path_for(codebook_path: Path) -> Path:
    """Where the theory catalogue goes: next to the codebook, ``<stem>-teori.yaml``."""
    return codebook_path.with_name(f"{codebook_path.stem}-teori.yaml")


def _description(element: etree._Element) -> str:
    return text_of(child(element, "Description")).replace("\r\n", "\n")


def find_catalogue(codes_element: etree._Element, where: str) -> CatalogueBranch | None:
    """The first top-level code marked as a qualkod theory catalogue, or None.

    Raises:
        RefiError: when a marked branch does not make a valid catalogue.
    """
    for holder in children(codes_element, "Code"):
        head = read_catalogue_description(_description(holder))
        members = children(holder, "Code")
        if head is None or not members:
            continue
        concepts, ids = [], {}
        for element in members:
            concept = read_concept_description(_description(element), element.get("name") or "")
            if concept is None or children(element, "Code"):
                break
            ids[(element.get("guid") or "").lower()] = concept.id
            concepts.append(concept)
        else:
            catalogue = TheoryCatalogue(
                id=head.id,
                name=" ".join((holder.get("name") or "").split()),
                version=head.version,
                concepts=tuple(concepts),
                language=head.language,
                description=head.description,
                references=head.references,
            )
            text = dump_theory(catalogue)
            try:
                catalogue = parse_theory(text, where)
            except CodebookError as exc:
                raise RefiError(
                    f"{where}:{holder.sourceline}: the qualkod theory catalogue in the file is "
                    f"not valid: {exc.problems[0]}"
                ) from None
            guids = frozenset({(holder.get("guid") or "").lower(), *ids})
            return CatalogueBranch(catalogue, text, guids, ids)
    return None
