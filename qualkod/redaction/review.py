"""Redaction in a project: the redactor every output uses, and the review of what it finds.

Plain functions over an open :class:`~qualkod.store.Project`, usable from Python and
notebooks as from ``qualkod redact``. Decisions are stored, logged in the audit trail
(undone with ``qualkod undo``) and apply project-wide: ignoring ``Holm`` as a word
leaves it in every transcript.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from qualkod.errors import NotFoundError, QualkodError
from qualkod.redaction.people import PERSON, POSSIBLE_PERSON, people_named
from qualkod.redaction.redactor import CATEGORIES, TERM, Redactor, Term, item_key
from qualkod.store import Project
from qualkod.store import codings as log_store
from qualkod.store import redactions as store
from qualkod.store import speakers as speaker_store
from qualkod.store import transcripts as transcript_store

AUTOMATIC = "automatic"
TO_CONFIRM = "to confirm"
STATUSES = (AUTOMATIC, TO_CONFIRM, store.CONFIRMED, store.IGNORED, store.ADDED)
"""automatic: redacted, not reviewed; to confirm: a possible person, not redacted until
confirmed; confirmed, ignored (left in outputs), added (a study term)."""
UNREVIEWED = (AUTOMATIC, TO_CONFIRM)
_CONTEXT = 40


class RedactionError(QualkodError):
    """A redaction decision cannot be made as asked."""


@dataclass(frozen=True)
class Candidate:
    """One identifying item found in one transcript, with its review status."""

    id: str
    """Short id derived from the item (the same in every transcript and on every machine)."""
    transcript_id: int
    """The transcript it was found in."""
    category: str
    """One of :data:`~qualkod.redaction.CATEGORIES`."""
    text: str
    """The item as written (its most frequent form in the transcript)."""
    count: int
    """How many times it occurs in the transcript."""
    context: str
    """One line around its first occurrence, raw (for the investigator's review only)."""
    status: str
    """One of :data:`STATUSES`."""
    replacement: str
    """What it becomes in outputs (for an ignored item: what it would become)."""


def item_id(key: str) -> str:
    """The short id of an item key (6 hex digits of its sha256)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:6]


def _terms(decisions: Iterable[store.RedactionDecision]) -> list[Term]:
    return [
        Term(d.text, d.replacement or "[borttaget]") for d in decisions if d.decision == store.ADDED
    ]


def project_redactor(
    project: Project, turn_texts: Sequence[str] | None = None, *, ignore: bool = True
) -> Redactor:
    """The redactor of a project: its speakers, terms and decisions.

    Args:
        project: an open project.
        turn_texts: every turn's text when the caller has them loaded already; they are
            read from the project otherwise (names seen as people's anywhere in the
            project are recognised everywhere).
        ignore: False to find ignored items too (for the review listing).
    """
    with project.read() as conn:
        people = speaker_store.people_names(conn)
        decisions = store.live_decisions(conn)
        if turn_texts is None:
            turn_texts = [row.text for row in transcript_store.turn_texts(conn)]
    ignored = [d.key for d in decisions if d.decision == store.IGNORED] if ignore else []
    confirmed = [
        d.text for d in decisions if d.category == POSSIBLE_PERSON and d.decision == store.CONFIRMED
    ]
    # "Draganas" confirmed is Dragana in the genitive too: both forms are known.
    words = {w for name in confirmed for w in name.split()}
    known = people_named(turn_texts) | words | {w[:-1] for w in words if w.endswith("s")}
    return Redactor(people, _terms(decisions), ignored, known, possible=not ignore)


def candidates(project: Project, transcript_id: int | None = None) -> list[Candidate]:
    """Every identifying item per transcript, with its status, in transcript and text order."""
    with project.read() as conn:
        rows = transcript_store.turn_texts(conn)
        decisions = {d.key: d for d in store.live_decisions(conn)}
    redactor = project_redactor(project, [r.text for r in rows], ignore=False)
    found: dict[tuple[int, str], list] = {}
    for row in rows:
        if transcript_id is not None and row[0] != transcript_id:
            continue
        for finding in redactor.findings(row.text):
            found.setdefault((row[0], finding.key), []).append((finding, row.text))
    result = []
    for (tid, key), hits in found.items():
        first, text = hits[0]
        forms = Counter(f.text for f, _ in hits)
        # A confirmed possible person is found as a person from then on.
        decision = decisions.get(key)
        if decision is None and first.category == PERSON:
            decision = decisions.get(f"{POSSIBLE_PERSON}:{key.split(':', 1)[1]}")
        status = decision.decision if decision else AUTOMATIC
        if first.category == POSSIBLE_PERSON and not decision:
            status = TO_CONFIRM
        result.append(
            Candidate(
                item_id(key),
                tid,
                first.category,
                forms.most_common(1)[0][0],
                len(hits),
                _context(text, first.start, first.end),
                status,
                first.replacement,
            )
        )
    order = {category: n for n, category in enumerate(CATEGORIES)}
    return sorted(result, key=lambda c: (c.transcript_id, order[c.category], c.text.casefold()))


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - _CONTEXT) : start]
    right = text[end : end + _CONTEXT]
    line = ("…" if start > _CONTEXT else "") + left + text[start:end] + right
    return " ".join((line + ("…" if end + _CONTEXT < len(text) else "")).split())


def unreviewed(project: Project) -> list[Candidate]:
    """Items nobody has confirmed or ignored yet (``redact --check`` fails while any remain)."""
    return [c for c in candidates(project) if c.status in UNREVIEWED]


def _resolve(project: Project, reference: str) -> list[Candidate]:
    """The items an id (or its start) or the exact text names, in every transcript."""
    found = candidates(project)
    wanted = reference.strip().casefold()
    by_id = [c for c in found if c.id.startswith(wanted)] if len(wanted) >= 3 else []
    by_text = [c for c in found if c.text.casefold() == wanted]
    matches = by_id or by_text
    if not matches:
        raise NotFoundError(
            f"redaction item {reference!r}: no such id or text; list them with 'qualkod redact'"
        )
    ids = sorted({c.id for c in matches})
    if len(ids) > 1:
        raise NotFoundError(
            f"redaction item {reference!r}: matches {', '.join(ids)}; give a longer id"
        )
    return matches


def decide(
    project: Project,
    references: Sequence[str],
    decision: str,
    coder: str,
    *,
    every: bool = False,
    category: str | None = None,
) -> list[Candidate]:
    """Confirm or ignore items: by id or text, or every unreviewed one (of a category).

    All in one transaction, each logged (``qualkod undo`` reverses the last, item by item).

    Returns:
        The items decided (one per item, from its first transcript).

    Raises:
        RedactionError: when nothing or both references and ``every`` are given.
        NotFoundError: when a reference names no item or several.
    """
    if decision not in (store.CONFIRMED, store.IGNORED):
        raise RedactionError(f"unknown decision {decision!r}; use confirmed or ignored")
    if bool(references) == every:
        raise RedactionError("give item ids (or texts), or --all")
    if category is not None and category not in CATEGORIES:
        raise RedactionError(f"--category {category}: use one of {', '.join(CATEGORIES)}")
    if every:
        chosen = [
            c
            for c in candidates(project)
            if c.status in UNREVIEWED and (category is None or c.category == category)
        ]
    else:
        chosen = [c for ref in references for c in _resolve(project, ref)]
    # A term is already decided by being added; ignoring it withdraws it.
    unique = list(
        {c.id: c for c in chosen if c.category != TERM or decision == store.IGNORED}.values()
    )
    keys = _keys_by_id(project)
    with project.write() as conn:
        for item in unique:
            key = keys[item.id]
            row_id, replaced = store.decide(conn, key, item.category, item.text, decision, coder)
            state = {"redaction": row_id, "replaced": replaced, "decision": decision}
            log_store.add_event(conn, coder, f"redact-{decision}", after=json.dumps(state))
    return unique


def _keys_by_id(project: Project) -> dict[str, str]:
    with project.read() as conn:
        rows = transcript_store.turn_texts(conn)
    redactor = project_redactor(project, [r.text for r in rows], ignore=False)
    return {item_id(f.key): f.key for r in rows for f in redactor.findings(r.text)}


def add_term(project: Project, text: str, replacement: str, coder: str) -> str:
    """Add a study-specific word to redact everywhere (``Fjällby`` -> ``[kommun]``).

    Returns:
        The item's id.

    Raises:
        RedactionError: when the text or the replacement is empty.
    """
    text = " ".join(text.split())
    replacement = " ".join(replacement.split())
    if not text:
        raise RedactionError("redact add: the text is empty; give the word to redact")
    if not replacement:
        raise RedactionError('--as: give the replacement, for example --as "[kommun]"')
    key = item_key(TERM, text)
    with project.write() as conn:
        row_id, replaced = store.decide(conn, key, TERM, text, store.ADDED, coder, replacement)
        state = {"redaction": row_id, "replaced": replaced, "decision": store.ADDED}
        log_store.add_event(conn, coder, "redact-added", after=json.dumps(state))
    return item_id(key)


def terms(project: Project) -> list[Term]:
    """The project's study-specific terms."""
    with project.read() as conn:
        return _terms(store.live_decisions(conn))


class ProjectRedactor:
    """The redaction boundary for everything a command shows or writes of a project.

    Loads the project's turns and redactor once; with ``raw`` it hands text through
    unchanged (``--raw-names``, for the investigator's own eyes only).
    """

    def __init__(self, project: Project, *, raw: bool = False) -> None:
        with project.read() as conn:
            rows = transcript_store.turn_texts(conn)
        self.raw = raw
        self._turns = {(row[0], row[2]): row.text for row in rows}
        self.redactor = project_redactor(project, list(self._turns.values()))

    def text(self, text: str) -> str:
        """Any text (a memo, an audit-log entry) with identifying details replaced."""
        return text if self.raw else self.redactor(text)

    def title(self, title: str) -> str:
        """A transcript title or file name, names replaced however they are written."""
        return title if self.raw else self.redactor.file_name(title)

    def turn(self, transcript_id: int, turn: int) -> str:
        """A stored turn's text, redacted."""
        return self.text(self._turns[(transcript_id, turn)])

    def span(self, transcript_id: int, turn: int, start: int, end: int) -> str:
        """Part of a turn (a quote), redacted as it reads inside the turn."""
        text = self._turns[(transcript_id, turn)]
        return text[start:end] if self.raw else self.redactor.excerpt(text, start, end)
