"""Named schema migrations: a new project runs all of them from empty.

Append new steps at the end; never edit or reorder a released one. The schema
version of a project is the number of migrations applied to it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, insert, inspect, select, update

from qualkod.errors import ProjectError
from qualkod.store import schema


@dataclass(frozen=True)
class Migration:
    """One named, append-only schema step."""

    name: str
    """Stable identifier stored in the project."""
    apply: Callable[[Connection], None]
    """Runs the step inside the migration's transaction."""


def _create(*tables):
    def apply(conn: Connection) -> None:
        for table in tables:
            table.create(conn, checkfirst=True)

    return apply


def _suggestion_ids_not_reused(conn: Connection) -> None:
    """Rebuild a SQLite ``suggestions`` table with AUTOINCREMENT, keeping every row.

    Without it SQLite gives the highest deleted id again. Other databases never reuse
    generated ids; a table made by this version of step 0005 has AUTOINCREMENT already.
    """
    if conn.dialect.name != "sqlite":
        return
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'suggestions'"
    ).scalar()
    if "AUTOINCREMENT" in (sql or "").upper():
        return
    columns = ", ".join(c.name for c in schema.suggestions.columns)
    conn.exec_driver_sql("ALTER TABLE suggestions RENAME TO suggestions_before_0007")
    for index in schema.suggestions.indexes:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index.name}")
    schema.suggestions.create(conn)
    conn.exec_driver_sql(
        f"INSERT INTO suggestions ({columns}) SELECT {columns} FROM suggestions_before_0007"
    )
    conn.exec_driver_sql("DROP TABLE suggestions_before_0007")


def _models_last_event(conn: Connection) -> None:
    """Add ``models.last_event``: the newest audit event a model was trained after, so
    that decisions made since can be counted (projects made by 0005 today have it)."""
    if "last_event" in {c["name"] for c in inspect(conn).get_columns("models")}:
        return
    conn.exec_driver_sql("ALTER TABLE models ADD COLUMN last_event INTEGER")


def _turns_cue_starts(conn: Connection) -> None:
    """Add ``turns.cue_starts``: when each merged cue starts, to time a quote by its cue.
    Turns imported before keep NULL and are timed by the turn's start as before."""
    if "cue_starts" in {c["name"] for c in inspect(conn).get_columns("turns")}:
        return
    conn.exec_driver_sql("ALTER TABLE turns ADD COLUMN cue_starts TEXT")


def _suggestion_decisions(conn: Connection) -> None:
    """Move each suggestion's one decision (``status``, ``decided_by``, ``coding_id``)
    into ``suggestion_decisions``, where every coder has a decision of their own, and
    mark every suggestion 'open' in the old columns, which nothing reads any more.

    A decision's time is that of its audit event (the coding's 'create', or the
    'accept' or 'reject' naming the suggestion), else the suggestion's own.
    """
    schema.suggestion_decisions.create(conn, checkfirst=True)
    s = schema.suggestions
    decided = conn.execute(
        select(s.c.id, s.c.status, s.c.decided_by, s.c.coding_id, s.c.created_at)
        .where(s.c.status != "open")
        .order_by(s.c.id)
    ).all()
    if not decided:
        return
    e = schema.events
    created: dict[int, str] = {}
    named: dict[tuple[int, str], str] = {}
    for event in conn.execute(
        select(e.c.at, e.c.coder, e.c.action, e.c.coding_id, e.c.after).order_by(e.c.id)
    ):
        if event.action in ("create", "import") and event.coding_id is not None:
            created.setdefault(event.coding_id, event.at)
        elif event.action in ("accept", "reject") and event.after:
            try:
                state = json.loads(event.after)
            except ValueError:
                continue
            if isinstance(state, dict) and isinstance(state.get("suggestion"), int):
                named[state["suggestion"], event.coder] = event.at  # the latest one
    conn.execute(
        insert(schema.suggestion_decisions),
        [
            {
                "suggestion_id": row.id,
                "coder": row.decided_by or "unknown",
                "status": row.status,
                "decided_at": named.get((row.id, row.decided_by))
                or created.get(row.coding_id)
                or row.created_at,
                "coding_id": row.coding_id,
            }
            for row in decided
        ],
    )
    conn.execute(update(s).values(status="open", decided_by=None, coding_id=None))


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_meta", _create(schema.meta)),
    Migration(
        "0002_transcripts_and_speakers",
        _create(schema.speakers, schema.speaker_names, schema.transcripts, schema.turns),
    ),
    Migration("0003_codebooks", _create(schema.codebooks)),
    Migration("0004_codings_memos_events", _create(schema.codings, schema.memos, schema.events)),
    Migration("0005_models_and_suggestions", _create(schema.models, schema.suggestions)),
    Migration("0006_turn_reviews", _create(schema.reviews)),
    Migration("0007_suggestion_ids_not_reused", _suggestion_ids_not_reused),
    Migration("0008_redactions", _create(schema.redactions)),
    Migration("0009_models_last_event", _models_last_event),
    Migration("0010_links", _create(schema.links)),
    Migration("0011_embeddings", _create(schema.embeddings)),
    Migration("0012_transcript_copies", _create(schema.transcript_copies)),
    Migration("0013_turns_cue_starts", _turns_cue_starts),
    Migration("0014_suggestion_decisions", _suggestion_decisions),
)

SCHEMA_VERSION = len(MIGRATIONS)


def applied_migrations(conn: Connection) -> list[str]:
    """Names of the migrations already applied, in order."""
    rows = conn.execute(select(schema.migrations.c.name).order_by(schema.migrations.c.name))
    return [name for (name,) in rows]


def is_qualkod_database(conn: Connection) -> bool | None:
    """True for a qualkod project, None for an empty database, False for a foreign one."""
    tables = set(inspect(conn).get_table_names())
    if schema.migrations.name in tables:
        return True
    return None if not tables else False


def pending_migrations(conn: Connection, where: str) -> list[Migration]:
    """Migrations this project still needs.

    Raises:
        ProjectError: when the project was written by a newer qualkod.
    """
    known = {m.name for m in MIGRATIONS}
    applied = applied_migrations(conn)
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise ProjectError(
            f"{where}: made by a newer qualkod (schema step {unknown[0]!r} is unknown); "
            "upgrade qualkod with 'pip install -U qualkod'"
        )
    return [m for m in MIGRATIONS if m.name not in applied]


def record(conn: Connection, migration: Migration) -> None:
    """Mark a migration as applied."""
    conn.execute(
        insert(schema.migrations).values(
            name=migration.name, applied_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        )
    )
