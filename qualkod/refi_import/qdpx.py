"""Reading a ``.qdpx`` into a plan of what to store (nothing is stored here): text
sources as transcripts, codes as a codebook (and a qualkod export's theory catalogue),
selections as codings with their links, memos and featured marks, notes on codes as
memos, and the speakers' roles from a qualkod export's cases."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from qualkod._zip_limits import check_zip_size
from qualkod.errors import QualkodError, shown
from qualkod.models import Role, Transcript
from qualkod.refi_import.catalogue import CatalogueBranch, find_catalogue
from qualkod.refi_import.codes import CodebookImport, codebook_from_element
from qualkod.refi_import.notes import (
    CodeMemo,
    Note,
    code_memos,
    conclusions,
    featured_notes,
    read_notes,
)
from qualkod.refi_import.positions import UTF16, decide_units
from qualkod.refi_import.selections import Link, Selection, described_memo, pair_links
from qualkod.refi_import.sources import about, position, source_text
from qualkod.refi_import.times import stored_time
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
from qualkod.refi_markers import DATE_VARIABLE, DECIDED_NOTE, FORMAT_VARIABLE, ROLE_VARIABLE
from qualkod.store.schema import NAME_LENGTH

_SKIPPED_SOURCES = {
    "PictureSource": "picture source",
    "PDFSource": "PDF source",
    "AudioSource": "audio source",
    "VideoSource": "video source",
}
_SKIPPED_PARTS = {"Graphs": "graph", "Links": "link"}
_KNOWN = {
    "Users", "CodeBook", "Sources", "Notes", "Description", "NoteRef", "Sets", "Cases",
    "Variables", *_SKIPPED_PARTS,
}  # fmt: skip
# The variables a qualkod export writes: read back, so not counted as skipped.
_ROLE = ROLE_VARIABLE
_READ_VARIABLES = {DATE_VARIABLE, FORMAT_VARIABLE, ROLE_VARIABLE}


@dataclass(frozen=True)
class Source:
    name: str = field(repr=False)  # a file name, and the raw text
    text: str = field(repr=False)
    turns: SourceTurns
    transcript: Transcript


@dataclass
class Plan:
    sources: list[Source] = field(default_factory=list)
    selections: list[Selection] = field(default_factory=list)
    codebook: CodebookImport | None = None
    code_memos: list[CodeMemo] = field(default_factory=list)
    conclusions: list[Note] = field(default_factory=list)
    """The study's conclusions (notes ``Memo: slutsats`` on the project), in order."""
    warnings: list[str] = field(default_factory=list)
    catalogue: CatalogueBranch | None = None
    roles: dict[str, Role] = field(default_factory=dict, repr=False)
    """Speaker name to role, from the cases of a qualkod export."""
    decided: list[tuple[int, int, str, str]] = field(default_factory=list, repr=False)
    """(source index, turn, coder, when) of every mark that a coder has decided a turn
    (a qualkod export's ``Avgjord`` notes on turns)."""


def read_qdpx(path: Path, coder: str) -> Plan:
    """Read and check a whole ``.qdpx``.

    Raises:
        RefiError: when the file is invalid, truncated or unsafe.
    """
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
        raise RefiError(f"{source}: {exc.for_option()}") from None
    members = {info.filename: info for info in archive.infolist()}
    if "project.qde" not in members:
        raise RefiError(f"{source}: no project.qde in the zip; is this a REFI-QDA .qdpx?")
    where = f"{source}/project.qde"
    root = parse_xml(archive.read("project.qde"), where)
    if local(root) != "Project":
        raise RefiError(
            f"{where}:{root.sourceline}: the root element is <{local(root)}>, not <Project>"
        )
    return _Reader(root, where, coder, archive, members).read(path)


def _user_name(user: etree._Element, where: str) -> str:
    """A <User>'s name, which becomes a coder's name: at most what a project keeps."""
    name = " ".join((user.get("name") or "").split())
    if len(name) > NAME_LENGTH:
        raise RefiError(
            f"{where}:{user.sourceline}: <User> name is {len(name)} characters long; "
            f"qualkod keeps coder names of at most {NAME_LENGTH}: shorten it in the project"
        )
    return name


class _Reader:
    def __init__(self, root, where: str, coder: str, archive, members) -> None:
        self.root, self.where, self.coder = root, where, coder
        self.archive, self.members = archive, members
        self.plan = Plan()
        self.ignored: Counter[str] = Counter()
        self.skipped: Counter[str] = Counter()
        self.skipped_selections: Counter[str] = Counter()
        self.used_notes: set[str] = set()
        self.adjusted = self.split = self.unlinked = 0
        self.orphans: list[tuple[int, int, int, Link, str]] = []
        self.origin = root.get("origin") or ""
        self.users = {
            required(u, "guid", where).lower(): _user_name(u, where)
            for users in children(root, "Users")
            for u in children(users, "User")
        }
        self.notes = read_notes(root, self.users, coder, where)
        self.featured, other_sets = featured_notes(root, where)
        if other_sets:
            self.skipped["set"] += other_sets

    def person(self, element: etree._Element) -> str:
        return self.users.get((element.get("creatingUser") or "").lower()) or self.coder

    def read(self, path: Path) -> Plan:
        root, plan = self.root, self.plan
        for element in children(root):
            name = local(element)
            if name in _SKIPPED_PARTS:
                self.skipped[_SKIPPED_PARTS[name]] += len(children(element)) or 1
            elif name not in _KNOWN:
                self.ignored[name] += 1
        self._codebook(root.get("name") or path.stem, self.origin)
        for group in children(root, "Sources"):
            for element in children(group):
                self._source(element)
        self._pair()
        self._cases()
        for guid, note in conclusions(root, self.notes):
            plan.conclusions.append(note)
            self.used_notes.add(guid)
        unused = [
            g for g, n in self.notes.items() if n.text and g not in self.used_notes | self.featured
        ]
        if unused:
            self.skipped["note not on a code or a coded selection"] += len(unused)
        self._warnings()
        return plan

    # --- codes -----------------------------------------------------------------------

    def _codebook(self, name: str, origin: str) -> None:
        where, plan = self.where, self.plan
        book = child(self.root, "CodeBook")
        codes = child(book, "Codes") if book is not None else None
        catalogue = find_catalogue(codes, where) if codes is not None else None
        skip = catalogue.guids if catalogue is not None else frozenset()
        if codes is None or all(
            (c.get("guid") or "").lower() in skip for c in children(codes, "Code")
        ):
            plan.warnings.append("the project has no codes: no codebook was written")
            self.code_ids, self.concept_ids = {}, {}
            return
        concepts = frozenset(catalogue.concept_ids.values()) if catalogue else None
        plan.codebook = codebook_from_element(
            book, where, name=name, origin=origin, skip=skip, concepts=concepts
        )
        plan.catalogue = catalogue
        plan.warnings.extend(plan.codebook.warnings)
        self.code_ids = plan.codebook.code_ids
        self.concept_ids = catalogue.concept_ids if catalogue is not None else {}
        memos, used, unlinked = code_memos(
            book, self.code_ids, self.concept_ids, plan.codebook.codebook, self.notes, where
        )
        plan.code_memos = memos
        self.used_notes |= used
        if unlinked:
            plan.warnings.append(
                f"{unlinked} memo(s) on a code and a concept the codebook does not link: "
                "kept as memos on the code"
            )

    # --- sources ---------------------------------------------------------------------

    def _source(self, element: etree._Element) -> None:
        where, plan = self.where, self.plan
        kind = local(element)
        if kind in _SKIPPED_SOURCES:
            self.skipped[_SKIPPED_SOURCES[kind]] += 1
            selected = sum(1 for e in element if local(e).endswith("Selection"))
            if selected:
                self.skipped_selections[_SKIPPED_SOURCES[kind]] += selected
            return
        if kind != "TextSource":
            self.ignored[kind] += 1
            return
        name = " ".join(required(element, "name", where).split())
        text = source_text(element, self.archive, self.members, where)
        turns = split_turns(text)
        if not turns.turns:
            self.skipped["empty text source"] += 1
            return
        index = len(plan.sources)
        date, source_format, file_name = about(element)
        transcript = Transcript(
            title=name,
            source_format=source_format,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            turns=turns.turns,
            source_name=file_name or name,
            date=date,
        )
        plan.sources.append(Source(name, text, turns, transcript))
        selections = children(element, "PlainTextSelection")
        spans = [
            (position(s, "startPosition", where), position(s, "endPosition", where))
            for s in selections
        ]
        units = decide_units(text, spans, self.origin)
        if units.unit == UTF16:
            plan.warnings.append(
                f"source {name!r}: selection positions read as UTF-16 code units, not code "
                f"points ({units.reason})"
            )
        for selection, (start, end) in zip(selections, spans, strict=True):
            start, end = units.convert(start), units.convert(end)
            self._selection(selection, index, name, text, turns, start, end)

    def _selection(self, selection, index: int, name: str, text: str, turns, start, end) -> None:
        where = self.where
        if not 0 <= start < end <= len(text):
            raise RefiError(
                f"{where}:{selection.sourceline}: <PlainTextSelection> {start}-{end} lies "
                f"outside source {name!r} ({len(text)} characters)"
            )
        memo_parts, featured, decided = [], False, []
        for ref in children(selection, "NoteRef"):
            target = required(ref, "targetGUID", where).lower()
            if target in self.featured:
                featured = True
            elif self.notes.get(target) and self.notes[target].name == DECIDED_NOTE:
                self.used_notes.add(target)
                decided.append(self.notes[target])
            elif self.notes.get(target) and self.notes[target].text:
                self.used_notes.add(target)
                memo_parts.append(self.notes[target].text)
        described = described_memo(selection, memo_parts)
        if described:
            memo_parts.append(described)
        spans = turns.locate(start, end)
        self.plan.decided.extend(
            (index, turn, note.coder, note.created) for note in decided for turn, _, _ in spans
        )
        codings = children(selection, "Coding")
        if codings and not spans:
            self.skipped_selections["text source (only labels or line breaks)"] += 1
            return
        if codings:
            self.split += len(spans) > 1
            turn_text = {t.index: t.text for t in turns.turns}
            joined = " ".join(turn_text[t][s:e] for t, s, e in spans)
            self.adjusted += joined != " ".join(text[start:end].split()) and len(spans) == 1
        made, links = [], []
        for coding in codings:
            ref = child(coding, "CodeRef")
            if ref is None:
                raise RefiError(f"{where}:{coding.sourceline}: <Coding> has no <CodeRef>")
            target = required(ref, "targetGUID", where).lower()
            who = coding if coding.get("creatingUser") else selection
            created = stored_time(
                coding.get("creationDateTime") or selection.get("creationDateTime") or ""
            )
            if target in self.concept_ids:
                links.append(
                    Link(self.concept_ids[target], self.person(who), self._memo(coding), created)
                )
                continue
            if target not in self.code_ids:
                raise RefiError(
                    f"{where}:{ref.sourceline}: <CodeRef> names code {target}, "
                    "which is not in the CodeBook"
                )
            memo = "\n\n".join(memo_parts)
            made.append(
                Selection(
                    index, start, end, self.code_ids[target], self.person(who), created, memo,
                    featured,
                )
            )  # fmt: skip
        if links and not made:  # paired with a coding of another selection (_pair)
            self.orphans.extend((index, start, end, link, described) for link in links)
        self.plan.selections.extend(replace(s, links=tuple(links)) for s in made)

    def _pair(self) -> None:
        """Concept codings on a selection of their own, paired across selections."""
        self.unlinked += pair_links(self.plan.selections, self.orphans, self.plan.codebook)

    def _memo(self, coding: etree._Element) -> str:
        parts = []
        for ref in children(coding, "NoteRef"):
            note = required(ref, "targetGUID", self.where).lower()
            if self.notes.get(note) and self.notes[note].text:
                self.used_notes.add(note)
                parts.append(self.notes[note].text)
        return " ".join(parts)

    # --- cases -------------------------------------------------------------------------

    def _cases(self) -> None:
        """Roles of speakers from the cases' ``Roll`` values (a qualkod export's)."""
        variables = {
            (v.get("guid") or "").lower(): v.get("name") or ""
            for group in children(self.root, "Variables")
            for v in children(group, "Variable")
        }
        roles = {r.value: r for r in Role}
        self.skipped["variable"] += sum(1 for n in variables.values() if n not in _READ_VARIABLES)
        if not self.skipped["variable"]:
            del self.skipped["variable"]
        for group in children(self.root, "Cases"):
            for case in children(group, "Case"):
                role = None
                for value in children(case, "VariableValue"):
                    ref = child(value, "VariableRef")
                    named = (
                        variables.get((ref.get("targetGUID") or "").lower())
                        if ref is not None
                        else None
                    )
                    text = text_of(child(value, "TextValue")).strip()
                    if named == _ROLE and text in roles:
                        role = roles[text]
                name = " ".join((case.get("name") or "").split())
                if role is None or not name:
                    self.skipped["case"] += 1
                else:
                    self.plan.roles[name] = role

    def _warnings(self) -> None:
        warnings = self.plan.warnings
        skipped, skipped_selections = self.skipped, self.skipped_selections
        if skipped or skipped_selections:
            parts = [f"{count} {what}(s)" for what, count in sorted(skipped.items())]
            parts += [
                f"{count} selection(s) in {what}s"
                for what, count in sorted(skipped_selections.items())
            ]
            warnings.append("skipped what qualkod cannot represent: " + ", ".join(parts))
        if self.unlinked:
            warnings.append(
                f"skipped {self.unlinked} concept coding(s) on a selection with no codebook "
                "coding (nor one of the same text and coder elsewhere): no coding to link"
            )
        if self.split:
            warnings.append(f"{self.split} selection(s) span several turns: coded once per turn")
        if self.adjusted:
            warnings.append(
                f"{self.adjusted} selection(s) included a speaker label or line break: "
                "trimmed to the turn text"
            )
        for name, count in sorted(self.ignored.items()):
            warnings.append(f"ignored {count} unknown <{name}> element(s)")


__all__ = ["Link", "Note", "Plan", "Selection", "Source", "read_qdpx"]
