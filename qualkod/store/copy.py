"""Copy a whole project between databases: a SQLite file and a PostgreSQL server.

Every table is copied row for row with its ids (the audit log, models and suggestions
included), in one transaction on the target, so a copy is all or nothing. The target
must be a new, empty project of the same schema version. Ids stay never-reused: each
table's high-water mark (SQLite's ``sqlite_sequence``, PostgreSQL's sequences) is
carried over, so an id deleted in the source is not given again in the copy.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Integer, func, insert, select
from sqlalchemy.exc import DatabaseError, DBAPIError

from qualkod.errors import ProjectError
from qualkod.store import migrations, schema
from qualkod.store.db import Project
from qualkod.store.db_errors import damaged_project, is_damage
from qualkod.store.ids import HIGH_WATER, keep_high_water

BATCH = 500


@dataclass(frozen=True)
class CopyResult:
    """What :func:`copy_project` copied: rows per table, in copy order."""

    rows: dict[str, int]

    @property
    def total(self) -> int:
        """All rows copied."""
        return sum(self.rows.values())


def _tables():
    """The project's tables in foreign-key order, without the migrations record."""
    return [t for t in schema.metadata.sorted_tables if t is not schema.migrations]


def is_empty(conn: Connection) -> bool:
    """Whether a project holds no rows at all (only its schema)."""
    return all(
        conn.execute(select(func.count()).select_from(table)).scalar_one() == 0
        for table in _tables()
    )


def copy_project(
    source: Project,
    target: Project,
    *,
    progress: Callable[[str, int], None] | None = None,
) -> CopyResult:
    """Copy every row of ``source`` into the empty project ``target``.

    Raises:
        ProjectError: when the two differ in schema version or the target is not empty.
    """
    with source.read() as conn:
        source_steps = migrations.applied_migrations(conn)
    with target.read() as conn:
        target_steps = migrations.applied_migrations(conn)
    if source_steps != target_steps:
        raise ProjectError(
            f"{target.location}: schema version {len(target_steps)} differs from the source's "
            f"({len(source_steps)}); open both with this qualkod first to upgrade them"
        )
    copied: dict[str, int] = {}
    try:
        with _snapshot(source) as read, target.write() as write:
            _copy_tables(read, write, source, target, copied, progress)
    except DBAPIError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        raise ProjectError(
            f"{target.location}: the copy failed and nothing was written ({reason})"
        ) from None
    return CopyResult(copied)


def _rows(read: Connection, table, order, source: Project) -> Iterator:
    """A source table's rows; a damaged source is named as the source (the error would
    otherwise surface inside the target's transaction and be told as the target's)."""
    try:
        yield from read.execute(select(table).order_by(*order))
    except DatabaseError as exc:
        if is_damage(exc):
            raise damaged_project(source.location) from None
        raise


@contextlib.contextmanager
def _snapshot(project: Project) -> Iterator[Connection]:
    """A connection that sees the whole source as of one moment, so that a decision
    made by a coder during the copy is in it entirely or not at all. (SQLite's read
    transaction is one snapshot already; PostgreSQL needs REPEATABLE READ for that.)"""
    with project.read() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def _copy_tables(
    read: Connection,
    write: Connection,
    source: Project,
    target: Project,
    copied: dict[str, int],
    progress,
) -> None:
    """Copy every table, then the high-water marks, inside the two transactions."""
    if not is_empty(write):
        raise ProjectError(
            f"{target.location}: already holds a project with data; copy into a new, "
            "empty project (a new file, or a new database: createdb)"
        )
    for table in _tables():
        count = 0
        order = list(table.primary_key.columns) or list(table.columns)
        batch: list[dict] = []
        for row in _rows(read, table, order, source):
            batch.append(dict(row._mapping))
            if len(batch) == BATCH:
                write.execute(insert(table), batch)
                count += len(batch)
                batch = []
        if batch:
            write.execute(insert(table), batch)
            count += len(batch)
        copied[table.name] = count
        if progress is not None:
            progress(table.name, count)
    marks = _high_water_marks(read)
    _set_high_water_marks(write, marks)


def _id_columns():
    """(table, its integer id column) of every table with a generated id."""
    for table in _tables():
        columns = list(table.primary_key.columns)
        if len(columns) == 1 and isinstance(columns[0].type, Integer):
            yield table, columns[0]


def _sequence(conn: Connection, table, column) -> str | None:
    """The PostgreSQL sequence behind an id column, or None."""
    return conn.exec_driver_sql(
        f"SELECT pg_get_serial_sequence('{table.name}', '{column.name}')"
    ).scalar()


def _high_water_marks(conn: Connection) -> dict[str, int]:
    """The highest id each table has ever given (not only the highest kept)."""
    marks = {}
    for table, column in _id_columns():
        marks[table.name] = conn.execute(select(func.max(column))).scalar() or 0
        if conn.dialect.name == "postgresql" and (sequence := _sequence(conn, table, column)):
            last, called = conn.exec_driver_sql(
                f"SELECT last_value, is_called FROM {sequence}"
            ).one()
            if called:
                marks[table.name] = max(marks[table.name], last)
    if conn.dialect.name == "sqlite":
        for name, seq in conn.exec_driver_sql("SELECT name, seq FROM sqlite_sequence"):
            if name in marks:
                marks[name] = max(marks[name], seq or 0)
        # tables without AUTOINCREMENT: the highest id kept when rows were deleted
        for key, value in conn.execute(
            select(schema.meta.c.key, schema.meta.c.value).where(
                schema.meta.c.key.startswith(HIGH_WATER)
            )
        ):
            name = key.removeprefix(HIGH_WATER)
            if name in marks:
                marks[name] = max(marks[name], int(value))
    return marks


def _set_high_water_marks(conn: Connection, marks: dict[str, int]) -> None:
    """Make each table's next id follow its source's high-water mark."""
    if conn.dialect.name == "sqlite":
        known = {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_sequence")}
        for name, mark in marks.items():
            if not mark:
                continue
            if not _autoincrement(name):
                _keep_in_meta(conn, name, mark)
                continue
            if name in known:
                conn.exec_driver_sql(
                    "UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (mark, name)
                )
            else:
                conn.exec_driver_sql(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, mark)
                )
    elif conn.dialect.name == "postgresql":
        for table, column in _id_columns():
            sequence = _sequence(conn, table, column)
            if sequence and marks.get(table.name):
                conn.exec_driver_sql(f"SELECT setval('{sequence}', {int(marks[table.name])})")


def _keep_in_meta(conn: Connection, name: str, mark: int) -> None:
    """Record a SQLite table's high-water mark for :func:`qualkod.store.ids.next_id`,
    when it is above the highest id the table holds."""
    table = schema.metadata.tables[name]
    [column] = table.primary_key.columns
    if mark > (conn.execute(select(func.max(column))).scalar() or 0):
        keep_high_water(conn, table, mark)


def _autoincrement(name: str) -> bool:
    return bool(schema.metadata.tables[name].dialect_options["sqlite"]["autoincrement"])
