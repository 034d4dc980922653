"""Hostile containers made on the fly, so that no big file is committed."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from tests.conftest import INGEST


def docx_bomb(path: Path, *, megabytes: int = 300, source: Path = INGEST / "teams-new.docx"):
    """A real .docx whose ``word/document.xml`` ends in ``megabytes`` MB of spaces.

    Trailing whitespace is valid XML, so python-docx would parse it all; the file is
    about 1.3 MB (deflate at level 1, written in chunks to keep the test fast).
    """
    original = zipfile.ZipFile(source)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for name in original.namelist():
            data = original.read(name)
            if name != "word/document.xml":
                target.writestr(name, data)
                continue
            with target.open(name, "w", force_zip64=True) as part:
                part.write(data)
                chunk = b" " * 2**20
                for _ in range(megabytes):
                    part.write(chunk)
    return path


def lying_zip(path: Path, *, real: int = 2**21, declared: int = 100) -> Path:
    """A zip whose one part unpacks to ``real`` bytes but declares ``declared``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("word/document.xml", b"<" + b" " * (real - 1))
    data = bytearray(path.read_bytes())
    # The uncompressed size sits at offset 22 of the local header and 24 of the
    # central directory entry.
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 22, declared)
    struct.pack_into("<I", data, central + 24, declared)
    path.write_bytes(bytes(data))
    return path
