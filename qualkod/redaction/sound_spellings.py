"""A name written as it sounds another way: the spellings Swedish has for one sound.

Speech recognition, and people typing what they hear, write a name with another
spelling of the same sound: ``Eck`` for Ek and ``Ecklund`` for Eklund (``ck`` and ``k``
after a vowel, at the end or before a consonant), ``Lundkvist`` for Lundqvist (``kv``
and ``qv``), ``Wikström`` for Vikström (``w`` and ``v`` first), ``Meria`` for Merja and
``Kaisa`` for Kajsa (``j`` said as a glide after a letter). A speaker's name in such a
spelling is still hers (:class:`qualkod.redaction.speakers.SpeakerNames`, only
capitalised where either spelling is an everyday word: ``Eck``, not the tree ``ek``), and
a name the project knows is still the person's in lower case (``meria``:
:func:`qualkod.redaction.name_cases.known_in_lower_case`).
"""

from __future__ import annotations

import re

_VOWELS = "aeiouyåäöéü"
_SAME_SOUND = (
    # Ek -> Eck, Eklund -> Ecklund; not before v, which has qv (Sjökvist)
    (re.compile(rf"(?<=[{_VOWELS}])k(?=$|[bdfghjlmnprst])", re.IGNORECASE), "ck"),
    (re.compile(rf"(?<=[{_VOWELS}])ck", re.IGNORECASE), "k"),  # Eckerö -> Ekerö
    (re.compile(r"kv", re.IGNORECASE), "qv"),
    (re.compile(r"qv", re.IGNORECASE), "kv"),
    (re.compile(r"^v", re.IGNORECASE), "w"),
    (re.compile(r"^w", re.IGNORECASE), "v"),
    (re.compile(r"(?<=[^\W\d_])j", re.IGNORECASE), "i"),  # Merja -> Meria
)


def heard_otherwise(part: str) -> set[str]:
    """``part`` (one name word) with one of its sounds spelt the other way, each change
    alone (``Ek`` -> ``Eck``; ``Merja`` -> ``Meria``), in the case ``part`` has."""
    found = set()
    for pattern, other in _SAME_SOUND:
        for match in pattern.finditer(part):
            written = other.upper() if match.group(0).isupper() else other
            found.add(part[: match.start()] + written + part[match.end() :])
    return found - {part}
