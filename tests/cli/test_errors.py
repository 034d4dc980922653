"""Bad input: one line on stderr naming the file, exit code 1, nothing imported."""

from __future__ import annotations

import os

import pytest

from tests.conftest import INGEST, REPO


def _one_error_line(result) -> str:
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("empty.vtt", "empty.vtt: the file is empty"),
        ("garbage.bin", "garbage.bin: binary data, not a transcript"),
        ("not-a-transcript.docx", "not-a-transcript.docx: this Word document is not a transcript"),
        ("truncated.vtt", "truncated.vtt:6: cannot read the timing line"),
        ("latin1.txt", "latin1.txt:2: not UTF-8 text"),
        ("clock-lines.txt", "clock-lines.txt:2: a bare timestamp"),
        ("saknas.vtt", "saknas.vtt: no such file; check the path"),
    ],
)
def test_bad_transcripts(cli, name, expected):
    line = _one_error_line(cli("import", INGEST / name))
    assert expected in line
    assert cli("transcripts", "--format", "csv").stdout.count("\n") == 1


def test_a_dash_for_standard_input_is_one_line_saying_to_save_a_file(cli, tmp_path, monkeypatch):
    # QA 25: 'qualkod import -' said "-: no such file; check the path"
    monkeypatch.chdir(tmp_path)
    line = _one_error_line(cli("import", "-"))
    assert line == (
        "Error: -: a transcript is not read from standard input; save it to a file (.vtt, "
        ".docx, .srt or .txt) and import that file"
    )
    assert cli("transcripts", "--format", "csv").stdout.count("\n") == 1


def test_a_bad_file_among_good_ones_imports_nothing(cli):
    result = cli("import", INGEST / "teams-new.vtt", INGEST / "truncated.vtt")
    assert result.exit_code == 1
    assert "truncated.vtt:6:" in result.stderr
    assert cli("transcripts", "--format", "csv").stdout.count("\n") == 1


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: None, "no qualkod project here"),
        (lambda p: p.write_bytes(b"not a database at all"), "not a qualkod project database"),
    ],
)
def test_project_paths_that_are_not_projects(cli, tmp_path, make, expected):
    path = tmp_path / "fel.db"
    make(path)
    result = cli("transcripts", "--project", path, project=False)
    line = _one_error_line(result)
    assert str(path) in line and expected in line


def _damaged(path, how: str) -> None:
    """Damage a SQLite project as a disk fault or a copy cut short would."""
    import sqlite3

    data = bytearray(path.read_bytes())
    if how == "cut short":
        data = data[: len(data) // 2]
    elif how == "pages overwritten":  # every page after the first (the schema's)
        data[4096:] = b"\xa5" * (len(data) - 4096)
    else:  # one table's page: the project opens, and reading the turns fails
        with sqlite3.connect(path) as conn:
            (root,) = conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'turns'"
            ).fetchone()
        conn.close()
        data[(root - 1) * 4096 : root * 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


@pytest.mark.one_backend  # a SQLite file's damage
@pytest.mark.parametrize("how", ["cut short", "pages overwritten", "a table's page overwritten"])
def test_a_damaged_project_is_one_line_naming_it(cli, tmp_path, how):
    path = tmp_path / "skadad.db"
    assert cli("init", path, project=False).exit_code == 0
    assert cli("import", INGEST / "teams-new.vtt", "--project", path, project=False).exit_code == 0
    _damaged(path, how)
    for command in (
        ["show", "1", "--project", path],
        ["codings", "--project", path],
        ["project", "copy", path, tmp_path / "ny.db"],  # the source named, not the copy
    ):
        result = cli(*command, project=False)
        assert result.exit_code == 1
        assert result.stderr.strip().splitlines() == [
            f"Error: {path}: the project database is damaged; nothing was changed; restore it "
            "from your backup (SQLite's '.recover' may save what is left)"
        ]
    assert not (tmp_path / "ny.db").exists()


def test_unknown_transcript(cli):
    line = _one_error_line(cli("show", "7"))
    assert "transcript '7'" in line and "qualkod transcripts" in line
    assert "6 hex digits" not in line  # an id, not a prefix
    line = _one_error_line(cli("show", "fb25f"))
    assert "transcript 'fb25f'" in line and "a sha256 prefix needs 6 hex digits or more" in line


def test_bad_option_value_is_a_usage_error(cli):
    result = cli("transcripts", "--format", "pdf")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_a_file_name_that_is_not_utf8_is_shown_escaped(cli, tmp_path):
    import os
    import shutil

    source = os.fsdecode(os.fsencode(tmp_path) + b"/lat\xe9n.vtt")  # \udce9 in the str
    shutil.copy(INGEST / "teams-new.vtt", source)
    result = cli("import", source)
    assert result.exit_code == 0, result.stderr
    assert f"Imported {tmp_path}/lat\\xe9n.vtt as transcript 1" in result.stdout
    listing = cli("transcripts", "--format", "csv")
    assert listing.exit_code == 0 and "Traceback" not in listing.stdout
    missing = _one_error_line(cli("import", os.fsdecode(b"sak\xe9nas.vtt")))
    assert missing == "Error: sak\\xe9nas.vtt: no such file; check the path"


def test_a_named_pipe_is_refused_rather_than_read_for_ever(cli, tmp_path):
    pipe = tmp_path / "intervju.vtt"
    os.mkfifo(pipe)
    line = _one_error_line(cli("import", pipe))
    assert line == f"Error: {pipe}: is not a regular file (a pipe or a device); give a file"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u:secret@127.0.0.1:1/x",  # psycopg is not installed: fails before connecting
        "sqlite+pysqlite://user:secret@/nonexistent/dir/x.db",
        "bogus://u:secret@localhost/x",
        "postgresql://u:sec@ret/x@127.0.0.1:1/x",
        "sqlite:////nonexistent/dir/x.db?password=secret",
    ],
)
@pytest.mark.parametrize("command", ["transcripts", "init"])
@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")  # pysqlite ignores ?password=
def test_a_database_url_is_never_shown_with_its_password(cli, url, command):
    args = ("init", url) if command == "init" else ("transcripts", "--project", url)
    result = cli(*args, project=False)
    line = _one_error_line(result)
    assert "***" in line
    for piece in ("secret", "sec@", "ret/x@"):
        assert piece not in result.stdout + result.stderr


@pytest.mark.parametrize("command", [("transcripts",), ("show", "1"), ("codebook", "current")])
def test_a_read_never_writes_an_empty_file(cli, tmp_path, command):
    (tmp_path / "delad").mkdir()
    empty = tmp_path / "delad" / "empty.db"
    empty.touch()
    line = _one_error_line(cli(*command, "--project", empty, project=False))
    assert line == (
        f"Error: {empty}: not a qualkod project (empty file); create one with 'qualkod init {empty}'"
    )
    assert empty.read_bytes() == b"" and [p.name for p in empty.parent.iterdir()] == ["empty.db"]


def _main_running(command, monkeypatch, capsys) -> tuple[int, list[str]]:
    """Exit code and error lines of the console entry point running ``command``."""
    import sys

    from qualkod.cli import app as cli

    monkeypatch.setattr(cli, "app", command)
    monkeypatch.setattr(sys, "argv", ["qualkod"])
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    return stopped.value.code, capsys.readouterr().err.strip().splitlines()


def _one_command(body):
    import typer

    stub = typer.Typer()
    stub.command()(body)
    return stub


def test_ctrl_c_is_one_line_and_exit_code_130(monkeypatch, capsys):
    def slow() -> None:
        raise KeyboardInterrupt  # what Ctrl-C raises in the middle of a command

    code, lines = _main_running(_one_command(slow), monkeypatch, capsys)
    assert code == 130
    assert len(lines) == 1 and lines[0].startswith("Error: interrupted")


def test_ctrl_c_after_a_decision_was_saved_says_so(monkeypatch, capsys, tmp_path):
    # QA 24: Ctrl-C while 'undo' printed its message said only "interrupted", and the
    # user, thinking nothing was undone, undid a second decision
    from qualkod.project import init_project
    from qualkod.store import db, open_project

    init_project(tmp_path / "p.db")
    monkeypatch.setattr(db, "_SAVED", [0])

    def decided_then_interrupted() -> None:
        project = open_project(tmp_path / "p.db")
        with project.write() as conn:  # a decision committed
            conn.exec_driver_sql("SELECT 1")
        project.close()
        raise KeyboardInterrupt  # Ctrl-C while its message was being prepared

    code, lines = _main_running(_one_command(decided_then_interrupted), monkeypatch, capsys)
    assert code == 130
    assert lines == [
        "Error: interrupted after it had saved changes to the project ('qualkod log' lists "
        "the decisions); nothing half-written was kept"
    ]


def test_ctrl_c_while_the_command_line_is_being_built_is_one_line_too(monkeypatch, capsys):
    def building() -> None:
        raise KeyboardInterrupt  # Ctrl-C before Typer has begun to handle it

    code, lines = _main_running(building, monkeypatch, capsys)
    assert code == 130
    assert len(lines) == 1 and lines[0].startswith("Error: interrupted")


def test_sigterm_is_one_line_and_exit_code_143_and_the_handler_is_put_back(monkeypatch, capsys):
    import os
    import signal
    import time

    def slow() -> None:
        os.kill(os.getpid(), signal.SIGTERM)  # what 'kill PID' sends in the middle of a command
        time.sleep(5)
        raise AssertionError("SIGTERM did not stop the command")

    from qualkod.store import db

    monkeypatch.setattr(db, "_SAVED", [0])  # this process saved nothing yet
    before = signal.getsignal(signal.SIGTERM)
    code, lines = _main_running(_one_command(slow), monkeypatch, capsys)
    assert code == 143
    assert lines == [
        "Error: terminated: the project is unchanged, and nothing half-written was kept"
    ]
    assert signal.getsignal(signal.SIGTERM) is before


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["log", "--coding", "abc"],
            "Error: Invalid value for '--coding': give a whole number; see 'qualkod log --help'",
        ),
        (
            ["transcripts", "--nope"],
            "Error: No such option: --nope; see 'qualkod transcripts --help'",
        ),
        (["show"], "Error: Missing argument 'TRANSCRIPT'; see 'qualkod show --help'"),
        (
            ["export", "chapter", "--out", "k.docx", "--max-quotes", "många"],
            "Error: Invalid value for '--max-quotes': give a whole number; "
            "see 'qualkod export chapter --help'",
        ),
        # out of range: a usage error (2) before the project is read, not a run's error (1)
        (
            ["export", "chapter", "--out", "k.docx", "--max-quotes", "0"],
            "Error: Invalid value for '--max-quotes': give a number of 1 or more; "
            "see 'qualkod export chapter --help'",
        ),
        (
            ["evaluate", "--folds", "1"],
            "Error: Invalid value for '--folds': give a number of 2 or more; "
            "see 'qualkod evaluate --help'",
        ),
        (
            ["suggest", "--threshold", "-0.5"],
            "Error: Invalid value for '--threshold': give a number of 0 or more; "
            "see 'qualkod suggest --help'",
        ),
        (
            ["init", ""],
            "Error: Invalid value for PATH: is empty; give the project's file or database URL; "
            "see 'qualkod init --help'",
        ),
        (
            ["suggest", "--threshold", "nan"],
            "Error: Invalid value for '--threshold': give a number up to 1; "
            "see 'qualkod suggest --help'",
        ),
        # a choice: the value quoted and the choices listed, as typer says of --format
        (
            ["suggestions", "--status", "bogus"],
            "Error: Invalid value for '--status': 'bogus' is not one of 'open', 'accepted', "
            "'rejected', 'all'; see 'qualkod suggestions --help'",
        ),
        (
            ["codings", "--format", "xml"],
            "Error: Invalid value for '--format' / '-f': 'xml' is not one of 'table', 'csv', "
            "'json'; see 'qualkod codings --help'",
        ),
        (
            ["export", "chapter", "--out", "k.docx", "--lang", "de"],
            "Error: Invalid value for '--lang': 'de' is not one of 'sv', 'en'; "
            "see 'qualkod export chapter --help'",
        ),
        # QA 25: 'show -1' said "No such option: -1"
        (
            ["show", "-1"],
            "Error: -1: a negative number, where ids and numbers start at 1; "
            "see 'qualkod show --help'",
        ),
        (
            ["memo", "remove", "-2"],
            "Error: -2: a negative number, where ids and numbers start at 1; "
            "see 'qualkod memo remove --help'",
        ),
    ],
)
def test_a_usage_error_is_one_line_naming_the_option(cli, argv, expected):
    result = cli(*argv)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [expected]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        # click would keep the last value: one code of two, the second coder's name
        (
            ["code", "add", "-t", "1", "--turn", "2", "--code", "ansvar", "--code", "samverkan"],
            "Error: Option '--code' is given twice; give it once; see 'qualkod code add --help'",
        ),
        (
            ["import", "a.vtt", "--title", "Ett", "--title=Två"],
            "Error: Option '--title' is given twice; give it once; see 'qualkod import --help'",
        ),
        # a short and a long name are one option; a group's own options count too
        (
            ["suggestions", "accept", "3", "--coder", "anna", "--coder=eva"],
            "Error: Option '--coder' is given twice; give it once; "
            "see 'qualkod suggestions accept --help'",
        ),
        (  # a short option with its value attached
            ["code", "add", "-t", "1", "--turn", "2", "-csamverkan", "--code", "samarbete"],
            "Error: Option '-c' is given twice; give it once; see 'qualkod code add --help'",
        ),
        (
            ["transcripts", "-f", "csv", "--format", "json"],
            "Error: Option '-f' is given twice; give it once; see 'qualkod transcripts --help'",
        ),
    ],
)
def test_an_option_given_twice_is_refused_not_the_last_kept(cli, argv, expected):
    result = cli(*argv, project=False)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [expected]


def test_options_that_take_several_values_or_none_may_repeat(cli):
    # --interviewer takes a list
    result = cli("import", "nothing.vtt", "-i", "A", "-i", "B")
    assert result.stderr.strip() == "Error: nothing.vtt: no such file; check the path"
    # the text '-p' is --text's value, not the project option a second time
    dash = cli("code", "add", "-t", "1", "--turn", "2", "--code", "ansvar", "--text", "-p")
    assert dash.exit_code == 1 and "given twice" not in dash.stderr
    given_before_and_after = cli("memo", "-p", "elsewhere.db", "list", "--format", "csv")
    assert given_before_and_after.exit_code == 0  # written after the subcommand, it wins


def test_a_command_group_alone_shows_its_help_not_an_error(cli):
    result = cli("codebook", project=False)
    shown = result.stdout + result.stderr
    assert "Usage: qualkod codebook" in shown and "Error" not in shown


@pytest.mark.parametrize(
    ("argv", "where"),
    [
        (["log", "--coding"], "qualkod log"),
        # two levels down, in a group that passes options on and in one that does not
        (["code", "add", "--text"], "qualkod code add"),
        (["export", "chapter", "--out"], "qualkod export chapter"),
    ],
)
def test_an_option_without_its_value_points_to_the_subcommands_help(cli, argv, where):
    result = cli(*argv, project=False)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: Option '{argv[-1]}' requires an argument; see '{where} --help'"
    ]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--nope"], "Error: No such option: --nope; see 'qualkod --help'"),
        (["--nope", "transcripts"], "Error: No such option: --nope; see 'qualkod --help'"),
    ],
)
def test_an_unknown_option_before_any_command_is_one_line(cli, argv, expected):
    result = cli(*argv, project=False)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [expected]


def test_qualkod_alone_shows_its_help_not_an_error(cli):
    result = cli(project=False)
    shown = result.stdout + result.stderr
    assert "Usage: qualkod [OPTIONS] COMMAND" in shown and "Error" not in shown


def test_project_before_the_command_says_where_it_goes(cli):
    result = cli("-p", "studie.db", "transcripts", project=False)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "Error: --project goes after the command: 'qualkod transcripts -p FILE ...', "
        "not 'qualkod -p FILE transcripts ...'"
    ]


def test_the_chapter_is_never_written_over_its_word_template(cli, tmp_path):
    template = tmp_path / "mall.docx"
    template.write_bytes(b"the department's template")
    result = cli("export", "chapter", "--template", template, "--out", template, project=False)
    assert _one_error_line(result) == (
        f"Error: --out {template}: is a file this command reads; give another file name"
    )
    assert template.read_bytes() == b"the department's template"


def test_a_file_whose_name_starts_with_a_dash_is_explained(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-anna.docx").write_bytes(b"")
    result = cli("import", "-anna.docx")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "Error: No such option: -a: to give the file -anna.docx, write it './-anna.docx' "
        "(a name that starts with '-' is read as an option)"
    ]


def test_an_id_too_large_for_the_database_is_one_line_not_a_traceback(cli):
    cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist")
    for words in (
        ["show", "9223372036854775808"],
        ["code", "remove", "99999999999999999999999", "--coder", "anna"],
        ["memo", "add", "Text.", "--coding", "99999999999999999999999", "--coder", "anna"],
    ):
        result = cli(*words)
        assert result.exit_code == 1, words
        assert result.stderr == (
            "Error: a number given is too large for the database: no id or turn is that large\n"
        )
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


@pytest.mark.sqlite_only  # the output stream is under test, not the database
def test_output_in_another_encoding_is_utf8_not_a_traceback(tmp_path):
    import subprocess
    import sys

    vtt = tmp_path / "emoji.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Anna Berg>Hur går det? 😀</v>\n\n"
        "00:00:04.000 --> 00:00:06.000\n<v Bo Ek>Det går bra 🙂 tack.</v>\n",
        encoding="utf-8",
    )
    run = [sys.executable, "-c", "from qualkod.console import main; main()"]
    env = {**os.environ, "QUALKOD_PROJECT": str(tmp_path / "p.db"), "PYTHONIOENCODING": "cp1252"}
    env.pop("PYTHONUTF8", None)
    for words in (["init"], ["import", str(vtt), "--interviewer", "Anna Berg"]):
        subprocess.run([*run, *words], env=env, capture_output=True, check=True)
    shown = subprocess.run([*run, "show", "1", "--format", "csv"], env=env, capture_output=True)
    assert shown.returncode == 0, shown.stderr
    assert shown.stderr == b""
    assert shown.stdout.decode("utf-8").splitlines()[-1] == (
        "2,00:00:04,00:00:06,IP 1,interviewee,Det går bra 🙂 tack."
    )


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["speakers", "set", "IP 1"], "Error: give --role and/or --pseudonym"),
        (
            ["import", INGEST / "teams-new.vtt", INGEST / "teams-new.docx", "--title", "A"],
            "Error: --title: give a title for one file at a time",
        ),
    ],
)
def test_commands_typed_wrong_are_usage_errors(cli, words, message):
    cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist")
    result = cli(*words)
    assert result.exit_code == 2
    assert result.stderr.startswith(message + "; see 'qualkod "), result.stderr


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (
            ["init", "ny.db", "--from", "x.qdpx", "--codebook-out", "kodbok.txt"],
            "Error: --codebook-out 'kodbok.txt': give a .yaml file name\n",
        ),
        (
            ["init", "ny.db", "--codebook-out", "kod bok.yaml"],
            "Error: --codebook-out 'kod bok.yaml': give it only with --from\n",
        ),
    ],
)
def test_a_wrong_codebook_out_names_its_value_quoted_like_other_values(
    cli, tmp_path, monkeypatch, words, message
):
    monkeypatch.chdir(tmp_path)
    result = cli(*words, project=False)
    assert result.exit_code == 1
    assert result.stderr == message
    assert not (tmp_path / "ny.db").exists()


def test_a_pseudonym_like_an_automatic_one_with_a_leading_zero_is_refused(cli):
    cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist")
    result = cli("speakers", "set", "IP 1", "--pseudonym", "IP 02")
    assert result.exit_code == 1
    assert "looks like IP 2 to a reader" in result.stderr


def test_an_empty_coder_variable_is_refused_not_the_user_name(cli, monkeypatch):
    cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    monkeypatch.setenv("QUALKOD_CODER", "")
    result = cli("code", "add", "-t", "1", "--turn", "2", "--code", "samverkan")
    assert result.exit_code == 1
    assert "$QUALKOD_CODER is set but empty" in result.stderr


def test_another_programs_file_is_named_for_what_it_is(cli, tmp_path):
    """A project database, a .qdpx or a codebook given where something else belongs."""
    cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist")
    project = tmp_path / "egen.db"
    assert cli("init", project, project=False).exit_code == 0
    qdpx = tmp_path / "studie.qdpx"
    assert cli("export", "qdpx", "--out", qdpx).exit_code == 0
    cases = [
        (("import", project), "egen.db: a database (a qualkod project?), not a transcript"),
        (("import", qdpx), "studie.qdpx: a REFI-QDA project (.qdpx), not a transcript"),
        (("codings", "import", qdpx), "studie.qdpx: a REFI-QDA project, not a codings file"),
        (("codings", "import", project), "egen.db: a database (a qualkod project?), not a codings"),
    ]
    for args, expected in cases:
        assert expected in _one_error_line(cli(*args)), args
    codebook = REPO / "codebooks" / "samsjuklighet.yaml"
    line = _one_error_line(cli("reproduce", codebook, project=False))
    assert "samsjuklighet.yaml: a codebook, not a study manifest" in line


@pytest.mark.parametrize("reference", ["0", "-1"])
def test_a_transcript_id_below_1_says_ids_start_at_1(cli, reference):
    line = _one_error_line(cli("show", "-p", cli.project_path, "--", reference, project=False))
    assert line == (
        f"Error: transcript '{reference}': not in {cli.project_path}; transcript ids start "
        "at 1; list them with 'qualkod transcripts'"
    )


def test_values_refused_by_the_domain_are_named_by_the_options_typed(cli, tmp_path):
    """Python reads these by their parameters (code_id='nope', start=5, end=3); the command
    line, as before, by the options."""
    cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    add = ("code", "add", "-t", "1", "--turn", "2", "--code", "samverkan", "--coder", "anna")
    for words, said in [
        (
            (*add[:6], "--code", "nope", "--coder", "anna"),
            "--code nope: not in codebook samsjuklighet 1.5; codes: bristande_ansvar, ",
        ),
        ((*add, "--start", "5", "--end", "3"), "--start 5 --end 3: the turn has 85 characters; "),
        ((*add, "--text", "a"), "--text: 'a' occurs more than once in the turn; give a longer "),
        ((*add[:5], "99", *add[6:]), "--turn 99: transcript 1 has turns 1 to 4"),
        (("suggestions", "--theme", "nope"), "--theme nope: not a theme of codebook samsjuklighet"),
        (("agreement", "--coder", "anna"), "--coder: name at least two coders to compare, or "),
        (
            ("export", "chapter", "--out", tmp_path / "k.docx", "--template", tmp_path),
            f"--template {tmp_path}: is a folder; give a Word .docx or .dotx file",
        ),
        (
            ("import", INGEST / "zoom.vtt", "--title", "2019"),
            "--title '2019': a title of digits alone would be read as a transcript id; ",
        ),
    ]:
        assert _one_error_line(cli(*words)).startswith(f"Error: {said}"), words
    assert cli(*add).exit_code == 0
    removal = _one_error_line(cli("transcripts", "remove", "1", "--yes", "--coder", "anna"))
    assert removal == (
        "Error: transcript 1 has 1 coding (1 by anna); removing it deletes it too: add "
        "--with-codings to remove both"
    )
