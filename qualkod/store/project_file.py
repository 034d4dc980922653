"""The file a SQLite project lives in, checked before it is opened: a folder, a missing
file, another program's file or a foreign database is refused in one line, and nothing is
written while looking (opening turns on WAL mode, which would change a foreign file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qualkod.errors import ProjectError
from qualkod.input_files import other_program
from qualkod.output_files import study_file_kind
from qualkod.store import schema
from qualkod.store.db_errors import damaged_project, is_damage, sqlite_file

DEFAULT_PROJECT = "qualkod.db"
PROJECT_ENV = "QUALKOD_PROJECT"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_file(path: Path, create: bool) -> None:
    """Check a SQLite project file before it is opened, reading it without writing.

    Raises:
        ProjectError: when the path is a folder, missing (and not to be created), a
            file of another kind, a foreign or empty database.
    """
    if path.is_dir():
        raise ProjectError(
            f"{path}: is a folder; give the project database file, e.g. {path / DEFAULT_PROJECT}"
        )
    if not path.exists():
        if not create:
            raise ProjectError(
                f"{path}: no qualkod project here; create one with 'qualkod init {path}' "
                f"or point to one with --project or ${PROJECT_ENV}"
            )
        if not path.parent.exists():
            raise ProjectError(f"{path}: the folder {path.parent} does not exist; create it first")
        if path.suffix.lower() in _OTHER_KINDS:
            # "project copy studie.db kopia.csv": a database under a table's name
            raise ProjectError(
                f"{path}: a {path.suffix.lower()} name is for {_OTHER_KINDS[path.suffix.lower()]}, "
                f"not a project database; give a name ending in .db, such as {path.with_suffix('.db').name}"
            )
        return
    with path.open("rb") as handle:
        head = handle.read(len(_SQLITE_MAGIC))
    if not head and not create:
        # Opening it would turn it into a database (and add -wal/-shm files): a read never writes.
        raise ProjectError(
            f"{path}: not a qualkod project (empty file); create one with 'qualkod init {path}'"
        )
    if head and head != _SQLITE_MAGIC:
        raise ProjectError(f"{path}: {_what_else(path)}")
    state = peek(path) if head else True
    if state is False:
        raise ProjectError(
            f"{path}: a database, but not a qualkod project; choose another path with --project"
        )
    if state is None and not create:
        raise ProjectError(
            f"{path}: the database is empty; create a project with 'qualkod init {path}'"
        )


_OTHER_KINDS = {
    ".csv": "a table",
    ".tsv": "a table",
    ".xlsx": "a workbook",
    ".docx": "a Word document",
    ".html": "a web page",
    ".png": "a picture",
    ".pdf": "a PDF",
    ".json": "a JSON file",
    ".yaml": "a YAML file",
    ".yml": "a YAML file",
    ".md": "a text document",
    ".txt": "a text file",
    ".vtt": "a transcript",
    ".srt": "a transcript",
    ".qdpx": "a REFI-QDA project (qualkod export qdpx)",
}
"""Names a new project file is not given: each is another kind of file qualkod reads or
writes, and a database there would be mistaken for it."""


def _what_else(path: Path) -> str:
    """Why a file that is not SQLite is no project, saying what it is where that is known."""
    with path.open("rb") as handle:
        other = other_program(handle.read(4), path.suffix.lower(), str(path))
    if other is not None and path.suffix.lower() == ".qdpx":  # "--project studie.qdpx"
        return f"{other[0]}, not a qualkod project database; {other[1]}, then use --project NEW.db"
    kind = study_file_kind(path) or (other[0] if other else None)
    said = f"{kind}, not" if kind else "not"
    if kind and not kind.startswith(("a ", "an ")):
        said = f"a {said}"
    return f"{said} a qualkod project database (not SQLite); choose another path with --project"


def peek(path: Path) -> bool | None:
    """Whether a SQLite file is a qualkod project (None: no tables), read without writing.

    The project engine turns on WAL mode when it connects, which rewrites the header of
    a foreign database and leaves -wal/-shm files beside it; so look first, with SQLite's
    ``immutable`` flag (no locks, no side files). When a -wal or -journal file exists the
    main file may be incomplete: answer True and let the project engine decide.

    Raises:
        ProjectError: when the file is not a readable SQLite database.
    """
    if any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal")):
        return True
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if sqlite_file(path) and is_damage(exc):
            raise damaged_project(str(path)) from None
        raise ProjectError(
            f"{path}: not a qualkod project database; choose another path with --project"
        ) from None
    tables = {name for (name,) in rows}
    if schema.migrations.name in tables:
        return True
    return None if not tables else False
