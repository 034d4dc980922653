"""REFI-QDA export, part three: memos as ``Notes`` and featured quotes as the ``Featured``
set (see :mod:`qualkod.export.refi_qda`).

- a memo on a theme is a note referred to from the theme's code; a theme x concept memo
  from both the theme's and the concept's code; a conclusion of the study is a note on
  the project (``Memo: slutsats``);
- a memo on a coding is a note on its selection, and its text the selection's
  ``Description`` too (QualCoder reads a coding's memo only from there); a link memo a
  note on the concept's coding of that selection;
- a featured quote gets a note ``Featured: <quote>`` on its selection, and the set
  ``Featured`` lists those notes (a REFI set cannot hold selections);
- a coder's mark that a turn is decided (``code done``) is a note ``Avgjord`` by that
  coder, at the mark's time, on the turn's selection (see :mod:`qualkod.refi_markers`).

Note GUIDs are names of what the note is about and says, and the notes come in an
order of content, not of database ids, so a project imported from the file exports
the same notes again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from qualkod.export import refi_qda_xml as qx
from qualkod.export.refi_qda_sources import Layout
from qualkod.models import Codebook, Coding, Link, Memo, TheoryCatalogue, TurnReview
from qualkod.record_reprs import coder_name, free_text, repr_without_text
from qualkod.refi_markers import CONCLUSION_NOTE, DECIDED_NOTE, DECIDED_TEXT, FEATURED

NS = qx.PROJECT_NS
PROJECT = "project"
"""The key of notes on the project itself (a memo whose target is gone)."""


@dataclass(frozen=True)
class Note:
    guid: str
    name: str = free_text()  # a repr shows lengths and hides the coder: a notebook
    coder: str = coder_name()  # keeps what it printed
    created_at: str
    text: str = free_text()

    __repr__ = repr_without_text


class Notes:
    """The notes of an export and, per GUID of a code, selection or coding, the notes
    referred to from it."""

    def __init__(
        self,
        codebook: Codebook | None,
        catalogue: TheoryCatalogue | None,
        codings: Sequence[Coding],
        links: Sequence[Link],
        memos: Sequence[Memo],
        layout: Layout,
        redactor,
        reviews: Sequence[TurnReview] = (),
    ) -> None:
        self.notes: list[Note] = []
        self.refs: dict[str, list[str]] = defaultdict(list)
        self.featured: list[str] = []
        self.descriptions: dict[str, list[str]] = defaultdict(list)
        """Per selection GUID, the texts of the memos on its coding, in note order; per
        concept coding GUID, its link's memo (the description of the link's own
        selection)."""
        self._taken: set[str] = set()
        codes = {c.id for c in codebook.codes()} if codebook else set()
        concepts = {c.id for c in catalogue.concepts} if catalogue else set()
        by_coding = {c.id: c for c in codings}
        placed = []
        conclusions = 0
        for memo in memos:
            targets, on_selection = [], False
            if memo.coding_id is not None:
                coding = by_coding[memo.coding_id]
                if memo.concept_id in concepts:
                    targets.append(layout.concept_coding(coding, memo.concept_id))
                else:
                    targets.append(layout.selection(coding))
                    on_selection = True
            else:
                if memo.code_id in codes:
                    targets.append(qx.code_guid(memo.code_id))
                if memo.concept_id in concepts:
                    targets.append(qx.concept_guid(memo.concept_id))
            name = "Memo: " + (
                " x ".join(x for x in (memo.code_id, memo.concept_id) if x) or "kodning"
            )
            where = tuple(targets)
            if memo.is_conclusion:  # last, in the order written: the argument's order
                name, where = CONCLUSION_NOTE, ("\uffff", f"{conclusions:06d}")
                conclusions += 1
            # the coder as shown: a GUID made of a login could be checked against a guess
            shown = redactor.coder(memo.coder)
            key = (where, shown, memo.text, qx.date_time(memo.created_at) or "")
            placed.append((key, name, memo, targets, on_selection))
        for key, name, memo, targets, on_selection in sorted(placed, key=lambda item: item[0]):
            text = redactor.text(memo.text)
            note = self._note(("memo", *key), name, memo, text)
            for target in targets or [PROJECT]:
                self.refs[target].append(note)
            if on_selection:
                self.descriptions[targets[0]].append(text)
        order = {c.id: i for i, c in enumerate(codings)}
        for link in sorted(links, key=lambda k: (order[k.coding_id], k.concept_id)):
            if link.memo:
                target = layout.concept_coding(by_coding[link.coding_id], link.concept_id)
                memo = Memo(link.id, link.memo, link.coder, link.created_at)
                text = redactor.text(link.memo)
                note = self._note(("link", target), f"Memo: {link.concept_id}", memo, text)
                self.refs[target].append(note)
                self.descriptions[target].append(text)
        for coding in codings:
            if coding.featured:
                quote = redactor.span(coding.transcript_id, coding.turn, coding.start, coding.end)
                memo = Memo(coding.id, "", coding.coder, coding.created_at)
                target = layout.selection(coding)
                note = self._note(("featured", target), FEATURED, memo, f"{FEATURED}: {quote}")
                self.refs[target].append(note)
                self.featured.append(note)
        self._decided(reviews, layout, redactor)

    def _decided(self, reviews: Sequence[TurnReview], layout: Layout, redactor) -> None:
        """A note per coder's mark that a turn is decided, in the order of the sources,
        turns and coders as shown (not of database ids)."""
        order = {s.summary.id: i for i, s in enumerate(layout.sources)}
        marks = sorted(
            (r for r in reviews if (r.transcript_id, r.turn) in layout.turns),
            key=lambda r: (order[r.transcript_id], r.turn, redactor.coder(r.coder)),
        )
        for review in marks:
            target = layout.turns[(review.transcript_id, review.turn)]
            shown = redactor.coder(review.coder)
            memo = Memo(0, DECIDED_TEXT, review.coder, review.reviewed_at)
            note = self._note(("decided", target, shown), DECIDED_NOTE, memo, DECIDED_TEXT)
            self.refs[target].append(note)

    def _note(self, key: tuple, name: str, memo: Memo, text: str) -> str:
        guid = qx.guid("note", *key)
        number = 1
        while guid in self._taken:  # the same memo twice: a GUID of its own
            number += 1
            guid = qx.guid("note", *key, number)
        self._taken.add(guid)
        self.notes.append(Note(guid, name, memo.coder, memo.created_at, text))
        return guid

    def write(self, root, user) -> None:
        """The ``Notes`` element (``user`` gives a coder's GUID)."""
        from lxml import etree

        if not self.notes:
            return
        element = etree.SubElement(root, f"{{{NS}}}Notes")
        for note in self.notes:
            one = etree.SubElement(element, f"{{{NS}}}Note")
            one.set("guid", note.guid)
            one.set("name", qx.xml_text(note.name))
            if note.coder:
                one.set("creatingUser", user(note.coder))
            when = qx.date_time(note.created_at)
            if when:
                one.set("creationDateTime", when)
            content = etree.SubElement(one, f"{{{NS}}}PlainTextContent")
            content.text = qx.xml_text(note.text)

    def write_sets(self, root) -> None:
        """The ``Sets`` element: the set ``Featured``, when a quote is featured."""
        from lxml import etree

        if not self.featured:
            return
        element = etree.SubElement(root, f"{{{NS}}}Sets")
        featured = etree.SubElement(element, f"{{{NS}}}Set")
        featured.set("guid", qx.guid("set", FEATURED))
        featured.set("name", FEATURED)
        etree.SubElement(
            featured, f"{{{NS}}}Description"
        ).text = "Utvalda citat (featured quotes): en anteckning per citat, fäst vid citatet."
        for note in self.featured:
            etree.SubElement(featured, f"{{{NS}}}MemberNote").set("targetGUID", note)
