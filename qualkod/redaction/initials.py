"""Initials beside a name: ``A. Lindqvist``, ``K. L. Berg``, a double first name's
``AK Lundqvist`` and ``BM-Jönsson``, and a surname's ``Ali Reza K.`` — an initial left
beside a pseudonym narrows down who it is, so it goes with the name."""

from __future__ import annotations

import re
from collections.abc import Iterable

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


def with_initial_after(
    text: str, end: int, name_end: int, name: str, initials: dict[str, str] | None = None
) -> int:
    """Where a first name ending at ``end`` ends with a surname's initial after it
    (``Ali Reza K.``, ``JanErik L.``); not after a genitive (``Saras K.``) nor a surname.
    With a speaker's surname ``initials`` (:func:`surname_initials`), also their initial
    without a point (``Åsa B sa``, :func:`with_surname_initial`)."""
    if initials and (surname := with_surname_initial(text, end, name_end, name, initials)) != end:
        return surname
    last_word = name.split()[-1].split("-")[-1] if name.split() else ""  # "Anna-Karin"
    first = last_word.capitalize()
    if end != name_end or not (first in first_names() or two_first_names_joined(first)):
        return end  # a first name, or two joined ("JanErik K.")
    match = _INITIAL_AFTER.match(text, end)
    return without_the_full_stop(text, match.end()) if match else end


_NEW_SENTENCE = re.compile(r"\s*$|\s*\n|\s+[\"”»(]?[A-ZÅÄÖ]|[”\"»]")
"""What follows a full stop that ends a sentence: nothing, a new line, a capital, or the
end of a quote."""


def without_the_full_stop(text: str, end: int) -> int:
    """Where initials ending at ``end`` end without their full stop, where that full stop
    also ends the sentence (``Jag heter Åsa B.`` -> ``Jag heter [IP 1].``, ``… Åsa B. Hon
    …``); the full stop of an initial inside a sentence goes with it (``Åsa B. sa``)."""
    if text[end - 1 : end] == "." and _NEW_SENTENCE.match(text, end):
        return end - 1
    return end


_BARE_INITIAL_AFTER = re.compile(r" (?P<initial>[A-ZÅÄÖ])\.?(?=[\s),;:!?”\"»]|\.?$)")
"""A capital alone after a first name (``Åsa B sa``, ``Åsa B.``): not ``Åsa B-laget``."""


def surname_initials(people: Iterable[tuple[str, Iterable[str]]]) -> dict[str, str]:
    """The initials of each speaker's surnames by their first name, folded
    (``{"åsa": "B"}`` for ``Åsa Berg``), for :func:`with_surname_initial`."""
    initials: dict[str, str] = {}
    for _, names in people:
        for raw in names:
            words = raw.split()
            if len(words) > 1:
                first = words[0].casefold()
                initials[first] = initials.get(first, "") + "".join(w[0] for w in words[1:])
    return initials


def with_surname_initial(
    text: str, end: int, name_end: int, name: str, initials: dict[str, str]
) -> int:
    """Where a speaker's first name ending at ``end`` ends with the initial of that
    speaker's surname after it (``Åsa B sa`` for Åsa Berg): it narrows down who it is.
    Another capital is left (``Åsa K`` where she is no K); a new sentence has its point
    (``Åsa. Bra``) and a compound its hyphen (``Åsa B-laget``)."""
    if end != name_end or " " in name:
        return end
    match = _BARE_INITIAL_AFTER.match(text, end)
    if match is None or match["initial"] not in initials.get(name.casefold(), ""):
        return end
    return without_the_full_stop(text, match.end())
