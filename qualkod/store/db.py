"""Opening, creating and migrating a project database.

One project is one database: a SQLite file by default (WAL journal, one transaction
per decision, so a crash or Ctrl-C loses nothing already confirmed), or a PostgreSQL
database (``postgresql://user@host/dbname``, driver psycopg 3) for a team. On both,
write transactions are taken one at a time (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a
transaction-scoped advisory lock), so concurrent coders never interleave half-decisions.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, DBAPIError

from qualkod.errors import ProjectError
from qualkod.store import migrations, schema
from qualkod.store.db_errors import (
    access_refused,
    damaged_project,
    disk_full,
    full_disk,
    hide_password,
    reason_without_password,
    sqlite_file,
    translate_errors,
    unwritable_folder,
)
from qualkod.store.project_file import DEFAULT_PROJECT, PROJECT_ENV, check_file, peek
from qualkod.store.sqlite_access import Access, read_only_project, sqlite_access, sqlite_url

BUSY_TIMEOUT_MS = 5000
POSTGRES_MINIMUM = (13,)
WRITE_LOCK_KEY = 0x716B6F64
"""The PostgreSQL advisory lock every write transaction takes ('qkod')."""


_SAVED = [0]
"""Write transactions committed by this process (see :func:`transactions_saved`)."""


def transactions_saved() -> int:
    """How many write transactions this process has committed, to any project: what an
    interrupted command can say it changed."""
    return _SAVED[0]


def forget_saved(count: int) -> None:
    """Take back ``count`` committed transactions from :func:`transactions_saved`: those
    made in a new project file that was then removed again (an interrupted copy), which
    left no change behind."""
    _SAVED[0] = max(0, _SAVED[0] - count)


def _not_an_interrupt(record: logging.LogRecord) -> bool:
    """Whether to log a record of SQLAlchemy's pool. Closing or resetting a connection,
    the pool logs what it meets with a traceback, and re-raises what is no error: Ctrl-C
    or SIGTERM at the end of a command, which the command line tells in one line
    (:func:`qualkod.cli.app.main`); that one is not logged."""
    kind = record.exc_info[0] if record.exc_info else None
    return kind is None or issubclass(kind, Exception)


@dataclass(frozen=True)
class Project:
    """An open project: where it lives and the engine that talks to it."""

    location: str
    """The path or URL the user gave, any password in it hidden (this goes in messages)."""
    engine: Engine
    """SQLAlchemy engine; use :meth:`read` and :meth:`write` rather than this directly."""
    read_only: bool = False
    """Opened for reading only: a SQLite file in a folder qualkod may not write
    (:mod:`qualkod.store.sqlite_access`); :meth:`write` refuses."""

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading."""
        with translate_errors(self.location), self.engine.connect() as conn:
            yield conn

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction: committed on success, rolled back on any error.

        On SQLite the write lock is taken at the start (``BEGIN IMMEDIATE``), so two
        processes writing at once wait for each other instead of failing half-way.

        Raises:
            ProjectError: when the project was opened read-only (its folder is).
        """
        if self.read_only:
            raise read_only_project(self.location)
        with translate_errors(self.location), self.engine.connect() as conn:
            conn = conn.execution_options(qualkod_write=True)
            with conn.begin():
                yield conn
            _SAVED[0] += 1

    def purge_deleted(self) -> bool:
        """Write the database's log into its file and empty the log (SQLite), so that
        old copies of deleted rows are not kept there either; True when done.

        PostgreSQL keeps deleted rows' bytes in its files until its own VACUUM reuses
        the space (False here: that is the server administrator's to run).
        """
        if self.engine.dialect.name != "sqlite":
            return False
        if self.read_only:
            raise read_only_project(self.location)
        with translate_errors(self.location):
            raw = self.engine.raw_connection()  # outside a transaction, which would pin the log
            try:
                cursor = raw.cursor()
                busy, _, _ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                cursor.close()
            finally:
                raw.close()
        return busy == 0

    def close(self) -> None:
        """Close the pooled connections (SQLite: the last one writes the log into the file
        and removes ``-wal``/``-shm``); a later :meth:`read` or :meth:`write` opens anew."""
        self.engine.dispose()

    def __enter__(self) -> Project:  # with open_project(...) as p: closed at the end
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def project_location(option: str | Path | None) -> str:
    """The project the user means: the option, else ``$QUALKOD_PROJECT``, else ./qualkod.db.

    Raises:
        ProjectError: when the option is given but empty (``-p ""``, an unset shell
            variable): silently using ./qualkod.db instead could change another project.
    """
    if option is not None and not str(option).strip():
        raise ProjectError("--project is empty; give the project's file or database URL")
    return str(option or os.environ.get(PROJECT_ENV) or DEFAULT_PROJECT)


def open_project(location: str | Path, *, create: bool = False, upgrade: bool = True) -> Project:
    """Open (and, with ``create``, make) a project; migrate it to the current schema.

    With ``upgrade=False`` an existing project of another schema version is refused
    instead of migrated (``qualkod init`` on a database that already holds a project).

    Raises:
        ProjectError: when the location is missing, not a database, a foreign
            database or a project made by a newer qualkod.
    """
    url = database_location(location)
    location = hide_password(url)  # every message below names the project this way
    is_url = "://" in url
    access = Access.WRITE
    if not is_url:
        check_file(Path(url), create)
        access = sqlite_access(Path(url))
    engine = _engine(url, access)
    project = Project(location, engine, read_only=access is not Access.WRITE)
    try:
        if is_url:
            _check_server(project)
        with project.read() as conn:
            state = migrations.is_qualkod_database(conn)
        if state is False:
            raise ProjectError(
                f"{location}: a database, but not a qualkod project; "
                "choose another path with --project"
            )
        if state is None and not create:
            raise ProjectError(
                f"{location}: the database is empty; create a project with 'qualkod init {location}'"
            )
        if state and not upgrade:
            _check_same_version(project)
        _migrate(project)
    except ProjectError:
        engine.dispose()
        raise
    except DatabaseError as exc:
        engine.dispose()
        if not is_url and disk_full(location, exc):
            raise full_disk(location) from None
        if not is_url and unwritable_folder(Path(url), exc):
            raise ProjectError(  # a new project: an existing one is opened read-only
                f"{location}: cannot create the project: its folder {Path(url).resolve().parent} "
                "is read-only; choose a folder you can write to"
            ) from None
        if not is_url and sqlite_file(Path(url)):
            raise damaged_project(location) from None
        if (refused := access_refused(location, exc)) is not None:
            raise refused from None
        raise ProjectError(
            f"{location}: not a qualkod project database; choose another path with --project"
        ) from None
    return project


_URL_TYPO = re.compile(r"(?i)(?:postgres(?:ql)?|sqlite|mysql|mariadb)(?:\+\w+)?(?::|//)")


def database_location(location: str | Path) -> str:
    """The project location as given, a URL without the spaces pasting may bring.

    Raises:
        ProjectError: for a URL with a typo in its ``scheme://`` (``postgresql:/…``,
            ``postgresql//…``), which would otherwise be taken for a file name; the
            message hides a password in it.
    """
    text = str(location)
    if "://" in text.strip():
        return text.strip()
    if _URL_TYPO.match(text.strip()):
        raise ProjectError(
            f"{hide_password(text.strip())}: looks like a database URL with a typo; write it as "
            "postgresql://user@host/dbname (a colon and two slashes)"
        )
    return text


def has_project(location: str | Path) -> bool:
    """Whether ``location`` already holds a qualkod project (read without writing)."""
    url = database_location(location)
    if "://" not in url:
        path = Path(url)
        return path.is_file() and path.stat().st_size > 0 and peek(path) is True
    try:
        project = Project(hide_password(url), _engine(url))
    except ProjectError:
        return False
    try:
        with project.engine.connect() as conn:
            return migrations.is_qualkod_database(conn) is True
    except DBAPIError:
        return False
    finally:
        project.close()


def _check_same_version(project: Project) -> None:
    with project.read() as conn:
        found = len(migrations.applied_migrations(conn))
    if found != migrations.SCHEMA_VERSION:
        hint = (
            "open it with any qualkod command to upgrade it, or choose an empty database"
            if found < migrations.SCHEMA_VERSION
            else "upgrade qualkod with 'pip install -U qualkod', or choose an empty database"
        )
        raise ProjectError(
            f"{project.location}: already holds a qualkod project of schema version {found} "
            f"(this qualkod writes {migrations.SCHEMA_VERSION}); {hint}"
        )


def schema_version(project: Project) -> int:
    """Number of migrations applied to the project."""
    with project.read() as conn:
        return len(migrations.applied_migrations(conn))


def database_url(location: str) -> str:
    """A project URL as SQLAlchemy takes it: ``postgresql://`` (and ``postgres://``)
    use psycopg 3, the driver the ``qualkod[postgres]`` extra installs."""
    for prefix in ("postgresql://", "postgres://"):
        if location.startswith(prefix):
            return "postgresql+psycopg://" + location[len(prefix) :]
    return location


def _engine(location: str, access: Access = Access.WRITE) -> Engine:
    if "://" in location:
        url = database_url(location)
        if location.split("://", 1)[1].split("/", 1)[0].count("@") > 1:
            raise ProjectError(
                f"{hide_password(location)}: an '@' in the user name or password; write it "
                "as %40 (and ':' as %3A, '/' as %2F), as URLs need"
            )
        try:
            engine = create_engine(url, pool_pre_ping=True)  # survives a server restart
        except ModuleNotFoundError as exc:
            if url.startswith("postgresql+psycopg:"):
                raise ProjectError(
                    f"{hide_password(location)}: the PostgreSQL driver is not installed; "
                    "install it with pip install 'qualkod[postgres]'"
                ) from None
            if url.startswith("postgresql"):  # postgresql+psycopg2://, +asyncpg://, …
                raise ProjectError(
                    f"{hide_password(location)}: the driver {exc.name} is not installed; "
                    "write postgresql://user@host/dbname to use psycopg 3, which "
                    "pip install 'qualkod[postgres]' installs"
                ) from None
            raise ProjectError(
                f"{hide_password(location)}: no driver for this database URL ({exc.name}); "
                "use a SQLite file or postgresql://user@host/dbname"
            ) from None
        except Exception as exc:  # noqa: BLE001 - bad URLs raise ArgumentError, ImportError, ...
            raise ProjectError(
                f"{hide_password(location)}: cannot open this database URL ({reason_without_password(exc, location)})"
            ) from None
        engine.pool.logger.addFilter(_not_an_interrupt)
        if engine.dialect.name == "postgresql":
            _serialise_postgres_writes(engine)
        return engine
    engine = create_engine(
        sqlite_url(location, access), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
    )
    engine.pool.logger.addFilter(_not_an_interrupt)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's begin event issue BEGIN itself (pysqlite would defer it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Deleted rows are overwritten with zeros, not left in free pages of the file:
        # a transcript removed because its interviewee withdrew consent is gone.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("qualkod_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _serialise_postgres_writes(engine: Engine) -> None:
    """Take one project-wide advisory lock at the start of every write transaction.

    It plays the part of SQLite's ``BEGIN IMMEDIATE``: decisions by concurrent coders
    are applied one after another, so a check-then-change (is the coding still live?
    is this the coder's last decision?) cannot interleave with another coder's. The
    lock is released at commit or rollback, and by the server when a client dies.
    """

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("qualkod_write", False):
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _check_server(project: Project) -> None:
    """Refuse a PostgreSQL server older than :data:`POSTGRES_MINIMUM`."""
    dialect = project.engine.dialect
    try:
        with project.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except DBAPIError as exc:
        reason = reason_without_password(
            exc.orig or exc, str(project.engine.url.render_as_string(False))
        )
        hint = ""
        if "database" in reason and "does not exist" in reason:
            hint = "; create it first (createdb)"
        elif "password" in reason:
            hint = "; give the password in ~/.pgpass, $PGPASSWORD or the URL"
        raise ProjectError(
            f"{project.location}: cannot connect to the database ({reason}){hint}"
        ) from None
    version = dialect.server_version_info or ()
    if dialect.name == "postgresql" and version < POSTGRES_MINIMUM:
        shown = ".".join(str(v) for v in version)
        raise ProjectError(
            f"{project.location}: PostgreSQL {shown} is too old; qualkod needs 13 or newer"
        )


def _migrate(project: Project) -> None:
    # Read first: an up-to-date project (the usual case) takes no write lock to open.
    with project.read() as conn:
        ready = migrations.is_qualkod_database(conn) is True
        pending = migrations.pending_migrations(conn, project.location) if ready else None
    if pending == []:
        return
    if project.read_only:
        raise read_only_project(
            project.location,
            f"cannot upgrade the project to schema version {migrations.SCHEMA_VERSION}",
        )
    if not ready:
        with project.write() as conn:
            schema.migrations.create(conn, checkfirst=True)
    with project.read() as conn:
        pending = migrations.pending_migrations(conn, project.location)
    for migration in pending:
        with project.write() as conn:
            if migration.name in migrations.applied_migrations(conn):
                continue  # another process applied it while this one waited for the lock
            migration.apply(conn)
            migrations.record(conn, migration)
