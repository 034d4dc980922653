"""Initials as Swedes say and write them: a double first name's initials said as a word
(``Peo`` or ``Pe-O`` for Per-Olof, ``Kåge`` for Karl-Gustav, ``Jio`` for Jan-Olof), built
from the Swedish names of the letters; and the two initials of a single first name and a
surname (``GE`` for Gunnar Ek), which name someone only where a name stands
(:func:`in_a_name_position`).

Both are someone's only where the project names that person: :mod:`speaker_initials`
takes them from the speakers' names and the names the interviews use.
"""

from __future__ import annotations

import re

from qualkod.redaction.abbreviations import ABBREVIATIONS
from qualkod.redaction.names import first_names, is_ordinary_word

LETTER_NAMES = {
    "A": "a",
    "B": "be",
    "C": "se",
    "D": "de",
    "E": "e",
    "F": "eff",
    "G": "ge",
    "H": "hå",
    "I": "i",
    "J": "ji",
    "K": "kå",
    "L": "ell",
    "M": "em",
    "N": "en",
    "O": "o",
    "P": "pe",
    "Q": "ku",
    "R": "ärr",
    "S": "ess",
    "T": "te",
    "U": "u",
    "V": "ve",
    "W": "dubbelve",
    "X": "eks",
    "Y": "y",
    "Z": "säta",
    "Å": "å",
    "Ä": "ä",
    "Ö": "ö",
}
"""How each letter is said in Swedish (``kå`` for K, ``ge`` for G)."""

_SAID_AFTER = frozenset("med och till hos åt".split())
"""Words after which a pair of a person's initials stands as a name (``med TJ``,
``Gunnar och TJ``, ``skickade den till TJ``)."""
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+),? $")
_LIST_AROUND = re.compile(r",\s*$")
_LIST_AFTER = re.compile(r"\s*(?:,|och\b)")


def spoken_forms(initials: str) -> frozenset[str]:
    """The ways a double first name's two initials are written as said (``PO``: ``Peo``,
    ``Pe-O``, ``Pe-o``, ``PeO``; ``KG``: ``Kåge``, ``Kå-Ge``); none that is an ordinary
    word. Letter names ending in a doubled consonant are also written with one
    (``LG``: ``Ellge``, ``Elge``)."""
    if len(initials) != 2 or any(c not in LETTER_NAMES for c in initials):
        return frozenset()
    first, second = (LETTER_NAMES[c] for c in initials)
    firsts = {first.capitalize()}
    if len(first) > 2 and first[-1] == first[-2]:
        firsts.add(first[:-1].capitalize())
    forms = set()
    for head in firsts:
        forms |= {
            head + second,
            f"{head}-{second}",
            f"{head}-{second.capitalize()}",
            head + second.capitalize(),
        }
    return frozenset(f for f in forms if len(f) >= 3 and not is_ordinary_word(f))


def single_name_initials(name: str, *, listed: bool = False) -> str | None:
    """The initials of one first name and one surname (``GE`` of ``Gunnar Ek``, also
    ``Ek Gunnar`` as Teams lists it), else None: no double first name (``Per-Olof Dahl``,
    see :func:`~qualkod.redaction.speaker_initials.double_name_initials`), no third word,
    and no listed abbreviation (:data:`~qualkod.redaction.abbreviations.ABBREVIATIONS`:
    ``SU`` of Sara Ulfsdotter) unless ``listed`` (a speaker's, ``BO`` of Bo Olsson, which
    :class:`~qualkod.redaction.speaker_initials.SpeakerInitials` finds only where used as
    a name)."""
    words = name.split()
    if len(words) != 2 or any("-" in w or not w[:1].isupper() or len(w) < 2 for w in words):
        return None
    first, last = words
    if first not in first_names():
        if last not in first_names():
            return None
        first, last = last, first
    initials = (first[0] + last[0]).upper()
    return None if initials in ABBREVIATIONS and not listed else initials


def in_a_name_position(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``text[start:end]`` stand where a name stands, beyond
    :func:`~qualkod.redaction.speaker_initials.used_as_a_name`: after ``med``, ``och``,
    ``till``, ``hos`` or ``åt`` (``pratade med TJ``), or in a list of people (``Gunnar,
    TJ och jag``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and before[1].casefold() in _SAID_AFTER:
        return True
    return bool(_LIST_AROUND.search(text, max(0, start - 3), start)) and bool(
        _LIST_AFTER.match(text, end)
    )
