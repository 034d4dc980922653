"""What a database error means to the user, in one line, with no password in it.

Both backends' errors (SQLite's and PostgreSQL's, through SQLAlchemy) are read here and
turned into :class:`~qualkod.errors.ProjectError`: the project is busy, read-only,
damaged, on a full disk, its server gone, or a number was too large for a column. Every
message names the project as the user gave it, any password hidden.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import DatabaseError, DataError, OperationalError

from qualkod.errors import ProjectBusyError, ProjectError

_URL_PASSWORD = re.compile(r"^([\w+.-]+(?::/{0,2}|//)[^:/?#]*):(.*)@")  # to the last @
"""A URL's password, also in a URL with a typo (``postgresql:/kodare:hemligt@…``)."""
_QUERY_PASSWORD = re.compile(r"([?&](?:password|passwd|pwd|pass|sslpassword)=)[^&#]*", re.I)


def hide_password(text: str) -> str:
    """A database URL (or a message quoting one) with its password shown as ``***``."""
    return _QUERY_PASSWORD.sub(r"\1***", _URL_PASSWORD.sub(r"\1:***@", text))


def reason_without_password(exc: Exception, url: str) -> str:
    """The first line of an error about ``url``, unless it quotes a piece of the password."""
    text = hide_password(str(exc).strip().split("\n")[0])
    found = _URL_PASSWORD.match(url)
    pieces = re.split(r"[@:/?#&=]", found.group(2)) if found else []
    if not text or any(len(piece) > 1 and piece in text for piece in pieces):
        return type(exc).__name__
    return text


_DAMAGED = ("malformed", "not a database", "disk image", "corrupt")


def is_damage(error: DatabaseError) -> bool:
    """SQLite found the file damaged (a copy cut short, a disk fault)."""
    text = str(getattr(error, "orig", error)).lower()
    return any(sign in text for sign in _DAMAGED)


def disk_full(location: str, error: DatabaseError) -> bool:
    """SQLite could not write for want of space: it says so (``database or disk is
    full``), or, opening a project whose WAL file it could not create, gives a ``disk
    I/O error`` on a disk with (nearly) no space left."""
    text = str(getattr(error, "orig", error)).lower()
    if "disk is full" in text:
        return True
    if "i/o" not in text:
        return False
    try:
        return shutil.disk_usage(Path(location).resolve().parent).free < _NEARLY_FULL
    except OSError:
        return False


_NEARLY_FULL = 1 << 20  # bytes: less than a page cache's worth is no room to write


def full_disk(location: str) -> ProjectError:
    return ProjectError(
        f"{location}: the disk is full; nothing was changed; free some space and run again"
    )


def damaged_project(location: str) -> ProjectError:
    return ProjectError(
        f"{location}: the project database is damaged; nothing was changed; restore it "
        "from your backup (SQLite's '.recover' may save what is left)"
    )


def access_refused(location: str, error: DatabaseError) -> ProjectError | None:
    """PostgreSQL refused the user's role a table (``permission denied for table
    codings``): one line saying so, without the statement or its values; None for any
    other error."""
    first = str(getattr(error, "orig", error)).strip().split("\n")[0]
    if "permission denied" not in first.lower():
        return None
    return ProjectError(
        f"{location}: {hide_password(first)}: your database role may not use this part of "
        "the project; nothing was saved; ask the project's owner to grant it (README: "
        "Team projects)"
    )


TOO_LARGE = "a number given is too large for the database: no id or turn is that large"
"""What an id or number past a database column's range gets, on either backend."""


@contextlib.contextmanager
def translate_errors(location: str) -> Iterator[None]:
    r"""Turn the database's own errors into one-line :class:`ProjectError`\ s: busy,
    read-only, connection lost, disk full, damaged, a number too large."""
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text or "lock timeout" in text:
            raise ProjectBusyError(
                f"{location}: the project is busy (another qualkod process is writing); retry in a moment"
            ) from None
        if "readonly" in text or "read-only" in text:
            raise ProjectError(
                f"{location}: the project is read-only; check the file's permissions"
            ) from None
        if "connection" in text or "terminat" in text or "shutdown" in text:
            raise ProjectError(
                f"{location}: the connection to the database server was lost; "
                "nothing of this step was saved, retry it"
            ) from None
        if "://" not in location and disk_full(location, exc):
            raise full_disk(location) from None
        if is_damage(exc):
            raise damaged_project(location) from None
        raise
    except OverflowError:  # SQLite: an id past what a column holds names nothing
        raise ProjectError(TOO_LARGE) from None
    except DataError as exc:  # before DatabaseError, which it is a kind of
        reason = hide_password(str(exc.orig).strip().splitlines()[0])
        if "out of range" in reason and "integer" in reason:  # PostgreSQL: the same
            raise ProjectError(TOO_LARGE) from None
        raise ProjectError(
            f"{location}: the database refused the value ({reason}); nothing was saved"
        ) from None
    except DatabaseError as exc:
        if is_damage(exc):
            raise damaged_project(location) from None
        if (refused := access_refused(location, exc)) is not None:
            raise refused from None
        raise


def sqlite_file(path: Path) -> bool:
    """The file starts as every SQLite database does."""
    try:
        with path.open("rb") as file:
            return file.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def unwritable_folder(path: Path, error: DatabaseError) -> bool:
    """Whether SQLite failed because it cannot write in the file's folder (a read-only
    file system), where a project in WAL mode cannot even be read."""
    text = str(getattr(error, "orig", error)).lower()
    if "unable to open" not in text and "readonly" not in text and "read-only" not in text:
        return False
    folder = path.resolve().parent
    if not os.access(folder, os.W_OK):
        return True
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False
