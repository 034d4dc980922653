"""Atomic writes and reproducible zips."""

from __future__ import annotations

import os
import stat

import pytest

from qualkod.errors import QualkodError
from qualkod.output_files import write_atomic


def test_new_file_gets_the_usual_mode_not_a_private_one(tmp_path):
    mask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.txt", b"x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o644


def test_replacing_keeps_the_mode_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "b.txt"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["b.txt"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(QualkodError, match="does not exist"):
        write_atomic(tmp_path / "nowhere" / "c.txt", b"x")


def test_a_folder_in_the_files_place_is_a_clear_error_and_stays(tmp_path):
    (tmp_path / "kapitel.docx").mkdir()
    with pytest.raises(QualkodError, match=r"kapitel.docx: is a folder; give a file name"):
        write_atomic(tmp_path / "kapitel.docx", b"x")
    assert (tmp_path / "kapitel.docx").is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["kapitel.docx"]


def test_a_read_only_file_is_kept_not_replaced(tmp_path):
    target = tmp_path / "inlämnad.docx"
    target.write_bytes(b"the version handed in")
    target.chmod(0o444)
    with pytest.raises(QualkodError, match=r"inlämnad.docx: is read-only; make it writable"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"the version handed in"
    assert [p.name for p in tmp_path.iterdir()] == ["inlämnad.docx"]


def test_a_file_that_cannot_be_replaced_is_a_clear_error_without_leftovers(tmp_path, monkeypatch):
    target = tmp_path / "kapitel.docx"
    target.write_bytes(b"old")

    def held_open(source, destination):  # as Windows does while Word has the file open
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(
        QualkodError, match=r"kapitel.docx: cannot replace it \(Permission denied\); close it"
    ):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["kapitel.docx"]


def test_a_symbolic_link_is_written_through_and_kept(tmp_path):
    shared = tmp_path / "delad"
    shared.mkdir()
    (shared / "citat.md").write_text("gammalt\n", encoding="utf-8")
    link = tmp_path / "citat.md"
    link.symlink_to(shared / "citat.md")
    write_atomic(link, b"nytt\n")
    assert link.is_symlink() and (shared / "citat.md").read_bytes() == b"nytt\n"
    assert sorted(p.name for p in shared.iterdir()) == ["citat.md"]  # no temporary left


def test_a_loop_of_links_is_one_line(tmp_path):
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)
    with pytest.raises(QualkodError, match=r"loop.csv: is a symbolic link that leads round"):
        write_atomic(loop, b"x\n")


def test_a_pipe_is_refused_not_replaced(tmp_path):
    pipe = tmp_path / "tabell.csv"
    os.mkfifo(pipe)
    with pytest.raises(QualkodError, match=r"tabell.csv: is not a regular file \(a pipe"):
        write_atomic(pipe, b"x\n")
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_database_is_never_written_over(tmp_path):
    import sqlite3

    target = tmp_path / "studie.csv"  # a project copied under another name
    sqlite3.connect(target).execute("create table t (x)").connection.commit()
    before = target.read_bytes()
    with pytest.raises(QualkodError, match=r"studie.csv: is a database .*give another file name"):
        write_atomic(target, b"theme,code\n")
    assert target.read_bytes() == before


def test_a_full_disk_is_one_line_and_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    import errno

    import qualkod.output_files as output_files

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "citat.csv"
    target.write_bytes(b"old")
    monkeypatch.setattr(output_files.os, "fsync", no_space)
    with pytest.raises(QualkodError) as caught:
        write_atomic(target, b"new")
    assert str(caught.value) == (
        f"{target}: the disk is full (or your quota used up); nothing was written; free some "
        "space and run again"
    )
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["citat.csv"]


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        (
            "kodbok.yaml",
            "# Min kodbok\ncodebook:\n  id: test\n  version: '1'\nthemes:\n  - id: a\n",
            "codebook",
        ),
        ("teori.yml", "catalogue:\n  id: t\nconcepts:\n  - id: c\n", "theory catalogue"),
        ("study.yaml", "study: s\ntitle: T\ntranscripts:\n  - path: a.vtt\n", "study file"),
        ("koder.csv", "transcript_sha256,transcript,turn\nabc,Intervju 1,3\n", "codings file"),
        ("memon.yaml", "memos:\n- theme: a\n  text: Ett memo.\n", "memos file"),
    ],
)
def test_a_study_input_is_not_written_over_by_another_kind(tmp_path, name, content, kind):
    target = tmp_path / name
    target.write_text(content, encoding="utf-8")
    with pytest.raises(QualkodError) as refused:
        write_atomic(target, b"memos: []\n" if kind != "memos file" else b"x")
    assert f"is a {kind}, an input of the study" in str(refused.value)
    assert target.read_text(encoding="utf-8") == content
    write_atomic(target, b"ny\n", replaces=kind)  # its own kind's writer replaces it
    assert target.read_bytes() == b"ny\n"


def test_files_of_other_programs_are_replaced_as_before(tmp_path):
    for name, content in (("a.yaml", "namn: x\n"), ("b.csv", "tema,citat\nx,y\n")):
        (tmp_path / name).write_text(content, encoding="utf-8")
        write_atomic(tmp_path / name, b"ny\n")
        assert (tmp_path / name).read_bytes() == b"ny\n"


def test_a_folder_that_cannot_be_written_is_named_with_the_fix(tmp_path, monkeypatch):
    # QA 25: it said "cannot write here (Permission denied)"; chmod does not stop root,
    # so the refusal is the system's as a read-only folder gives it
    import tempfile

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(QualkodError) as caught:
        write_atomic(tmp_path / "citat.csv", b"x")
    assert str(caught.value) == (
        f"{tmp_path / 'citat.csv'}: cannot write in the folder {tmp_path} (Permission "
        "denied); make the folder writable, or write to another folder"
    )
