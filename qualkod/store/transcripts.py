"""Transcript and turn records."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Sequence

from sqlalchemy import Connection, func, insert, select, update

from qualkod.models import StoredTurn, Transcript, TranscriptSummary
from qualkod.store.bulk import insert_many
from qualkod.store.ids import with_next_id
from qualkod.store.schema import speakers, transcript_copies, transcripts, turns
from qualkod.store.speakers import list_speakers


def transcript_id_by_sha(conn: Connection, sha256: str) -> int | None:
    """The id of the transcript imported from a file with this digest, if any."""
    row = conn.execute(select(transcripts.c.id).where(transcripts.c.sha256 == sha256)).first()
    return row[0] if row else None


def add_copy(conn: Connection, sha256: str, transcript_id: int) -> None:
    """Remember a file with the transcript's words in other bytes (once)."""
    known = conn.execute(
        select(transcript_copies.c.transcript_id).where(transcript_copies.c.sha256 == sha256)
    ).first()
    if known is None:
        conn.execute(insert(transcript_copies).values(sha256=sha256, transcript_id=transcript_id))


def fill_cue_starts(conn: Connection, transcript_id: int, transcript: Transcript) -> int:
    """Store when each cue starts on turns stored without it, from the same file read again.

    Transcripts imported before the project kept cue starts (schema 0013) have none; the
    same file imported again supplies them. Nothing is written unless every turn's words
    are as stored (the file was read into the same turns). Returns the turns filled in.
    """
    rows = conn.execute(
        select(turns.c.id, turns.c.idx, turns.c.text, turns.c.cue_starts)
        .where(turns.c.transcript_id == transcript_id)
        .order_by(turns.c.idx)
    ).all()
    parsed = transcript.turns
    if [(r.idx, r.text) for r in rows] != [(t.index, t.text) for t in parsed]:
        return 0
    filled = 0
    for row, turn in zip(rows, parsed, strict=True):
        if row.cue_starts is None and turn.cue_starts:
            conn.execute(
                update(turns)
                .where(turns.c.id == row.id)
                .values(cue_starts=json.dumps([list(pair) for pair in turn.cue_starts]))
            )
            filled += 1
    return filled


def set_title(conn: Connection, transcript_id: int, title: str) -> None:
    """Give a transcript another title."""
    conn.execute(update(transcripts).where(transcripts.c.id == transcript_id).values(title=title))


def ids_by_sha256(conn: Connection) -> dict[str, int]:
    """Transcript id by the sha256 of its file and of every copy of it imported since."""
    copies = select(transcript_copies.c.sha256, transcript_copies.c.transcript_id)
    found = {sha: tid for sha, tid in conn.execute(copies)}
    found.update(
        (sha, tid) for sha, tid in conn.execute(select(transcripts.c.sha256, transcripts.c.id))
    )
    return found


def add_transcript(
    conn: Connection, transcript: Transcript, speaker_ids: dict[str, int], title: str | None = None
) -> int:
    """Insert a transcript and its turns; ``speaker_ids`` maps raw names to speakers.

    Returns:
        The new transcript id.
    """
    result = conn.execute(
        insert(transcripts).values(
            **with_next_id(
                conn,
                transcripts,
                {
                    "sha256": transcript.sha256,
                    "title": title or transcript.title,
                    "source_name": transcript.source_name,
                    "format": transcript.source_format.value,
                    "meeting_date": transcript.date.isoformat() if transcript.date else None,
                    "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "turns": len(transcript.turns),
                    "words": transcript.words,
                    "duration_ms": transcript.duration_ms,
                },
            )
        )
    )
    transcript_id = result.inserted_primary_key[0]
    insert_many(
        conn,
        turns,
        ("transcript_id", "idx", "speaker_id", "start_ms", "end_ms", "text", "words", "cue_starts"),
        [
            (
                transcript_id,
                turn.index,
                speaker_ids[turn.speaker],
                turn.start_ms,
                turn.end_ms,
                turn.text,
                turn.words,
                json.dumps([list(pair) for pair in turn.cue_starts]) if turn.cue_starts else None,
            )
            for turn in transcript.turns
        ],
    )
    return transcript_id


def _summary_query():
    speakers_per_transcript = (
        select(
            turns.c.transcript_id,
            func.count(func.distinct(turns.c.speaker_id)).label("speakers"),
        )
        .group_by(turns.c.transcript_id)
        .subquery()
    )
    return select(transcripts, speakers_per_transcript.c.speakers).join(
        speakers_per_transcript, speakers_per_transcript.c.transcript_id == transcripts.c.id
    )


def _summary(row) -> TranscriptSummary:
    return TranscriptSummary(
        id=row.id,
        title=row.title,
        source_format=row.format,
        sha256=row.sha256,
        source_name=row.source_name,
        date=dt.date.fromisoformat(row.meeting_date) if row.meeting_date else None,
        turns=row.turns,
        words=row.words,
        speakers=row.speakers,
        duration_ms=row.duration_ms,
    )


def list_transcripts(conn: Connection) -> list[TranscriptSummary]:
    """All transcripts in import order."""
    rows = conn.execute(_summary_query().order_by(transcripts.c.id))
    return [_summary(r) for r in rows]


def find_transcript(conn: Connection, reference: str) -> list[TranscriptSummary]:
    """Transcripts matching an id, a sha256 prefix (6+ hex digits) or an exact title."""
    query = _summary_query()
    reference = reference.strip()
    if reference.isdigit():
        query = query.where(transcripts.c.id == int(reference))
    elif len(reference) >= 6 and all(c in "0123456789abcdef" for c in reference.lower()):
        copies = select(transcript_copies.c.transcript_id).where(
            transcript_copies.c.sha256.startswith(reference.lower())
        )
        query = query.where(
            transcripts.c.sha256.startswith(reference.lower()) | transcripts.c.id.in_(copies)
        )
    else:
        # in Python: SQLite's lower() folds ASCII alone ('Äldreboendet'), and a title
        # typed on another system may be composed otherwise
        wanted = _title_key(reference)
        return [t for t in list_transcripts(conn) if _title_key(t.title) == wanted]
    return [_summary(r) for r in conn.execute(query.order_by(transcripts.c.id))]


def _title_key(title: str) -> str:
    return unicodedata.normalize("NFC", title).casefold()


def turn_texts(
    conn: Connection, transcript_ids: Sequence[int] | None = None
) -> Sequence[tuple[int, str, int, str, str]]:
    """(transcript id, sha256, turn, speaker role, text) of every turn, in order.

    One lean query for bulk work (suggesting over a whole project), without the
    speaker objects :func:`transcript_turns` builds; ``transcript_ids`` limits it.
    """
    query = (
        select(transcripts.c.id, transcripts.c.sha256, turns.c.idx, speakers.c.role, turns.c.text)
        .join(turns, turns.c.transcript_id == transcripts.c.id)
        .join(speakers, speakers.c.id == turns.c.speaker_id)
        .order_by(transcripts.c.id, turns.c.idx)
    )
    if transcript_ids is not None:
        query = query.where(transcripts.c.id.in_(list(transcript_ids)))
    return conn.execute(query).all()


def transcript_turns(conn: Connection, transcript_id: int) -> list[StoredTurn]:
    """The turns of a transcript in order, with their speakers."""
    by_id = {s.id: s for s in list_speakers(conn)}
    rows = conn.execute(
        select(turns).where(turns.c.transcript_id == transcript_id).order_by(turns.c.idx)
    )
    return [
        StoredTurn(
            transcript_id=transcript_id,
            index=r.idx,
            speaker=by_id[r.speaker_id],
            text=r.text,
            start_ms=r.start_ms,
            end_ms=r.end_ms,
            cue_starts=_cue_starts(r.cue_starts),
        )
        for r in rows
    ]


def _cue_starts(stored: str | None) -> tuple[tuple[int, int], ...]:
    return tuple((int(at), int(ms)) for at, ms in json.loads(stored)) if stored else ()
