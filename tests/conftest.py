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
