"""A memo's text as a project keeps it."""

from __future__ import annotations

import unicodedata


def one_paragraph(text: str) -> str:
    """``text`` as one paragraph (runs of whitespace one space, as a memos file reads it
    back), without the control characters that text pasted from a PDF can hold and that
    a Word document cannot carry (U+0001 …)."""
    kept = "".join(c for c in text if c.isspace() or unicodedata.category(c) != "Cc")
    return " ".join(kept.split())


def shortened(text: str, width: int = 60) -> str:
    """``text`` cut to ``width`` characters with an ellipsis, to quote a memo in a message."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
