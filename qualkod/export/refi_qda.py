"""REFI-QDA export: the project as a ``.qdpx`` and the codebook as a ``.qdc``.

REFI-QDA (QDA-XML 1.0) is what NVivo, ATLAS.ti, MAXQDA and QualCoder exchange. The
project file holds:

- ``Users``: one per coder (of codings, links and memos);
- ``CodeBook``: the themes with their sub-codes (colour, definition, criteria and
  examples in ``Description``), then the theory catalogue as its own branch: a
  non-codable code holding one codable code per concept;
- ``Variables`` and ``Cases``: one case per speaker (pseudonym), with its role, the
  sources it speaks in and a selection per turn it said;
- ``Sources``: one ``TextSource`` per transcript, its plain text one turn per line as
  ``IP 1 [00:01:02]: text``, redacted like every other output (line breaks inside a
  turn become spaces); interview date and format as ``VariableValue``s;
- every coding as a ``PlainTextSelection`` (code points from 0, end exclusive) with a
  ``Coding`` of its code, and a ``Coding`` of each concept it is linked to;
- ``Notes``: memos, with ``NoteRef``s on the code, concept, selection or concept coding
  they are about; a theme x concept memo is referred to from both codes;
- ``Sets``: a set ``Featured`` whose members are notes, one per featured quote, each
  referred to from the quote's selection (a REFI set cannot hold selections).

The same project gives the same bytes: GUIDs are uuid5 names of the project's ids and
content, the zip has fixed times and order, and nothing depends on the clock.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from qualkod import __version__
from qualkod import project as project_api
from qualkod.coding import codings as list_codings
from qualkod.coding import links as list_links
from qualkod.coding import memos as list_memos
from qualkod.errors import QualkodError
from qualkod.export import refi_qda_xml as qx
from qualkod.ingest.timecode import format_clock
from qualkod.models import Codebook, Coding, Link, Memo, StoredTurn, TheoryCatalogue
from qualkod.output_files import write_atomic
from qualkod.redaction.project import ProjectRedactor
from qualkod.store import Project

NS = qx.PROJECT_NS
ORIGIN = f"qualkod {__version__}"
FEATURED = "Featured"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# One code point for one code point, so offsets stay put.
_LINE_BREAKS = str.maketrans({c: " " for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


@dataclass(frozen=True)
class QdpxResult:
    """What a project export holds."""

    sources: int
    codings: int
    links: int
    notes: int
    coders: tuple[str, ...]


@dataclass(frozen=True)
class _Line:
    """One turn as a line of a source: its text and a map from turn to text offsets."""

    text: str
    start: int
    """Where the turn's text starts in the source (after the ``IP 1 [..]: `` prefix)."""
    spans: tuple[tuple[int, int, int, int], ...]
    """(turn start, turn end, text start, text end) of every redacted item, in order."""

    def position(self, offset: int, *, end: bool) -> int:
        """Where a turn offset lands in the source; an item cut by a quote's edge counts
        whole, as :meth:`~qualkod.redaction.Redactor.cut` replaces it whole."""
        shift = 0
        for start, stop, new_start, new_stop in self.spans:
            inside = start < offset <= stop if end else start <= offset < stop
            if inside:
                return self.start + (new_stop if end else new_start)
            if stop <= offset:
                shift = new_stop - stop
        return self.start + offset + shift


def _line(prefix: str, at: int, text: str, findings) -> _Line:
    """Build a turn's line piece by piece, remembering where each item went."""
    pieces, spans, position, written = [prefix], [], 0, 0
    for finding in findings:
        kept = text[position : finding.start]
        pieces.append(kept)
        written += len(kept)
        spans.append((finding.start, finding.end, written, written + len(finding.replacement)))
        pieces.append(finding.replacement)
        written += len(finding.replacement)
        position = finding.end
    pieces.append(text[position:])
    line = "".join(pieces).translate(_LINE_BREAKS)
    return _Line(line, at + len(prefix), tuple(spans))


def _speaker_name(turn: StoredTurn, raw: bool) -> str:
    return turn.speaker.raw_name if raw else turn.speaker.pseudonym


def _prefix(turn: StoredTurn, raw: bool) -> str:
    clock = f" [{format_clock(turn.start_ms)}]" if turn.start_ms is not None else ""
    return f"{_speaker_name(turn, raw)}{clock}: ".translate(_LINE_BREAKS)


class _Builder:
    """Collects the project's data and writes the XML tree (one export, used once)."""

    def __init__(self, project: Project, coders: Sequence[str] | None, raw: bool) -> None:
        self.raw = raw
        self.redactor = ProjectRedactor(project, raw=raw)
        self.codebook, self.catalogue = self._codebook(project)
        all_codings = list_codings(project)
        known = sorted({c.coder for c in all_codings})
        if coders:
            missing = [c for c in coders if c not in known]
            if missing:
                raise QualkodError(
                    f"--coder {missing[0]}: no codings by this coder; "
                    f"coders: {', '.join(known) or 'none yet'}"
                )
        wanted = set(coders or known)
        self.codings = sorted((c for c in all_codings if c.coder in wanted), key=lambda c: c.id)
        coding_ids = {c.id for c in self.codings}
        concepts = {c.id for c in self.catalogue.concepts} if self.catalogue else set()
        self.links = [
            link
            for link in list_links(project)
            if link.coding_id in coding_ids and link.concept_id in concepts
        ]
        self.memos = [
            m for m in list_memos(project) if m.coding_id is None or m.coding_id in coding_ids
        ]
        self.transcripts = [
            project_api.turns(project, str(t.id)) for t in project_api.transcripts(project)
        ]
        self.name = self.codebook.name if self.codebook else "qualkod"

    @staticmethod
    def _codebook(project: Project) -> tuple[Codebook | None, TheoryCatalogue | None]:
        try:
            return project_api.current_codebook(project)
        except QualkodError:
            return None, None

    # --- identifiers -----------------------------------------------------------------

    def user(self, coder: str) -> str:
        return qx.guid("user", coder)

    def selection(self, coding: Coding) -> str:
        return qx.guid("selection", coding.transcript_sha256, coding.id)

    def concept_coding(self, coding: Coding, concept_id: str) -> str:
        return qx.guid("link", coding.transcript_sha256, coding.id, concept_id)

    # --- the tree --------------------------------------------------------------------

    def build(self):
        from lxml import etree

        self.notes: list[tuple[str, str, Memo | None, str]] = []  # guid, name, memo, text
        self.note_refs: dict[str, list[str]] = defaultdict(list)
        self._collect_notes()
        root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})
        root.set("name", qx.xml_text(self.redactor.title(self.name)))
        root.set("origin", ORIGIN)
        self._users(root)
        self._codebook_element(root)
        sources, cases = self._sources()
        self.source_files = sources.files
        self._variables(root, sources, cases)
        self._cases(root, cases)
        if sources.element is not None:
            root.append(sources.element)
        self._notes(root)
        self._sets(root)
        for note in self.note_refs.get("project", ()):
            etree.SubElement(root, f"{{{NS}}}NoteRef").set("targetGUID", note)
        return root

    def _coders(self) -> list[str]:
        names = {c.coder for c in self.codings} | {link.coder for link in self.links}
        names |= {m.coder for m in self.memos}
        return sorted(n for n in names if n)

    def _users(self, root) -> None:
        from lxml import etree

        coders = self._coders()
        if not coders:
            return
        users = etree.SubElement(root, f"{{{NS}}}Users")
        for coder in coders:
            element = etree.SubElement(users, f"{{{NS}}}User")
            element.set("guid", self.user(coder))
            element.set("name", qx.xml_text(coder))

    def _outside_codes(self) -> list[tuple[str, str]]:
        known = {c.id for c in self.codebook.codes()} if self.codebook else set()
        return [(c, c) for c in sorted({c.code_id for c in self.codings} - known)]

    def _codebook_element(self, root) -> None:
        from lxml import etree

        outside = self._outside_codes()
        if self.codebook is None and not outside:
            return
        codes = etree.SubElement(etree.SubElement(root, f"{{{NS}}}CodeBook"), f"{{{NS}}}Codes")
        codebook = self.codebook or Codebook(id="qualkod", name="qualkod", version="", themes=())
        qx.add_codes(codes, NS, codebook, self.catalogue, note_refs=self.note_refs, extra=outside)

    # --- notes -----------------------------------------------------------------------

    def _note(self, key: tuple, name: str, memo: Memo | None, text: str) -> str:
        note = qx.guid("note", *key)
        self.notes.append((note, name, memo, text))
        return note

    def _collect_notes(self) -> None:
        codes = {c.id for c in self.codebook.codes()} if self.codebook else set()
        concepts = {c.id for c in self.catalogue.concepts} if self.catalogue else set()
        by_coding = {c.id: c for c in self.codings}
        for memo in sorted(self.memos, key=lambda m: (m.id, m.coding_id or 0, m.created_at)):
            key = ("memo", memo.id, memo.coding_id, memo.code_id, memo.concept_id)
            targets = []
            if memo.coding_id is not None:
                coding = by_coding[memo.coding_id]
                if memo.concept_id in concepts:
                    targets.append(self.concept_coding(coding, memo.concept_id))
                else:
                    targets.append(self.selection(coding))
            else:
                if memo.code_id in codes:
                    targets.append(qx.code_guid(memo.code_id))
                if memo.concept_id in concepts:
                    targets.append(qx.concept_guid(memo.concept_id))
            about = " x ".join(x for x in (memo.code_id, memo.concept_id) if x) or "kodning"
            note = self._note(key, f"Memo: {about}", memo, self.redactor.text(memo.text))
            for target in targets or ["project"]:
                self.note_refs[target].append(note)
        for link in self.links:
            if link.memo:
                coding = by_coding[link.coding_id]
                memo = Memo(link.id, link.memo, link.coder, link.created_at)
                note = self._note(
                    ("link", link.id),
                    f"Memo: {link.concept_id}",
                    memo,
                    self.redactor.text(link.memo),
                )
                self.note_refs[self.concept_coding(coding, link.concept_id)].append(note)
        self.featured = []
        for coding in self.codings:
            if coding.featured:
                quote = self.redactor.span(
                    coding.transcript_id, coding.turn, coding.start, coding.end
                )
                memo = Memo(coding.id, "", coding.coder, coding.created_at)
                note = self._note(("featured", coding.id), FEATURED, memo, f"{FEATURED}: {quote}")
                self.note_refs[self.selection(coding)].append(note)
                self.featured.append(note)

    def _notes(self, root) -> None:
        from lxml import etree

        if not self.notes:
            return
        notes = etree.SubElement(root, f"{{{NS}}}Notes")
        for note, name, memo, text in self.notes:
            element = etree.SubElement(notes, f"{{{NS}}}Note")
            element.set("guid", note)
            element.set("name", qx.xml_text(name))
            if memo is not None and memo.coder:
                element.set("creatingUser", self.user(memo.coder))
            when = qx.date_time(memo.created_at) if memo else None
            if when:
                element.set("creationDateTime", when)
            content = etree.SubElement(element, f"{{{NS}}}PlainTextContent")
            content.text = qx.xml_text(text)

    def _sets(self, root) -> None:
        from lxml import etree

        if not self.featured:
            return
        sets = etree.SubElement(root, f"{{{NS}}}Sets")
        featured = etree.SubElement(sets, f"{{{NS}}}Set")
        featured.set("guid", qx.guid("set", FEATURED))
        featured.set("name", FEATURED)
        etree.SubElement(
            featured, f"{{{NS}}}Description"
        ).text = "Utvalda citat (featured quotes): en anteckning per citat, fäst vid citatet."
        for note in self.featured:
            etree.SubElement(featured, f"{{{NS}}}MemberNote").set("targetGUID", note)

    # --- sources and cases ---------------------------------------------------------

    def _sources(self) -> tuple[_Sources, dict[str, _Case]]:
        sources = _Sources(self)
        cases: dict[str, _Case] = {}
        codings = defaultdict(list)
        for coding in self.codings:
            codings[coding.transcript_id].append(coding)
        for summary, turns in self.transcripts:
            source = qx.guid("source", summary.sha256)
            lines: dict[int, _Line] = {}
            turn_selections = []
            text_lines, at = [], 0
            for turn in turns:
                prefix = _prefix(turn, self.raw)
                line = _line(prefix, at, turn.text, self.redactor.shown(turn.text))
                lines[turn.index] = line
                text_lines.append(line.text)
                name = _speaker_name(turn, self.raw)
                case = cases.setdefault(name, _Case(qx.guid("case", turn.speaker.id), turn))
                if source not in case.sources:
                    case.sources.append(source)
                selection = qx.guid("turn", summary.sha256, turn.index)
                case.selections.append(selection)
                turn_selections.append(
                    (selection, f"{name}, tur {turn.index}", line.start, at + len(line.text))
                )
                at += len(line.text) + 1
            text = "\n".join(text_lines)
            sources.add(summary, source, text, lines, turn_selections, codings[summary.id])
        return sources, cases

    def _variables(self, root, sources: _Sources, cases: dict[str, _Case]) -> None:
        from lxml import etree

        wanted = []
        if sources.dated:
            wanted.append(("Intervjudatum", "Date"))
        if sources.element is not None:
            wanted.append(("Format", "Text"))
        if cases:
            wanted.append(("Roll", "Text"))
        if not wanted:
            return
        variables = etree.SubElement(root, f"{{{NS}}}Variables")
        for name, kind in wanted:
            element = etree.SubElement(variables, f"{{{NS}}}Variable")
            element.set("guid", qx.guid("variable", name))
            element.set("name", name)
            element.set("typeOfVariable", kind)

    def _cases(self, root, cases: dict[str, _Case]) -> None:
        from lxml import etree

        if not cases:
            return
        element = etree.SubElement(root, f"{{{NS}}}Cases")
        for name, case in sorted(cases.items(), key=lambda item: item[1].speaker_id):
            one = etree.SubElement(element, f"{{{NS}}}Case")
            one.set("guid", case.guid)
            one.set("name", qx.xml_text(name))
            variable_value(one, "Roll", "TextValue", case.role)
            for source in case.sources:
                etree.SubElement(one, f"{{{NS}}}SourceRef").set("targetGUID", source)
            for selection in case.selections:
                etree.SubElement(one, f"{{{NS}}}SelectionRef").set("targetGUID", selection)


class _Sources:
    """The ``Sources`` element and the plain-text files it points to."""

    def __init__(self, builder: _Builder) -> None:
        self.builder = builder
        self.element = None
        self.files: dict[str, str] = {}
        self.dated = False
        self.links: dict[int, list[Link]] = defaultdict(list)
        for link in sorted(builder.links, key=lambda link: link.id):
            self.links[link.coding_id].append(link)

    def add(
        self,
        summary,
        source: str,
        text: str,
        lines: dict[int, _Line],
        turn_selections: Iterable[tuple[str, str, int, int]],
        codings: Sequence[Coding],
    ) -> None:
        """One transcript as a ``TextSource`` with its turns and codings."""
        from lxml import etree

        b = self.builder
        if self.element is None:
            self.element = etree.Element(f"{{{NS}}}Sources")
        self.files[source] = text
        element = etree.SubElement(self.element, f"{{{NS}}}TextSource")
        element.set("guid", source)
        element.set("name", qx.xml_text(b.redactor.title(summary.title)))
        element.set("plainTextPath", f"internal://{source}.txt")
        about = [f"Format: {summary.source_format}"]
        if summary.date:
            about.insert(0, f"Intervjudatum: {summary.date.isoformat()}")
        if summary.source_name:
            about.append(f"Fil: {b.redactor.title(summary.source_name)}")
        etree.SubElement(element, f"{{{NS}}}Description").text = qx.xml_text("\n".join(about))
        placed = [(start, end, 0, name, guid, None) for guid, name, start, end in turn_selections]
        for coding in codings:
            line = lines[coding.turn]
            start = line.position(coding.start, end=False)
            end = max(start, line.position(coding.end, end=True))
            placed.append((start, end, 1, "", b.selection(coding), coding))
        for start, end, _, name, guid, coding in sorted(placed, key=lambda p: p[:3] + (p[4],)):
            selection = etree.SubElement(element, f"{{{NS}}}PlainTextSelection")
            selection.set("guid", guid)
            selection.set("startPosition", str(start))
            selection.set("endPosition", str(end))
            if coding is None:
                selection.set("name", qx.xml_text(name))
                continue
            selection.set("name", qx.xml_text(text[start:end][:60]))
            self._codings(selection, coding)
        if summary.date:
            self.dated = True
            variable_value(element, "Intervjudatum", "DateValue", summary.date.isoformat())
        variable_value(element, "Format", "TextValue", str(summary.source_format))

    def _codings(self, selection, coding: Coding) -> None:
        from lxml import etree

        b = self.builder
        user = b.user(coding.coder)
        when = qx.date_time(coding.created_at)
        selection.set("creatingUser", user)
        if when:
            selection.set("creationDateTime", when)
        made = [
            (
                qx.guid("coding", coding.transcript_sha256, coding.id),
                user,
                when,
                qx.code_guid(coding.code_id),
            )
        ]
        for link in self.links.get(coding.id, ()):
            made.append(
                (
                    b.concept_coding(coding, link.concept_id),
                    b.user(link.coder),
                    qx.date_time(link.created_at),
                    qx.concept_guid(link.concept_id),
                )
            )
        for guid, creator, created, code in made:
            element = etree.SubElement(selection, f"{{{NS}}}Coding")
            element.set("guid", guid)
            element.set("creatingUser", creator)
            if created:
                element.set("creationDateTime", created)
            etree.SubElement(element, f"{{{NS}}}CodeRef").set("targetGUID", code)
            for note in b.note_refs.get(guid, ()):
                etree.SubElement(element, f"{{{NS}}}NoteRef").set("targetGUID", note)
        for note in b.note_refs.get(selection.get("guid"), ()):
            etree.SubElement(selection, f"{{{NS}}}NoteRef").set("targetGUID", note)


class _Case:
    """A speaker: the sources they speak in and a selection per turn they said."""

    def __init__(self, guid: str, turn: StoredTurn) -> None:
        self.guid = guid
        self.speaker_id = turn.speaker.id
        self.role = str(turn.speaker.role)
        self.sources: list[str] = []
        self.selections: list[str] = []


def variable_value(parent, name: str, tag: str, value: str) -> None:
    """A ``VariableValue`` of the variable ``name``."""
    from lxml import etree

    element = etree.SubElement(parent, f"{{{NS}}}VariableValue")
    etree.SubElement(element, f"{{{NS}}}VariableRef").set("targetGUID", qx.guid("variable", name))
    etree.SubElement(element, f"{{{NS}}}{tag}").text = qx.xml_text(value)


def _zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip with fixed times, modes and order: the same members give the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, data)
    return buffer.getvalue()


def project_qde(
    project: Project, coders: Sequence[str] | None = None, raw_names: bool = False
) -> tuple[bytes, dict[str, str], QdpxResult]:
    """The ``project.qde`` XML, the source texts by GUID and a summary (see build_qdpx)."""
    builder = _Builder(project, coders, raw_names)
    root = builder.build()
    sources = root.find(f"{{{NS}}}Sources")
    files = builder.source_files
    result = QdpxResult(
        sources=0 if sources is None else len(sources),
        codings=len(builder.codings),
        links=len(builder.links),
        notes=len(builder.notes),
        coders=tuple(builder._coders()),
    )
    return qx.serialise(root), files, result


def build_qdpx(
    project: Project, coders: Sequence[str] | None = None, raw_names: bool = False
) -> bytes:
    """The project as a REFI-QDA project file (``.qdpx``).

    Args:
        project: an open project.
        coders: only these coders' codings (default: everyone's).
        raw_names: speakers' real names and unredacted text (never for sharing).

    Returns:
        The zip: ``project.qde`` then ``Sources/<guid>.txt`` (UTF-8, no BOM, LF).

    Raises:
        QualkodError: when a coder in ``coders`` has no codings.
    """
    return _qdpx(project, coders, raw_names)[0]


def _qdpx(project, coders, raw_names) -> tuple[bytes, QdpxResult]:
    qde, files, result = project_qde(project, coders, raw_names)
    members = [("project.qde", qde)]
    members += [(f"Sources/{guid}.txt", files[guid].encode("utf-8")) for guid in sorted(files)]
    return _zip(members), result


def write_qdpx(
    project: Project,
    path: str | Path,
    coders: Sequence[str] | None = None,
    raw_names: bool = False,
) -> QdpxResult:
    """Write :func:`build_qdpx` to ``path`` atomically and say what it holds."""
    data, result = _qdpx(project, coders, raw_names)
    write_atomic(path, data)
    return result


def build_qdc(codebook: Codebook, catalogue: TheoryCatalogue | None = None) -> bytes:
    """The codebook (and the catalogue's concepts as their own branch) as a ``.qdc``.

    The codes have the same GUIDs as in a ``.qdpx`` of a project using this codebook.
    """
    from lxml import etree

    ns = qx.CODEBOOK_NS
    root = etree.Element(f"{{{ns}}}CodeBook", nsmap={None: ns})
    root.set("origin", ORIGIN)
    codes = etree.SubElement(root, f"{{{ns}}}Codes")
    qx.add_codes(codes, ns, codebook, catalogue)
    if len(codes) == 0:
        raise QualkodError(f"codebook {codebook.id}: no codes to export")
    return qx.serialise(root)


def write_qdc(codebook: Codebook, catalogue: TheoryCatalogue | None, path: str | Path) -> None:
    """Write :func:`build_qdc` to ``path`` atomically."""
    write_atomic(path, build_qdc(codebook, catalogue))
