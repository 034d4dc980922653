"""The pieces of REFI-QDA XML shared by projects (``.qdpx``) and codebooks (``.qdc``).

GUIDs are uuid5 names under one fixed namespace, so the same project gives the same
GUIDs every time; the codebook and catalogue become the same code tree in both files.
lxml is imported inside the functions (heavy imports are lazy throughout qualkod).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable

from qualkod import refi_markers as marks
from qualkod.models import Code, Codebook, TheoryCatalogue

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/qualkod/refi-qda")
_COLOR = re.compile(r"#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")
# Characters XML 1.0 cannot hold at all (lxml refuses them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def guid(kind: str, *key: object) -> str:
    """A fixed GUID for one thing of a project, derived from what identifies it."""
    name = "\x1f".join([kind, *(str(part) for part in key)])
    return str(uuid.uuid5(_GUID_NAMESPACE, name))


def code_guid(code_id: str) -> str:
    """The GUID of a codebook code (the same in a .qdpx and a .qdc)."""
    return guid("code", code_id)


def concept_guid(concept_id: str) -> str:
    """The GUID of a concept's code."""
    return guid("concept", concept_id)


def catalogue_guid(catalogue_id: str) -> str:
    """The GUID of the code that holds a theory catalogue's concepts."""
    return guid("catalogue", catalogue_id)


def xml_text(text: str) -> str:
    """``text`` without the control characters XML cannot carry."""
    return _NOT_XML.sub("", text)


def color(value: str | None) -> str | None:
    """A colour as ``#RRGGBB`` (upper case), or None when it is not a hex colour."""
    match = _COLOR.fullmatch((value or "").strip())
    if not match:
        return None
    digits = match.group(1).upper()
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return "#" + digits


def date_time(value: str | None) -> str | None:
    """A stored ISO time as ``xsd:dateTime`` (UTC, ``Z``), or None when unreadable."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed.replace(microsecond=0).isoformat() + "Z"


def _code_element(parent, tag: str, guid_value: str, name: str, *, codable: bool, colour=None):
    from lxml import etree

    element = etree.SubElement(parent, tag)
    element.set("guid", guid_value)
    element.set("name", xml_text(name))
    element.set("isCodable", "true" if codable else "false")
    if colour:
        element.set("color", colour)
    return element


def add_codes(
    codes_element,
    ns: str,
    codebook: Codebook,
    catalogue: TheoryCatalogue | None,
    *,
    note_refs: dict[str, list[str]] | None = None,
    extra: Iterable[tuple[str, str]] = (),
) -> None:
    """Write the codebook's themes (sub-codes nested) and the catalogue's concepts.

    Args:
        codes_element: the ``Codes`` element to fill.
        ns: the namespace of the file (project or codebook).
        codebook: the themes and codes.
        catalogue: the theory catalogue: one non-codable code holding a codable code
            per concept; left out when None.
        note_refs: note GUIDs per code GUID (projects only: codebooks have no notes).
        extra: (code id, name) of coded codes the codebook no longer has, written as
            codable codes under one non-codable code so no coding is lost.
    """
    from lxml import etree

    refs = note_refs or {}

    def tail(element, guid_value: str, description: str) -> None:
        if description:
            etree.SubElement(element, f"{{{ns}}}Description").text = description
        for note in refs.get(guid_value, ()):
            etree.SubElement(element, f"{{{ns}}}NoteRef").set("targetGUID", note)

    def write(parent, code: Code) -> None:
        code_id = code_guid(code.id)
        element = _code_element(
            parent, f"{{{ns}}}Code", code_id, code.name, codable=True, colour=color(code.color)
        )
        tail(element, code_id, xml_text(marks.code_description(code)))
        for child in code.codes:
            write(element, child)

    for theme in codebook.themes:
        write(codes_element, theme)
    extra = list(extra)
    if extra:
        holder_id = guid("outside-codebook", codebook.id)
        holder = _code_element(
            codes_element, f"{{{ns}}}Code", holder_id, "Koder utanför kodboken", codable=False
        )
        tail(holder, holder_id, f"Kodade koder som {codebook.id} {codebook.version} inte har.")
        for code_id, name in extra:
            element = _code_element(holder, f"{{{ns}}}Code", code_guid(code_id), name, codable=True)
            tail(element, code_guid(code_id), xml_text(f"{marks.CODE_MARKER}{code_id}"))
    if catalogue is None or not catalogue.concepts:
        return
    holder_id = catalogue_guid(catalogue.id)
    holder = _code_element(codes_element, f"{{{ns}}}Code", holder_id, catalogue.name, codable=False)
    tail(holder, holder_id, xml_text(marks.catalogue_description(catalogue)))
    for concept in catalogue.concepts:
        concept_id = concept_guid(concept.id)
        element = _code_element(holder, f"{{{ns}}}Code", concept_id, concept.name, codable=True)
        tail(element, concept_id, xml_text(marks.concept_description(concept)))


def serialise(root) -> bytes:
    """The document as UTF-8 bytes with an XML declaration, no BOM, LF line ends."""
    from lxml import etree

    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) + b"\n"
