"""Writing output files whole or not at all, with reproducible bytes."""

from __future__ import annotations

import errno
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from qualkod.errors import QualkodError

# A fixed timestamp for zip entries and document properties, so that the same input
# always gives byte-identical files.
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def check_output(
    out: Path, suffixes: tuple[str, ...], *, reads: Iterable[Path | None] = (), option="--out"
) -> None:
    """Refuse an output file name a command must not write to, before any work is done.

    Raises:
        QualkodError: when ``out`` lacks one of ``suffixes`` (``.csv`` for a CSV file), or
            is one of the files the command reads (the codebook it exports, say).
    """
    if out.suffix.lower() not in suffixes:
        raise QualkodError(f"{option} {out}: give a {' or '.join(suffixes)} file name")
    for source in reads:
        if source is not None and out.exists() and source.exists() and out.samefile(source):
            raise QualkodError(
                f"{option} {out}: is a file this command reads; give another file name"
            )


_DATABASE_HEADER = b"SQLite format 3\x00"


def folder_writable(folder: Path) -> bool:
    """Whether qualkod may create files in ``folder`` (permissions, read-only mounts).

    Root passes ``os.access`` for any folder, but not on a read-only file system, which
    ``statvfs`` tells."""
    if not os.access(folder, os.W_OK):
        return False
    try:
        return not os.statvfs(folder).f_flag & os.ST_RDONLY
    except (OSError, AttributeError):  # no statvfs (Windows): os.access has answered
        return True


NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT})
"""The errors of a full disk or a used-up quota."""


def check_replaceable(path: str | Path, *, replaces: str | None = None) -> Path:
    """Check that an output may be written at ``path``, as :func:`write_atomic` checks it.

    Returns:
        The file to write: ``path``, or the file a symbolic link there names.

    Raises:
        QualkodError: see :func:`write_atomic`.
    """
    path = Path(path)
    if path.is_symlink():  # written through: the link stays, the file it names is replaced
        try:
            path = path.resolve(strict=False)
        except (RuntimeError, OSError):  # a loop of links (RuntimeError before 3.13)
            raise QualkodError(
                f"{path}: is a symbolic link that leads round in a loop; give a file name"
            ) from None
    if not path.parent.exists():
        raise QualkodError(f"{path}: the folder {path.parent} does not exist; create it first")
    if path.is_dir():
        raise QualkodError(f"{path}: is a folder; give a file name to write")
    if path.exists() and not path.is_file():
        # a rename would put a file where a pipe or a device was (/dev/stdout, as root)
        raise QualkodError(f"{path}: is not a regular file (a pipe or a device); give a file name")
    if path.is_file() and _is_database(path):
        raise QualkodError(
            f"{path}: is a database (a qualkod project?); it is never written over: "
            "give another file name"
        )
    kind = study_file_kind(path) if path.is_file() else None
    if kind is not None and kind != replaces:
        raise QualkodError(
            f"{path}: is a {kind}, an input of the study; it is not written over: give "
            "another file name"
        )
    if path.exists() and not path.stat().st_mode & 0o222:
        # Replacing goes through the folder, which a file's own mode does not stop:
        # a write-protected file (a version handed in, say) is kept rather than lost.
        raise QualkodError(
            f"{path}: is read-only; make it writable to replace it, or choose another file name"
        )
    return path


def write_atomic(path: str | Path, data: bytes, *, replaces: str | None = None) -> None:
    """Write bytes to ``path`` through a temporary file and a rename.

    A crash or Ctrl-C leaves either the old file or the new one, never half a file.

    A symbolic link is written through: the file it names is replaced, the link kept.

    Args:
        path: the file to write.
        data: its bytes.
        replaces: the kind of study file (:func:`study_file_kind`) this writer may
            replace (``"memos file"`` for ``memo export``); any other is refused.

    Raises:
        QualkodError: when the folder is missing or not writable, ``path`` is a folder,
            a pipe or a device, read-only, a database (a project file is never written
            over), a study's input of another kind (a codebook, a theory catalogue, a
            study file, a codings or memos file: ``memo export --out`` the codebook), or
            cannot be replaced (held open by another program).
    """
    path = check_replaceable(path, replaces=replaces)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        if exc.errno in NO_SPACE:
            raise QualkodError(
                f"{path}: the disk is full (or your quota used up); nothing was written; free "
                "some space and run again"
            ) from None
        raise QualkodError(
            f"{path}: cannot write in the folder {path.parent} ({exc.strerror}); make the "
            "folder writable, or write to another folder"
        ) from None
    try:
        # mkstemp makes the file private (0600); give it the mode a new file would get.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except IsADirectoryError:  # made a folder since the check above
        Path(temporary).unlink(missing_ok=True)
        raise QualkodError(f"{path}: is a folder; give a file name to write") from None
    except PermissionError as exc:  # immutable, or held open by another program
        Path(temporary).unlink(missing_ok=True)
        raise QualkodError(
            f"{path}: cannot replace it ({exc.strerror}); close it if another program has it "
            "open, or choose another file name"
        ) from None
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        if exc.errno not in NO_SPACE:
            raise
        raise QualkodError(
            f"{path}: the disk is full (or your quota used up); nothing was written; free "
            "some space and run again"
        ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_]+):", re.MULTILINE)


def study_file_kind(path: Path) -> str | None:
    """What study input ``path`` holds, by its first 64 KiB: ``codebook``, ``theory
    catalogue``, ``study file``, ``memos file`` (YAML by their top-level keys), ``codings
    file`` (a CSV whose header starts ``transcript_sha256,``); ``None`` for anything
    else (an output, a file of another program)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(65536).decode("utf-8", "replace").lstrip("\ufeff")
    except OSError:
        return None
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        keys = set(_TOP_LEVEL_KEY.findall(head))
        if "codebook" in keys and keys & {"themes", "codes"}:
            return "codebook"
        if "catalogue" in keys and "concepts" in keys:
            return "theory catalogue"
        if "study" in keys and "transcripts" in keys:
            return "study file"
        if keys == {"memos"}:
            return "memos file"
    if suffix in (".csv", ".tsv", ".txt") and head.startswith("transcript_sha256,"):
        return "codings file"
    return None


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_DATABASE_HEADER)) == _DATABASE_HEADER
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def normalise_zip(
    data: bytes,
    date_time: tuple[int, ...] = FIXED_ZIP_TIME,
    *,
    rewrite: dict[str, Callable[[bytes], bytes]] | None = None,
) -> bytes:
    """Rewrite a zip container (docx, xlsx) with fixed timestamps and entry order kept.

    ``rewrite`` maps entry names to functions that change their content (for libraries
    that stamp the time of saving into a part).
    """
    rewrite = rewrite or {}
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(item.filename)
            if item.filename in rewrite:
                content = rewrite[item.filename](content)
            target.writestr(info, content)
    return out.getvalue()
