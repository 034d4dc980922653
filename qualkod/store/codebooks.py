"""The codebooks a project has used, and which one is current."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from qualkod.store import schema

_CURRENT = "current_codebook"


@dataclass(frozen=True)
class StoredCodebook:
    """A codebook (and its theory catalogue) as recorded in a project."""

    row_id: int
    """Database id of this record."""
    codebook_id: str
    """The codebook's own id."""
    version: str
    """Its version."""
    name: str
    """Its title."""
    sha256: str
    """Hex digest of the codebook file."""
    yaml: str
    """The file's text, so the project can rebuild the codebook on any machine."""
    code_ids: tuple[str, ...]
    """Every code id, themes first in file order."""
    theory_id: str | None
    """The theory catalogue's id, when one was used."""
    theory_version: str | None
    """Its version."""
    theory_sha256: str | None
    """Hex digest of the catalogue file."""
    theory_yaml: str | None
    """The catalogue's text."""
    loaded_at: str
    """When it was first recorded (UTC, ISO 8601)."""


def _row(row) -> StoredCodebook:
    return StoredCodebook(
        row.id,
        row.codebook_id,
        row.version,
        row.name,
        row.sha256,
        row.yaml,
        tuple(json.loads(row.code_ids)),
        row.theory_id,
        row.theory_version,
        row.theory_sha256,
        row.theory_yaml,
        row.loaded_at,
    )


def find_codebook(
    conn: Connection, sha256: str, theory_sha256: str | None
) -> StoredCodebook | None:
    """The record of this exact codebook + catalogue pair, if any."""
    table = schema.codebooks
    condition = (
        table.c.theory_sha256.is_(None)
        if theory_sha256 is None
        else table.c.theory_sha256 == theory_sha256
    )
    row = conn.execute(select(table).where(table.c.sha256 == sha256, condition)).first()
    return _row(row) if row else None


def add_codebook(conn: Connection, record: dict) -> int:
    """Record a codebook; ``record`` holds the columns except id and loaded_at."""
    values = dict(record)
    values["code_ids"] = json.dumps(list(values["code_ids"]), ensure_ascii=False)
    values["loaded_at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return conn.execute(insert(schema.codebooks).values(**values)).inserted_primary_key[0]


def current_codebook(conn: Connection) -> StoredCodebook | None:
    """The codebook the project currently codes with, if one was chosen."""
    value = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == _CURRENT)).scalar()
    if value is None:
        return None
    row = conn.execute(select(schema.codebooks).where(schema.codebooks.c.id == int(value))).first()
    return _row(row) if row else None


def set_current_codebook(conn: Connection, row_id: int) -> None:
    """Make a recorded codebook the current one."""
    meta = schema.meta
    changed = conn.execute(
        update(meta).where(meta.c.key == _CURRENT).values(value=str(row_id))
    ).rowcount
    if not changed:
        conn.execute(insert(meta).values(key=_CURRENT, value=str(row_id)))


def list_codebooks(conn: Connection) -> list[StoredCodebook]:
    """Every codebook the project has used, oldest first."""
    rows = conn.execute(select(schema.codebooks).order_by(schema.codebooks.c.id))
    return [_row(row) for row in rows]
