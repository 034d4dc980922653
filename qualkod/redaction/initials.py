"""Initials beside a name: ``A. Lindqvist``, ``K. L. Berg``, a double first name's
``AK Lundqvist`` and ``BM-Jönsson``, and a surname's ``Ali Reza K.`` — an initial left
beside a pseudonym narrows down who it is, so it goes with the name."""

from __future__ import annotations

import re

from qualkod.redaction.names import first_names, two_first_names_joined

_INITIALS_BEFORE = re.compile(
    r"(?<![\w.\-])(?:(?:[A-ZÅÄÖ]\.\s?){1,3}|[A-ZÅÄÖ]{2}[\s\-]|[A-ZÅÄÖ]-[A-ZÅÄÖ]\s)$"
)
"""Initials written before a name: ``A. ``, ``K. L. ``, and a double first name's
(``AK Lundqvist``, ``BM-Jönsson``, ``A-K Lundqvist``)."""
_INITIAL_AFTER = re.compile(r"\s[A-ZÅÄÖ]\.(?=[\s),;:]|$)")
"""A surname's initial after a first name: ``Ali Reza K.``"""


def with_initials_before(text: str, start: int, name: str) -> int:
    """Where a name that starts at ``start`` begins with the initials before it
    (``A. Lindqvist``): an initial left beside a pseudonym narrows down who it is.
    Initials stand before a surname, not a first name (``plan B. Sara sa`` keeps ``B.``)."""
    first_word = name.split()[0] if name.split() else ""
    if first_word.capitalize() in first_names():
        return start
    window = max(0, start - 9)
    match = _INITIALS_BEFORE.search(text, window, start)
    if match is None or (match.start() == window and window and text[window - 1].isalnum()):
        return start
    return match.start()


def with_initial_after(text: str, end: int, name_end: int, name: str) -> int:
    """Where a first name ending at ``end`` ends with a surname's initial after it
    (``Ali Reza K.``, ``JanErik L.``); not after a genitive (``Saras K.``) nor a surname."""
    last_word = name.split()[-1].split("-")[-1] if name.split() else ""  # "Anna-Karin"
    first = last_word.capitalize()
    if end != name_end or not (first in first_names() or two_first_names_joined(first)):
        return end  # a first name, or two joined ("JanErik K.")
    match = _INITIAL_AFTER.match(text, end)
    return match.end() if match else end
