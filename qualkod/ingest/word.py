"""Microsoft Word (.docx) transcripts: both Teams layouts and untimed ``Name: text``."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from qualkod._zip_limits import ZipTooLargeError, check_zip_size
from qualkod.errors import TranscriptError
from qualkod.ingest.lines import LineTranscript, NoSpeakersError, parse_lines
from qualkod.ingest.meeting import plausible_title
from qualkod.ingest.word_mixed import with_turn_tables
from qualkod.ingest.word_tables import TABLE_UNIT, document_rows
from qualkod.ingest.word_text import PARAGRAPH, TABLE, blocks, paragraph_text

_NOT_A_TRANSCRIPT = (
    "this Word document is not a transcript: no Teams speaker headings ('Name   0:03'), "
    "timings or 'Name: text' lines"
)
# Office files that are no transcript, by the part that tells them: "renamed .docx" is
# said only of a file whose name ends in .docx (a real citat.xlsx was renamed nothing).
_OFFICE_KINDS = (
    ("xl/workbook.xml", "an Excel workbook"),
    ("ppt/presentation.xml", "a PowerPoint file"),
)
# Parts that tell what another zip really is.
_OTHER_PACKAGES = (
    ("content.xml", "an OpenDocument file (LibreOffice); save it as Word (.docx) there"),
    (
        "project.qde",
        "a REFI-QDA project (.qdpx), not a transcript; read it with "
        "'qualkod init NEW.db --from FILE'",
    ),
)


def read_docx(data: bytes, source: str) -> tuple[LineTranscript, str | None]:
    """Read a .docx file into a line-layout parse and the document's title property
    (None when it is a template's or converter's default rather than a title).

    Teams puts a whole turn in one paragraph, separated by line breaks, so each
    paragraph is split on line breaks before the layout is recognised. Lines are
    numbered by paragraph in error messages. Tables are read when the paragraphs hold
    no transcript (see :mod:`qualkod.ingest.word_tables`), and together with the
    paragraphs when they are tables of the paragraphs' speakers' turns (see
    :mod:`qualkod.ingest.word_mixed`): a Teams export's own tables, or a table of the
    interview's facts, are not speech, and a record of meetings or contacts is left out
    by number (``tables_left_out``) for a warning. A paragraph that merely looks like a turn (a
    note ``Name   0:03   text`` above a table) does not stop the tables being read.

    Raises:
        TranscriptError: when the file is not a readable Word document or not a
            transcript.
    """
    document = _open(data, source)
    paragraphs = [b for b in blocks(document.element.body) if b.tag == PARAGRAPH]
    lines = [
        (number, line)
        for number, paragraph in enumerate(paragraphs, start=1)
        for line in paragraph_text(paragraph).split("\n")
    ]
    try:
        parsed = _parse(lines, source, "paragraph")
    except _NoTranscript:
        if not any(b.tag == TABLE for b in blocks(document.element.body)):
            raise
        parsed = _parse(document_rows(document, source), source, TABLE_UNIT, tables=True)
    else:
        parsed = with_turn_tables(document, parsed, source, _parse)
    # Converters and templates fill the title property with 'Word Document' or
    # 'Microsoft Word - x.docx': such a title is no title.
    title = document.core_properties.title
    return parsed, title if title and plausible_title(title) else None


def _open(data: bytes, source: str):
    """The python-docx document, or a plain reason why the bytes are not one."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        check_zip_size(data)  # before python-docx reads parts whole: no zip bombs
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except ZipTooLargeError as exc:
        raise TranscriptError(source, str(exc)) from None
    except zipfile.BadZipFile:
        raise TranscriptError(
            source,
            "the file is cut off or damaged (not a complete zip archive, which "
            f"{_zip_kind(source)} is); copy or export it again",
        ) from None
    for part, kind in _OFFICE_KINDS:
        if part in names:
            raise TranscriptError(source, _office_reason(kind, source))
    for part, reason in _OTHER_PACKAGES:
        if part in names:
            raise TranscriptError(source, reason)
    if "word/document.xml" not in names:
        raise TranscriptError(
            source, "a zip archive, not a Word document; export the transcript as .docx"
        )
    try:
        return docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, PackageNotFoundError):
        reason = "the Word document's package is incomplete (a part it names is missing)"
    except Exception:  # noqa: BLE001 - lxml and zip raise many types on corrupt files
        reason = "the Word document is damaged (its XML cannot be read)"
    raise TranscriptError(source, f"{reason}; open it in Word, save it as .docx again")


def _office_reason(kind: str, source: str) -> str:
    if source.lower().endswith(".docx"):
        return f"{kind} renamed .docx; export the transcript from Word"
    return f"{kind}, not a transcript; export the transcript from Teams as .vtt or .docx"


class _NoTranscript(TranscriptError):
    """The paragraphs (or rows) hold no text, or no speakers: perhaps tables do. The
    reason may name a paragraph that looks like a turn without being one."""


def _parse(
    lines: list[tuple[int, str]], source: str, unit: str, *, tables: bool = False
) -> LineTranscript:
    where = ", neither in paragraphs nor in table rows ('Name | text' or 'Name: text')"
    if not any(text.strip() for _, text in lines):
        raise _NoTranscript(source, "the Word document has no text; is it the right file?")
    try:
        return parse_lines(lines, source, unit=unit)
    except NoSpeakersError as exc:
        if exc.line is not None:  # a row that looks like a turn, named
            raise _NoTranscript(source, exc.reason, line=exc.line, unit=unit) from None
        raise _NoTranscript(source, _NOT_A_TRANSCRIPT + (where if tables else "")) from None


def _zip_kind(source) -> str:
    """What a zip of this name is (``a .pptx`` for a damaged PowerPoint file, else ``a
    .docx``), for the message on a damaged one."""
    suffix = PurePath(str(source)).suffix.casefold()
    return f"a {suffix}" if suffix in (".pptx", ".xlsx", ".docx") else "a .docx"
