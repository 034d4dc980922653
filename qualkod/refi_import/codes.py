"""REFI-QDA codes (a ``.qdc`` codebook or a project's ``CodeBook``) to a qualkod codebook.

Codes from other programs get ids made from their names and their ``Description`` as
definition. A code qualkod exported says its id and its parts in its description
(``qualkod code: <id>``, then definition, criteria, examples and concepts; see
:mod:`qualkod.refi_markers`): those are used, the id when it is a valid slug no other
code claims. A ``.qdc`` qualkod wrote with its theory catalogue gives the catalogue too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from qualkod.codebook import dump_codebook, parse_codebook, slugify
from qualkod.counts import are, counted
from qualkod.errors import CodebookError, shown
from qualkod.input_files import read_input
from qualkod.models import Code, Codebook, Exclusion
from qualkod.output_files import study_file_kind, write_atomic
from qualkod.refi_import.catalogue import CatalogueBranch, find_catalogue, theory_path_for
from qualkod.refi_import.xml_safety import (
    RefiError,
    child,
    children,
    local,
    parse_xml,
    required,
    text_of,
)
from qualkod.refi_markers import CODE_MARKER, SLUG, marked_id, read_code_description

PLACEHOLDER_DEFINITION = "(Ingen definition i REFI-QDA-filen; skriv en.)"
"""The definition of a code whose ``Description`` is empty: qualkod requires one."""
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_CODE_CHILDREN = {"Code", "Description", "NoteRef"}
_ANOTHER_OUT = {"another --out": "another out path"}
"""What a Python caller gives where the command line has ``--out``."""


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
    catalogue: CatalogueBranch | None = None
    """The theory catalogue of a ``.qdc`` qualkod wrote with one (else None)."""
    theory_path: str | None = None
    """Where :func:`import_codebook` wrote that catalogue."""


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
    if data.startswith(b"PK\x03\x04"):  # a zip: a .qdpx project given for a codebook
        raise RefiError(
            f"{source}: a zip file (a .qdpx project?), not a .qdc codebook; import a project "
            "with 'qualkod init --from', or give its codebook's .qdc"
        )
    kind = study_file_kind(path)
    if kind is not None and not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        # "qualkod codebook import kodbok.yaml": the codebook is already qualkod's own
        use = f"use it as it is: 'qualkod codebook use {source}'"
        raise RefiError(
            f"{source}: a {kind}, not a .qdc codebook; "
            + (use if kind == "codebook" else "give a .qdc exported from NVivo, ATLAS.ti or MAXQDA")
        )
    root = parse_xml(data, source)
    if local(root) != "CodeBook":
        raise RefiError(
            f"{source}:{root.sourceline}: the root element is <{local(root)}>, not <CodeBook>; "
            "is this a .qdc codebook? (import a .qdpx project with 'qualkod init --from')"
        )
    name = path.stem or "REFI-QDA"
    codes = child(root, "Codes")
    catalogue = find_catalogue(codes, source) if codes is not None else None
    result = codebook_from_element(
        root,
        source,
        name=name,
        origin=root.get("origin") or "",
        skip=catalogue.guids if catalogue else frozenset(),
        concepts=frozenset(c.id for c in catalogue.catalogue.concepts) if catalogue else None,
    )
    return replace(result, catalogue=catalogue)


def import_codebook(path: str | Path, out: str | Path) -> CodebookImport:
    """Convert a ``.qdc`` codebook into a qualkod codebook YAML file.

    A ``.qdc`` qualkod wrote with a theory catalogue also gives the catalogue, written
    next to ``out`` as ``<stem>-teori.yaml`` and named in the codebook's ``theory``.

    Args:
        path: the ``.qdc`` file.
        out: the YAML file to write (written only when the whole codebook is valid).

    Returns:
        The imported codebook, its YAML and the warnings to show.

    Raises:
        RefiError: when the file is invalid or truncated, or ``out`` or the catalogue
            file exists with other content; nothing is written then.
    """
    result = read_codebook(path)
    out = Path(out)
    theory = theory_path_for(out) if result.catalogue is not None else None
    text = result.catalogue.codebook_yaml(result.codebook, theory) if theory else result.yaml
    # A codebook file is not replaced by another conversion (the same one is).
    if out.exists() and read_input(out, "codebook", error=RefiError) != text.encode("utf-8"):
        raise RefiError(
            f"{shown(out)}: already exists; give another --out, or remove it first",
            in_python=_ANOTHER_OUT,
        )
    if theory is None:
        write_atomic(out, text.encode("utf-8"), replaces="codebook")
        return result
    data = result.catalogue.yaml.encode("utf-8")
    if theory.exists() and theory.read_bytes() != data:
        raise RefiError(
            f"{shown(theory)}: already exists (the theory catalogue goes next to the "
            "codebook); move it or give another --out",
            in_python=_ANOTHER_OUT,
        )
    write_atomic(theory, data, replaces="theory catalogue")
    write_atomic(out, text.encode("utf-8"), replaces="codebook")
    return replace(result, yaml=text, theory_path=str(theory))


def codebook_from_element(
    container: etree._Element,
    source: str,
    *,
    name: str,
    origin: str = "",
    skip: frozenset[str] = frozenset(),
    concepts: frozenset[str] | None = None,
) -> CodebookImport:
    """Build a codebook from an element holding ``Codes`` (``CodeBook``), validating it.

    ``skip``: GUIDs (lower case) of top-level codes to leave out, with their sub-codes
    (a qualkod export's theory catalogue, read separately). ``concepts``: the ids of
    that catalogue's concepts; a code's links to other concepts are dropped.

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
    state = _State(source, ignored, _claimed(top), concepts or frozenset())
    themes = tuple(state.code(element) for element in top)
    themes = tuple(_checked_see(theme, set(state.ids.values()), state) for theme in themes)
    if codes_element is not None:
        for element in children(codes_element):
            if local(element) != "Code":
                ignored[local(element)] += 1
    if state.placeholders:
        warnings.append(
            f"{counted(state.placeholders, 'code')} without a description got a placeholder "
            f"definition ({PLACEHOLDER_DEFINITION!r}): write one before coding"
        )
    if state.bad_colors:
        warnings.append(
            f"dropped {counted(state.bad_colors, 'colour')} that {are(state.bad_colors)} "
            "not #RRGGBB"
        )
    if state.renamed:
        warnings.append(
            f"numbered the ids of {counted(state.renamed, 'code')} whose name another "
            "code had taken"
        )
    if state.new_ids:
        warnings.append(
            f"made ids from names for {counted(state.new_ids, 'code')} whose qualkod id "
            "was invalid or repeated"
        )
    if state.dropped:
        warnings.append(
            f"dropped {counted(state.dropped, 'link')} of codes to concepts that the file's "
            "theory catalogue does not have"
        )
    sets = sum(len(children(e, "Set")) for e in children(container, "Sets"))
    if sets:  # code groups (ATLAS.ti), document sets: qualkod has no place for them
        warnings.append(f"skipped what qualkod cannot represent: {sets} set(s)")
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


def _claimed(top: list[etree._Element]) -> set[str]:
    """The qualkod ids that exactly one code of the tree is marked with (valid slugs)."""
    seen: Counter[str] = Counter()
    for holder in top:
        for element in holder.iter():
            if local(element) == "Code":
                code_id = marked_id(text_of(child(element, "Description")), CODE_MARKER)
                if code_id and SLUG.fullmatch(code_id):
                    seen[code_id] += 1
    return {code_id for code_id, count in seen.items() if count == 1}


def _checked_see(code: Code, ids: set[str], state: _State) -> Code:
    """``code`` with exclusions pointing to codes the codebook lacks kept as text."""
    rules = tuple(
        e if e.see is None or e.see in ids else Exclusion(f"{e.text} (se {e.see})")
        for e in code.exclude
    )
    children_ = tuple(_checked_see(c, ids, state) for c in code.codes)
    return replace(code, exclude=rules, codes=children_)


class _State:
    """Slugs, GUIDs and counts gathered while walking the code tree."""

    def __init__(
        self, source: str, ignored: Counter[str], claimed: set[str], concepts: frozenset[str]
    ) -> None:
        self.source = source
        self.ignored = ignored
        self.claimed = claimed
        self.concepts = concepts
        self.ids: dict[str, str] = {}
        self.notes: dict[str, tuple[str, ...]] = {}
        self.taken: set[str] = set()
        self.placeholders = self.bad_colors = self.renamed = self.new_ids = self.dropped = 0

    def slug(self, name: str) -> str:
        base = slugify(name)
        slug, number = base, 1
        while slug in self.taken or slug in self.claimed:
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
        read = read_code_description(text_of(child(element, "Description")))
        if read.id is not None and read.id in self.claimed and read.id not in self.taken:
            code_id = read.id
            self.taken.add(code_id)
        else:
            self.new_ids += read.id is not None
            code_id = self.slug(name)
        self.ids[guid] = code_id
        definition = read.definition if read.id else " ".join(read.definition.split())
        concepts = tuple(c for c in read.concepts if c in self.concepts)
        self.dropped += len(read.concepts) - len(concepts)
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
            include=read.include,
            exclude=read.exclude,
            positive_examples=read.positive_examples,
            negative_examples=read.negative_examples,
            concepts=concepts,
            codes=tuple(self.code(sub) for sub in children(element, "Code")),
        )
