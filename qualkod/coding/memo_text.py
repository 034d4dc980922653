"""A memo's text as a project keeps it."""

from __future__ import annotations

import unicodedata


def one_paragraph(text: str) -> str:
    """``text`` as one paragraph (runs of whitespace one space, as a memos file reads it
    back), without the control characters that text pasted from a PDF can hold and that
    a Word document cannot carry (U+0001 …)."""
    kept = "".join(c for c in text if c.isspace() or unicodedata.category(c) != "Cc")
    return " ".join(kept.split())
