"""Inserting many rows at once, without SQLAlchemy's per-row parameter processing.

``conn.execute(insert(table), rows)`` processes every row's parameters in Python,
which for tens of thousands of suggestions costs more than SQLite's own work
(``benchmarks/suggest.py``). Here the statement is compiled once for the connection's
dialect and the rows go to the driver's ``executemany`` as tuples - so values must be
plain ``str``, ``int``, ``float`` or ``None``, as the columns of this schema are. It
stays portable: the compiled statement says whether the driver wants positional or
named parameters, and in which order.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from sqlalchemy import Connection, Table, insert


def insert_many(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[tuple],
    same: dict | None = None,
) -> int:
    """Insert rows in one ``executemany``; returns the count.

    Args:
        columns: the column of each value in a row.
        rows: one tuple per row, values in ``columns`` order.
        same: values for further columns that are the same in every row.
    """
    if not rows:
        return 0
    same = {name: value for name, value in (same or {}).items() if name not in columns}
    names = [*columns, *same]
    tail = tuple(same.values())
    # inline(): no RETURNING of generated ids, which executemany cannot use anyway
    compiled = insert(table).inline().compile(dialect=conn.dialect, column_keys=names)
    if compiled.positiontup is None:
        parameters: list = [dict(zip(names, row + tail, strict=True)) for row in rows]
    else:
        order = [names.index(name) for name in compiled.positiontup]
        if order == list(range(len(names))):
            parameters = [row + tail for row in rows] if tail else list(rows)
        else:
            pick = itemgetter(*order)
            parameters = [pick(row + tail) for row in rows]
            if len(order) == 1:
                parameters = [(value,) for value in parameters]
    conn.exec_driver_sql(str(compiled), parameters)
    return len(rows)
