"""REFI-QDA export, part two: transcripts as ``TextSource``s, their codings as
selections, and speakers as ``Cases`` (see :mod:`qualkod.export.refi_qda`).

The layout (each source's text and where every coding lands in it) is worked out
first, so that GUIDs can be names of content: a source's GUID is derived from its text,
a selection's from its source, position, code and coder. The same coded text therefore
gets the same GUIDs in any project that holds it, a project imported from the file too.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from qualkod.export import refi_qda_xml as qx
from qualkod.ingest.timecode import format_clock
from qualkod.models import Coding, Link, StoredTurn, TranscriptSummary
from qualkod.refi_markers import DATE_VARIABLE, FILE_LABEL, FORMAT_VARIABLE, ROLE_VARIABLE

NS = qx.PROJECT_NS
# One code point for one code point, so offsets stay put.
_LINE_BREAKS = str.maketrans({c: " " for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


@dataclass(frozen=True)
class Line:
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


def _line(prefix: str, at: int, text: str, findings) -> Line:
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
    return Line(line, at + len(prefix), tuple(spans))


def speaker_name(turn: StoredTurn, raw: bool) -> str:
    return turn.speaker.raw_name if raw else turn.speaker.pseudonym


def _prefix(turn: StoredTurn, raw: bool) -> str:
    clock = f" [{format_clock(turn.start_ms)}]" if turn.start_ms is not None else ""
    return f"{speaker_name(turn, raw)}{clock}: ".translate(_LINE_BREAKS)


@dataclass
class Case:
    """A speaker: the sources they speak in and a selection per turn they said."""

    guid: str
    speaker_id: int
    role: str
    sources: list[str] = field(default_factory=list)
    selections: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Placed:
    """Where a coding lands: its source, positions there and selection GUID."""

    source: str
    start: int
    end: int
    guid: str


@dataclass
class Source:
    """One transcript laid out as a source text."""

    summary: TranscriptSummary
    guid: str
    text: str
    turns: list[tuple[str, str, int, int]]
    """(GUID, name, start, end) of every turn's selection."""
    codings: list[Coding] = field(default_factory=list)


class Layout:
    """Every transcript as source text, every coding's place in it, and the speakers."""

    def __init__(
        self,
        transcripts: Sequence[tuple[TranscriptSummary, list[StoredTurn]]],
        codings: Sequence[Coding],
        redactor,
        raw: bool,
    ) -> None:
        self.raw = raw
        self.sources: list[Source] = []
        self.cases: dict[str, Case] = {}
        self.placed: dict[int, Placed] = {}
        self.turns: dict[tuple[int, int], str] = {}
        """The GUID of every turn's selection by (transcript id, turn)."""
        by_transcript = defaultdict(list)
        for coding in codings:
            by_transcript[coding.transcript_id].append(coding)
        taken: set[str] = set()
        for summary, turns in transcripts:
            lines: dict[int, Line] = {}
            text_lines, at = [], 0
            for turn in turns:
                line = _line(_prefix(turn, raw), at, turn.text, redactor.shown(turn.text))
                lines[turn.index] = line
                text_lines.append(line.text)
                at += len(line.text) + 1
            text = "\n".join(text_lines)
            source = _unique(qx.guid("source", hashlib.sha256(text.encode()).hexdigest()), taken)
            selections = []
            for turn in turns:
                line = lines[turn.index]
                name = speaker_name(turn, raw)
                speaker = turn.speaker
                case = self.cases.setdefault(
                    name, Case(qx.guid("case", name), speaker.id, str(speaker.role))
                )
                if source not in case.sources:
                    case.sources.append(source)
                selection = qx.guid("turn", source, turn.index)
                self.turns[(summary.id, turn.index)] = selection
                case.selections.append(selection)
                end = line.start - len(_prefix(turn, raw)) + len(line.text)
                selections.append((selection, f"{name}, tur {turn.index}", line.start, end))
            placed = Source(summary, source, text, selections, by_transcript[summary.id])
            self.sources.append(placed)
            for coding in placed.codings:
                line = lines[coding.turn]
                start = line.position(coding.start, end=False)
                end = max(start, line.position(coding.end, end=True))
                # The coder as shown: a GUID made from a raw name could be checked
                # against a guessed name.
                coder = redactor.coder(coding.coder)
                key = qx.guid("selection", source, start, end, coding.code_id, coder)
                self.placed[coding.id] = Placed(source, start, end, _unique(key, taken))

    def selection(self, coding: Coding) -> str:
        return self.placed[coding.id].guid

    def concept_coding(self, coding: Coding, concept_id: str) -> str:
        return qx.guid("link", self.selection(coding), concept_id)

    def code_coding(self, coding: Coding) -> str:
        return qx.guid("coding", self.selection(coding))


def _unique(value: str, taken: set[str]) -> str:
    """``value``, or a GUID derived from it when it is taken (the same text twice)."""
    number = 1
    found = value
    while found in taken:
        number += 1
        found = qx.guid("again", value, number)
    taken.add(found)
    return found


def variables(root, layout: Layout) -> None:
    from lxml import etree

    wanted = []
    if any(s.summary.date for s in layout.sources):
        wanted.append((DATE_VARIABLE, "Date"))
    if layout.sources:
        wanted.append((FORMAT_VARIABLE, "Text"))
    if layout.cases:
        wanted.append((ROLE_VARIABLE, "Text"))
    if not wanted:
        return
    element = etree.SubElement(root, f"{{{NS}}}Variables")
    for name, kind in wanted:
        one = etree.SubElement(element, f"{{{NS}}}Variable")
        one.set("guid", qx.guid("variable", name))
        one.set("name", name)
        one.set("typeOfVariable", kind)


def cases(root, layout: Layout) -> None:
    from lxml import etree

    if not layout.cases:
        return
    element = etree.SubElement(root, f"{{{NS}}}Cases")
    for name, case in sorted(layout.cases.items(), key=lambda item: item[1].speaker_id):
        one = etree.SubElement(element, f"{{{NS}}}Case")
        one.set("guid", case.guid)
        one.set("name", qx.xml_text(name))
        variable_value(one, ROLE_VARIABLE, "TextValue", case.role)
        for source in case.sources:
            etree.SubElement(one, f"{{{NS}}}SourceRef").set("targetGUID", source)
        for selection in case.selections:
            etree.SubElement(one, f"{{{NS}}}SelectionRef").set("targetGUID", selection)


def sources(
    root, layout: Layout, links: Sequence[Link], note_refs, user, redactor, descriptions
) -> None:
    """The ``Sources`` element: one ``TextSource`` per transcript with its turns and
    codings (``user`` gives a coder's GUID, ``note_refs`` the notes per GUID,
    ``descriptions`` the coding memos' texts per selection GUID)."""
    from lxml import etree

    if not layout.sources:
        return
    by_coding: dict[int, list[Link]] = defaultdict(list)
    for link in sorted(links, key=lambda link: link.concept_id):
        by_coding[link.coding_id].append(link)
    element = etree.SubElement(root, f"{{{NS}}}Sources")
    for source in layout.sources:
        summary = source.summary
        one = etree.SubElement(element, f"{{{NS}}}TextSource")
        one.set("guid", source.guid)
        one.set("name", qx.xml_text(redactor.title(summary.title)))
        one.set("plainTextPath", f"internal://{source.guid}.txt")
        about = [f"{FORMAT_VARIABLE}: {summary.source_format}"]
        if summary.date:
            about.insert(0, f"{DATE_VARIABLE}: {summary.date.isoformat()}")
        # File names often name the interviewee in a form no redaction can be sure of
        # (``Samtal_Nyqvist Sofia_2024-03.txt``), or a workplace: only a raw export has it.
        if summary.source_name and layout.raw:
            about.append(f"{FILE_LABEL}{summary.source_name}")
        etree.SubElement(one, f"{{{NS}}}Description").text = qx.xml_text("\n".join(about))
        placed = [(start, end, 0, guid, name, None) for guid, name, start, end in source.turns]
        for coding in source.codings:
            where = layout.placed[coding.id]
            placed.append((where.start, where.end, 1, where.guid, "", coding))
        for start, end, _, guid, name, coding in sorted(placed, key=lambda p: p[:4]):
            selection = etree.SubElement(one, f"{{{NS}}}PlainTextSelection")
            selection.set("guid", guid)
            selection.set("startPosition", str(start))
            selection.set("endPosition", str(end))
            if coding is None:  # a turn, and the coders' marks that it is decided
                selection.set("name", qx.xml_text(name))
                for note in note_refs.get(guid, ()):
                    _note_ref(selection, note)
                continue
            name = qx.xml_text(source.text[start:end][:60])
            selection.set("name", name)
            if descriptions.get(guid):  # the coding's memo, for QualCoder (the note too)
                described = etree.SubElement(selection, f"{{{NS}}}Description")
                described.text = qx.xml_text("\n\n".join(descriptions[guid]))
            _codings(selection, coding, layout, note_refs, user)
            # each link in a selection of its own over the same words, described by its
            # own memo: QualCoder gives every coding of a selection that selection's
            # description, which would show the coding's memo as the link's
            for link in by_coding[coding.id]:
                _link_selection(one, coding, link, layout, note_refs, user, descriptions, name)
        if summary.date:
            variable_value(one, DATE_VARIABLE, "DateValue", summary.date.isoformat())
        variable_value(one, FORMAT_VARIABLE, "TextValue", str(summary.source_format))


def _codings(selection, coding: Coding, layout: Layout, note_refs, user) -> None:
    coder = user(coding.coder)
    when = qx.date_time(coding.created_at)
    selection.set("creatingUser", coder)
    if when:
        selection.set("creationDateTime", when)
    guid = layout.code_coding(coding)
    _coding(selection, guid, coder, when, qx.code_guid(coding.code_id), note_refs)
    for note in note_refs.get(selection.get("guid"), ()):
        _note_ref(selection, note)


def _link_selection(
    parent, coding: Coding, link, layout: Layout, note_refs, user, descriptions, name: str
) -> None:
    """A link of ``coding`` to a concept: a selection of the coding's words holding the
    concept's coding, described by the link's memo."""
    from lxml import etree

    where = layout.placed[coding.id]
    guid = layout.concept_coding(coding, link.concept_id)
    creator, created = user(link.coder), qx.date_time(link.created_at)
    selection = etree.SubElement(parent, f"{{{NS}}}PlainTextSelection")
    selection.set("guid", qx.guid("link-selection", guid))
    selection.set("name", name)
    selection.set("startPosition", str(where.start))
    selection.set("endPosition", str(where.end))
    selection.set("creatingUser", creator)
    if created:
        selection.set("creationDateTime", created)
    if descriptions.get(guid):
        described = etree.SubElement(selection, f"{{{NS}}}Description")
        described.text = qx.xml_text("\n\n".join(descriptions[guid]))
    _coding(selection, guid, creator, created, qx.concept_guid(link.concept_id), note_refs)


def _coding(selection, guid: str, creator: str, created: str | None, code: str, note_refs):
    from lxml import etree

    element = etree.SubElement(selection, f"{{{NS}}}Coding")
    element.set("guid", guid)
    element.set("creatingUser", creator)
    if created:
        element.set("creationDateTime", created)
    etree.SubElement(element, f"{{{NS}}}CodeRef").set("targetGUID", code)
    for note in note_refs.get(guid, ()):
        _note_ref(element, note)


def _note_ref(parent, note: str) -> None:
    from lxml import etree

    etree.SubElement(parent, f"{{{NS}}}NoteRef").set("targetGUID", note)


def variable_value(parent, name: str, tag: str, value: str) -> None:
    """A ``VariableValue`` of the variable ``name``."""
    from lxml import etree

    element = etree.SubElement(parent, f"{{{NS}}}VariableValue")
    etree.SubElement(element, f"{{{NS}}}VariableRef").set("targetGUID", qx.guid("variable", name))
    etree.SubElement(element, f"{{{NS}}}{tag}").text = qx.xml_text(value)
