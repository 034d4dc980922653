"""The names the project's transcripts name as people's, learnt once over every turn:
``Berg`` said as ``överläkare Berg`` in one turn is a person also where another turn starts
a sentence with it (:class:`~qualkod.redaction.redactor.Redactor`'s ``known_people``), and
``Per-Olof`` named in one turn is ``PO`` in another (its ``double_names``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qualkod.redaction.name_context import APOSTROPHES
from qualkod.redaction.names import (
    function_words,
    person_names,
    plain_letters,
    without_invisibles,
)
from qualkod.redaction.people import find_people
from qualkod.redaction.speaker_initials import double_name_initials

_INNER_APOSTROPHE = re.compile(rf"\w[{APOSTROPHES}]\w")
_GENITIVE_MARK = re.compile(r"(?:[’':]s|[’'])$")


@dataclass(frozen=True)
class NamesSeen:
    """What the project's transcripts name people by."""

    names: frozenset[str]
    """Each word of each name (:func:`people_named`)."""
    double_names: frozenset[str]
    """Double first names as written, joined by a hyphen (``Per-Olof``, ``Karl-Gustav``),
    whose initials alone (``PO``, ``KG``) name the person too."""
    full_names: frozenset[str] = frozenset()
    """Names of two words (``Gunnar Ek``), whose initials (``GE``) name the person where a
    name stands (:func:`~qualkod.redaction.spoken_initials.single_name_initials`)."""


def people_named(texts) -> frozenset[str]:
    """The names (each word of each name) that :func:`find_people` finds in the texts."""
    return names_seen(texts).names


def names_seen(texts) -> NamesSeen:
    """The names :func:`find_people` finds in the texts: each word of each name, and the
    double first names among them."""
    found: set[str] = set()
    alone: set[str] = set()  # seen as a name of its own, not only in a double name
    halves: set[str] = set()
    doubles: set[str] = set()
    full: set[str] = set()
    for text in (plain_letters(without_invisibles(t)[0]) for t in texts):
        for start, end, name, _ in find_people(text):
            found.update(name.split())
            if len(name.split()) == 2:
                full.add(name)  # "Gunnar Ek": "GE" where a name stands
            for word in text[start:end].split():
                if _INNER_APOSTROPHE.search(word):  # "Sa'ad": no part is a name alone
                    halves.update(re.split(f"[{APOSTROPHES}-]", word))
                elif "-" in word:
                    halves.update(p for p in word.split("-") if p.casefold() in function_words())
                    # "Per-Olof", "Per-Olofs" (a genitive), "Per-Olof's", "Per-Olof:s"
                    bare = _GENITIVE_MARK.sub("", word)
                    doubles.update(
                        form
                        for form in (bare, bare.removesuffix("s"))
                        if double_name_initials(form)
                    )
                else:  # as written, and without a genitive s
                    alone.update((word.rstrip("’'"), word.rstrip("’'").removesuffix("s")))
    # "Inga-Britt" and "Hans-Erik" teach that Britt and Erik are names, not that "Inga"
    # (none) and "Hans" (his) are wherever a sentence starts with them
    found -= halves - alone
    # "Zelalems" found in one turn, "Zelalem" in another: the genitive of the name, not a
    # name of its own (a listed name is: "Andreas", "Elias"), so that the redactor takes
    # its "s" for the genitive's (the name is found without it as with it)
    listed = person_names()
    names = frozenset(
        name
        for name in found
        if not (name.endswith("s") and name[:-1] in found and name not in listed)
    )
    return NamesSeen(names, frozenset(doubles), frozenset(full))
