"""Two capitals that are first of all an abbreviation in Swedish talk (``AB``, ``VD``,
``HR``, ``IT``, ``PA``, ``SO``, ``KG``): one list, ``data/abbreviations.txt``, with one
meaning. A listed pair is no one's initials unless the project gives someone exactly
these initials (a speaker, or a double first name the interviews name), and then only
where used as a name (:func:`~qualkod.redaction.initials_in_use.used_as_a_name`); never
the initials of someone named by one first name and a surname, nor of someone the project
does not name (:func:`~qualkod.redaction.initials_in_use.someone_unnamed`).

The file's section ``[a double first name's anywhere]`` holds pairs as often a double
first name's initials (``KG`` for Karl-Gustav): a double first name's wherever they stand
alone, as a pair not listed is.
"""

from __future__ import annotations

from pathlib import Path

_DATA = Path(__file__).parent / "data" / "abbreviations.txt"
_DOUBLE_NAMES_TOO = "[a double first name's anywhere]"
"""The header of the file's section of pairs a double first name has anywhere."""


def read_abbreviations(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(every pair listed, the pairs of the section ``[a double first name's anywhere]``)
    of a list like ``data/abbreviations.txt``: pairs split by white space, ``#`` starts a
    comment."""
    every: set[str] = set()
    double_too: set[str] = set()
    into = every
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line == _DOUBLE_NAMES_TOO:
            into = double_too
            continue
        into.update(line.split())
    return frozenset(every | double_too), frozenset(double_too)


ABBREVIATIONS, DOUBLE_NAMES_TOO = read_abbreviations(_DATA)
"""Every pair listed; the pairs a double first name has wherever they stand alone."""

STRICT_FOR_DOUBLE_NAMES = ABBREVIATIONS - DOUBLE_NAMES_TOO
"""Pairs a double first name has only where used as a name (``PA sa``, not ``en PA``)."""
