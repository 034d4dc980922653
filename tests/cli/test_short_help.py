"""'-h' shows the help as '--help' does, on the program and on every command (newuser:
'qualkod -h' said "No such option: -h", the first thing many users type)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        ([], "Usage: qualkod [OPTIONS] COMMAND [ARGS]..."),
        (["code"], "Usage: qualkod code [OPTIONS] COMMAND [ARGS]..."),
        (["code", "add"], "Usage: qualkod code add [OPTIONS]"),
        (["speakers", "set"], "Usage: qualkod speakers set [OPTIONS] NAME_OR_PSEUDONYM"),
        (["export", "chapter"], "Usage: qualkod export chapter [OPTIONS]"),
        (["reproduce"], "Usage: qualkod reproduce [OPTIONS] FILE"),
    ],
)
def test_dash_h_is_the_help(cli, argv, usage):
    short = cli(*argv, "-h", project=False)
    assert short.exit_code == 0, short.stderr
    assert short.stdout.splitlines()[0] == usage
    assert short.stdout == cli(*argv, "--help", project=False).stdout
    assert "-h, --help" in short.stdout


def test_dash_h_after_the_project_option_of_a_group(cli, tmp_path):
    # '-p' may stand between a command and its subcommand; '-h' there is still the help
    result = cli("speakers", "-p", tmp_path / "studie.db", "-h", project=False)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: qualkod speakers [OPTIONS] COMMAND [ARGS]...")
