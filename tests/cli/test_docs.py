"""Every command has help text and is documented in the README."""

from __future__ import annotations

import typer

from qualkod.cli.app import app
from tests.conftest import REPO


def _commands(typer_app: typer.Typer, prefix: str = "qualkod") -> list[tuple[str, object]]:
    group = typer.main.get_group(typer_app)
    found = []

    def walk(command, name):
        for sub_name, sub in getattr(command, "commands", {}).items():
            found.append((f"{name} {sub_name}", sub))
            walk(sub, f"{name} {sub_name}")

    walk(group, prefix)
    return found


def test_every_command_has_help_and_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = _commands(app)
    assert len(commands) >= 10
    for name, command in commands:
        assert (command.help or "").strip(), f"{name} has no help text"
        assert name in readme, f"'{name}' is not documented in README.md"
