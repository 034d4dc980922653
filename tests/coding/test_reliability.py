"""Confirmed decisions survive SIGKILL; concurrent writers never corrupt the project."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from qualkod.coding import codings

WRITER = textwrap.dedent(
    """
    import sys, time
    from qualkod.coding import add_coding
    from qualkod.errors import ProjectBusyError
    from qualkod.project import current_codebook
    from qualkod.store import open_project

    project = open_project(sys.argv[1])
    codebook = current_codebook(project)[0]
    coder, pause, turns = sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    for n in range(turns):
        turn = n % 2 * 2 + 2  # the interviewee's turns 2 and 4
        code = ["samverkan", "bristande_ansvar", "situationsanpassning", "samarbete"][n // 2 % 4]
        try:
            coding = add_coding(project, "1", turn, code, f"{coder}{n // 8}", codebook=codebook)
        except ProjectBusyError:
            print("busy", flush=True)
            continue
        print(coding.id, flush=True)
        time.sleep(pause)
    """
)


def _check_integrity(project_path) -> None:
    if isinstance(project_path, Path):  # a SQLite file; the server checks itself
        with sqlite3.connect(project_path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _writer(project_path, coder, pause, count):
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(project_path), coder, str(pause), str(count)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )


def test_sigkill_between_decisions_loses_nothing_confirmed(coded_project, project_path):
    process = _writer(project_path, "k", 0.2, 64)
    confirmed = [int(process.stdout.readline()) for _ in range(5)]
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = {c.id for c in codings(coded_project)}
    assert set(confirmed) <= stored
    _check_integrity(project_path)


def test_two_processes_writing_at_once(coded_project, project_path):
    writers = [_writer(project_path, name, 0, 16) for name in ("a", "b")]
    outputs = [w.communicate(timeout=120)[0].split() for w in writers]
    assert all(w.returncode == 0 for w in writers)
    stored = {c.id for c in codings(coded_project)}
    written = {int(x) for out in outputs for x in out if x != "busy"}
    assert written == stored
    assert len(written) + sum(out.count("busy") for out in outputs) == 32
    _check_integrity(project_path)
    time.sleep(0)
