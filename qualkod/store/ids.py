"""Ids are never given twice, also after rows were deleted.

PostgreSQL's sequences never give an id again, nor do SQLite tables made with
AUTOINCREMENT (suggestions, links). The other SQLite tables give the highest id + 1, so
after :mod:`qualkod.store.removal` deleted the rows with the highest ids, a new row would
get an id a log line, a note or an earlier export may still name. The removal keeps
each table's highest id in ``meta``; inserting then asks :func:`next_id`.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update

from qualkod.store.schema import meta

HIGH_WATER = "highest_id."
"""Key prefix in ``meta``: the highest id a table had given when rows were deleted."""


def next_id(conn: Connection, table) -> int | None:
    """The id to give a new row of ``table`` when rows with the highest ids were deleted,
    else None (the database chooses)."""
    if conn.dialect.name != "sqlite":
        return None
    known = conn.execute(select(meta.c.value).where(meta.c.key == HIGH_WATER + table.name)).scalar()
    if known is None:
        return None
    highest = conn.execute(select(func.max(table.c.id))).scalar() or 0
    return max(int(known), highest) + 1


def keep_high_water(conn: Connection, table, mark: int) -> None:
    """Remember that ``table`` has given ids up to ``mark``, for :func:`next_id` (SQLite
    only; a mark at or below the one already kept changes nothing)."""
    if conn.dialect.name != "sqlite":
        return
    key = HIGH_WATER + table.name
    known = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
    if known is None:
        conn.execute(insert(meta).values(key=key, value=str(mark)))
    elif int(known) < mark:
        conn.execute(update(meta).where(meta.c.key == key).values(value=str(mark)))


def with_next_id(conn: Connection, table, values: dict) -> dict:
    """``values`` for an insert into ``table``, with an explicit id when one is needed."""
    given = next_id(conn, table)
    return values if given is None else {**values, "id": given}
