"""Codings, memos, turn reviews and the append-only audit log."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Connection, and_, func, insert, select, update

from qualkod.models import Coding, Event, Memo, Role, TurnReview
from qualkod.store.ids import with_next_id
from qualkod.store.schema import (
    codebooks,
    codings,
    events,
    memos,
    reviews,
    speakers,
    transcripts,
    turns,
)


def now() -> str:
    """The current time as stored: UTC, ISO 8601, seconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _coding_query():
    return (
        select(
            codings,
            transcripts.c.sha256,
            turns.c.text.label("turn_text"),
            codebooks.c.version.label("codebook_version"),
        )
        .join(transcripts, transcripts.c.id == codings.c.transcript_id)
        .join(
            turns,
            and_(
                turns.c.transcript_id == codings.c.transcript_id, turns.c.idx == codings.c.turn_idx
            ),
        )
        .outerjoin(codebooks, codebooks.c.id == codings.c.codebook_row)
    )


def _coding(row) -> Coding:
    return Coding(
        id=row.id,
        transcript_id=row.transcript_id,
        transcript_sha256=row.sha256,
        turn=row.turn_idx,
        start=row.span_start,
        end=row.span_end,
        quote=row.turn_text[row.span_start : row.span_end],
        code_id=row.code_id,
        coder=row.coder,
        created_at=row.created_at,
        memo=row.memo,
        featured=bool(row.featured),
        codebook_version=row.codebook_version,
        deleted=bool(row.deleted),
    )


def coding_state(coding: Coding) -> str:
    """JSON of a coding's fields, for the audit log."""
    return json.dumps(
        {
            "transcript": coding.transcript_sha256,
            "turn": coding.turn,
            "start": coding.start,
            "end": coding.end,
            "code": coding.code_id,
            "coder": coding.coder,
            "memo": coding.memo,
            "featured": coding.featured,
            "deleted": coding.deleted,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def get_coding(conn: Connection, coding_id: int) -> Coding | None:
    """One coding (deleted ones included), or None."""
    row = conn.execute(_coding_query().where(codings.c.id == coding_id)).first()
    return _coding(row) if row else None


def live_code_counts(conn: Connection) -> dict[str, int]:
    """The number of live codings per code id."""
    query = (
        select(codings.c.code_id, func.count())
        .where(codings.c.deleted.is_(False))
        .group_by(codings.c.code_id)
    )
    return {code: count for code, count in conn.execute(query)}


def list_codings(
    conn: Connection,
    *,
    coder: str | None = None,
    transcript_id: int | None = None,
    include_deleted: bool = False,
) -> list[Coding]:
    """Codings in transcript, turn and span order."""
    query = _coding_query()
    if not include_deleted:
        query = query.where(codings.c.deleted.is_(False))
    if coder is not None:
        query = query.where(codings.c.coder == coder)
    if transcript_id is not None:
        query = query.where(codings.c.transcript_id == transcript_id)
    query = query.order_by(
        codings.c.transcript_id,
        codings.c.turn_idx,
        codings.c.span_start,
        codings.c.span_end,
        codings.c.code_id,
        codings.c.coder,
    )
    return [_coding(row) for row in conn.execute(query)]


def live_codings_on_speaker(conn: Connection, speaker_id: int) -> int:
    """How many live codings are on the speaker's turns."""
    query = (
        select(func.count())
        .select_from(codings)
        .join(
            turns,
            and_(
                turns.c.transcript_id == codings.c.transcript_id, turns.c.idx == codings.c.turn_idx
            ),
        )
        .where(codings.c.deleted.is_(False), turns.c.speaker_id == speaker_id)
    )
    return conn.execute(query).scalar_one()


def find_live_coding(
    conn: Connection, transcript_id: int, turn: int, start: int, end: int, code_id: str, coder: str
) -> int | None:
    """The id of an identical live coding, if there is one."""
    return conn.execute(
        select(codings.c.id).where(
            codings.c.transcript_id == transcript_id,
            codings.c.turn_idx == turn,
            codings.c.span_start == start,
            codings.c.span_end == end,
            codings.c.code_id == code_id,
            codings.c.coder == coder,
            codings.c.deleted.is_(False),
        )
    ).scalar()


def covering_coding(
    conn: Connection, transcript_id: int, turn: int, start: int, end: int, code_id: str, coder: str
) -> int | None:
    """The id of a coder's live coding of the same code that holds all of ``start:end``."""
    return conn.execute(
        select(codings.c.id)
        .where(
            codings.c.transcript_id == transcript_id,
            codings.c.turn_idx == turn,
            codings.c.span_start <= start,
            codings.c.span_end >= end,
            codings.c.code_id == code_id,
            codings.c.coder == coder,
            codings.c.deleted.is_(False),
        )
        .order_by(codings.c.id)
        .limit(1)
    ).scalar()


def overlapping_codings(
    conn: Connection, transcript_id: int, turn: int, start: int, end: int, code_id: str, coder: str
) -> list[int]:
    """The ids of a coder's live codings of the same code that overlap ``start:end``."""
    return list(
        conn.execute(
            select(codings.c.id)
            .where(
                codings.c.transcript_id == transcript_id,
                codings.c.turn_idx == turn,
                codings.c.span_start < end,
                codings.c.span_end > start,
                codings.c.code_id == code_id,
                codings.c.coder == coder,
                codings.c.deleted.is_(False),
            )
            .order_by(codings.c.id)
        ).scalars()
    )


def insert_coding(conn: Connection, values: dict) -> int:
    """Store a new coding; ``values`` uses the table's column names."""
    return conn.execute(
        insert(codings).values(**with_next_id(conn, codings, values))
    ).inserted_primary_key[0]


def update_coding(conn: Connection, coding_id: int, **values) -> None:
    """Change columns of a coding (``deleted``, ``featured``, ``memo``)."""
    conn.execute(update(codings).where(codings.c.id == coding_id).values(**values))


def add_event(
    conn: Connection,
    coder: str,
    action: str,
    *,
    coding_id: int | None = None,
    memo_id: int | None = None,
    before: str | None = None,
    after: str | None = None,
    undoes: int | None = None,
) -> int:
    """Append to the audit log."""
    return conn.execute(
        insert(events).values(
            **with_next_id(
                conn,
                events,
                {
                    "at": now(),
                    "coder": coder,
                    "action": action,
                    "coding_id": coding_id,
                    "memo_id": memo_id,
                    "before": before,
                    "after": after,
                    "undoes": undoes,
                },
            )
        )
    ).inserted_primary_key[0]


def _event(row) -> Event:
    return Event(
        row.id,
        row.at,
        row.coder,
        row.action,
        row.coding_id,
        row.memo_id,
        row.before,
        row.after,
        row.undoes,
    )


def list_events(
    conn: Connection, *, coding_id: int | None = None, after_id: int | None = None
) -> list[Event]:
    """The audit log (of one coding; or after the event ``after_id``), oldest first."""
    query = select(events).order_by(events.c.id)
    if coding_id is not None:
        query = query.where(events.c.coding_id == coding_id)
    if after_id is not None:
        query = query.where(events.c.id > after_id)
    return [_event(row) for row in conn.execute(query)]


def imported_codings(conn: Connection) -> set[int]:
    """The codings read from a codings file (``qualkod codings import``), whose log does
    not say how they were made."""
    query = select(events.c.coding_id).where(
        events.c.action == "import", events.c.coding_id.is_not(None)
    )
    return set(conn.execute(query).scalars())


def import_states(conn: Connection) -> dict[int, dict]:
    """Coding id -> the state its ``import`` event logged (what the codings file said of
    it, its ``source`` among it), for every coding read from a codings file."""
    found: dict[int, dict] = {}
    query = select(events.c.coding_id, events.c.after).where(
        events.c.action == "import", events.c.coding_id.is_not(None)
    )
    for coding_id, after in conn.execute(query.order_by(events.c.id)):
        try:
            state = json.loads(after or "{}")
        except ValueError:
            state = {}
        found.setdefault(coding_id, state if isinstance(state, dict) else {})
    return found


def last_event_id(conn: Connection) -> int:
    """The id of the newest audit event (0 for none)."""
    return conn.execute(select(func.max(events.c.id))).scalar() or 0


def removed_since(conn: Connection, event_id: int | None) -> bool:
    """Whether a transcript was removed after the event ``event_id`` (a training or an
    embedding run that began before must not store what it made of it)."""
    found = conn.execute(
        select(events.c.id)
        .where(events.c.action == REMOVE_TRANSCRIPT, events.c.id > (event_id or 0))
        .limit(1)
    ).first()
    return found is not None


def count_events_since(conn: Connection, event_id: int) -> int:
    """Decisions logged after the event ``event_id``."""
    return conn.execute(
        select(func.count()).select_from(events).where(events.c.id > event_id)
    ).scalar_one()


REMOVE_TRANSCRIPT = "remove-transcript"


def removed_files(conn: Connection) -> dict[str, str]:
    """sha256 -> when (``2026-12-06``) of every transcript file removed from the project
    (``qualkod transcripts remove``), the last removal of each."""
    rows = conn.execute(
        select(events.c.at, events.c.after)
        .where(events.c.action == REMOVE_TRANSCRIPT)
        .order_by(events.c.id)
    )
    found: dict[str, str] = {}
    for at, after in rows:
        try:
            sha256 = json.loads(after or "{}").get("transcript")
        except (ValueError, AttributeError):
            continue
        if isinstance(sha256, str):
            found[sha256] = str(at)[:10]
    return found


"""The audit-log action of removing a transcript: final, so ``undo`` passes over it."""


def last_event(conn: Connection, coder: str) -> Event | None:
    """The coder's latest event, an undo too, or None."""
    row = conn.execute(
        select(events).where(events.c.coder == coder).order_by(events.c.id.desc()).limit(1)
    ).first()
    return _event(row) if row else None


def last_undoable_event(conn: Connection, coder: str) -> Event | None:
    """The coder's latest decision that is neither an undo nor undone already (nor a
    transcript's removal, which cannot be undone)."""
    undone = select(events.c.undoes).where(events.c.undoes.is_not(None))
    row = conn.execute(
        select(events)
        .where(
            events.c.coder == coder,
            events.c.action.not_in(("undo", REMOVE_TRANSCRIPT)),
            events.c.id.not_in(undone),
        )
        .order_by(events.c.id.desc())
        .limit(1)
    ).first()
    return _event(row) if row else None


def insert_memo(conn: Connection, values: dict) -> int:
    """Store a memo."""
    return conn.execute(
        insert(memos).values(**with_next_id(conn, memos, values))
    ).inserted_primary_key[0]


def update_memo(conn: Connection, memo_id: int, **values) -> None:
    """Change a memo (``deleted``)."""
    conn.execute(update(memos).where(memos.c.id == memo_id).values(**values))


def get_memo(conn: Connection, memo_id: int) -> Memo | None:
    """A live memo of its own (not a coding's), or None."""
    row = conn.execute(
        select(memos).where(memos.c.id == memo_id, memos.c.deleted.is_(False))
    ).first()
    if row is None:
        return None
    return Memo(
        row.id, row.text, row.coder, row.created_at, row.code_id, row.concept_id, row.coding_id
    )


def list_memos(conn: Connection) -> list[Memo]:
    """Live memos, oldest first."""
    rows = conn.execute(select(memos).where(memos.c.deleted.is_(False)).order_by(memos.c.id))
    return [
        Memo(r.id, r.text, r.coder, r.created_at, r.code_id, r.concept_id, r.coding_id)
        for r in rows
    ]


def insert_review(
    conn: Connection, transcript_id: int, turn: int, coder: str, reviewed_at: str | None = None
) -> int:
    """Record that a coder has decided a turn (nothing more to code there); ``reviewed_at``
    for a mark made before (an imported one), else now."""
    values = {
        "transcript_id": transcript_id,
        "turn_idx": turn,
        "coder": coder,
        "reviewed_at": reviewed_at or now(),
        "deleted": False,
    }
    return conn.execute(insert(reviews).values(**values)).inserted_primary_key[0]


def update_review(conn: Connection, review_id: int, **values) -> None:
    """Change a review (``deleted``)."""
    conn.execute(update(reviews).where(reviews.c.id == review_id).values(**values))


def _live_reviews(*columns):
    """The live turn reviews (``columns`` of them), but for marks on a turn that is now
    an interviewer's: 'code done' refuses those turns (they are not coded, so nothing is
    left to decide there), and a mark stored before it did, or before the speaker was
    made the interviewer, counts nowhere (progress, agreement, coders, exports). It is
    kept, not deleted, so that it counts again if the speaker's role is corrected back."""
    on_turn = and_(
        turns.c.transcript_id == reviews.c.transcript_id, turns.c.idx == reviews.c.turn_idx
    )
    joined = reviews.join(turns, on_turn).join(speakers, speakers.c.id == turns.c.speaker_id)
    return (
        select(*columns)
        .select_from(joined)
        .where(reviews.c.deleted.is_(False), speakers.c.role != Role.INTERVIEWER.value)
    )


def reviewed_turns(
    conn: Connection, coder: str, transcript_id: int | None = None
) -> set[tuple[int, int]]:
    """(transcript id, turn) of every turn the coder has marked as decided (not an
    interviewer's: see :func:`_live_reviews`)."""
    query = _live_reviews(reviews.c.transcript_id, reviews.c.turn_idx).where(
        reviews.c.coder == coder
    )
    if transcript_id is not None:
        query = query.where(reviews.c.transcript_id == transcript_id)
    return {(row.transcript_id, row.turn_idx) for row in conn.execute(query)}


def list_reviews(conn: Connection) -> list[TurnReview]:
    """Every live turn review, by transcript, turn and coder (none on an interviewer's
    turn: see :func:`_live_reviews`)."""
    query = _live_reviews(*reviews.c)
    rows = conn.execute(
        query.order_by(reviews.c.transcript_id, reviews.c.turn_idx, reviews.c.coder)
    )
    return [TurnReview(r.transcript_id, r.turn_idx, r.coder, r.reviewed_at) for r in rows]


def coders_in_order(conn: Connection) -> list[str]:
    """Every coder who has made a logged decision, in order of the first one."""
    first = select(events.c.coder, func.min(events.c.id).label("first")).group_by(events.c.coder)
    return [row.coder for row in conn.execute(first.order_by("first"))]


def coder_activity(conn: Connection) -> list[dict]:
    """Per coder: live codings, turns decided (coded or marked), decisions, last activity."""
    people: dict[str, dict] = {}

    def person(name: str) -> dict:
        return people.setdefault(
            name, {"coder": name, "codings": 0, "turns": set(), "decisions": 0, "last": ""}
        )

    live = select(codings.c.coder, codings.c.transcript_id, codings.c.turn_idx).where(
        codings.c.deleted.is_(False)
    )
    for row in conn.execute(live):
        entry = person(row.coder)
        entry["codings"] += 1
        entry["turns"].add((row.transcript_id, row.turn_idx))
    marked = _live_reviews(reviews.c.coder, reviews.c.transcript_id, reviews.c.turn_idx)
    for row in conn.execute(marked):
        person(row.coder)["turns"].add((row.transcript_id, row.turn_idx))
    logged = select(events.c.coder, func.count(), func.max(events.c.at)).group_by(events.c.coder)
    for coder, count, last in conn.execute(logged):
        entry = person(coder)
        entry["decisions"], entry["last"] = count, last or ""
    return [
        {**entry, "turns": len(entry["turns"])}
        for entry in sorted(people.values(), key=lambda e: e["coder"])
    ]
