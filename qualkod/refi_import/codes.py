"""REFI-QDA codes (a ``.qdc`` codebook or a project's ``CodeBook``) to a qualkod codebook."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from qualkod.codebook import dump_codebook, parse_codebook, slugify
from qualkod.errors import CodebookError, shown
from qualkod.models import Code, Codebook
from qualkod.output_files import write_atomic
from qualkod.refi_import.xml_safety import (
    RefiError,
    child,
    children,
    local,
    parse_xml,
    required,
    text_of,
)

PLACEHOLDER_DEFINITION = "(Ingen definition i REFI-QDA-filen; skriv en.)"
"""The definition of a code whose ``Description`` is empty: qualkod requires one."""
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_CODE_CHILDREN = {"Code", "Description", "NoteRef"}


@dataclass(frozen=True)
class CodebookImport:
    """A REFI-QDA codebook read into qualkod's form."""

    codebook: Codebook
    """The codebook, validated as qualkod validates YAML codebooks."""
    yaml: str
    """The codebook as YAML text, ready to write."""
    code_ids: dict[str, str]
    """REFI code GUID to qualkod code id."""
    code_notes: dict[str, tuple[str, ...]]
    """qualkod code id to the GUIDs of the notes attached to it."""
    warnings: tuple[str, ...]
    """What was adapted or ignored, one line each."""


def read_codebook(path: str | Path) -> CodebookImport:
    """Read a ``.qdc`` codebook file.

    Raises:
        RefiError: when the file is missing, invalid or truncated.
    """
    path = Path(path)
    source = shown(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RefiError(f"{source}: no such file; check the path") from None
    except OSError as exc:
        raise RefiError(f"{source}: cannot be read ({exc.strerror})") from None
    root = parse_xml(data, source)
    if local(root) != "CodeBook":
        raise RefiError(
            f"{source}:{root.sourceline}: the root element is <{local(root)}>, not <CodeBook>; "
            "is this a .qdc codebook? (import a .qdpx project with 'qualkod init --from')"
        )
    name = path.stem or "REFI-QDA"
    return codebook_from_element(root, source, name=name, origin=root.get("origin") or "")


def import_codebook(path: str | Path, out: str | Path) -> CodebookImport:
    """Convert a ``.qdc`` codebook into a qualkod codebook YAML file.

    Args:
        path: the ``.qdc`` file.
        out: the YAML file to write (written only when the whole codebook is valid).

    Returns:
        The imported codebook, its YAML and the warnings to show.

    Raises:
        RefiError: when the file is invalid or truncated; nothing is written then.
    """
    result = read_codebook(path)
    write_atomic(out, result.yaml.encode("utf-8"))
    return result


def codebook_from_element(
    container: etree._Element,
    source: str,
    *,
    name: str,
    origin: str = "",
    skip: frozenset[str] = frozenset(),
) -> CodebookImport:
    """Build a codebook from an element holding ``Codes`` (``CodeBook``), validating it.

    ``skip``: GUIDs (lower case) of top-level codes to leave out, with their sub-codes
    (a qualkod export's theory catalogue, read separately).

    Raises:
        RefiError: when a code lacks its name or GUID, a GUID repeats, or there are no codes.
    """
    warnings: list[str] = []
    ignored: Counter[str] = Counter()
    for element in children(container):
        if local(element) not in {"Codes", "Sets"}:
            ignored[local(element)] += 1
    codes_element = child(container, "Codes")
    top = children(codes_element, "Code") if codes_element is not None else []
    top = [c for c in top if (c.get("guid") or "").lower() not in skip]
    if not top:
        raise RefiError(
            f"{source}:{container.sourceline}: <{local(container)}> holds no <Code>; "
            "there is nothing to import"
        )
    state = _State(source, ignored)
    themes = tuple(state.code(element) for element in top)
    if codes_element is not None:
        for element in children(codes_element):
            if local(element) != "Code":
                ignored[local(element)] += 1
    if state.placeholders:
        warnings.append(
            f"{state.placeholders} codes have no description; their definition is a "
            f"placeholder ({PLACEHOLDER_DEFINITION!r}): write one before coding"
        )
    if state.bad_colors:
        warnings.append(f"{state.bad_colors} colours are not #RRGGBB and were dropped")
    if state.renamed:
        warnings.append(
            f"{state.renamed} codes had a name taken by another; their ids got a number"
        )
    for element_name, count in sorted(ignored.items()):
        warnings.append(f"ignored {count} unknown <{element_name}> element(s)")
    description = "Importerad från REFI-QDA" + (f" ({origin})" if origin else "")
    draft = Codebook(
        id=slugify(name),
        name=" ".join(name.split()) or "REFI-QDA",
        version="1",
        themes=themes,
        description=description,
    )
    text = dump_codebook(draft)
    try:
        codebook = parse_codebook(text, source)
    except CodebookError as exc:  # a bug here, not in the file: say which check failed
        raise RefiError(
            f"{source}: the imported codebook is not valid: {exc.problems[0]}"
        ) from None
    return CodebookImport(codebook, text, state.ids, state.notes, tuple(warnings))


class _State:
    """Slugs, GUIDs and counts gathered while walking the code tree."""

    def __init__(self, source: str, ignored: Counter[str]) -> None:
        self.source = source
        self.ignored = ignored
        self.ids: dict[str, str] = {}
        self.notes: dict[str, tuple[str, ...]] = {}
        self.taken: set[str] = set()
        self.placeholders = self.bad_colors = self.renamed = 0

    def slug(self, name: str) -> str:
        base = slugify(name)
        slug, number = base, 1
        while slug in self.taken:
            number += 1
            slug = f"{base}_{number}"
        if number > 1:
            self.renamed += 1
        self.taken.add(slug)
        return slug

    def code(self, element: etree._Element) -> Code:
        guid = required(element, "guid", self.source).lower()
        name = " ".join(required(element, "name", self.source).split())
        if guid in self.ids:
            raise RefiError(
                f"{self.source}:{element.sourceline}: <Code name={name!r}> repeats GUID {guid}; "
                "every code needs its own"
            )
        code_id = self.slug(name)
        self.ids[guid] = code_id
        definition = " ".join(text_of(child(element, "Description")).split())
        if not definition:
            definition = PLACEHOLDER_DEFINITION
            self.placeholders += 1
        color = element.get("color")
        if color is not None and not _COLOR.match(color.strip()):
            self.bad_colors += 1
            color = None
        self.notes[code_id] = tuple(
            required(ref, "targetGUID", self.source).lower() for ref in children(element, "NoteRef")
        )
        for other in children(element):
            if local(other) not in _CODE_CHILDREN:
                self.ignored[local(other)] += 1
        return Code(
            id=code_id,
            name=name,
            definition=definition,
            color=color.strip() if color else None,
            codes=tuple(self.code(sub) for sub in children(element, "Code")),
        )
