"""Inserting many rows at once, without SQLAlchemy's per-row parameter processing.

``conn.execute(insert(table), rows)`` processes every row's parameters in Python,
which for tens of thousands of suggestions costs more than SQLite's own work
(``benchmarks/suggest.py``). Here the statement is compiled once for the connection's
dialect and the rows go to the driver's ``executemany`` as they are - so values must
be plain ``str``, ``int``, ``float`` or ``None``, as the columns of this schema are.
It stays portable: the compiled statement says whether the driver wants positional
or named parameters.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Table, insert


def insert_many(
    conn: Connection, table: Table, rows: Sequence[dict], same: dict | None = None
) -> int:
    """Insert rows in one ``executemany``; returns the count.

    Args:
        rows: one dict per row, all with the same keys.
        same: values for columns that are the same in every row.
    """
    if not rows:
        return 0
    same = same or {}
    columns = list(rows[0]) + [name for name in same if name not in rows[0]]
    # inline(): no RETURNING of generated ids, which executemany cannot use anyway
    compiled = insert(table).inline().compile(dialect=conn.dialect, column_keys=columns)
    if compiled.positiontup is not None:
        order = compiled.positiontup
        constant = [name in same for name in order]
        if any(constant):
            template = [same.get(name) for name in order]
            picks = [(i, name) for i, name in enumerate(order) if not constant[i]]
            parameters: list = []
            for row in rows:
                values = template.copy()
                for i, name in picks:
                    values[i] = row[name]
                parameters.append(tuple(values))
        else:
            parameters = [tuple([row[name] for name in order]) for row in rows]
    else:
        parameters = [{**same, **row} for row in rows]
    conn.exec_driver_sql(str(compiled), parameters)
    return len(rows)
