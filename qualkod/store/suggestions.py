"""Stored suggestions, each coder's decisions on them, and trained models.

A suggestion is shared by the team; its decisions are not. Every coder has at most
one decision on a suggestion (a row of ``suggestion_decisions``), and a suggestion
is open to a coder until they decide it, whatever the others decided. The old
``suggestions.status``, ``decided_by`` and ``coding_id`` columns are no longer read.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Connection, and_, delete, exists, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from qualkod.models import Suggestion
from qualkod.store.bulk import insert_many
from qualkod.store.codings import now
from qualkod.store.ids import with_next_id
from qualkod.store.schema import (
    codebooks,
    events,
    models,
    speakers,
    suggestion_decisions,
    suggestions,
    turns,
)

SUGGESTION_COLUMNS = (
    "transcript_id",
    "turn_idx",
    "span_start",
    "span_end",
    "theme_id",
    "code_id",
    "score",
    "lexicon_score",
    "classifier_score",
    "evidence",
    "method",
)
"""What each row given to :func:`replace_open_suggestions` holds, in this order."""
_EVIDENCE = SUGGESTION_COLUMNS.index("evidence")


def _decided():
    """Whether anyone has decided the suggestion of the outer query."""
    return exists().where(suggestion_decisions.c.suggestion_id == suggestions.c.id)


def replace_open_suggestions(
    conn: Connection,
    transcript_ids: Sequence[int],
    rows: Sequence[tuple],
    *,
    model_version: str | None,
    codebook_row: int,
) -> list[tuple]:
    """Delete the transcripts' suggestions no coder has decided and store new ones; a
    suggestion any coder decided stays, with every decision on it, and its span is not
    suggested again (those rows are left out). Returns the rows stored.

    ``rows`` are tuples in :data:`SUGGESTION_COLUMNS` order, ``evidence`` a tuple of
    words; they go in one executemany statement (see :mod:`.bulk`).

    A decision at the same moment is never lost, nor does it make this fail. Writers take
    turns (the project's write lock), and on PostgreSQL the rows keep the two apart as
    well: the open suggestions are locked first, so a decision on one of them waits and
    then finds it gone (:func:`decide_suggestion`), and a decision that held its lock
    first has been committed when the delete, a statement of its own, looks again.
    """
    ids = list(transcript_ids)
    if conn.dialect.name == "postgresql":  # SQLite: one writer at a time anyway
        conn.execute(
            select(suggestions.c.id)
            .where(suggestions.c.transcript_id.in_(ids), ~_decided())
            .with_for_update()
        )
    conn.execute(delete(suggestions).where(suggestions.c.transcript_id.in_(ids), ~_decided()))
    kept = decided_spans(conn, ids)
    if kept:
        rows = [r for r in rows if (*r[:4], r[5]) not in kept]
    as_json: dict[tuple, str] = {}  # the same evidence words recur: serialise each once
    values = []
    for row in rows:
        evidence = row[_EVIDENCE]
        text = as_json.get(evidence)
        if text is None:
            text = as_json[evidence] = json.dumps(list(evidence), ensure_ascii=False)
        values.append(row[:_EVIDENCE] + (text,) + row[_EVIDENCE + 1 :])
    insert_many(
        conn,
        suggestions,
        SUGGESTION_COLUMNS,
        values,
        {
            "model_version": model_version,
            "codebook_row": codebook_row,
            "status": "open",  # unused column (see the module)
            "created_at": now(),
        },
    )
    return list(rows)


def decided_spans(
    conn: Connection, transcript_ids: Sequence[int]
) -> set[tuple[int, int, int, int, str]]:
    """(transcript, turn, start, end, code) of suggestions some coder has decided (they
    stay when suggestions are made again, so are not made twice)."""
    rows = conn.execute(
        select(
            suggestions.c.transcript_id,
            suggestions.c.turn_idx,
            suggestions.c.span_start,
            suggestions.c.span_end,
            suggestions.c.code_id,
        ).where(suggestions.c.transcript_id.in_(list(transcript_ids)), _decided())
    )
    return {tuple(r) for r in rows}


_SHOWN_STATUS = func.coalesce(suggestion_decisions.c.status, "open")


def _query(coder: str | None):
    """Suggestions with a decision each: ``coder``'s (none: open), or with no coder
    every decision (a suggestion decided by two coders twice, one nobody decided once)."""
    on = suggestion_decisions.c.suggestion_id == suggestions.c.id
    if coder is not None:
        on = and_(on, suggestion_decisions.c.coder == coder)
    return (
        select(
            *(c for c in suggestions.c if c.name not in ("status", "decided_by", "coding_id")),
            _SHOWN_STATUS.label("status"),
            suggestion_decisions.c.coder.label("decided_by"),
            turns.c.text.label("turn_text"),
            speakers.c.pseudonym,
        )
        .select_from(suggestions)
        .outerjoin(suggestion_decisions, on)
        .join(
            turns,
            and_(
                turns.c.transcript_id == suggestions.c.transcript_id,
                turns.c.idx == suggestions.c.turn_idx,
            ),
        )
        .join(speakers, speakers.c.id == turns.c.speaker_id)
    )


def _suggestion(row) -> Suggestion:
    return Suggestion(
        id=row.id,
        transcript_id=row.transcript_id,
        turn=row.turn_idx,
        start=row.span_start,
        end=row.span_end,
        text=row.turn_text[row.span_start : row.span_end],
        theme=row.theme_id,
        code=row.code_id,
        score=row.score,
        lexicon_score=row.lexicon_score,
        classifier_score=row.classifier_score,
        evidence=tuple(json.loads(row.evidence)),
        method=row.method,
        model_version=row.model_version,
        status=row.status,
        speaker=row.pseudonym,
        decided_by=row.decided_by,
    )


def list_suggestions(
    conn: Connection,
    *,
    coder: str | None = None,
    theme: str | None = None,
    status: str | None = "open",
    transcript_id: int | None = None,
) -> list[Suggestion]:
    """Suggestions in transcript, turn and span order.

    With ``coder``, each suggestion once, with that coder's decision as its ``status``
    (open when they have not decided it). Without, every decision: a suggestion two
    coders decided comes twice (``decided_by`` says whose), and ``status="open"`` means
    nobody has decided it.
    """
    query = _query(coder)
    if theme is not None:
        query = query.where(suggestions.c.theme_id == theme)
    if status == "open":
        query = query.where(suggestion_decisions.c.id.is_(None))
    elif status is not None:
        query = query.where(suggestion_decisions.c.status == status)
    if transcript_id is not None:
        query = query.where(suggestions.c.transcript_id == transcript_id)
    query = query.order_by(
        suggestions.c.transcript_id,
        suggestions.c.turn_idx,
        suggestions.c.span_start,
        suggestions.c.theme_id,
        suggestions.c.id,
        suggestion_decisions.c.id,
    )
    return [_suggestion(row) for row in conn.execute(query)]


def get_suggestion(
    conn: Connection, suggestion_id: int, coder: str | None = None
) -> Suggestion | None:
    """One suggestion as ``coder`` sees it (with their decision), or None. Without a
    coder, its first decision, or open when nobody decided it."""
    row = conn.execute(
        _query(coder).where(suggestions.c.id == suggestion_id).order_by(suggestion_decisions.c.id)
    ).first()
    return _suggestion(row) if row else None


def decide_suggestion(
    conn: Connection, suggestion_id: int, status: str, coder: str, coding_id: int | None = None
) -> bool:
    """Store the coder's decision (accepted or rejected) on a suggestion; False when the
    suggestion is gone or the coder decided it already (a second decision at the same
    moment finds the first: one decision per coder is a unique key)."""
    # locked: a 'suggest' replacing the open suggestions waits for this decision, and
    # keeps the suggestion; one that locked it first has deleted it (None here)
    if (
        conn.execute(
            select(suggestions.c.id).where(suggestions.c.id == suggestion_id).with_for_update()
        ).first()
        is None
    ):
        return False
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    done = conn.execute(
        dialect.insert(suggestion_decisions)
        .values(
            suggestion_id=suggestion_id,
            coder=coder,
            status=status,
            decided_at=now(),
            coding_id=coding_id,
        )
        .on_conflict_do_nothing(index_elements=["suggestion_id", "coder"])
        .returning(suggestion_decisions.c.id)
    )
    return done.first() is not None


def reopen_suggestion(conn: Connection, suggestion_id: int, coder: str) -> None:
    """Open a suggestion again to ``coder`` (when their decision is undone); the other
    coders' decisions on it stay."""
    conn.execute(
        delete(suggestion_decisions).where(
            suggestion_decisions.c.suggestion_id == suggestion_id,
            suggestion_decisions.c.coder == coder,
        )
    )


def accepted_as(conn: Connection, coding_id: int) -> int | None:
    """The id of the suggestion accepted into this coding (by its coder), if any."""
    return conn.execute(
        select(suggestion_decisions.c.suggestion_id)
        .where(
            suggestion_decisions.c.coding_id == coding_id,
            suggestion_decisions.c.status == "accepted",
        )
        .order_by(suggestion_decisions.c.id)
        .limit(1)
    ).scalar()


def suggestions_coded(conn: Connection) -> dict[int, Suggestion]:
    """Coding id -> the suggestion the coding was made by accepting (its coder's accepted
    decision naming it). A suggestion accepted as a coding that existed already (an
    ``accept`` event names the two) did not make that coding and is left out."""
    taken: set[tuple[int, int]] = set()  # (suggestion, coding) accepted as they were
    query = select(events.c.after).where(events.c.action == "accept", events.c.coding_id.is_(None))
    for (after,) in conn.execute(query):
        try:
            state = json.loads(after or "{}")
        except ValueError:
            continue
        if isinstance(state, dict):
            taken.add((state.get("suggestion"), state.get("coding")))
    query = (
        _query(None)
        .add_columns(suggestion_decisions.c.coding_id.label("accepted_into"))
        .where(
            suggestion_decisions.c.status == "accepted",
            suggestion_decisions.c.coding_id.is_not(None),
        )
        .order_by(suggestion_decisions.c.id)
    )
    found: dict[int, Suggestion] = {}
    for row in conn.execute(query):
        if (row.id, row.accepted_into) not in taken:
            found.setdefault(row.accepted_into, _suggestion(row))
    return found


def rejected_suggestions(conn: Connection, coder: str | None = None) -> list[Suggestion]:
    """Every rejection (negative training examples): a suggestion two coders rejected
    comes twice, ``decided_by`` naming each; with ``coder``, those that coder rejected."""
    return list_suggestions(conn, coder=coder, status="rejected")


def store_model(conn: Connection, values: dict) -> int:
    """Store a trained model."""
    values = dict(values, created_at=now(), labels=json.dumps(list(values["labels"])))
    return conn.execute(
        insert(models).values(**with_next_id(conn, models, values))
    ).inserted_primary_key[0]


def model_coders(conn: Connection) -> dict[str, set[str | None]]:
    """Model version -> whose decisions it learnt from (None: every coder's)."""
    found: dict[str, set[str | None]] = {}
    for version, coder in conn.execute(select(models.c.version, models.c.coder)):
        found.setdefault(version, set()).add(coder)
    return found


def codebook_of_newest_model_elsewhere(
    conn: Connection, name: str, codebook_row: int
) -> tuple[str, str] | None:
    """(codebook id, version) of the newest model of this name fitted for another
    codebook record than ``codebook_row``, or None."""
    row = conn.execute(
        select(codebooks.c.codebook_id, codebooks.c.version)
        .join(models, models.c.codebook_row == codebooks.c.id)
        .where(models.c.name == name, models.c.codebook_row != codebook_row)
        .order_by(models.c.id.desc())
        .limit(1)
    ).first()
    return (row.codebook_id, row.version) if row else None


def latest_model(conn: Connection, name: str, codebook_row: int):
    """The newest model of this name for a codebook record, as a row, or None."""
    return conn.execute(
        select(models)
        .where(models.c.name == name, models.c.codebook_row == codebook_row)
        .order_by(models.c.id.desc())
        .limit(1)
    ).first()
