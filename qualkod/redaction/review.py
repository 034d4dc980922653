"""Reviewing what the redactor finds in a project: list, confirm, ignore, add, check.

Plain functions over an open :class:`~qualkod.store.Project`, usable from Python and
notebooks as from ``qualkod redact``. Decisions are stored, logged in the audit trail
(undone with ``qualkod undo``) and apply project-wide: ignoring ``Holm`` as a word
leaves it in every transcript.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from qualkod.errors import NotFoundError, RedactionError, RedactionParameterError
from qualkod.redaction.people import PERSON, POSSIBLE_PERSON
from qualkod.redaction.project import identifying, project_redactor
from qualkod.redaction.redactor import CATEGORIES, SPEAKER, TERM, item_key
from qualkod.store import Project
from qualkod.store import codings as log_store
from qualkod.store import redactions as store
from qualkod.store import transcripts as transcript_store
from qualkod.store.schema import KEY_LENGTH, NAME_LENGTH

AUTOMATIC = "automatic"
TO_CONFIRM = "to confirm"
STATUSES = (AUTOMATIC, TO_CONFIRM, store.CONFIRMED, store.IGNORED, store.ADDED)
"""automatic: redacted, not reviewed; to confirm: a possible name, redacted only once
confirmed; confirmed; ignored (left in outputs); added (a study term)."""
UNREVIEWED = (AUTOMATIC, TO_CONFIRM)
_CONTEXT = 40
_ID_LENGTH = 10
_HEX = re.compile(r"^[0-9a-f]{3,}$")


@dataclass(frozen=True)
class Candidate:
    """One identifying item found in one transcript, with its review status."""

    id: str
    """Short id derived from the item (the same in every transcript and on every machine)."""
    key: str = field(repr=False)  # key, text and context are what is redacted
    """The item's key (category and normalised text) that decisions are about."""
    transcript_id: int
    """The transcript it was found in."""
    category: str
    """One of :data:`~qualkod.redaction.CATEGORIES`."""
    text: str = field(repr=False)
    """The item as written (its most frequent form in the transcript)."""
    count: int
    """How many times it occurs in the transcript."""
    context: str = field(repr=False)
    """One line around its first occurrence, raw (for the investigator's review only)."""
    status: str
    """One of :data:`STATUSES`."""
    replacement: str
    """What it becomes in outputs (for an ignored item: what it would become)."""


def item_id(key: str) -> str:
    """The short id of an item key (10 hex digits of its sha256)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:_ID_LENGTH]


def candidates(project: Project, transcript_id: int | None = None) -> list[Candidate]:
    """Every identifying item per transcript, with its status, in transcript and text order."""
    with project.read() as conn:
        rows = transcript_store.turn_texts(conn)
        decisions = {d.key: d for d in store.live_decisions(conn)}
    redactor = project_redactor(project, [row.text for row in rows], review=True)
    found: dict[tuple[int, str], list] = {}
    for row in rows:
        if transcript_id is not None and row.id != transcript_id:
            continue
        for finding in redactor.findings(row.text):
            key = finding.key
            # A confirmed possible name is found as a person from then on: same item.
            possible = f"{POSSIBLE_PERSON}:{key.split(':', 1)[1]}"
            if finding.category == PERSON and key not in decisions and possible in decisions:
                key = possible
            found.setdefault((row.id, key), []).append((finding, row.text))
    result = []
    for (tid, key), hits in found.items():
        first, text = hits[0]
        decision = decisions.get(key)
        if decision is not None:
            status = decision.decision
        else:
            status = TO_CONFIRM if first.category == POSSIBLE_PERSON else AUTOMATIC
        written = Counter(f.text for f, _ in hits).most_common(1)[0][0]
        # what the form shown becomes ("Lisas" -> "[person]:s", "Lisa" -> "[person]")
        replacement = next(f.replacement for f, _ in hits if f.text == written)
        result.append(
            Candidate(
                item_id(key),
                key,
                tid,
                first.category,
                written,
                len(hits),
                _context(text, first.start, first.end),
                status,
                replacement,
            )
        )
    order = {category: n for n, category in enumerate(CATEGORIES)}
    return sorted(result, key=lambda c: (c.transcript_id, order[c.category], c.text.casefold()))


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - _CONTEXT) : start]
    right = text[end : end + _CONTEXT]
    line = ("…" if start > _CONTEXT else "") + left + text[start:end] + right
    return " ".join((line + ("…" if end + _CONTEXT < len(text) else "")).split())


def unreviewed(found: Sequence[Candidate]) -> list[Candidate]:
    """The items nobody has confirmed or ignored yet (``redact --check`` fails on any)."""
    return [c for c in found if c.status in UNREVIEWED]


def resolve(found: Sequence[Candidate], reference: str) -> Candidate:
    """The item a reference names: its exact text (any case) first, else its id or id start.

    Raises:
        NotFoundError: when the reference names no item, or several.
    """
    wanted = reference.strip().casefold()
    by_text = {c.key: c for c in found if c.text.casefold() == wanted}
    if not by_text and _HEX.match(wanted):
        by_text = {c.key: c for c in found if c.id.startswith(wanted)}
    if not by_text:
        raise NotFoundError(
            f"redaction item {reference!r}: no such id or text; list them with 'qualkod redact'"
        )
    if len(by_text) > 1:
        named = ", ".join(f"{c.id} ({c.category} {c.text})" for c in by_text.values())
        raise NotFoundError(f"redaction item {reference!r}: names {named}; give the whole id")
    return next(iter(by_text.values()))


def may_ignore(item: Candidate) -> bool:
    """Whether an item may be left in outputs: not a speaker's own name, which is always
    the speaker's pseudonym (ignored, it would be a person's in some places and left in in
    others)."""
    return item.category != SPEAKER


def decide(
    project: Project,
    references: Sequence[str],
    decision: str,
    coder: str,
    *,
    every: bool = False,
    category: str | None = None,
    found: Sequence[Candidate] | None = None,
) -> list[Candidate]:
    """Confirm or ignore items: by id or text, or every unreviewed one (of a category).

    ``found`` is the project's :func:`candidates` when the caller has them already.

    All in one transaction, each logged (``qualkod undo`` reverses the last, item by item).
    Ignoring a study term withdraws it; confirming one changes nothing (it is in force).

    Returns:
        The items decided (one per item, from its first transcript).

    Raises:
        RedactionError: when nothing or both references and ``every`` are given.
        NotFoundError: when a reference names no item or several.
    """
    if decision not in (store.CONFIRMED, store.IGNORED):
        raise RedactionError(f"unknown decision {decision!r}; use confirmed or ignored")
    if bool(references) == every:
        raise RedactionError(
            "give item ids (or texts), or --all", in_python={"--all": "every=True"}
        )
    if category is not None and category not in CATEGORIES:
        raise RedactionParameterError("category", category, f"use one of {', '.join(CATEGORIES)}")
    found = candidates(project) if found is None else found
    if every:
        chosen = [c for c in unreviewed(found) if category is None or c.category == category]
        if decision == store.IGNORED:  # a speaker's name is never left in (see below)
            chosen = [c for c in chosen if may_ignore(c)]
    else:
        chosen = [resolve(found, reference) for reference in references]
    spoken = [c for c in chosen if decision == store.IGNORED and not may_ignore(c)]
    if spoken:
        # the speaker's own name would then be a person's in some places and left in in
        # others ("maja"): a participant's name is the pseudonym's, wherever it stands
        raise RedactionError(
            f"redaction item {spoken[0].id} ({spoken[0].text}): is a speaker's name, always "
            "replaced by the speaker's pseudonym; if the speaker is named wrongly, correct "
            "it with 'qualkod speakers'"
        )
    unique = list(
        {c.key: c for c in chosen if c.category != TERM or decision == store.IGNORED}.values()
    )
    with project.write() as conn:
        for item in unique:
            row_id = store.decide(conn, item.key, item.category, item.text, decision, coder)
            state = {"redaction": row_id, "decision": decision, "item": item.id}
            log_store.add_event(conn, coder, f"redact-{decision}", after=json.dumps(state))
    return unique


def add_term(project: Project, text: str, replacement: str, coder: str) -> str:
    """Add a study-specific word to redact everywhere (``Fjällby`` -> ``[kommun]``).

    Returns:
        The item's id.

    Raises:
        RedactionError: when the text has fewer than two letters or digits, or the
            replacement is empty or holds a name, number or address outputs hide.
    """
    text = " ".join(text.split())
    replacement = " ".join(replacement.split())
    if sum(c.isalnum() for c in text) < 2:
        raise RedactionError(
            f"redact add {text!r}: give a word of two letters or more "
            "(a shorter one would replace parts of ordinary words)"
        )
    if not replacement:
        raise RedactionParameterError(
            "replacement",
            None,
            'give the replacement, for example --as "[kommun]"',
            option="as",
            in_python={'--as "[kommun]"': 'replacement="[kommun]"'},
        )
    if len(replacement) > NAME_LENGTH:
        raise RedactionParameterError(
            "replacement",
            None,
            f"the replacement is longer than {NAME_LENGTH} characters",
            option="as",
        )
    # "--as 'Maria Nyström'", a phone number or a word already added ("skolan i
    # Fjällby") would put it in every output
    found = identifying(project_redactor(project), replacement)
    if found:
        raise RedactionParameterError(
            "replacement",
            replacement,
            f"holds what outputs hide ({found[0].category.replace('_', ' ')} "
            f'{found[0].text!r}); give a label that names nobody, such as "[kommun]"',
            option="as",
            quoted=True,
        )
    key = item_key(TERM, text)
    if len(key) > KEY_LENGTH:
        raise RedactionError(
            f"redact add: the term is longer than {KEY_LENGTH - len(TERM) - 1} characters; "
            "add the name or word itself"
        )
    with project.write() as conn:
        row_id = store.decide(conn, key, TERM, text, store.ADDED, coder, replacement)
        state = {"redaction": row_id, "decision": store.ADDED, "item": item_id(key)}
        log_store.add_event(conn, coder, "redact-added", after=json.dumps(state))
    return item_id(key)
