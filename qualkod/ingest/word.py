"""Microsoft Word (.docx) transcripts: both Teams layouts and untimed ``Name: text``."""

from __future__ import annotations

import io
import zipfile

from qualkod._zip_limits import ZipTooLargeError, check_zip_size
from qualkod.errors import TranscriptError
from qualkod.ingest.lines import LineTranscript, parse_lines
from qualkod.ingest.meeting import plausible_title


def read_docx(data: bytes, source: str) -> tuple[LineTranscript, str | None]:
    """Read a .docx file into a line-layout parse and the document's title property
    (None when it is a template's or converter's default rather than a title).

    Teams puts a whole turn in one paragraph, separated by line breaks, so each
    paragraph is split on line breaks before the layout is recognised. Lines are
    numbered by paragraph in error messages.

    Raises:
        TranscriptError: when the file is not a readable Word document or not a
            transcript.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        check_zip_size(data)  # before python-docx reads parts whole: no zip bombs
        document = docx.Document(io.BytesIO(data))
    except ZipTooLargeError as exc:
        raise TranscriptError(source, str(exc)) from None
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise TranscriptError(
            source, f"not a readable Word document ({type(exc).__name__}); save it as .docx again"
        ) from None
    except Exception as exc:  # noqa: BLE001 - lxml and zip raise many types on corrupt files
        raise TranscriptError(
            source, f"corrupt Word document ({type(exc).__name__}); save it as .docx again"
        ) from None
    lines = [
        (number, line)
        for number, paragraph in enumerate(document.paragraphs, start=1)
        for line in paragraph.text.split("\n")
    ]
    if not any(text.strip() for _, text in lines):
        raise TranscriptError(source, "the Word document has no text; is it the right file?")
    try:
        parsed = parse_lines(lines, source, unit="paragraph")
    except TranscriptError as exc:
        if "no speaker labels" in exc.reason:
            raise TranscriptError(
                source,
                "this Word document is not a transcript: no Teams speaker headings "
                "('Name   0:03'), timings or 'Name: text' lines",
            ) from None
        raise
    # Converters and templates fill the title property with 'Word Document' or
    # 'Microsoft Word - x.docx': such a title is no title.
    title = document.core_properties.title
    return parsed, title if title and plausible_title(title) else None
