"""Shared fixtures: fixture files, fresh projects and a CLI runner.

Every test that uses a project (``project_path``, ``project``, ``coded_project``,
``cli``, ``sample_study_db``, ``sample_study``) runs twice: on a SQLite file and on a
PostgreSQL database of a throwaway server (:mod:`tests.postgres_server`). Where no
server can be started, the PostgreSQL runs are skipped with the reason; with
``QUALKOD_REQUIRE_POSTGRES=1`` (CI) that is an error instead. Tests about SQLite files
themselves are marked ``sqlite_only``; slow model tests where the database is
incidental, ``one_backend``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualkod.cli.app import app
from qualkod.project import init_project
from qualkod.store import open_project
from tests import postgres_server

DATA = Path(__file__).parent / "data"
INGEST = DATA / "ingest"
REPO = Path(__file__).parent.parent
SAMPLES = REPO / "transcripts"


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite files themselves; not run on PostgreSQL"
    )
    config.addinivalue_line(
        "markers",
        "one_backend: slow, and the database is incidental (a model is under test); run "
        "on SQLite only - its storing and loading are covered on both by other tests",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Drop the PostgreSQL run of tests marked ``sqlite_only``."""
    keep, drop = [], []
    for item in items:
        spec = getattr(item, "callspec", None)
        on_postgres = spec is not None and spec.params.get("backend") == "postgresql"
        once = item.get_closest_marker("sqlite_only") or item.get_closest_marker("one_backend")
        (drop if on_postgres and once else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def postgres():
    """The throwaway PostgreSQL server (started on first use, stopped at the end)."""
    # Not under pytest's temporary folder: the server's user must be able to reach it.
    base = Path(tempfile.mkdtemp(prefix="qualkod-test-pg-"))
    try:
        server = postgres_server.start(base)
    except postgres_server.NoServer as exc:
        if os.environ.get(postgres_server.REQUIRE_ENV):
            pytest.fail(f"PostgreSQL is required here but {exc}", pytrace=False)
        pytest.skip(f"no PostgreSQL server: {exc}")
    try:
        # New projects are copies of one empty, migrated project: quicker than migrating each.
        init_project(server.new_database())
        server.template = server.made[-1]
        yield server
        server.drop_all()
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request) -> str:
    """The database a test's project lives in: ``sqlite`` or ``postgresql``."""
    if request.param == "postgresql":
        request.getfixturevalue("postgres")
    return request.param


def new_project_location(request, backend: str, tmp_path: Path) -> Path | str:
    """Where a new, empty project goes: a file, or a new database on the server."""
    if backend == "postgresql":
        return request.getfixturevalue("postgres").new_database()
    return tmp_path / "project.db"


@pytest.fixture
def project_path(request, backend: str, tmp_path: Path) -> Path | str:
    """A freshly initialised, empty project: a SQLite file path or a PostgreSQL URL."""
    location = new_project_location(request, backend, tmp_path)
    init_project(location)
    return location


@pytest.fixture
def project(project_path: Path):
    """The open project at ``project_path``."""
    opened = open_project(project_path)
    yield opened
    opened.close()


@pytest.fixture
def coded_project(project):
    """A project with two small transcripts and the default codebook chosen."""
    from qualkod.importing import import_files
    from qualkod.project import use_codebook

    import_files(
        project,
        [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"],
        interviewers=["Karin Lindqvist"],
    )
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    return project


class Cli:
    """Runs ``qualkod`` in-process; stdout and stderr are kept apart."""

    def __init__(self, project_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.project_path = project_path
        self.runner = CliRunner()
        monkeypatch.delenv("QUALKOD_PROJECT", raising=False)

    def __call__(self, *args: str | Path, project: bool = True):
        argv = [str(a) for a in args]
        if project:
            argv += ["--project", str(self.project_path)]
        return self.runner.invoke(app, argv, catch_exceptions=False)


@pytest.fixture
def cli(project_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Invoke the CLI against the test project: ``cli("transcripts", "--format", "csv")``."""
    return Cli(project_path, monkeypatch)


@pytest.fixture(scope="session")
def sample_study_db(request, backend: str, tmp_path_factory) -> Path | str:
    """The sample study with its shipped codings (both coders) and memos; built once.

    Tests that change it must copy it first.
    """
    from qualkod.coding import import_codings, import_memos
    from qualkod.importing import import_files
    from qualkod.project import use_codebook

    if backend == "postgresql":
        path = request.getfixturevalue("postgres").new_database()
    else:
        path = tmp_path_factory.mktemp("sample") / "sample.db"
    init_project(path)
    project = open_project(path)
    import_files(
        project,
        [SAMPLES / "intervju-ifo-chef.vtt", SAMPLES / "fokusgrupp.docx"],
        interviewers=["Karin Lindqvist", "Johan Ek"],
    )
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    import_codings(project, SAMPLES / "codings.csv")
    import_codings(project, SAMPLES / "codings-coder2.csv")
    import_memos(project, SAMPLES / "memos.yaml")
    project.close()
    return path


@pytest.fixture
def sample_study(sample_study_db: Path):
    """The sample study project, open (do not change it)."""
    project = open_project(sample_study_db)
    yield project
    project.close()


def copy_study(root: Path) -> Path:
    """A copy of the repository's study in ``root`` (manifest, transcripts, codebooks,
    an empty outputs folder); returns the copied ``study.yaml``."""
    import shutil

    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "study.yaml", root / "study.yaml")
    for folder in ("transcripts", "codebooks"):
        shutil.copytree(REPO / folder, root / folder)
    (root / "outputs").mkdir()
    return root / "study.yaml"


def raw_name_forms(project) -> set[str]:
    """Every raw display name of the project's speakers and each part of it."""
    from qualkod.pseudonyms import name_parts
    from qualkod.store import speakers as speaker_store

    with project.read() as conn:
        people = speaker_store.people_names(conn)
    return {part for _, names in people for raw in names for part in [raw, *name_parts(raw)]}


def raw_names_in(text: str, names: set[str]) -> list[str]:
    """The raw name forms that occur in ``text`` as whole words."""
    import re

    return [n for n in sorted(names) if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)]
