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


def test_help_loads_no_heavy_library():
    import subprocess
    import sys

    code = (
        "import sys; from qualkod.cli.app import app; from typer.main import get_command\n"
        "get_command(app)\n"
        "heavy = {'spacy', 'docx', 'pandas', 'textual', 'numpy'} & set(sys.modules)\n"
        "print(sorted(heavy))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
