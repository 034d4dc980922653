"""Study-specific words (a village, a workplace, a project's name) the user lists for
the redactor, and how they are found: in any case, with a genitive, or as the start of a
compound (``Fjällbymodellen``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Term:
    """A study-specific word and what it becomes (``Fjällby`` -> ``[kommun]``)."""

    text: str = field(repr=False)  # the identifying word itself
    """The word or phrase, matched in any case, with a genitive or as a compound's start."""
    replacement: str
    """The token put in its place."""


def _term_words(term: str) -> str:
    """The term's words, any space between them (``Gamla  skolan``)."""
    return r"\s+".join(map(re.escape, term.split()))


def term_pattern(term: str) -> str:
    # Long terms also as a compound's first part (Fjällbymodellen); short ones whole.
    return _term_words(term) + (r"\w*" if len(term) >= 5 else r"(?:s|es)?(?!\w)")


def term_end(text: str, start: int, end: int, term: str) -> int:
    """Where the term's own words end in ``text[start:end]``: what follows up to ``end``
    is a genitive ending (``Fjällbys``), which
    :func:`~qualkod.redaction.genitive.with_genitive` writes as for any name, or the rest
    of a word the term starts (``Fjällbymodellen``, ``Kvarnlidenskolan``), replaced with it."""
    words = re.compile(_term_words(term), re.IGNORECASE).match(text, start, end)
    return words.end() if words is not None else end
