"""Stored suggestions and trained models."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Connection, and_, delete, insert, select, update

from qualkod.models import Suggestion
from qualkod.store.bulk import insert_many
from qualkod.store.codings import now
from qualkod.store.ids import with_next_id
from qualkod.store.schema import codebooks, models, speakers, suggestions, turns

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


def replace_open_suggestions(
    conn: Connection,
    transcript_ids: Sequence[int],
    rows: Sequence[tuple],
    *,
    model_version: str | None,
    codebook_row: int,
) -> int:
    """Delete the transcripts' open suggestions and store new ones; decided ones stay.

    ``rows`` are tuples in :data:`SUGGESTION_COLUMNS` order, ``evidence`` a tuple of
    words. Returns the number stored (one executemany statement, see :mod:`.bulk`).
    """
    conn.execute(
        delete(suggestions).where(
            suggestions.c.transcript_id.in_(list(transcript_ids)), suggestions.c.status == "open"
        )
    )
    as_json: dict[tuple, str] = {}  # the same evidence words recur: serialise each once
    values = []
    for row in rows:
        evidence = row[_EVIDENCE]
        text = as_json.get(evidence)
        if text is None:
            text = as_json[evidence] = json.dumps(list(evidence), ensure_ascii=False)
        values.append(row[:_EVIDENCE] + (text,) + row[_EVIDENCE + 1 :])
    return insert_many(
        conn,
        suggestions,
        SUGGESTION_COLUMNS,
        values,
        {
            "model_version": model_version,
            "codebook_row": codebook_row,
            "status": "open",
            "created_at": now(),
        },
    )


def decided_spans(
    conn: Connection, transcript_ids: Sequence[int]
) -> set[tuple[int, int, int, int, str]]:
    """(transcript, turn, start, end, code) of suggestions already accepted or rejected."""
    rows = conn.execute(
        select(
            suggestions.c.transcript_id,
            suggestions.c.turn_idx,
            suggestions.c.span_start,
            suggestions.c.span_end,
            suggestions.c.code_id,
        ).where(
            suggestions.c.transcript_id.in_(list(transcript_ids)), suggestions.c.status != "open"
        )
    )
    return {tuple(r) for r in rows}


def _query():
    return (
        select(suggestions, turns.c.text.label("turn_text"), speakers.c.pseudonym)
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
    theme: str | None = None,
    status: str | None = "open",
    transcript_id: int | None = None,
    decided_by: str | None = None,
) -> list[Suggestion]:
    """Suggestions in transcript, turn and span order."""
    query = _query()
    if decided_by is not None:
        query = query.where(suggestions.c.decided_by == decided_by)
    if theme is not None:
        query = query.where(suggestions.c.theme_id == theme)
    if status is not None:
        query = query.where(suggestions.c.status == status)
    if transcript_id is not None:
        query = query.where(suggestions.c.transcript_id == transcript_id)
    query = query.order_by(
        suggestions.c.transcript_id,
        suggestions.c.turn_idx,
        suggestions.c.span_start,
        suggestions.c.theme_id,
    )
    return [_suggestion(row) for row in conn.execute(query)]


def get_suggestion(conn: Connection, suggestion_id: int) -> Suggestion | None:
    """One suggestion, or None."""
    row = conn.execute(_query().where(suggestions.c.id == suggestion_id)).first()
    return _suggestion(row) if row else None


def decide_suggestion(
    conn: Connection, suggestion_id: int, status: str, coder: str, coding_id: int | None = None
) -> bool:
    """Mark an open suggestion accepted or rejected; False when it is no longer open
    (another coder decided it since it was read: the row's lock makes the second
    of two decisions at the same moment find it decided)."""
    done = conn.execute(
        update(suggestions)
        .where(suggestions.c.id == suggestion_id, suggestions.c.status == "open")
        .values(status=status, decided_by=coder, coding_id=coding_id)
    )
    return done.rowcount == 1


def reopen_suggestion(conn: Connection, suggestion_id: int) -> None:
    """Put a decided suggestion back to open (when its decision is undone)."""
    conn.execute(
        update(suggestions)
        .where(suggestions.c.id == suggestion_id)
        .values(status="open", decided_by=None, coding_id=None)
    )


def accepted_as(conn: Connection, coding_id: int) -> int | None:
    """The id of the suggestion accepted into this coding, if any."""
    return conn.execute(
        select(suggestions.c.id).where(
            suggestions.c.coding_id == coding_id, suggestions.c.status == "accepted"
        )
    ).scalar()


def rejected_suggestions(conn: Connection, coder: str | None = None) -> list[Suggestion]:
    """Every rejected suggestion (negative training examples); with ``coder``, those
    that coder rejected."""
    return list_suggestions(conn, status="rejected", decided_by=coder)


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
