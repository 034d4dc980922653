"""Shared fixtures: fixture files, fresh projects and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualkod.cli.app import app
from qualkod.project import init_project
from qualkod.store import open_project

DATA = Path(__file__).parent / "data"
INGEST = DATA / "ingest"
REPO = Path(__file__).parent.parent
SAMPLES = REPO / "transcripts"


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """A freshly initialised, empty project database."""
    path = tmp_path / "project.db"
    init_project(path)
    return path


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
def sample_study_db(tmp_path_factory) -> Path:
    """The sample study with its shipped codings (both coders) and memos; built once.

    Tests that change it must copy it first.
    """
    from qualkod.coding import import_codings, import_memos
    from qualkod.importing import import_files
    from qualkod.project import use_codebook

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
