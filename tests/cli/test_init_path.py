"""'qualkod init PATH' on a file that is no project names PATH's fix, not --project
(newuser: 'qualkod init intervju.vtt' said "choose another path with --project", an
option the user had not typed)."""

from __future__ import annotations

import sqlite3


def _error(result) -> str:
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    (line,) = result.stderr.strip().splitlines()
    return line


def test_init_on_a_transcript_says_to_give_init_a_new_file(cli, tmp_path):
    transcript = tmp_path / "intervju.vtt"
    transcript.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ada>Hej.</v>\n")
    before = transcript.read_bytes()
    line = _error(cli("init", transcript, project=False))
    assert line == (
        f"Error: {transcript}: not a qualkod project database; give 'qualkod init' the name "
        "of a new file"
    )
    assert transcript.read_bytes() == before  # nothing written into it


def test_init_on_another_programs_database_says_the_same(cli, tmp_path):
    other = tmp_path / "annat.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE kontakter (namn TEXT)")
    line = _error(cli("init", other, project=False))
    assert line == (
        f"Error: {other}: a database, but not a qualkod project; give 'qualkod init' the "
        "name of a new file"
    )


def test_init_with_the_project_option_still_names_the_option(cli, tmp_path):
    other = tmp_path / "annat.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE kontakter (namn TEXT)")
    line = _error(cli("init", "--project", other, project=False))
    assert line == (
        f"Error: {other}: a database, but not a qualkod project; choose another path with --project"
    )
