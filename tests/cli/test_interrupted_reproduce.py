"""Ctrl-C or SIGTERM during 'qualkod reproduce': the run works in a temporary project,
so it must not say it saved changes to "the project" ('qualkod log' has nothing to
show), and the outputs folder stays as it was."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import copy_study

LEFT = (
    "Error: interrupted: the study's outputs folder is as it was and the run's temporary "
    "project is removed; nothing half-written was kept"
)


def _interrupt_after_the_memos(monkeypatch) -> None:
    """Ctrl-C right after the memos went into the run's temporary project (a saved
    transaction there)."""
    from qualkod import coding

    real = coding.import_memos

    def then_interrupted(*args, **kwargs):
        real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(coding, "import_memos", then_interrupted)


def _main(argv, monkeypatch, capsys) -> tuple[int, list[str]]:
    from qualkod.cli import _interrupted
    from qualkod.cli import app as cli
    from qualkod.store import db

    monkeypatch.setattr(db, "_SAVED", [0])
    monkeypatch.setattr(_interrupted, "_LEFT", [])
    monkeypatch.setattr(sys, "argv", ["qualkod", *map(str, argv)])
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    return stopped.value.code, capsys.readouterr().err.strip().splitlines()


def test_ctrl_c_in_reproduce_says_the_outputs_are_as_they_were(tmp_path, monkeypatch, capsys):
    # newuser: Ctrl-C in 'qualkod reproduce study.yaml' said "interrupted after it had
    # saved changes to the project ('qualkod log' lists the decisions)", though the only
    # project was the run's temporary one, removed again
    study = copy_study(tmp_path / "studie")
    (study.parent / "outputs").rmdir()
    _interrupt_after_the_memos(monkeypatch)
    code, lines = _main(["reproduce", study], monkeypatch, capsys)
    assert code == 130
    assert lines == [LEFT]
    assert not (study.parent / "outputs").exists()


def test_ctrl_c_in_reproduce_check_says_the_same(tmp_path, monkeypatch, capsys):
    from tests.conftest import REPO

    study = copy_study(tmp_path / "studie")
    _interrupt_after_the_memos(monkeypatch)
    code, lines = _main(
        ["reproduce", study, "--check", REPO / "outputs" / "MANIFEST.json"], monkeypatch, capsys
    )
    assert code == 130
    assert lines == [LEFT]
    assert list((study.parent / "outputs").iterdir()) == []


def test_ctrl_c_in_a_command_on_the_users_project_still_says_what_it_saved(
    tmp_path, monkeypatch, capsys
):
    # the note of an interrupted reproduce is not said by other commands
    from qualkod.cli import app as cli
    from qualkod.project import init_project
    from qualkod.store import open_project

    init_project(tmp_path / "p.db")

    def decided_then_interrupted() -> None:
        project = open_project(tmp_path / "p.db")
        with project.write() as conn:
            conn.exec_driver_sql("SELECT 1")
        project.close()
        raise KeyboardInterrupt

    import typer

    stub = typer.Typer()
    stub.command()(decided_then_interrupted)
    monkeypatch.setattr(cli, "app", stub)
    code, lines = _main([], monkeypatch, capsys)
    assert code == 130
    assert lines == [
        "Error: interrupted after it had saved changes to the project ('qualkod log' lists "
        "the decisions); nothing half-written was kept"
    ]


def test_ctrl_c_in_init_from_says_the_new_project_was_not_created(tmp_path, monkeypatch, capsys):
    # newuser: Ctrl-C in 'qualkod init ny.db --from studie.qdpx' removed ny.db again but
    # said "interrupted after it had saved changes to the project ('qualkod log' lists
    # the decisions)"
    from typer.testing import CliRunner

    from qualkod.cli.app import app
    from qualkod.refi_import import project as refi_project

    monkeypatch.delenv("QUALKOD_PROJECT", raising=False)
    first = tmp_path / "first.db"
    (tmp_path / "a.txt").write_text(
        "Lena Vik: Hur ser veckan ut?\nPelle Strand: Möten och hembesök.\n", encoding="utf-8"
    )
    runner = CliRunner()
    for argv in (
        ["init", first],
        ["import", tmp_path / "a.txt", "--interviewer", "Lena Vik", "-p", first],
        ["export", "qdpx", "--out", tmp_path / "a.qdpx", "-p", first],
    ):
        assert runner.invoke(app, [str(a) for a in argv]).exit_code == 0
    real = refi_project._store

    def stored_then_interrupted(*args, **kwargs):
        real(*args, **kwargs)  # the new project's rows committed
        raise KeyboardInterrupt

    monkeypatch.setattr(refi_project, "_store", stored_then_interrupted)
    made = tmp_path / "ny.db"
    code, lines = _main(
        ["init", made, "--from", tmp_path / "a.qdpx", "--codebook-out", tmp_path / "k.yaml"],
        monkeypatch,
        capsys,
    )
    assert code == 130
    assert lines == [f"Error: interrupted: {made} was not created; nothing half-written was kept"]
    assert not made.exists()


def test_ctrl_c_inside_init_project_of_init_from_leaves_no_project(tmp_path, monkeypatch, capsys):
    # newuser: Ctrl-C while 'qualkod init ny.db --from s.qdpx' was creating ny.db left it
    # behind as an empty project, and a re-run was refused "already exists"
    from typer.testing import CliRunner

    from qualkod.cli.app import app
    from qualkod.refi_import import project as refi_project

    monkeypatch.delenv("QUALKOD_PROJECT", raising=False)
    first = tmp_path / "first.db"
    (tmp_path / "a.txt").write_text(
        "Ola Berg: Vad gör du på morgonen?\nKim Lund: Jag läser mejl och ringer.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    for argv in (
        ["init", first],
        ["import", tmp_path / "a.txt", "--interviewer", "Ola Berg", "-p", first],
        ["export", "qdpx", "--out", tmp_path / "a.qdpx", "-p", first],
    ):
        assert runner.invoke(app, [str(a) for a in argv]).exit_code == 0
    real = refi_project.init_project

    def created_then_interrupted(location, *args, **kwargs):
        real(location, *args, **kwargs)  # the file is there, init_project has not returned
        raise KeyboardInterrupt

    monkeypatch.setattr(refi_project, "init_project", created_then_interrupted)
    made = tmp_path / "ny.db"
    code, _ = _main(
        ["init", made, "--from", tmp_path / "a.qdpx", "--codebook-out", tmp_path / "k.yaml"],
        monkeypatch,
        capsys,
    )
    assert code == 130
    assert not made.exists()
    assert not (tmp_path / "k.yaml").exists()
