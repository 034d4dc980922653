"""Plain SQL on a project's database, beside qualkod's own store: a second look at
what was really written (a SQLite file path or a PostgreSQL URL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text


def _url(location: Path | str) -> str:
    location = str(location)
    if "://" not in location:
        return f"sqlite:///{location}"
    return location.replace("postgresql://", "postgresql+psycopg://", 1)


def scalars(location: Path | str, *queries: str) -> tuple:
    """The first value of each query, each read in a fresh connection of its own."""
    engine = create_engine(_url(location))
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(text(query)).scalar() for query in queries)
    finally:
        engine.dispose()


def execute(location: Path | str, statement: str) -> None:
    """Run one statement in its own transaction, as another program would."""
    engine = create_engine(_url(location))
    try:
        with engine.begin() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


@contextmanager
def connect(location: Path | str) -> Iterator:
    """One connection in one transaction, committed at the end, as another program
    would write (an older qualkod, say)."""
    engine = create_engine(_url(location))
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()
