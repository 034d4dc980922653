"""Every command's ``--help`` shows placeholders (FILE..., NAME), never Python types."""

from __future__ import annotations

import re

from typer.main import get_command
from typer.testing import CliRunner

from qualkod.cli.app import app

# Typer's own notation for a value's Python type: {files}..., <list[Path]>, <str>, <path>.
_PYTHON_TYPE = re.compile(r"[{}]|<list\[|<[a-zA-Z_|\[\], .]+>")


def _commands(command, path=()):
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def test_no_help_shows_a_python_type():
    paths = list(_commands(get_command(app)))
    assert len(paths) > 40  # the walk reached the sub-commands
    runner = CliRunner()
    for path in paths:
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100"})
        assert result.exit_code == 0, path
        assert not _PYTHON_TYPE.search(result.stdout), (path, result.stdout)


def test_placeholders_say_what_goes_there():
    runner = CliRunner()
    shown = runner.invoke(app, ["import", "--help"], env={"COLUMNS": "100"}).stdout
    assert "Usage: qualkod import [OPTIONS] FILE..." in shown
    assert "-i, --interviewer NAME" in shown and "-p, --project PATH" in shown
    shown = runner.invoke(app, ["init", "--help"], env={"COLUMNS": "100"}).stdout
    assert "Usage: qualkod init [OPTIONS] [PATH]" in shown and "--from FILE" in shown
    shown = runner.invoke(app, ["transcripts", "--help"], env={"COLUMNS": "100"}).stdout
    assert "-f, --format [table|csv|json]" in shown
    shown = runner.invoke(app, ["evaluate", "--help"], env={"COLUMNS": "100"}).stdout
    assert "--folds N" in shown and "--threshold NUMBER" in shown
