"""Inserting many rows at once through the driver's executemany."""

from __future__ import annotations

from sqlalchemy import select

from qualkod.store.bulk import insert_many
from qualkod.store.schema import meta


def _stored(conn):
    return sorted(tuple(r) for r in conn.execute(select(meta.c.key, meta.c.value)))


def test_rows_and_shared_values_are_stored(project):
    rows = [(f"nyckel-{n}",) for n in range(3)]
    with project.write() as conn:
        before = _stored(conn)
        assert insert_many(conn, meta, ["key"], rows, {"value": "samma"}) == 3
        assert insert_many(conn, meta, ["key"], []) == 0
        added = sorted(set(_stored(conn)) - set(before))
    assert added == [(f"nyckel-{n}", "samma") for n in range(3)]


def test_columns_in_any_order_and_row_values_win_over_shared(project):
    with project.write() as conn:
        before = _stored(conn)
        insert_many(conn, meta, ["value", "key"], [("ett", "a"), ("två", "b")], {"value": "x"})
        added = sorted(set(_stored(conn)) - set(before))
    assert added == [("a", "ett"), ("b", "två")]
