"""Temporary folders that hold interview text: the project ``qualkod reproduce`` rebuilds
a study in, and the files openpyxl writes a workbook's sheets to before zipping them.

Such a folder holds quotes or whole transcripts, so it is removed however the run ends:
also when it is terminated (SIGTERM is turned into KeyboardInterrupt while inside), and,
for a run killed outright (SIGKILL, a power cut), by the next run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

PREFIX = "qualkod-reproduce-"
"""Names are ``PREFIX`` + the process id + ``-`` + tempfile's random part."""


WORKBOOK_PREFIX = "qualkod-workbook-"
"""The folder openpyxl's temporary sheet files go to while a workbook is written."""


@contextlib.contextmanager
def temporary_folder(prefix: str = PREFIX) -> Iterator[Path]:
    """A new private folder, removed afterwards; folders of killed runs are removed first."""
    remove_abandoned(prefix)
    with (
        terminate_as_interrupt(),
        tempfile.TemporaryDirectory(prefix=f"{prefix}{os.getpid()}-") as folder,
    ):
        yield Path(folder)


@contextlib.contextmanager
def temporary_files_kept_private() -> Iterator[Path]:
    """While inside, files made by :mod:`tempfile` without a folder of their own (openpyxl
    writes each sheet to one) go into a private folder of this process, removed as
    :func:`temporary_folder` removes its folders: a killed export leaves no quotes in
    the system's temporary folder."""
    with temporary_folder(WORKBOOK_PREFIX) as folder:
        before, tempfile.tempdir = tempfile.tempdir, str(folder)
        try:
            yield folder
        finally:
            tempfile.tempdir = before


def remove_abandoned(prefix: str = PREFIX, where: Path | None = None) -> None:
    """Remove the folders of runs that were killed, in ``where`` (the system's temporary
    folder by default): a folder is a killed run's when the process its name records no
    longer runs; another user's, or an older one without a process id, stays."""
    for folder in Path(where or tempfile.gettempdir()).glob(f"{prefix}*-*"):
        pid = folder.name.removeprefix(prefix).split("-", 1)[0]
        if not pid.isdigit() or not folder.is_dir() or _running(int(pid)):
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl-C there: leave the folder
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where Ctrl-C would be so that the same cleanup runs."""


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """While inside, SIGTERM raises :class:`Terminated`, a KeyboardInterrupt (as Ctrl-C
    does), so that cleanup runs; outside the main thread, where no handler can be set,
    nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(number, frame):
        raise Terminated

    before = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)
