"""How a SQLite project file is opened: for writing, or for reading only when its folder
cannot be written (a read-only share, a write-protected USB stick, a colleague's folder).

A project in WAL mode keeps its log in ``-wal`` and ``-shm`` files beside the database,
which SQLite creates even to read; in a folder qualkod may not write that fails. So such
a project is opened read-only (SQLite's ``mode=ro``): with ``immutable=1`` as well when
there is no log to read (SQLite then needs no side files), or reading the ``-wal`` and
``-shm`` files that are there. Reading commands work; a writing one is refused in one line
by :meth:`qualkod.store.Project.write`.
"""

from __future__ import annotations

import enum
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import URL

from qualkod.errors import ProjectError
from qualkod.output_files import folder_writable


class Access(enum.Enum):
    """How a SQLite project file is opened."""

    WRITE = "write"
    """Reading and writing, in WAL mode: the usual case."""
    READ = "read"
    """Read-only, reading the log files that are already beside the database."""
    IMMUTABLE = "immutable"
    """Read-only with no log to read: SQLite neither locks nor creates side files."""


def sqlite_access(path: Path) -> Access:
    """How to open the SQLite project at ``path``.

    Returns:
        :attr:`Access.WRITE` where the folder can be written, or where there is no
        database yet (creating one there fails as SQLite finds it); otherwise
        :attr:`Access.READ` when the log files are there to read, else
        :attr:`Access.IMMUTABLE`.

    Raises:
        ProjectError: when the folder is read-only and the ``-wal`` log holds changes
            but its ``-shm`` index is missing: read without it, the project would lack them.
    """
    if folder_writable(path.resolve().parent) or not path.is_file() or not path.stat().st_size:
        return Access.WRITE
    log, index = (Path(f"{path}{suffix}") for suffix in ("-wal", "-shm"))
    if log.exists() and index.exists():
        return Access.READ
    if log.exists() and log.stat().st_size > 0:
        raise ProjectError(
            f"{path}: its folder is read-only and {log.name} holds changes not yet in the "
            "project file; open the project once where its folder is writable, which "
            "writes them into the file"
        )
    return Access.IMMUTABLE


def sqlite_url(path: Path | str, access: Access) -> URL:
    """The SQLAlchemy URL that opens ``path`` as ``access`` says."""
    if access is Access.WRITE:
        return URL.create("sqlite", database=str(path))
    query = {"mode": "ro", "uri": "true"}
    if access is Access.IMMUTABLE:
        query["immutable"] = "1"
    # A SQLite URI: the path percent-encoded, so that '?', '#' or '%' in a name are its own.
    uri = "file:" + quote(Path(path).resolve().as_posix(), safe="/")
    return URL.create("sqlite", database=uri, query=query)


def read_only_project(location: str, doing: str = "cannot change the project") -> ProjectError:
    """What a command that would change a project in a read-only folder is told."""
    folder = Path(location).resolve().parent
    return ProjectError(
        f"{location}: {doing}: its folder {folder} is read-only; make "
        "the folder writable, or copy the project to a folder you can write to and use "
        "that copy with --project"
    )
