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


def test_output_to_a_full_disk_is_one_line_and_exit_1(monkeypatch, capsys):
    import errno

    import pytest

    from qualkod.cli import app as cli_app

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cli_app, "app", full)
    with pytest.raises(SystemExit) as caught:
        cli_app.main()
    assert caught.value.code == 1
    assert capsys.readouterr().err == (
        "Error: the disk is full; what the command was writing is incomplete; free some "
        "space and run again\n"
    )
