"""Speaker records: the only place raw names are kept."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, func, insert, select, update

from qualkod.models import Role, Speaker
from qualkod.pseudonyms import number_pseudonyms
from qualkod.store.schema import speaker_names, speakers, turns


def _speaker(row) -> Speaker:
    return Speaker(
        id=row.id,
        raw_name=row.raw_name,
        role=Role(row.role),
        pseudonym=row.pseudonym,
        role_source=row.role_source,
        pseudonym_fixed=bool(row.pseudonym_fixed),
    )


def list_speakers(conn: Connection) -> list[Speaker]:
    """All speakers in order of first appearance."""
    return [_speaker(r) for r in conn.execute(select(speakers).order_by(speakers.c.id))]


def speakers_by_key(conn: Connection) -> dict[str, Speaker]:
    """All speakers by match key."""
    rows = conn.execute(select(speakers))
    return {r.match_key: _speaker(r) for r in rows}


def add_speaker(conn: Connection, raw_name: str, key: str, role: Role, role_source: str) -> int:
    """Insert a speaker with a provisional pseudonym (call :func:`renumber` after)."""
    result = conn.execute(
        insert(speakers).values(
            raw_name=raw_name,
            match_key=key,
            role=role.value,
            role_source=role_source,
            pseudonym="",
            pseudonym_fixed=False,
        )
    )
    return result.inserted_primary_key[0]


def add_name(conn: Connection, speaker_id: int, raw_name: str) -> None:
    """Remember another display name under which a speaker appeared."""
    exists = conn.execute(
        select(speaker_names.c.id).where(
            speaker_names.c.speaker_id == speaker_id, speaker_names.c.raw_name == raw_name
        )
    ).first()
    if not exists:
        conn.execute(insert(speaker_names).values(speaker_id=speaker_id, raw_name=raw_name))


def speaker_names_of(conn: Connection, speaker_id: int) -> list[str]:
    """Every raw display name a speaker appeared under."""
    rows = conn.execute(
        select(speaker_names.c.raw_name)
        .where(speaker_names.c.speaker_id == speaker_id)
        .order_by(speaker_names.c.id)
    )
    return [name for (name,) in rows]


def people_names(conn: Connection) -> list[tuple[str, list[str]]]:
    """(pseudonym, every raw display name) per speaker, for redacting names in text."""
    names: dict[int, list[str]] = {}
    for speaker_id, raw in conn.execute(
        select(speaker_names.c.speaker_id, speaker_names.c.raw_name)
    ):
        names.setdefault(speaker_id, []).append(raw)
    return [(s.pseudonym, [s.raw_name, *names.get(s.id, [])]) for s in list_speakers(conn)]


def speakers_without_turns(conn: Connection) -> set[str]:
    """Pseudonyms of speakers who say nothing in any transcript (every transcript they
    spoke in was removed)."""
    speaking = select(turns.c.speaker_id).distinct()
    return {
        pseudonym
        for (pseudonym,) in conn.execute(
            select(speakers.c.pseudonym).where(speakers.c.id.not_in(speaking))
        )
    }


def find_speakers(conn: Connection, name_or_pseudonym: str, key: str) -> list[Speaker]:
    """Speakers whose pseudonym, match key or any raw name equals the given text."""
    wanted = name_or_pseudonym.strip()
    by_name = select(speaker_names.c.speaker_id).where(
        func.lower(speaker_names.c.raw_name) == wanted.lower()
    )
    rows = conn.execute(
        select(speakers)
        .where(
            (func.lower(speakers.c.pseudonym) == wanted.lower())
            | (speakers.c.match_key == key)
            | speakers.c.id.in_(by_name)
        )
        .order_by(speakers.c.id)
    )
    return [_speaker(r) for r in rows]


def update_speaker(
    conn: Connection,
    speaker_id: int,
    *,
    role: Role | None = None,
    role_source: str | None = None,
    pseudonym: str | None = None,
) -> None:
    """Change a speaker's role and/or fix its pseudonym."""
    values: dict[str, object] = {}
    if role is not None:
        values.update(role=role.value, role_source=role_source or "set")
    if pseudonym is not None:
        values.update(pseudonym=pseudonym, pseudonym_fixed=True)
    if values:
        conn.execute(update(speakers).where(speakers.c.id == speaker_id).values(**values))


def renumber(conn: Connection, also_speaking: Collection[int] = ()) -> list[tuple[str, str]]:
    """Renumber automatic pseudonyms per role in order of first appearance.

    Speakers who say nothing in any transcript (theirs were removed) come last, so that
    the numbers of those who speak have no gap that would tell an interview was removed.

    Args:
        also_speaking: speakers whose turns are being stored (an import in progress).

    Returns:
        (old, new) pairs for every pseudonym of a speaker who speaks that changed (old
        is empty for new speakers). Silent speakers are renumbered too but not listed:
        no output shows them, and a warning about them would only puzzle.
    """
    # Where each speaker first speaks: the earliest transcript, then turn (a speaker of a
    # removed interview imported again comes after those who spoke in the meantime).
    first: dict[int, tuple[int, int]] = {}
    rows = conn.execute(
        select(turns.c.speaker_id, turns.c.transcript_id, func.min(turns.c.idx)).group_by(
            turns.c.speaker_id, turns.c.transcript_id
        )
    )
    for speaker_id, transcript_id, index in rows:
        first[speaker_id] = min(
            first.get(speaker_id, (transcript_id, index)), (transcript_id, index)
        )
    arriving = [sid for sid in also_speaking if sid not in first]  # being stored: last
    listed = list_speakers(conn)
    speaking = sorted(
        (s for s in listed if s.id in first or s.id in arriving),
        key=lambda s: (first[s.id], 0) if s.id in first else ((float("inf"), 0), s.id),
    )
    current = speaking + [s for s in listed if s.id not in first and s.id not in arriving]
    wanted = number_pseudonyms(
        [(s.id, s.role, s.pseudonym if s.pseudonym_fixed else None) for s in current]
    )
    changes = []
    for speaker in current:
        new = wanted[speaker.id]
        if new != speaker.pseudonym:
            conn.execute(update(speakers).where(speakers.c.id == speaker.id).values(pseudonym=new))
            if speaker.id in first or speaker.id in arriving:
                changes.append((speaker.pseudonym, new))
    return changes


def speaker_activity(conn: Connection) -> dict[int, tuple[int, int, int]]:
    """speaker id -> (transcripts, turns, words)."""
    rows = conn.execute(
        select(
            turns.c.speaker_id,
            func.count(func.distinct(turns.c.transcript_id)),
            func.count(),
            func.coalesce(func.sum(turns.c.words), 0),
        ).group_by(turns.c.speaker_id)
    )
    return {sid: (t, n, w) for sid, t, n, w in rows}
