"""``qualkod code`` in a real pseudo-terminal, killed mid-session; and ``code done``."""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from qualkod.coding import decided_turns
from qualkod.importing import import_files
from qualkod.project import use_codebook
from qualkod.store import open_project
from qualkod.suggest import service
from tests.coding.test_session import SESSION_VTT
from tests.conftest import REPO
from tests.raw_sql import scalars


@pytest.fixture
def suggested_path(project_path):
    project = open_project(project_path)
    import_files(project, [SESSION_VTT], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    service.suggest(project)
    project.close()
    return project_path


class Terminal:
    """A child process on an 80x24 pseudo-terminal; its output is read continuously."""

    def __init__(self, argv: list[str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
        env.pop("NO_COLOR", None)
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def send(self, keys: str) -> None:
        for key in keys:
            os.write(self.master, key.encode())
            time.sleep(0.3)

    def wait_for(self, check, what: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if check():
                return
            time.sleep(0.2)
        tail = self.output[-2000:].decode(errors="replace")
        raise AssertionError(f"timed out waiting for {what}; terminal showed: {tail!r}")

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        os.close(self.master)


def _state(path) -> tuple[int, int, int]:
    """(live codings, rejected suggestions, turn reviews), read with plain SQL."""
    return scalars(
        path,
        "SELECT count(*) FROM codings WHERE NOT deleted",
        "SELECT count(*) FROM suggestion_decisions WHERE status = 'rejected'",
        "SELECT count(*) FROM reviews WHERE NOT deleted",
    )


def test_killed_session_keeps_every_confirmed_decision(suggested_path):
    argv = [sys.executable, "-m", "qualkod", "code", "--coder", "kodare1"]
    terminal = Terminal(argv + ["--project", str(suggested_path)])
    try:
        terminal.wait_for(lambda: b"Decided" in terminal.output, "the session to start")
        terminal.send("r")  # reject samarbete on turn 2
        terminal.send("a")  # accept ansvar_skjuts_undan
        terminal.send("n")  # turn 4
        terminal.send("n")  # turn 6
        terminal.send("d")  # nothing to code there
        terminal.wait_for(lambda: _state(suggested_path) == (1, 1, 1), "the decisions")
        assert terminal.process.poll() is None  # still running: now kill it
        os.killpg(terminal.process.pid, signal.SIGKILL)
        terminal.process.wait(timeout=10)
    finally:
        terminal.close()
    assert _state(suggested_path) == (1, 1, 1)
    if isinstance(suggested_path, Path):  # a SQLite file; a server checks itself
        with sqlite3.connect(suggested_path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    project = open_project(suggested_path)
    assert decided_turns(project, "kodare1") == {(1, 2), (1, 6)}
    project.close()


@pytest.mark.parametrize("key", ["q", "\x03"], ids=["q", "ctrl-c"])
def test_quit_key_ends_the_session_with_a_summary(suggested_path, key):
    argv = [sys.executable, "-m", "qualkod", "code", "--coder", "kodare1"]
    terminal = Terminal(argv + ["--project", str(suggested_path)])
    try:
        terminal.wait_for(lambda: b"Decided" in terminal.output, "the session to start")
        terminal.send(key)
        terminal.wait_for(lambda: terminal.process.poll() is not None, "the session to end")
        terminal.wait_for(lambda: b"every decision is saved" in terminal.output, "the summary")
    finally:
        terminal.close()
    assert terminal.process.returncode == 0


def test_code_without_a_terminal_says_what_to_use(cli, suggested_path):
    result = cli("code", "--coder", "kodare1")
    assert result.exit_code == 1
    assert "needs an interactive terminal" in result.stderr
    assert "Traceback" not in result.stderr


def test_code_done_marks_a_turn_and_undo_takes_it_back(cli, suggested_path):
    result = cli("code", "done", "-t", "1", "--turn", "6", "--coder", "kodare1")
    assert result.exit_code == 0, result.stderr
    assert "Turn 6 marked as decided" in result.stderr + result.stdout
    again = cli("code", "done", "-t", "1", "--turn", "6", "--coder", "kodare1")
    assert again.exit_code == 1 and "already marked turn 6" in again.stderr
    bad = cli("code", "done", "-t", "1", "--turn", "60", "--coder", "kodare1")
    assert bad.exit_code == 1 and "--turn 60" in bad.stderr
    assert cli("undo", "--coder", "kodare1").exit_code == 0
    assert _state(suggested_path)[2] == 0
