"""Parsing REFI-QDA XML from other people: hardened, with one-line errors."""

from __future__ import annotations

from lxml import etree

from qualkod.errors import QualkodError

NAMESPACES = {
    "urn:QDA-XML:project:1.0",
    "urn:QDA-XML:codebook:1.0",
    "urn:QDA-XML:codebook:1:0",  # misspelt by at least one program; accepted on import
    "urn:QDA-XML:codebook:0:4",  # a pre-1.0 draft's, written by ATLAS.ti 23.4 and later
}
"""Namespaces accepted on import."""


class RefiError(QualkodError):
    """A REFI-QDA file (.qdc, .qdpx) is invalid, truncated or unsafe; nothing was imported."""


def _parser() -> etree.XMLParser:
    # No network, no DTD, no entity expansion, no huge trees: the file may be hostile.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, source: str) -> etree._Element:
    """Parse REFI-QDA XML bytes into the root element.

    Raises:
        RefiError: when the bytes are not well-formed XML, declare a DTD, or use an
            unknown namespace.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 1
        message = str(exc.msg).split(", line ")[0] if exc.msg else "not well-formed"
        raise RefiError(
            f"{source}:{line}: not well-formed XML ({message}); "
            "the file may be truncated: export it again"
        ) from None
    if root is None:
        raise RefiError(f"{source}: empty file; export it again")
    if root.getroottree().docinfo.doctype:
        raise RefiError(f"{source}:1: a DOCTYPE is not allowed in REFI-QDA files; remove it")
    namespace = etree.QName(root).namespace
    if namespace not in NAMESPACES:
        raise RefiError(
            f"{source}:{root.sourceline}: <{etree.QName(root).localname}> has namespace "
            f"{namespace!r}, not a REFI-QDA one (urn:QDA-XML:project:1.0 or "
            "urn:QDA-XML:codebook:1.0)"
        )
    return root


def local(element: etree._Element) -> str:
    """The element's name without its namespace ('' for anything not an element)."""
    if not isinstance(element.tag, str):
        return ""
    return etree.QName(element).localname


def children(element: etree._Element, name: str | None = None) -> list[etree._Element]:
    """Child elements, optionally only those of one local name."""
    return [c for c in element if local(c) and (name is None or local(c) == name)]


def child(element: etree._Element, name: str) -> etree._Element | None:
    """The first child element of that local name, if any."""
    found = children(element, name)
    return found[0] if found else None


def text_of(element: etree._Element | None) -> str:
    """All text inside an element (empty when there is none)."""
    if element is None:
        return ""
    return "".join(element.itertext())


def required(element: etree._Element, attribute: str, source: str) -> str:
    """An attribute the schema requires.

    Raises:
        RefiError: naming the element and its line when the attribute is missing or empty.
    """
    value = (element.get(attribute) or "").strip()
    if not value:
        raise RefiError(
            f"{source}:{element.sourceline}: <{local(element)}> has no {attribute} attribute; "
            "the file is not valid REFI-QDA"
        )
    return value
