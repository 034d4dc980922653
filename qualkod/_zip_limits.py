"""Size limits for zip containers from other people (.docx transcripts, Word templates).

A few hundred kilobytes of zip can unpack to gigabytes (a "zip bomb"), and python-docx
reads every part it needs whole into memory. So a container is checked before it is
parsed: first the sizes its directory declares, then the real sizes, by unpacking each
part in chunks and stopping at the limit (a directory can lie). A real transcript's
``word/document.xml`` is a few megabytes; the limits leave ample room above that.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from qualkod.errors import QualkodError

PART_LIMIT = 50 * 2**20
"""The most one part of the container may unpack to, in bytes."""
TOTAL_LIMIT = 200 * 2**20
"""The most all parts together may unpack to, in bytes."""
_CHUNK = 1 << 20


class ZipTooLargeError(QualkodError):
    """A zip container (.docx, .dotx) unpacks to more than qualkod will read."""


def check_zip_size(
    data: bytes, *, part_limit: int = PART_LIMIT, total_limit: int = TOTAL_LIMIT
) -> None:
    """Refuse a zip container that unpacks to more than the limits, before it is parsed.

    Args:
        data: the container's bytes.
        part_limit: the most one part may unpack to, in bytes.
        total_limit: the most all parts may unpack to, in bytes.

    Raises:
        ZipTooLargeError: naming the part; the message leaves the file name to the caller.
        zipfile.BadZipFile: when the container or a part's compressed data is broken.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
        for info in members:
            if info.file_size > part_limit:
                raise _too_large(info.filename, info.file_size, part_limit, "per part")
        declared = sum(info.file_size for info in members)
        if declared > total_limit:
            raise _too_large("the parts", declared, total_limit, "in all")
        total = 0
        for info in members:
            size = 0
            with archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    total += len(chunk)
                    if size > part_limit:
                        raise _too_large(info.filename, size, part_limit, "per part", True)
                    if total > total_limit:
                        raise _too_large("the parts", total, total_limit, "in all", True)
    except (
        zlib.error,
        struct.error,
        EOFError,
        NotImplementedError,
        RuntimeError,
        ValueError,
        OSError,
    ) as exc:
        # Broken or encrypted parts: one kind of error for the callers to word.
        raise zipfile.BadZipFile(type(exc).__name__) from None


def _too_large(
    what: str, size: int, limit: int, scope: str, unpacked: bool = False
) -> ZipTooLargeError:
    more = "at least " if unpacked else ""  # unpacking stopped at the limit
    return ZipTooLargeError(
        f"{what} would unpack to {more}{size // 2**20} MB, more than the "
        f"{limit // 2**20} MB {scope} qualkod reads (a zip bomb?); "
        "open the file in Word and save it again"
    )
