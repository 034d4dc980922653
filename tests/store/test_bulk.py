"""Inserting many rows at once through the driver's executemany."""

from __future__ import annotations

from sqlalchemy import select

from qualkod.store.bulk import insert_many
from qualkod.store.schema import meta


def test_rows_and_shared_values_are_stored(project):
    rows = [{"key": f"nyckel-{n}"} for n in range(3)]
    with project.write() as conn:
        assert insert_many(conn, meta, rows, {"value": "samma"}) == 3
        assert insert_many(conn, meta, []) == 0
        stored = conn.execute(select(meta.c.key, meta.c.value).where(meta.c.value == "samma"))
        assert sorted(tuple(r) for r in stored) == [(f"nyckel-{n}", "samma") for n in range(3)]


def test_values_in_the_rows_win_over_nothing_shared(project):
    with project.write() as conn:
        insert_many(conn, meta, [{"key": "a", "value": "ett"}, {"key": "b", "value": "två"}])
        stored = dict(tuple(r) for r in conn.execute(select(meta.c.key, meta.c.value)))
    assert stored["a"] == "ett" and stored["b"] == "två"
