"""Writing a folder's outputs all or none (``qualkod reproduce``'s outputs folder).

Every file is first written whole into a hidden folder inside the outputs folder; only
then are the old files put aside and the new ones moved into place, by renames, the
last file given (``MANIFEST.json``) put aside first and placed last. A failure or an
interruption (Ctrl-C, SIGTERM) on the way puts the old files back and removes what the
run made, so the folder is as it was: absent if it was absent, its earlier files
untouched. A run killed outright leaves its hidden folder, which the next run removes,
and no record describing files it did not write.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from qualkod.errors import QualkodError
from qualkod.output_files import NO_SPACE, check_replaceable
from qualkod.temporary_project import remove_abandoned

STAGING = ".qualkod-outputs-"
"""The hidden folder's name: ``STAGING`` + the process id + ``-`` + a random part."""


def write_all_or_none(folder: Path, files: dict[str, bytes]) -> dict[str, Path]:
    """Write ``files`` (a name relative to ``folder``, such as ``tabeller/citat.xlsx``,
    -> its bytes) into ``folder``, made if missing, all of them or none (see the module
    docstring); the last one is the record of the others, placed last.

    Returns:
        Each name's file.

    Raises:
        QualkodError: naming a file that may not be replaced (a folder, a read-only
            file, a database; see :func:`~qualkod.output_files.check_replaceable`) or
            cannot be written (a full disk), before any is replaced.
        OSError: when the folder cannot be made or written in.
    """
    targets = {name: folder / name for name in files}
    for name, target in targets.items():
        if target.is_symlink() or target.parent.exists():
            targets[name] = check_replaceable(target)
    made: list[Path] = []  # folders this run made, the outermost first
    staging = None
    placed: list[Path] = []
    aside: list[tuple[Path, Path]] = []  # (where it was, where it is now)
    try:
        _make_folder(folder, made)
        remove_abandoned(STAGING, folder)
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING}{os.getpid()}-", dir=folder))
        staged = {
            name: _stage(staging / "new" / name, targets[name], data)
            for name, data in files.items()
        }
        names = list(files)  # the record (the last) goes aside first and comes last
        _put_aside(targets[names[-1]], staging / "old" / names[-1], aside)
        for name in names:
            _put_aside(targets[name], staging / "old" / name, aside)
            _make_folder(targets[name].parent, made)
            os.replace(staged[name], targets[name])
            placed.append(targets[name])
    except BaseException:
        for target in reversed(placed):
            target.unlink(missing_ok=True)
        for was, now in reversed(aside):
            os.replace(now, was)
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        for made_folder in reversed(made):
            try:
                made_folder.rmdir()
            except OSError:  # not empty after all: someone else's files are in it
                break
        raise
    shutil.rmtree(staging, ignore_errors=True)
    return targets


def _make_folder(folder: Path, made: list[Path]) -> None:
    """Make ``folder`` and its missing parents, noting each one made in ``made``."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir()
        made.append(new)


def _stage(path: Path, target: Path, data: bytes) -> Path:
    """Write ``data`` whole to ``path``, with the mode ``target`` has (or a new file
    gets); a full disk is told by ``target``'s name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = target.stat().st_mode & 0o777 if target.is_file() else 0o666 & ~_umask()
    try:
        with open(path, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(path, mode)
    except OSError as exc:
        if exc.errno not in NO_SPACE:
            raise
        raise QualkodError(
            f"{target}: the disk is full (or your quota used up); nothing was written; free "
            "some space and run again"
        ) from None
    return path


def _put_aside(target: Path, place: Path, aside: list[tuple[Path, Path]]) -> None:
    """Move the file at ``target`` (if any, and not moved already) to ``place``."""
    if not target.exists() or any(was == target for was, _ in aside):
        return
    place.parent.mkdir(parents=True, exist_ok=True)
    os.replace(target, place)
    aside.append((target, place))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
