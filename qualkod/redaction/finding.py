"""What the redactor finds: one identifying item in a text, where it is and what replaces it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    """One identifying item found in a text."""

    start: int
    """Code-point offset of the first character."""
    end: int
    """Offset after the last character."""
    category: str
    """One of :data:`qualkod.redaction.redactor.CATEGORIES`."""
    text: str = field(repr=False)  # text and key are what is redacted
    """The words as written."""
    replacement: str
    """What the words become, ``[IP 3]``, ``[telefon]``."""
    key: str = field(repr=False)
    """What a review decision is about: category and normalised item (``person:lena berg``)."""
