"""The theory catalogue of a qualkod ``.qdpx`` export, read back from its marked code branch.

qualkod writes the catalogue as a non-codable top-level code whose ``Description`` starts
with ``qualkod theory catalogue: <id> <version>``, holding one codable code per concept
whose ``Description`` starts with ``qualkod concept: <id>`` (then the definition and a
``Källa:`` line). Only a branch marked like that throughout is read as a catalogue;
anything else stays ordinary codes, so files from other programs import as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from qualkod.codebook import dump_codebook, dump_theory, parse_theory
from qualkod.errors import CodebookError
from qualkod.export.refi_qda_xml import CATALOGUE_MARKER, CONCEPT_MARKER
from qualkod.models import Codebook, Concept, SourceRef, TheoryCatalogue
from qualkod.refi_import.xml_safety import RefiError, child, children, text_of

_SOURCE = re.compile(
    r"(?P<author>.+?) \((?P<year>\d{1,4})\)\. (?P<title>.+?)(?:, s\. (?P<pages>.+))?"
)
_SOURCE_LABEL = "Källa: "


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


def _description(element: etree._Element) -> str:
    return text_of(child(element, "Description")).replace("\r\n", "\n")


def find_catalogue(codes_element: etree._Element, where: str) -> CatalogueBranch | None:
    """The first top-level code marked as a qualkod theory catalogue, or None.

    Raises:
        RefiError: when a marked branch does not make a valid catalogue.
    """
    for holder in children(codes_element, "Code"):
        description = _description(holder)
        if not description.startswith(CATALOGUE_MARKER):
            continue
        head, _, scope = description.partition("\n")
        catalogue_id, _, version = head.removeprefix(CATALOGUE_MARKER).strip().partition(" ")
        concepts, ids = [], {}
        members = children(holder, "Code")
        if not members:
            continue
        for element in members:
            text = _description(element)
            if not text.startswith(CONCEPT_MARKER) or children(element, "Code"):
                break
            first, _, rest = text.partition("\n")
            body, label, cited = rest.strip().rpartition(_SOURCE_LABEL)
            found = _SOURCE.fullmatch(" ".join(cited.split())) if label else None
            if found is None:
                break
            concept_id = first.removeprefix(CONCEPT_MARKER).strip()
            ids[(element.get("guid") or "").lower()] = concept_id
            concepts.append(
                Concept(
                    id=concept_id,
                    name=" ".join((element.get("name") or "").split()),
                    definition=" ".join(body.split()),
                    source=SourceRef(
                        author=found["author"],
                        year=int(found["year"]),
                        title=found["title"],
                        pages=found["pages"],
                    ),
                )
            )
        else:
            catalogue = TheoryCatalogue(
                id=catalogue_id,
                name=" ".join((holder.get("name") or "").split()),
                version=version.strip(),
                concepts=tuple(concepts),
                description=scope.strip(),
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
