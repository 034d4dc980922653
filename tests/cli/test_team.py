"""``qualkod project copy`` and ``qualkod coders`` through the command line."""

from __future__ import annotations

import csv
import io

import pytest

from qualkod.coding import add_coding, mark_decided
from tests.conftest import REPO


def test_coders_lists_each_coders_share_as_csv(cli, coded_project):
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "1", 4, "samverkan", "anna")
    mark_decided(coded_project, "1", 4, "bo")  # an interviewee's turn
    result = cli("coders", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["coder"], r["codings"], r["turns"], r["decisions"]) for r in rows] == [
        ("anna", "2", "2", "2"),
        ("bo", "0", "1", "1"),
    ]


def test_coders_in_a_project_nobody_has_coded(cli):
    result = cli("coders")
    assert result.exit_code == 0 and "No one has coded" in result.stdout


def test_project_copy_to_a_new_file_and_not_onto_data(cli, coded_project, project_path, tmp_path):
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    target = tmp_path / "arkiv.db"
    result = cli("project", "copy", str(project_path), str(target), project=False)
    assert result.exit_code == 0, result.stderr
    assert "(1 coding, 1 logged decision)" in result.stdout
    listed = cli("codings", "--format", "csv", "--project", str(target), project=False)
    assert "samverkan" in listed.stdout
    again = cli("project", "copy", str(project_path), str(target), project=False)
    assert again.exit_code == 1
    lines = again.stderr.strip().splitlines()
    assert len(lines) == 1 and "already holds a project with data" in lines[0]


def test_project_copy_refuses_a_target_named_as_another_kind_or_linked_to_the_source(
    cli, project_path, tmp_path
):
    table = tmp_path / "kopia.csv"
    result = cli("project", "copy", str(project_path), str(table), project=False)
    assert result.exit_code == 1 and not table.exists()
    assert result.stderr.strip() == (
        f"Error: {table}: a .csv name is for a table, not a project database; give a name "
        "ending in .db, such as kopia.db"
    )
    if "://" in str(project_path):
        return  # a server's database has no file to link to
    link = tmp_path / "lank.db"
    link.symlink_to(project_path)
    linked = cli("project", "copy", str(project_path), str(link), project=False)
    assert linked.exit_code == 1
    assert "the source and the target are the same project" in linked.stderr


def test_project_copy_to_an_unreachable_server_hides_the_password(cli, project_path):
    target = "postgresql://kodare:hemligt@127.0.0.1:1/studie"
    result = cli("project", "copy", str(project_path), target, project=False)
    assert result.exit_code == 1
    assert "kodare:***@127.0.0.1:1/studie" in result.stderr
    assert "hemligt" not in result.stdout + result.stderr


def test_the_interviewer_coding_under_her_login_is_her_pseudonym_in_every_listing(
    cli, coded_project, monkeypatch
):
    # Karin Lindqvist interviews in teams-new.vtt (Intervjuare 1) and codes as klindqvist.
    monkeypatch.setenv("COLUMNS", "200")
    add_coding(coded_project, "1", 2, "samverkan", "klindqvist")
    add_coding(coded_project, "1", 2, "bristande_ansvar", "anna")
    listing = cli("coders", "--format", "csv")
    assert [r["coder"] for r in csv.DictReader(io.StringIO(listing.stdout))] == [
        "anna",
        "Intervjuare 1",
    ]
    raw = cli("coders", "--format", "csv", "--raw-names")
    assert "klindqvist" in raw.stdout
    log = cli("log", "--format", "csv")
    assert log.exit_code == 0 and "klindqvist" not in log.stdout
    assert '""coder"": ""Intervjuare 1""' in log.stdout  # in the coding's state, too
    compared = cli("agreement", "--coder", "anna", "--coder", "klindqvist")
    assert compared.exit_code == 0, compared.stderr
    assert "klindqvist" not in compared.stdout and "Intervjuare 1" in compared.stdout
    add_coding(coded_project, "1", 2, "samverkan", "bo")
    chapter = cli("export", "chapter", "--out", "kapitel.docx")
    assert chapter.exit_code == 1
    assert "--coder: Intervjuare 1, anna and bo all coded transcript 1" in chapter.stderr


def test_the_interviewer_coding_under_two_logins_is_one_person_said_once(cli, coded_project):
    add_coding(coded_project, "1", 2, "samverkan", "klindqvist")
    add_coding(coded_project, "1", 4, "samverkan", "karin.lindqvist")
    listing = cli("coders", "--format", "csv")
    assert [r["coder"] for r in csv.DictReader(io.StringIO(listing.stdout))] == [
        "Intervjuare 1",
        "Intervjuare 1",
    ]
    assert listing.stderr.strip() == (
        "Warning: Intervjuare 1 is one person who coded under 2 names; "
        "'qualkod coders --raw-names' tells them apart"
    )
    assert "Warning" not in cli("coders", "--format", "csv", "--raw-names").stderr


_TWO_ANNAS = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v Karin Lindqvist>Hur ser samverkan ut hos er?</v>

00:00:06.000 --> 00:00:12.000
<v Anna Berg>Vi träffas varje vecka med regionen.</v>

00:00:13.000 --> 00:00:20.000
<v Anna Ek>Hos oss är det en gång i månaden, och det räcker inte.</v>
"""


def test_a_coder_named_as_several_speakers_are_is_a_label_of_its_own(cli, tmp_path):
    # QA 25: coders called "Anna" and "anna.b", beside interviewees Anna Berg and Anna
    # Ek, were both shown as "namn", and said to be one person who coded under two names
    transcript = tmp_path / "fokusgrupp.vtt"
    transcript.write_text(_TWO_ANNAS, encoding="utf-8")
    cli("import", transcript, "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    for turn, coder in ((2, "Anna"), (3, "anna.b"), (3, "kodare1")):
        added = cli(
            "code", "add", "-t", "1", "--turn", str(turn), "-c", "samverkan", "--coder", coder
        )
        assert added.exit_code == 0, added.stderr
    listing = cli("coders", "--format", "csv")
    assert [r["coder"] for r in csv.DictReader(io.StringIO(listing.stdout))] == [
        "Kodare A",  # Anna: the first to code
        "Kodare B",  # anna.b
        "kodare1",  # no speaker's name: as given
    ]
    assert listing.stderr == ""  # two people, not one under two names
    mine = cli("codings", "--coder", "Kodare B", "--format", "csv")
    assert [r["turn"] for r in csv.DictReader(io.StringIO(mine.stdout))] == ["3"]
    log = cli("log", "--format", "csv").stdout
    assert "Anna" not in log and "anna" not in log and "namn" not in log


@pytest.mark.parametrize(
    "typo",
    [
        "postgresql:/kodare:hemligt@localhost/studie",
        "postgresql//kodare:hemligt@localhost/studie",
        "postgresql:kodare:hemligt@localhost/studie",
    ],
)
def test_a_database_url_with_a_typo_is_named_as_one_and_hides_the_password(cli, typo):
    for command in (("transcripts", "--project", typo), ("init", typo)):
        result = cli(*command, project=False)
        assert result.exit_code == 1
        assert "looks like a database URL with a typo" in result.stderr
        assert "kodare:***@localhost/studie" in result.stderr
        assert "hemligt" not in result.stdout + result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("url", "advice"),
    [
        # psycopg2 and asyncpg are not what qualkod installs: the URL qualkod takes is named
        ("postgresql+psycopg2://kodare:hemligt@localhost/studie", "the driver psycopg2 is not"),
        ("postgresql+asyncpg://kodare:hemligt@localhost/studie", "the driver asyncpg is not"),
        # an e-mail address as user name, or an @ in the password, needs %40
        ("postgresql://kodare@region.se:hemligt@localhost/studie", "write it as %40"),
        ("postgresql://kodare:hem@ligt@localhost/studie", "write it as %40"),
    ],
)
def test_a_database_url_qualkod_cannot_use_says_what_to_write(cli, url, advice):
    result = cli("transcripts", "--project", url, project=False)
    assert result.exit_code == 1
    assert advice in result.stderr, result.stderr
    assert "hemligt" not in result.stderr and "ligt" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_database_url_pasted_with_a_space_before_it_is_read_as_the_url(cli):
    result = cli(
        "transcripts", "--project", " postgresql://kodare:hemligt@127.0.0.1:1/studie", project=False
    )
    assert result.exit_code == 1
    assert "cannot connect to the database" in result.stderr  # not "no project here"
    assert "hemligt" not in result.stderr


def _copy_from_the_console(source, target, monkeypatch, capsys) -> tuple[int, list[str]]:
    """Exit code and error lines of ``qualkod project copy`` run as the console script."""
    import sys

    from qualkod.cli import app as cli
    from qualkod.store import db

    monkeypatch.setattr(db, "_SAVED", [0])  # this process saved nothing yet
    monkeypatch.setattr(sys, "argv", ["qualkod", "project", "copy", str(source), str(target)])
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    return stopped.value.code, capsys.readouterr().err.strip().splitlines()


@pytest.mark.sqlite_only
def test_ctrl_c_while_a_finished_copy_is_closed_is_one_line_and_keeps_the_copy(
    coded_project, project_path, tmp_path, monkeypatch, capsys, caplog
):
    # QA 25: Ctrl-C at the very end of 'project copy' printed SQLAlchemy's "Exception
    # closing connection" and its traceback, and removed the finished copy
    from sqlalchemy.engine.default import DefaultDialect

    add_coding(coded_project, "1", 2, "samverkan", "anna")
    coded_project.close()
    close = DefaultDialect.do_close
    closed = []

    def interrupted_once(self, connection):
        closed.append(connection)
        if len(closed) == 1:  # the copy's own connection, closed after its commit
            raise KeyboardInterrupt
        return close(self, connection)

    monkeypatch.setattr(DefaultDialect, "do_close", interrupted_once)
    target = tmp_path / "arkiv.db"
    code, lines = _copy_from_the_console(project_path, target, monkeypatch, capsys)
    assert code == 130
    assert lines == [
        "Error: interrupted after it had saved changes to the project ('qualkod log' lists "
        "the decisions); nothing half-written was kept"
    ]
    # SQLAlchemy's log goes to stderr with its traceback outside pytest (which keeps it)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("sqlalchemy")] == []
    monkeypatch.setattr(DefaultDialect, "do_close", close)
    from qualkod.coding import codings
    from qualkod.store import open_project

    with open_project(target) as copied:
        assert [c.code_id for c in codings(copied)] == ["samverkan"]


def test_ctrl_c_during_a_copy_to_a_new_file_says_nothing_was_changed(
    coded_project, project_path, tmp_path, monkeypatch, capsys
):
    from qualkod.store import copy

    insert = copy.insert

    def interrupted_at_the_third_table(table):
        if table.name == copy._tables()[2].name:
            raise KeyboardInterrupt
        return insert(table)

    monkeypatch.setattr(copy, "insert", interrupted_at_the_third_table)
    target = tmp_path / "arkiv.db"
    code, lines = _copy_from_the_console(project_path, target, monkeypatch, capsys)
    assert code == 130
    # the new file, made and set up by this copy, is removed again: nothing was changed
    assert lines == [
        "Error: interrupted: the project is unchanged, and nothing half-written was kept"
    ]
    assert not list(tmp_path.glob("arkiv.db*"))
