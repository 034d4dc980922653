"""A throwaway PostgreSQL server for the tests, started from the installed binaries.

The tests run against SQLite and against PostgreSQL. This module finds ``initdb`` and
``pg_ctl`` (on ``PATH`` or in Debian's ``/usr/lib/postgresql/N/bin``), makes a cluster
in a temporary folder that listens on a Unix socket only (no TCP port), and stops it at
the end. As root it runs the server as the ``postgres`` user, which PostgreSQL requires.

``QUALKOD_TEST_POSTGRES=postgresql://user@host/db`` uses an existing server instead
(the tests create and drop their own databases on it).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path

SERVER_ENV = "QUALKOD_TEST_POSTGRES"
REQUIRE_ENV = "QUALKOD_REQUIRE_POSTGRES"


class NoServer(Exception):
    """No PostgreSQL server can be used here; the message says why."""


@dataclass
class Server:
    """A running server and the databases the tests made on it."""

    admin_url: str
    """psycopg conninfo of the maintenance database."""
    url_for: callable
    """database name -> the qualkod project URL of that database."""
    stop: callable = lambda: None
    made: list[str] = field(default_factory=list)

    template: str | None = None
    """A database every new one is copied from (an empty, migrated project)."""

    def new_database(self) -> str:
        """Create a database (a copy of :attr:`template`, if set) and return its URL."""
        import psycopg

        name = f"qk_{uuid.uuid4().hex[:12]}"
        copy = f" TEMPLATE {self.template}" if self.template else ""
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}{copy}")
        self.made.append(name)
        return self.url_for(name)

    def drop_all(self) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            for name in self.made:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.made.clear()


def _binaries() -> tuple[str, str]:
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return initdb, pg_ctl
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if not found:
        raise NoServer("no PostgreSQL server binaries (initdb); install postgresql")
    bin_dir = Path(found[-1]).parent
    return str(bin_dir / "initdb"), str(bin_dir / "pg_ctl")


def _version(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(base: Path) -> Server:
    """Start a server in ``base`` (or use ``$QUALKOD_TEST_POSTGRES``).

    Raises:
        NoServer: when none can be started here.
    """
    try:
        import psycopg  # noqa: F401 - the driver must be there
    except ImportError:
        raise NoServer("psycopg is not installed (pip install 'qualkod[postgres]')") from None
    given = os.environ.get(SERVER_ENV)
    if given:
        return _existing(given)
    initdb, pg_ctl = _binaries()
    run_as: list[str] = []
    owner = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise NoServer("running as root and there is no 'postgres' user") from None
        run_as = ["runuser", "-u", "postgres", "--"]
    base.mkdir(parents=True, exist_ok=True)
    if owner is not None:
        os.chown(base, owner.pw_uid, owner.pw_gid)
    data, log = base / "data", base / "server.log"
    port = _free_port()

    def run(*argv: str) -> None:
        done = subprocess.run([*run_as, *argv], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-1:]
            raise NoServer(f"{Path(argv[0]).name} failed: {' '.join(tail)}")

    run(initdb, "-D", str(data), "--auth=trust", "-U", "postgres", "-E", "UTF8", "--no-locale")
    options = (
        f"-k {base} -p {port} -c listen_addresses='' -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    run(pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "start")
    admin = f"host={base} port={port} user=postgres dbname=postgres"
    return Server(
        admin_url=admin,
        url_for=lambda name: f"postgresql://postgres@/{name}?host={base}&port={port}",
        stop=lambda: subprocess.run(
            [*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        ),
    )


def _existing(url: str) -> Server:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    admin = parsed.set(drivername="postgresql")
    conninfo = admin.render_as_string(hide_password=False)
    try:
        import psycopg

        psycopg.connect(conninfo).close()
    except Exception as exc:  # noqa: BLE001 - any failure to connect means no server
        raise NoServer(f"${SERVER_ENV} cannot be reached: {type(exc).__name__}") from None
    return Server(
        admin_url=conninfo,
        url_for=lambda name: admin.set(database=name).render_as_string(hide_password=False),
    )
