"""A REFI-QDA text source's file-level parts: its plain text (inline or in the zip), the
date, format and file name a qualkod export writes in its description, and positions."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import PurePosixPath

from lxml import etree

from qualkod.models import SourceFormat
from qualkod.refi_import.xml_safety import RefiError, child, local, required, text_of
from qualkod.refi_markers import DATE_VARIABLE, FILE_LABEL, FORMAT_VARIABLE

_DATE, _FORMAT, _FILE = f"{DATE_VARIABLE}: ", f"{FORMAT_VARIABLE}: ", FILE_LABEL


def about(element: etree._Element) -> tuple[dt.date | None, SourceFormat, str]:
    """Interview date, format and file name from a qualkod export's source description
    (``Intervjudatum: ``, ``Format: ``, ``Fil: `` lines); plain text otherwise."""
    date, source_format, file_name = None, SourceFormat.PLAIN_TEXT, ""
    formats = {f.value: f for f in SourceFormat}
    for line in text_of(child(element, "Description")).splitlines():
        if line.startswith(_DATE):
            try:
                date = dt.date.fromisoformat(line.removeprefix(_DATE).strip())
            except ValueError:
                date = None
        elif line.startswith(_FORMAT) and line.removeprefix(_FORMAT).strip() in formats:
            source_format = formats[line.removeprefix(_FORMAT).strip()]
        elif line.startswith(_FILE):
            file_name = " ".join(line.removeprefix(_FILE).split())
    return date, source_format, file_name


def position(element: etree._Element, attribute: str, where: str) -> int:
    value = required(element, attribute, where)
    if not value.isdigit():
        raise RefiError(
            f"{where}:{element.sourceline}: <{local(element)}> {attribute}={value!r} "
            "is not a whole number"
        )
    return int(value)


def source_text(element, archive: zipfile.ZipFile, members: dict, where: str) -> str:
    """The plain text of a TextSource: inline, or ``internal://`` in Sources/ (or sources/)."""
    inline = child(element, "PlainTextContent")
    if inline is not None:
        return _without_bom(text_of(inline))
    path = (element.get("plainTextPath") or "").strip()
    if not path.startswith("internal://"):
        raise RefiError(
            f"{where}:{element.sourceline}: <TextSource> plainTextPath {path!r} is not inside "
            "the .qdpx (internal://...); export the project with its sources embedded"
        )
    file_name = path.removeprefix("internal://")
    pure = PurePosixPath(file_name)
    if not file_name or pure.is_absolute() or ".." in pure.parts or "\\" in file_name:
        raise RefiError(
            f"{where}:{element.sourceline}: <TextSource> plainTextPath {path!r} is not a plain file name"
        )
    for folder in ("Sources", "sources"):
        member = f"{folder}/{file_name}"
        if member in members:
            try:
                return _without_bom(archive.read(member).decode("utf-8"))
            except UnicodeDecodeError:
                raise RefiError(
                    f"{where}: {member} is not UTF-8 text; export the project again"
                ) from None
    raise RefiError(
        f"{where}:{element.sourceline}: <TextSource> source file {file_name} is missing from the zip"
    )


def _without_bom(text: str) -> str:
    return text.removeprefix("\ufeff")
