"""The top-level command."""

from __future__ import annotations

from qualkod import __version__


def test_version(cli):
    result = cli("--version", project=False)
    assert result.exit_code == 0 and __version__ in result.stdout


def test_help_lists_the_commands(cli):
    result = cli("--help", project=False)
    for command in ("init", "import", "transcripts", "show", "speakers"):
        assert command in result.stdout
