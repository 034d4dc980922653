"""Export: documents and tables built from models (never from SQL).

From a notebook::

    from qualkod.export import write_chapter, ChapterSettings

    write_chapter(p, "kapitel.docx", ChapterSettings(coder="anna", number="4"))

The quote table as a file (CSV, Excel, HTML or Markdown, by the extension) is
:func:`write_table` (the bytes alone: :mod:`qualkod.export.quote_tables`); the
transcripts for a supervisor or an archive :func:`export_transcripts`; a REFI-QDA
project :func:`write_qdpx`; the bar chart of quotes per theme and interview
:func:`write_chart`; the whole project as a study folder that ``qualkod reproduce``
rebuilds :func:`export_study` (its chapter's settings a :class:`ChapterOptions`).
"""

import importlib

from qualkod.export.codebook_appendix import codebook_markdown, write_codebook_docx

_LATER = {
    "ChapterResult": "qualkod.export.chapter",
    "ChapterOptions": "qualkod.export.study",
    "ChapterSettings": "qualkod.export.chapter",
    "build_chapter": "qualkod.export.chapter",
    "write_chapter": "qualkod.export.chapter",
    "export_transcripts": "qualkod.export.transcripts",
    "export_study": "qualkod.export.study",
    "write_chart": "qualkod.export.chart",
    "write_qdpx": "qualkod.export.refi_qda",
    "write_table": "qualkod.export.quote_tables",
}
"""Loaded when first used: the command line imports this package for the codebook's
appendix, and the chapter's modules take a while to load."""

__all__ = [
    "ChapterResult",
    "ChapterOptions",
    "ChapterSettings",
    "build_chapter",
    "codebook_markdown",
    "export_study",
    "export_transcripts",
    "write_chapter",
    "write_chart",
    "write_codebook_docx",
    "write_qdpx",
    "write_table",
]


def __getattr__(name: str):
    if name in _LATER:
        return getattr(importlib.import_module(_LATER[name]), name)
    raise AttributeError(f"module 'qualkod.export' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
