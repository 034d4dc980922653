"""Reading input files whole, with a one-line error when the file cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qualkod.errors import QualkodError, shown


def read_input(
    path: str | Path, what: str, *, error: Callable[[str], Exception] = QualkodError
) -> bytes:
    """The bytes of the input file ``path``; ``what`` names it in errors ("codings file").

    Raises:
        QualkodError: (or what ``error`` makes of the message) naming the path and why it
            cannot be read: missing, a folder, no permission, a symbolic link loop, ..., or
            another program's file (a database, a .qdpx, an Excel workbook).
    """
    where = shown(path)
    try:
        if Path(path).exists() and not Path(path).is_file() and not Path(path).is_dir():
            # a named pipe or a device would be read for ever
            raise error(f"{where}: is not a regular file (a pipe or a device); give the {what}")
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise error(f"{where}: no such {what}; check the path") from None
    except IsADirectoryError:
        raise error(f"{where}: is a folder; give the {what}") from None
    except PermissionError as exc:
        reason = exc.strerror or "permission denied"
        raise error(f"{where}: cannot be read ({reason}); make it readable") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise error(f"{where}: cannot be read ({reason}); check the path") from None
    other = other_program(data, Path(path).suffix.lower(), where)
    if other:  # "qualkod codings import studie.qdpx"
        raise error(f"{where}: {other[0]}, not a {what}; {other[1] or f'give the {what}'}")
    return data


def other_program(data: bytes, suffix: str, where: str) -> tuple[str, str] | None:
    """What a file no text reader reads is, and what to do with it, by its first bytes.

    ``where`` is the file as the message names it (for the command to run on it).
    """
    if data.startswith(b"SQLite format 3\x00"):
        return "a database (a qualkod project?)", ""
    if data.startswith(b"PK\x03\x04"):
        return {
            ".qdpx": ("a REFI-QDA project", f"read it with 'qualkod init NEW.db --from {where}'"),
            ".xlsx": ("an Excel workbook", "save it as 'CSV UTF-8' in Excel"),
        }.get(suffix, ("a zip archive (a Word or Excel file?)", ""))
    return None
