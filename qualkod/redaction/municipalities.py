"""Sweden's municipalities named in a text: where an interviewee works narrows down who
they are, so a report shows ``[kommun]`` (``jobbar i Pajala`` -> ``jobbar i [kommun]``).

The names are Sweden's 290 municipalities and the seats of those whose main town is
called otherwise (``data/municipalities.txt``), and their official names in Sami,
Meänkieli and Finnish (``Giron``, ``Jåhkåmåhkke``, ``Staare``, ``Haaparanta``), each one
item with the Swedish name. A name that is also a Swedish word, a
first name or a surname (``Vara``, ``Boden``, ``Nora``, ``Lund``) counts only where the
words around it say place: after ``i``, ``inom``, ``utanför``, ``norr om`` …, or before
``kommun``. Left alone: a county or region (``Region Gotland``, ``Kalmar län``), a word
in lower case (``en liten lund``) and a name inside someone's name, which the person
finder takes. The investigator keeps a name with ``qualkod redact ignore``.

Forms found: the name (``Kalix``), with ``kommun`` (``Luleå kommun`` -> ``[kommun]``),
the genitive (``Piteås`` -> ``[kommun]:s``, written by the redactor as every name's
genitive), a compound's first part (``Luleåmodellen``
-> ``[kommun]-modellen``), the inhabitants in lower case (``kalixbor`` ->
``[kommun]-bor``), in lower case after a place word (``i piteå``) and written without å,
ä and ö or a Sami name's accents (``Lulea``, ``Vahcir``), as in file names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from qualkod.redaction.names import first_names, surnames
from qualkod.redaction.place_lists import (
    INHABITANTS,
    a_name,
    a_region,
    after_a_listed_place,
    alternatives,
    as_listed,
    in_place_context,
    linking_s,
    plain_spellings,
    read_other_names,
    read_place_list,
    split_ambiguous,
)

MUNICIPALITY = "municipality"
TOKEN = "[kommun]"

_DATA = Path(__file__).parent / "data" / "municipalities.txt"

_AMBIGUOUS_BY_HAND = frozenset("Boden Handen Kisa Kil Mark Vara Berg Mora Eda Ale Sälen".split())
"""Names the lists may not mark but readers take as words or names (``boden``, the shed;
``handen``, the hand; ``kisa``, to squint)."""

_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:från|till|med|hos|vid|mot|på)\s+$", re.IGNORECASE)
"""Before a name that is nobody's name, only a word (``Ystad``, ``Trosa``), a preposition
alone says place: ``enklast med Ystad``, ``vid Trosa``."""
_FROM_BEFORE = re.compile(r"(?<![\w-])från\s+$", re.IGNORECASE)
"""Before a surname, ``från`` alone says place (``forskaren från Lund``: the town, or else
the person, whom a report must not show either); after ``pratade med`` or ``sa till`` a
surname is the person's, left to the person finder (``pratade med Lund, Berg och Anna``)."""
_MUNICIPALITY_AFTER = re.compile(r"\s+kommun(?:en|ens|s)?(?!\w)")
_INSTITUTION_AFTER = re.compile(r"s\s+(?:universitet|tingsrätt|stad|stads|domkyrka)(?!\w)")
"""After a genitive, what only a place has (``Lunds universitet``; ``Bergs sjukhus`` may
be a person's)."""
_NOT_COMPOUNDS = frozenset({"gävleborg", "gävleborgs"})
"""Words that start with a municipality's name but name a county (``Gävleborg``)."""


@lru_cache(maxsize=1)
def municipality_names() -> tuple[frozenset[str], frozenset[str]]:
    """The names (unambiguous, ambiguous): an ambiguous one is also a Swedish word, a
    first name or a surname, and counts only in a place's context."""
    return split_ambiguous(read_place_list(_DATA), _AMBIGUOUS_BY_HAND)


@lru_cache(maxsize=1)
def _spelt_plain() -> dict[str, str]:
    """``Lulea`` -> ``Luleå``, ``Jahkamahkke`` -> ``Jåhkåmåhkke``."""
    return plain_spellings(municipality_names()[0])


@lru_cache(maxsize=1)
def _as_listed() -> dict[str, str]:
    return as_listed(_spelt_plain(), read_other_names(_DATA))


def _listed_name(written: str) -> str:
    """The name reviewed as one item, however it is spelt or in whichever of Sweden's
    languages: ``Luleå`` for ``Lulea``, ``Kiruna`` for ``Giron`` or ``giron``."""
    return _as_listed().get(written.casefold(), written)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    clear, ambiguous = municipality_names()
    written = re.compile(
        r"(?<![\w-])(?P<name>"
        + alternatives(clear | set(_spelt_plain()))
        + r")(?P<rest>[a-zåäöé]*)"
    )
    in_context = re.compile(
        r"(?<![\w-])(?P<name>" + alternatives(ambiguous) + r")(?P<s>s)?(?![\w-])"
    )
    lower = alternatives({n.casefold() for n in clear})
    inhabitants = re.compile(r"(?<![\w-])(?P<name>" + lower + r")(?=" + INHABITANTS + r"(?!\w))")
    lower_place = re.compile(r"(?<![\w-])(?P<name>" + lower + r")(?![\w-])")
    return written, in_context, inhabitants, lower_place


def find_municipalities(text: str) -> Iterator[tuple[int, int, str, str, int]]:
    """(start, end, name, replacement, where the name as written ends) of every
    municipality named in ``text``: a genitive ending (``Piteås``, ``Luleå kommuns``)
    runs from there to ``end``, and the redactor writes it after the replacement as for
    any name (:func:`~qualkod.redaction.genitive.with_genitive`)."""
    written, in_context, inhabitants, lower_place = _patterns()
    ends = set()  # where a municipality ends, for a list of them ("i Kalix, Lund och Mora")
    for found in _written(text, written):
        ends.add(found[1])
        yield found
    for match in in_context.finditer(text):
        start, end = match.span()
        kommun = _MUNICIPALITY_AFTER.match(text, end)
        institution = _INSTITUTION_AFTER.match(text, match.end("name"))
        if match["s"] and kommun is None and institution is None:  # "Bergs sjukhus"
            continue
        before = in_place_context(text, start) or _after_a_preposition(text, start, match["name"])
        in_a_list = after_a_listed_place(text, start, ends)
        context = kommun or before or institution or in_a_list
        if not context or a_region(text, start, end):
            continue
        ends.add(end)
        name = _listed_name(match["name"])
        yield _with_kommun(text, start, end, name, genitive=bool(match["s"]))
    for match in inhabitants.finditer(text):  # "kalixbor", "stockholmare"
        yield match.start(), match.end(), _listed_name(match["name"]), TOKEN + "-", match.end()
    for match in lower_place.finditer(text):  # "i piteå" in a transcript without capitals
        if in_place_context(text, match.start()):
            yield match.start(), match.end(), _listed_name(match["name"]), TOKEN, match.end()


def _after_a_preposition(text: str, start: int, name: str) -> bool:
    """A bare preposition before a name no one has (``med Ystad``), or ``från`` before a
    surname (``från Lund``); a first name there is a person's (``till Nora``)."""
    if name in first_names():
        return False
    window = max(0, start - 8)
    if name in surnames():
        return _FROM_BEFORE.search(text, window, start) is not None
    return _PREPOSITION_BEFORE.search(text, window, start) is not None


def _written(text: str, written: re.Pattern) -> Iterator[tuple[int, int, str, str, int]]:
    """The names that are no word nor anyone's name, wherever written with a capital."""
    for match in written.finditer(text):
        name, rest = _listed_name(match["name"]), match["rest"]
        start, end = match.start(), match.end("name")
        if a_region(text, start, end):
            continue
        if not rest:
            yield _with_kommun(text, start, end, name)
        elif rest == "s" and not text[match.end() : match.end() + 1].isalpha():
            yield _with_kommun(text, start, match.end(), name, genitive=True)
        elif (name + rest).casefold() in _NOT_COMPOUNDS or a_name(name + rest):
            continue
        elif len(name) >= 4 and len(rest) >= 3:  # "Luleåmodellen", "Göteborgsregionen"
            linking = int(linking_s(rest))
            yield start, end + linking, name, TOKEN + "-", end + linking


def _with_kommun(
    text: str, start: int, end: int, name: str, *, genitive: bool = False
) -> tuple[int, int, str, str, int]:
    """The name with a ``kommun`` after it taken along: ``Luleå kommun`` is ``[kommun]``,
    ``Luleå kommuns`` and ``Piteås`` are a genitive (``[kommun]:s``), ``Piteås kommun``
    is not."""
    kommun = _MUNICIPALITY_AFTER.match(text, end)  # also "Jokkmokks kommun"
    if kommun is not None:
        genitive = kommun.group(0).endswith("s")
        end = kommun.end()
    return start, end, name, TOKEN, end - 1 if genitive else end
