"""Progress of ``import``, ``train`` and ``evaluate``: on a terminal only, never piped."""

from __future__ import annotations

import io

from rich.console import Console

from qualkod.cli import render
from qualkod.importing import import_files
from tests.conftest import INGEST

_BAR = "━"


def test_import_piped_prints_no_progress(cli):
    result = cli("import", INGEST / "teams-new.vtt", INGEST / "teams-new.docx")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert "Importing" not in result.stdout and _BAR not in result.stdout


def test_import_on_a_terminal_shows_progress_on_stderr(cli, monkeypatch):
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=80)
    monkeypatch.setattr(render, "err_console", terminal)
    result = cli("import", INGEST / "teams-new.vtt")
    assert result.exit_code == 0
    assert "Importing" in screen.getvalue() and _BAR in screen.getvalue()
    assert "Importing" not in result.stdout


def test_import_files_reports_each_step(project):
    calls = []
    paths = [INGEST / "teams-new.vtt", INGEST / "teams-new.docx"]
    import_files(project, paths, progress=lambda done, total: calls.append((done, total)))
    # Reading each file is a step, and storing it another.
    assert calls == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
