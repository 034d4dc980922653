"""A REFI-QDA project's notes: who wrote them and when, which are featured-quote marks
(members of the set ``Featured``), and which are memos on codes.

A note referred to from a code becomes a memo on that code; when the same note is also
referred to from a concept's code of a qualkod theory catalogue (and the codebook links
the code to that concept) it is a theme x concept memo, as qualkod exports those.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from lxml import etree

from qualkod.models import Codebook
from qualkod.record_reprs import coder_name, free_text, repr_without_text
from qualkod.refi_import.times import stored_time
from qualkod.refi_import.xml_safety import child, children, local, required, text_of
from qualkod.refi_markers import CONCLUSION_NOTE, FEATURED


@dataclass(frozen=True)
class Note:
    """A note's text (whitespace collapsed), author and creation time."""

    text: str = free_text()  # a repr shows its length: notes may name people
    coder: str = coder_name()  # a repr hides it: a login may be a person's name
    created: str
    """``creationDateTime`` as written, or ''."""
    name: str = free_text(default="")  # a title the researcher wrote: it may name people
    """The note's name (whitespace collapsed)."""

    __repr__ = repr_without_text


def read_notes(root: etree._Element, users: dict[str, str], coder: str, where: str) -> dict:
    """Every note by GUID (lower case); ``coder`` for a note naming no known user."""
    found = {}
    for group in children(root, "Notes"):
        for note in children(group, "Note"):
            guid = required(note, "guid", where).lower()
            author = users.get((note.get("creatingUser") or "").lower()) or coder
            text = " ".join(text_of(child(note, "PlainTextContent")).split())
            found[guid] = Note(
                text,
                author,
                stored_time(note.get("creationDateTime") or ""),
                " ".join((note.get("name") or "").split()),
            )
    return found


def featured_notes(root: etree._Element, where: str) -> tuple[set[str], int]:
    """GUIDs (lower case) of the notes in the set ``Featured``, and how many other sets
    there are (skipped)."""
    featured: set[str] = set()
    others = 0
    for group in children(root, "Sets"):
        for one in children(group, "Set"):
            if " ".join((one.get("name") or "").split()) != FEATURED:
                others += 1
                continue
            for member in children(one):
                if local(member) == "MemberNote":
                    featured.add(required(member, "targetGUID", where).lower())
    return featured, others


@dataclass(frozen=True)
class CodeMemo:
    code: str
    concept: str | None
    note: Note


def code_memos(
    book: etree._Element,
    code_ids: dict[str, str],
    concept_ids: dict[str, str],
    codebook: Codebook,
    notes: dict[str, Note],
    where: str,
) -> tuple[list[CodeMemo], set[str], int]:
    """Memos on codes (theme x concept where the concept's code shares the note).

    Returns:
        The memos, the note GUIDs used, and how many pairs the codebook does not link
        (kept as memos on the code alone).
    """
    on_codes: dict[str, list[str]] = defaultdict(list)
    on_concepts: dict[str, list[str]] = defaultdict(list)
    for element in book.iter():
        if local(element) != "Code":
            continue
        guid = (element.get("guid") or "").lower()
        target = on_codes if guid in code_ids else on_concepts if guid in concept_ids else None
        if target is None:
            continue
        name = code_ids.get(guid) or concept_ids[guid]
        for ref in children(element, "NoteRef"):
            note = required(ref, "targetGUID", where).lower()
            if notes.get(note) and notes[note].text:
                target[note].append(name)
    memos, used, unlinked = [], set(), 0
    for note, codes in on_codes.items():
        used.add(note)
        concepts = on_concepts.get(note, [])
        for code_id in codes:
            linked = codebook.code(code_id).concepts if codebook.code(code_id) else ()
            paired = [c for c in concepts if c in linked]
            unlinked += bool(concepts) and not paired
            memos.append(CodeMemo(code_id, paired[0] if paired else None, notes[note]))
    return memos, used, unlinked


def conclusions(root: etree._Element, notes: dict[str, Note]) -> list[tuple[str, Note]]:
    """(GUID, note) of the conclusions of the study, in the order the project refers to
    them: notes named ``Memo: slutsats`` referred to from the project itself."""
    found = []
    for ref in children(root, "NoteRef"):
        guid = (ref.get("targetGUID") or "").lower()
        note = notes.get(guid)
        if note is not None and note.text and note.name == CONCLUSION_NOTE:
            found.append((guid, note))
    return found
