"""A ``.qdpx`` REFI-QDA project into a new qualkod project: transcripts, codebook,
codings (exact offsets and coders) and memos; all or nothing.

A qualkod export also carries its theory catalogue as a marked code branch (see
:mod:`qualkod.export.refi_qda_xml`) and each link as a ``Coding`` of a concept's code on
the coding's selection; that branch becomes a theory catalogue YAML next to the
codebook, and those codings links (with their notes as link memos)."""

from __future__ import annotations

import csv
import hashlib
import io
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from lxml import etree

from qualkod._zip_limits import check_zip_size
from qualkod.coding import add_link, add_memo, codings, import_codings
from qualkod.coding.file import COLUMNS
from qualkod.errors import QualkodError, shown
from qualkod.importing import store_transcript
from qualkod.models import SourceFormat, Transcript
from qualkod.output_files import write_atomic
from qualkod.project import init_project, use_codebook
from qualkod.refi_import.catalogue import CatalogueBranch, find_catalogue
from qualkod.refi_import.codes import codebook_from_element
from qualkod.refi_import.turns import SourceTurns, split_turns
from qualkod.refi_import.xml_safety import (
    RefiError,
    child,
    children,
    local,
    parse_xml,
    required,
    text_of,
)
from qualkod.store import open_project

_SKIPPED_SOURCES = {
    "PictureSource": "picture source",
    "PDFSource": "PDF source",
    "AudioSource": "audio source",
    "VideoSource": "video source",
}
_SKIPPED_PARTS = {
    "Graphs": "graph",
    "Links": "link",
    "Sets": "set",
    "Cases": "case",
    "Variables": "variable",
}
_KNOWN = {"Users", "CodeBook", "Sources", "Notes", "Description", "NoteRef", *_SKIPPED_PARTS}


@dataclass(frozen=True)
class ProjectImport:
    """What ``init --from`` made."""

    location: str
    """The new project."""
    codebook_path: str | None
    """The codebook YAML written and chosen (None when the project had no codes)."""
    transcripts: int
    """Text sources imported as transcripts."""
    turns: int
    """Turns in them."""
    codings: int
    """Codings stored."""
    coders: tuple[str, ...]
    """Coders of those codings."""
    memos: int
    """Memos stored (on codes, and on codings)."""
    warnings: tuple[str, ...]
    """What was adapted or skipped, one line each."""
    theory_path: str | None = None
    """The theory catalogue YAML written (a qualkod export's catalogue), else None."""
    links: int = 0
    """Links of codings to concepts stored (from a qualkod export)."""


@dataclass(frozen=True)
class _Source:
    name: str
    text: str
    turns: SourceTurns
    transcript: Transcript


@dataclass(frozen=True)
class _Selection:
    source: int
    start: int
    end: int
    code: str
    coder: str
    created: str
    memo: str
    links: tuple[tuple[str, str, str], ...] = ()
    """(concept id, coder, memo) of each concept coding on the same selection."""


def init_from_qdpx(
    location: str | Path,
    qdpx: str | Path,
    *,
    codebook_out: str | Path | None = None,
    coder: str = "okänd",
) -> ProjectImport:
    """Create a new project from a REFI-QDA ``.qdpx`` project.

    Everything is read and checked before the project is created; if storing still
    fails, the new project (and the codebook file written) is removed again.

    Args:
        location: the new project's database file; must not exist yet.
        qdpx: the ``.qdpx`` file.
        codebook_out: where to write the codebook YAML (default: ``kodbok.yaml`` next
            to the project); must not exist yet.
        coder: the coder for codings and notes that name no user.

    Raises:
        RefiError: when the file is invalid, truncated or unsafe.
        QualkodError: when the project or codebook file already exists.
    """
    location = Path(str(location))
    if "://" in str(location):
        raise QualkodError(f"{location}: 'init --from' creates a project file; give a path")
    if location.exists() and location.stat().st_size > 0:
        raise QualkodError(
            f"{location}: already exists; 'init --from' makes a new project, give a new path"
        )
    codebook_path = Path(codebook_out) if codebook_out else location.parent / "kodbok.yaml"
    plan = _read(Path(qdpx), coder)
    if plan.codebook is not None and codebook_path.exists():
        raise QualkodError(f"{codebook_path}: already exists; give another --codebook-out")
    theory_path = _theory_path(codebook_path) if plan.catalogue is not None else None
    if theory_path is not None and theory_path.exists():
        raise QualkodError(
            f"{theory_path}: already exists (the theory catalogue goes next to the codebook); "
            "move it or give another --codebook-out"
        )
    created_files: list[Path] = []
    try:
        init_project(location)
        created_files.append(location)
        return _store(location, plan, codebook_path, theory_path, created_files)
    except BaseException:
        for path in created_files:
            for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
                extra.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class _Plan:
    sources: list[_Source]
    selections: list[_Selection]
    codebook: object
    code_memos: list[tuple[str, str, str]]
    warnings: list[str]
    catalogue: CatalogueBranch | None = None


def _theory_path(codebook_path: Path) -> Path:
    """Where the theory catalogue of a qualkod export is written: next to the codebook."""
    return codebook_path.with_name(f"{codebook_path.stem}-teori.yaml")


def _store(
    location: Path, plan: _Plan, codebook_path: Path, theory_path: Path | None, created: list[Path]
) -> ProjectImport:
    project = open_project(location)
    try:
        ids = [store_transcript(project, s.transcript, title=s.name) for s in plan.sources]
        if plan.codebook is not None:
            codebook_yaml = plan.codebook.yaml
            if plan.catalogue is not None and theory_path is not None:
                write_atomic(theory_path, plan.catalogue.yaml.encode("utf-8"))
                created.append(theory_path)
                codebook_yaml = plan.catalogue.codebook_yaml(plan.codebook.codebook, theory_path)
            write_atomic(codebook_path, codebook_yaml.encode("utf-8"))
            created.append(codebook_path)
            use_codebook(project, codebook_path)
        added, coders, linked = 0, (), 0
        if plan.selections:
            added, coders = _codings(project, plan, ids)
            linked = _links(project, plan)
        for code_id, text, coder in plan.code_memos:
            add_memo(project, text, coder, theme=code_id)
        memos = len(plan.code_memos) + sum(1 for s in plan.selections if s.memo)
    finally:
        project.close()
    return ProjectImport(
        str(location),
        str(codebook_path) if plan.codebook is not None else None,
        len(plan.sources),
        sum(len(s.transcript.turns) for s in plan.sources),
        added,
        coders,
        memos,
        tuple(plan.warnings),
        str(theory_path) if plan.catalogue is not None and theory_path is not None else None,
        linked,
    )


def _links(project, plan: _Plan) -> int:
    """Link the stored codings to the concepts coded on their selections."""
    wanted: dict[tuple, list[tuple[str, str, str]]] = {}
    for s in plan.selections:
        if not s.links:
            continue
        source = plan.sources[s.source]
        for turn, start, end in source.turns.locate(s.start, s.end):
            key = (source.transcript.sha256, turn, start, end, s.code, s.coder)
            wanted.setdefault(key, []).extend(s.links)
    if not wanted:
        return 0
    stored = {
        (c.transcript_sha256, c.turn, c.start, c.end, c.code_id, c.coder): c.id
        for c in codings(project)
    }
    made = 0
    for key, links in wanted.items():
        done: set[str] = set()
        for concept_id, coder, memo in links:
            if concept_id in done:
                continue
            done.add(concept_id)
            add_link(project, stored[key], concept_id, coder, memo=memo)
            made += 1
    return made


def _codings(project, plan: _Plan, ids: list) -> tuple[int, tuple[str, ...]]:
    """Store the codings through the codings-file import: one checked transaction."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for s in plan.selections:
        source = plan.sources[s.source]
        turn_text = {t.index: t.text for t in source.transcript.turns}
        for turn, start, end in source.turns.locate(s.start, s.end):
            writer.writerow(
                {
                    "transcript_sha256": source.transcript.sha256,
                    "turn": turn,
                    "start": start,
                    "end": end,
                    "code": s.code,
                    "coder": s.coder,
                    "memo": s.memo,
                    "created_at": s.created,
                    "quote": turn_text[turn][start:end],
                }
            )
    with tempfile.TemporaryDirectory(prefix="qualkod-refi-") as folder:
        path = Path(folder) / "codings.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8")
        result = import_codings(project, path)
    return result.added, result.coders


def _read(path: Path, coder: str) -> _Plan:
    source = shown(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RefiError(f"{source}: no such file; check the path") from None
    except OSError as exc:
        raise RefiError(f"{source}: cannot be read ({exc.strerror})") from None
    try:
        check_zip_size(data)
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise RefiError(
            f"{source}: not a .qdpx (zip) file, or a broken one; export it again"
        ) from None
    except QualkodError as exc:
        raise RefiError(f"{source}: {exc}") from None
    members = {info.filename: info for info in archive.infolist()}
    if "project.qde" not in members:
        raise RefiError(f"{source}: no project.qde in the zip; is this a REFI-QDA .qdpx?")
    where = f"{source}/project.qde"
    root = parse_xml(archive.read("project.qde"), where)
    if local(root) != "Project":
        raise RefiError(
            f"{where}:{root.sourceline}: the root element is <{local(root)}>, not <Project>"
        )
    warnings: list[str] = []
    ignored: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for element in children(root):
        name = local(element)
        if name in _SKIPPED_PARTS:
            skipped[_SKIPPED_PARTS[name]] += len(children(element)) or 1
        elif name not in _KNOWN:
            ignored[name] += 1
    users = {
        required(u, "guid", where).lower(): " ".join((u.get("name") or "").split())
        for users in children(root, "Users")
        for u in children(users, "User")
    }
    notes = {
        required(n, "guid", where).lower(): " ".join(text_of(child(n, "PlainTextContent")).split())
        for group in children(root, "Notes")
        for n in children(group, "Note")
    }
    book_element = child(root, "CodeBook")
    codebook = None
    code_ids: dict[str, str] = {}
    codes_element = child(book_element, "Codes") if book_element is not None else None
    catalogue = find_catalogue(codes_element, where) if codes_element is not None else None
    concept_ids = catalogue.concept_ids if catalogue is not None else {}
    skip = catalogue.guids if catalogue is not None else frozenset()
    if codes_element is not None and any(
        (c.get("guid") or "").lower() not in skip for c in children(codes_element, "Code")
    ):
        codebook = codebook_from_element(
            book_element,
            where,
            name=root.get("name") or path.stem,
            origin=root.get("origin") or "",
            skip=skip,
        )
        code_ids = codebook.code_ids
        warnings.extend(codebook.warnings)
    else:
        warnings.append("the project has no codes: no codebook was written")
        catalogue, concept_ids = None, {}

    def person(element: etree._Element) -> str:
        return users.get((element.get("creatingUser") or "").lower()) or coder

    used_notes: set[str] = set()
    code_memos = []
    if codebook is not None:
        for element in book_element.iter():
            if local(element) == "Code":
                code_id = code_ids.get(element.get("guid").lower())
                if code_id is None:  # the catalogue's holder or one of its concepts
                    continue
                for ref in children(element, "NoteRef"):
                    target = required(ref, "targetGUID", where).lower()
                    if notes.get(target):
                        used_notes.add(target)
                        code_memos.append(
                            (code_id, notes[target], _note_author(root, target, users, coder))
                        )
    sources: list[_Source] = []
    selections: list[_Selection] = []
    skipped_selections: Counter[str] = Counter()
    adjusted = split = unlinked = 0
    for group in children(root, "Sources"):
        for element in children(group):
            kind = local(element)
            if kind in _SKIPPED_SOURCES:
                skipped[_SKIPPED_SOURCES[kind]] += 1
                selected = sum(1 for e in element if local(e).endswith("Selection"))
                if selected:
                    skipped_selections[_SKIPPED_SOURCES[kind]] += selected
                continue
            if kind != "TextSource":
                ignored[kind] += 1
                continue
            name = " ".join(required(element, "name", where).split())
            text = _source_text(element, archive, members, where)
            turns = split_turns(text)
            if not turns.turns:
                skipped["empty text source"] += 1
                continue
            index = len(sources)
            transcript = Transcript(
                title=name,
                source_format=SourceFormat.PLAIN_TEXT,
                sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                turns=turns.turns,
                source_name=name,
            )
            sources.append(_Source(name, text, turns, transcript))
            for selection in children(element, "PlainTextSelection"):
                start, end = (
                    _position(selection, "startPosition", where),
                    _position(selection, "endPosition", where),
                )
                if not 0 <= start < end <= len(text):
                    raise RefiError(
                        f"{where}:{selection.sourceline}: <PlainTextSelection> {start}-{end} lies "
                        f"outside source {name!r} ({len(text)} characters)"
                    )
                memo_parts = []
                for ref in children(selection, "NoteRef"):
                    target = required(ref, "targetGUID", where).lower()
                    if notes.get(target):
                        used_notes.add(target)
                        memo_parts.append(notes[target])
                spans = turns.locate(start, end)
                codings = children(selection, "Coding")
                if codings and not spans:
                    skipped_selections["text source (only labels or line breaks)"] += 1
                    continue
                if codings:
                    split += len(spans) > 1
                    turn_text = {t.index: t.text for t in turns.turns}
                    joined = " ".join(turn_text[t][s:e] for t, s, e in spans)
                    adjusted += joined != " ".join(text[start:end].split()) and len(spans) == 1
                first, links = len(selections), []
                for coding in codings:
                    ref = child(coding, "CodeRef")
                    if ref is None:
                        raise RefiError(f"{where}:{coding.sourceline}: <Coding> has no <CodeRef>")
                    target = required(ref, "targetGUID", where).lower()
                    if target in concept_ids:
                        link_memo = []
                        for note_ref in children(coding, "NoteRef"):
                            note = required(note_ref, "targetGUID", where).lower()
                            if notes.get(note):
                                used_notes.add(note)
                                link_memo.append(notes[note])
                        who = coding if coding.get("creatingUser") else selection
                        links.append((concept_ids[target], person(who), " ".join(link_memo)))
                        continue
                    if target not in code_ids:
                        raise RefiError(
                            f"{where}:{ref.sourceline}: <CodeRef> names code {target}, "
                            "which is not in the CodeBook"
                        )
                    who = coding if coding.get("creatingUser") else selection
                    created = (
                        coding.get("creationDateTime") or selection.get("creationDateTime") or ""
                    )
                    selections.append(
                        _Selection(
                            index,
                            start,
                            end,
                            code_ids[target],
                            person(who),
                            created,
                            "\n\n".join(memo_parts),
                        )
                    )
                if links and len(selections) == first:
                    unlinked += len(links)
                for i in range(first, len(selections)) if links else ():
                    selections[i] = replace(selections[i], links=tuple(links))
    unused = [g for g, t in notes.items() if t and g not in used_notes]
    if unused:
        skipped["note not on a code or a coded selection"] += len(unused)
    if skipped or skipped_selections:
        parts = [f"{count} {what}(s)" for what, count in sorted(skipped.items())]
        parts += [
            f"{count} selection(s) in {what}s" for what, count in sorted(skipped_selections.items())
        ]
        warnings.append("skipped what qualkod cannot represent: " + ", ".join(parts))
    if unlinked:
        warnings.append(
            f"skipped {unlinked} concept coding(s) on a selection with no codebook coding: "
            "no coding to link"
        )
    if split:
        warnings.append(f"{split} selection(s) span several turns: coded once per turn")
    if adjusted:
        warnings.append(
            f"{adjusted} selection(s) included a speaker label or line break: trimmed to the turn text"
        )
    for name, count in sorted(ignored.items()):
        warnings.append(f"ignored {count} unknown <{name}> element(s)")
    return _Plan(sources, selections, codebook, code_memos, warnings, catalogue)


def _note_author(root, guid: str, users: dict[str, str], coder: str) -> str:
    for group in children(root, "Notes"):
        for note in children(group, "Note"):
            if (note.get("guid") or "").lower() == guid:
                return users.get((note.get("creatingUser") or "").lower()) or coder
    return coder


def _position(element: etree._Element, attribute: str, where: str) -> int:
    value = required(element, attribute, where)
    if not value.isdigit():
        raise RefiError(
            f"{where}:{element.sourceline}: <{local(element)}> {attribute}={value!r} "
            "is not a whole number"
        )
    return int(value)


def _source_text(element, archive: zipfile.ZipFile, members: dict, where: str) -> str:
    """The plain text of a TextSource: inline, or ``internal://`` in Sources/ (or sources/)."""
    inline = child(element, "PlainTextContent")
    if inline is not None:
        return _without_bom(text_of(inline))
    path = (element.get("plainTextPath") or "").strip()
    if not path.startswith("internal://"):
        raise RefiError(
            f"{where}:{element.sourceline}: <TextSource> plainTextPath {path!r} is not inside "
            "the .qdpx (internal://...); export the project with its sources embedded"
        )
    file_name = path.removeprefix("internal://")
    pure = PurePosixPath(file_name)
    if not file_name or pure.is_absolute() or ".." in pure.parts or "\\" in file_name:
        raise RefiError(
            f"{where}:{element.sourceline}: <TextSource> plainTextPath {path!r} is not a plain file name"
        )
    for folder in ("Sources", "sources"):
        member = f"{folder}/{file_name}"
        if member in members:
            try:
                return _without_bom(archive.read(member).decode("utf-8"))
            except UnicodeDecodeError:
                raise RefiError(
                    f"{where}: {member} is not UTF-8 text; export the project again"
                ) from None
    raise RefiError(
        f"{where}:{element.sourceline}: <TextSource> source file {file_name} is missing from the zip"
    )


def _without_bom(text: str) -> str:
    return text.removeprefix("\ufeff")
