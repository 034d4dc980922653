"""Deleting a transcript and every record that is about it, in the caller's transaction.

Used when a transcript should never have been imported, or when an interviewee
withdraws consent: then nothing of the interview may stay, so the rows are deleted,
not marked. "About it" is its turns, its suggestions, the turns coders marked as
decided, its codings (removed ones too) with their memos and concept links, and the
audit-log events on any of these, with the undos of those events. Speakers stay (their
names are what keeps mentions of them in other interviews redacted), as do the theme
memos and the redaction decisions, which belong to the study.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, select

from qualkod.store.ids import keep_high_water
from qualkod.store.links import LINK_ACTIONS
from qualkod.store.schema import (
    codings,
    embeddings,
    events,
    links,
    memos,
    models,
    reviews,
    suggestion_decisions,
    suggestions,
    transcript_copies,
    transcripts,
    turns,
)

CHUNK = 500


@dataclass(frozen=True)
class TranscriptRecords:
    """Ids of everything that is about one transcript."""

    codings: list[int]
    live_codings: dict[str, int]
    """Coder -> codings not removed."""
    memos: list[int]
    links: list[int]
    suggestions: list[int]
    reviews: list[int]
    events: list[int]
    turns: int
    models: list[int]
    """Stored classifiers trained after a decision on the transcript (which may have
    learnt from it: its codings, its turns as negatives, its rejected suggestions)."""
    removed_codings: int
    """Codings already removed before (deleted all the same)."""
    coding_memos: int = 0
    """Memos on its live codings: written on the coding, or in the memo table."""


def transcript_records(conn: Connection, transcript_id: int, sha256: str) -> TranscriptRecords:
    """What deleting the transcript would delete."""
    coding_rows = conn.execute(
        select(codings.c.id, codings.c.coder, codings.c.deleted, codings.c.memo).where(
            codings.c.transcript_id == transcript_id
        )
    ).all()
    coding_ids = [row.id for row in coding_rows]
    live: dict[str, int] = {}
    for row in coding_rows:
        if not row.deleted:
            live[row.coder] = live.get(row.coder, 0) + 1
    memo_ids = _ids(conn, memos.c.id, memos.c.coding_id, coding_ids)
    link_ids = _ids(conn, links.c.id, links.c.coding_id, coding_ids)
    suggestion_ids = [
        i
        for (i,) in conn.execute(
            select(suggestions.c.id).where(suggestions.c.transcript_id == transcript_id)
        )
    ]
    review_ids = [
        i
        for (i,) in conn.execute(
            select(reviews.c.id).where(reviews.c.transcript_id == transcript_id)
        )
    ]
    event_ids = set(_ids(conn, events.c.id, events.c.coding_id, coding_ids))
    event_ids |= set(_ids(conn, events.c.id, events.c.memo_id, memo_ids))
    event_ids |= _state_events(conn, sha256, set(coding_ids), set(suggestion_ids))
    event_ids |= set(_ids(conn, events.c.id, events.c.undoes, sorted(event_ids)))
    turn_count = conn.execute(
        select(func.count()).select_from(turns).where(turns.c.transcript_id == transcript_id)
    ).scalar_one()
    model_ids: list[int] = []
    if event_ids:
        first = min(event_ids)
        model_ids = [
            i
            for (i,) in conn.execute(
                select(models.c.id).where(
                    models.c.last_event.is_(None) | (models.c.last_event >= first)
                )
            )
        ]
    return TranscriptRecords(
        coding_ids,
        live,
        memo_ids,
        link_ids,
        suggestion_ids,
        review_ids,
        sorted(event_ids),
        turn_count,
        model_ids,
        sum(1 for row in coding_rows if row.deleted),
        _live_memos(conn, coding_rows),
    )


def _live_memos(conn: Connection, coding_rows) -> int:
    live = [row.id for row in coding_rows if not row.deleted]
    written_on = sum(1 for row in coding_rows if not row.deleted and row.memo.strip())
    flags = _ids(conn, memos.c.deleted, memos.c.coding_id, live)  # in chunks, as ids are
    return written_on + sum(1 for deleted in flags if not deleted)


def _ids(conn: Connection, wanted, column, values: Collection[int]) -> list[int]:
    found: list[int] = []
    values = list(values)
    for offset in range(0, len(values), CHUNK):
        found += [
            i
            for (i,) in conn.execute(
                select(wanted).where(column.in_(values[offset : offset + CHUNK]))
            )
        ]
    return found


def _state_events(
    conn: Connection, sha256: str, coding_ids: set[int], suggestion_ids: set[int]
) -> set[int]:
    """Events that name the transcript only in their JSON state: a turn marked as
    decided, a rejected suggestion, a suggestion accepted as a passage already coded, a
    decision on a link of one of its codings."""
    rows = conn.execute(
        select(events.c.id, events.c.action, events.c.before, events.c.after).where(
            events.c.action.in_(("review", "reject", "accept", *LINK_ACTIONS)),
            events.c.coding_id.is_(None),
        )
    )
    found = set()
    for event_id, action, before, after in rows:
        for state in _states(before, after):
            if (
                (action == "review" and state.get("transcript") == sha256)
                or (action in ("reject", "accept") and state.get("suggestion") in suggestion_ids)
                or (action in LINK_ACTIONS and state.get("coding") in coding_ids)
            ):
                found.add(event_id)
    return found


def _states(*texts: str | None) -> Iterable[dict]:
    for text in texts:
        if text:
            try:
                state = json.loads(text)
            except ValueError:
                continue
            if isinstance(state, dict):
                yield state


def delete_transcript(
    conn: Connection, transcript_id: int, records: TranscriptRecords, digests: Collection[str]
) -> None:
    """Delete the transcript, ``records`` (from :func:`transcript_records`) and the stored
    embeddings of its texts (``digests``), children before the rows they point to."""
    _keep_high_water_marks(conn, transcript_id, records)
    # An undo points at the event it undid: the undos go first.
    undos = set(_ids(conn, events.c.id, events.c.undoes, records.events)) & set(records.events)
    for ids in (sorted(undos), sorted(set(records.events) - undos)):
        _delete(conn, events, ids)
    for offset in range(0, len(records.suggestions), CHUNK):  # each coder's decisions
        conn.execute(
            delete(suggestion_decisions).where(
                suggestion_decisions.c.suggestion_id.in_(
                    records.suggestions[offset : offset + CHUNK]
                )
            )
        )
    _delete(conn, suggestions, records.suggestions)
    _delete(conn, models, records.models)
    _delete(conn, links, records.links)
    _delete(conn, memos, records.memos)
    _delete(conn, codings, records.codings)
    _delete(conn, reviews, records.reviews)
    digests = list(digests)
    for offset in range(0, len(digests), CHUNK):
        conn.execute(
            delete(embeddings).where(embeddings.c.text_sha256.in_(digests[offset : offset + CHUNK]))
        )
    conn.execute(delete(turns).where(turns.c.transcript_id == transcript_id))
    conn.execute(
        delete(transcript_copies).where(transcript_copies.c.transcript_id == transcript_id)
    )
    conn.execute(delete(transcripts).where(transcripts.c.id == transcript_id))


def _keep_high_water_marks(
    conn: Connection, transcript_id: int, records: TranscriptRecords
) -> None:
    """Remember each table's highest id before deleting, so that a deleted id is not
    given again (SQLite gives the highest id + 1; PostgreSQL never reuses one)."""
    for table, ids in (
        (transcripts, [transcript_id]),
        (codings, records.codings),
        (events, records.events),
        (memos, records.memos),
        (models, records.models),
    ):
        if ids:
            keep_high_water(conn, table, conn.execute(select(func.max(table.c.id))).scalar_one())


def _delete(conn: Connection, table, ids: list[int]) -> None:
    for offset in range(0, len(ids), CHUNK):
        conn.execute(delete(table).where(table.c.id.in_(ids[offset : offset + CHUNK])))
