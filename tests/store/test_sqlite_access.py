"""A SQLite project in a folder qualkod may not write: read, never written to.

Tests run as root, for whom a ``chmod a-w`` folder is still writable, so the read-only
folder is simulated where qualkod asks about it (``os.access``, as a read-only mount or
another user's folder answers). The reads then really go through SQLite's read-only,
immutable mode: no ``-wal``/``-shm`` file appears.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualkod.cli.app import app
from qualkod.errors import ProjectError
from qualkod.importing import import_files
from qualkod.project import init_project
from qualkod.store import open_project
from qualkod.store.sqlite_access import Access, sqlite_access, sqlite_url
from tests.conftest import INGEST


@pytest.fixture
def read_only_folder(monkeypatch):
    """Make a folder read-only as qualkod sees it: ``read_only_folder(path)``."""
    real_access = os.access
    folders: set[Path] = set()

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path).resolve() in folders:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    return lambda folder: folders.add(Path(folder).resolve())


@pytest.fixture
def shared(tmp_path) -> Path:
    """A project with one transcript, closed (its -wal/-shm files gone)."""
    path = tmp_path / "delad" / "studie.db"
    path.parent.mkdir()
    init_project(path)
    with open_project(path) as project:
        import_files(project, [INGEST / "teams-new.vtt"], interviewers=["Karin Lindqvist"])
    assert sorted(p.name for p in path.parent.iterdir()) == ["studie.db"]
    return path


def test_how_a_project_is_opened_follows_its_folder(shared, read_only_folder):
    assert sqlite_access(shared) is Access.WRITE
    read_only_folder(shared.parent)
    assert sqlite_access(shared) is Access.IMMUTABLE
    assert sqlite_access(shared.parent / "ny.db") is Access.WRITE  # creating: SQLite says why not
    log, index = Path(f"{shared}-wal"), Path(f"{shared}-shm")
    log.write_bytes(b"")
    assert sqlite_access(shared) is Access.IMMUTABLE  # an empty log holds nothing to read
    index.write_bytes(b"")
    assert sqlite_access(shared) is Access.READ
    index.unlink()
    log.write_bytes(b"changes")
    with pytest.raises(
        ProjectError, match="studie.db-wal holds changes not yet in the project file"
    ):
        sqlite_access(shared)


def test_a_read_only_url_names_the_file_as_a_sqlite_uri(tmp_path):
    path = tmp_path / "a?b#c%d.db"
    url = sqlite_url(path, Access.IMMUTABLE)
    assert url.database == "file:" + str(tmp_path) + "/a%3Fb%23c%25d.db"
    assert dict(url.query) == {"mode": "ro", "uri": "true", "immutable": "1"}
    assert "immutable" not in sqlite_url(path, Access.READ).query
    assert sqlite_url(path, Access.WRITE).database == str(path)


def test_a_project_in_a_read_only_folder_is_read_and_not_changed(
    shared, read_only_folder, tmp_path, monkeypatch
):
    monkeypatch.delenv("QUALKOD_PROJECT", raising=False)
    read_only_folder(shared.parent)
    before = shared.read_bytes()
    runner = CliRunner()

    def run(*args):
        return runner.invoke(app, [*args, "--project", str(shared)], catch_exceptions=False)

    listed = run("transcripts", "--format", "csv")
    assert listed.exit_code == 0, listed.stderr
    assert listed.stdout.splitlines()[1].startswith("1,")
    assert run("show", "1").exit_code == 0
    assert run("speakers", "--format", "csv").exit_code == 0
    out = tmp_path / "ut" / "kodningar.csv"
    out.parent.mkdir()
    exported = run("codings", "export", "--out", str(out))
    assert exported.exit_code == 0, exported.stderr
    assert out.is_file()

    changed = run("speakers", "set", "IP 1", "--pseudonym", "IP 9")
    assert changed.exit_code == 1
    assert changed.stdout == ""
    assert changed.stderr == (
        f"Error: {shared}: cannot change the project: its folder {shared.parent} is "
        "read-only; make the folder writable, or copy the project to a folder you can "
        "write to and use that copy with --project\n"
    )
    # Read in SQLite's immutable mode: no log files beside it, the file as it was.
    assert sorted(p.name for p in shared.parent.iterdir()) == ["studie.db"]
    assert shared.read_bytes() == before


def test_an_older_project_in_a_read_only_folder_says_it_cannot_be_upgraded(
    shared, read_only_folder
):
    import sqlite3

    with sqlite3.connect(shared) as conn:  # as if made by an older qualkod
        conn.execute(
            "DELETE FROM qualkod_migrations WHERE name = "
            "(SELECT name FROM qualkod_migrations ORDER BY rowid DESC LIMIT 1)"
        )
    conn.close()
    read_only_folder(shared.parent)
    with pytest.raises(ProjectError, match="cannot upgrade the project to schema version"):
        open_project(shared)


def test_a_coding_session_on_a_read_only_project_is_refused_before_it_opens(
    shared, read_only_folder
):
    from qualkod.coding.session import CodingSession

    read_only_folder(shared.parent)
    with open_project(shared) as project, pytest.raises(ProjectError) as caught:
        CodingSession(project, "anna")
    assert str(caught.value).startswith(
        f"{shared}: cannot code in the project: its folder {shared.parent} is read-only; "
    )
