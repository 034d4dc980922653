"""Swedish localities named in a text: a village or a city district narrows down who an
interviewee is as a municipality does, more so where a handful work there, so a report
shows ``[ort]`` (``jobbar i Råneå`` -> ``jobbar i [ort]``).

The names are the larger urban areas of every county, villages of Norrbotten,
Västerbotten and Jämtland (also by their Sami and Meänkieli names, ``Gárasavvon``,
``Täräntö``) and the districts of the big cities (``data/localities.txt``),
not a municipality's name, which :mod:`municipalities` finds, nor a county's
(``Norrbotten`` stays). A name that is also a Swedish word, a first name or a surname
(``Backa``, ``Kronan``, ``Fredrika``) counts only where the words around it say place, as
for a municipality (:mod:`place_lists`): after ``i``, ``utanför``, ``flyttade till`` …,
or ``på`` for one that is no one's name (``på Gärdet``, not ``väntade på Fredrika``).

Forms found: the name (``Gammelstad``), the genitive (``Rinkebys`` -> ``[ort]:s``), a
compound's first part for a name of five letters or more (``Angeredsgymnasiet`` ->
``[ort]-gymnasiet``), the inhabitants in lower case (``rinkebybor`` -> ``[ort]-bor``), in
lower case after a place word (``i råneå``) and written without å, ä and ö (``Ranea``).
A later word of a name may start with either case (``Gamla Stan``, ``Hammarby Sjöstad``;
:func:`~qualkod.redaction.place_lists.alternatives`): the first word decides whether the
name counts wherever written or after a place word (``i gamla stan``).
The investigator keeps one with ``qualkod redact ignore``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from qualkod.redaction.municipalities import municipality_names
from qualkod.redaction.names import is_swedish_word
from qualkod.redaction.place_lists import (
    INHABITANTS,
    REGIONS,
    a_name,
    a_region,
    after_a_listed_place,
    alternatives,
    as_listed,
    in_place_context,
    linking_s,
    plain_name,
    plain_spellings,
    read_other_names,
    read_place_list,
    split_ambiguous,
)

LOCALITY = "locality"
TOKEN = "[ort]"

_DATA = Path(__file__).parent / "data" / "localities.txt"

_AMBIGUOUS_BY_HAND = frozenset("Seved Hede Lit Hova Holma Lundby".split())
"""Names the lists do not mark but readers may take as someone's (``Seved``, ``Hede``,
``Holma``) or a word (``lit``, ``hova``)."""
_CLEAR_BY_HAND = frozenset("Rosengård Sickla Spånga Deje Töre Skene Slite".split())
"""Names the word list knows only as a place or an old verb form (``spånga``, ``slite``):
places wherever written with a capital."""
_ON_BEFORE = re.compile(r"(?<![\w-])på\s+$", re.IGNORECASE)
_SHORTEST_COMPOUND = 5
"""A compound is found for names of five letters or more (``Angeredsskolan``), not
``Haga`` (``Hagaparken`` is a park's)."""


@lru_cache(maxsize=1)
def locality_names() -> tuple[frozenset[str], frozenset[str]]:
    """The names (unambiguous, ambiguous), without municipalities and counties."""
    municipalities = set().union(*municipality_names())
    names = read_place_list(_DATA) - municipalities - REGIONS
    clear, ambiguous = split_ambiguous(names, _AMBIGUOUS_BY_HAND)
    moved = ambiguous & _CLEAR_BY_HAND
    return clear | moved, ambiguous - moved


@lru_cache(maxsize=1)
def _spelt_plain() -> dict[str, str]:
    """``Ranea`` -> ``Råneå``, for names of five letters or more (not ``Raa`` for Råå) that
    spell no municipality so written (``Varberg`` is not Vårberg)."""
    municipalities = set().union(*municipality_names())
    taken = municipalities | {plain_name(m) for m in municipalities}
    spelt = plain_spellings(locality_names()[0])
    return {p: n for p, n in spelt.items() if len(p) >= 5 and p not in taken}


@lru_cache(maxsize=1)
def _as_listed() -> dict[str, str]:
    return as_listed(_spelt_plain(), read_other_names(_DATA))


def _listed_name(written: str) -> str:
    """The name reviewed as one item, however it is spelt or in whichever of Sweden's
    languages: ``Råneå`` for ``Ranea``, ``Karesuando`` for ``Gárasavvon``."""
    return _as_listed().get(written.casefold(), written)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The names with a capital, the ambiguous ones, and in lower case (alone or with
    ``bor``). The first two start with the name, not a look behind it, so that a search
    skips to the names' first letters; :func:`_starts_a_word` checks what is before."""
    clear, ambiguous = locality_names()
    written = re.compile(
        r"(?P<name>" + alternatives(clear | set(_spelt_plain())) + r")(?P<rest>[a-zåäöé]*)"
    )
    in_context = re.compile(r"(?P<name>" + alternatives(ambiguous) + r")(?![\w-])")
    lower = re.compile(
        r"(?<![\w-])(?P<name>"
        + alternatives({n.casefold() for n in clear})
        + r")(?:(?P<inhabitants>"
        + INHABITANTS
        + r")(?!\w)|(?![\w-]))"
    )
    return written, in_context, lower


def find_localities(text: str) -> Iterator[tuple[int, int, str, str, int]]:
    """(start, end, name, replacement, name_end) of every locality named in ``text``:
    ``name_end`` is where the name as written ends, before a genitive ending the span takes
    along (``Råneås``), which :func:`~qualkod.redaction.genitive.with_genitive` writes."""
    written, in_context, lower = _patterns()
    ends = set()  # where a locality ends, for a list of them ("i Råneå, Backe och Töre")
    for found in _written(text, written, ends):
        ends.add(found[1])
        yield found
    for match in in_context.finditer(text):
        start, end = match.span()
        name = match["name"]
        if not _starts_a_word(text, start):
            continue
        context = _place_before(text, start, name) or after_a_listed_place(text, start, ends)
        if context and not a_region(text, start, end):
            ends.add(end)
            yield start, end, _listed_name(name), TOKEN, end
    for match in lower.finditer(text):
        start, name = match.start(), match["name"]
        if match["inhabitants"]:  # "rinkebybor", not "rosengårdarna"
            if not is_swedish_word(match.group(0)):
                end = match.end("name")
                yield start, end, _listed_name(name), TOKEN + "-", end
        elif _place_before(text, start, name):  # "i råneå" in a transcript without capitals
            yield start, match.end(), _listed_name(name), TOKEN, match.end()


def _starts_a_word(text: str, start: int) -> bool:
    """Nothing of a word before ``start``: a letter, a digit, ``_`` or ``-``."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")


def _place_before(text: str, start: int, name: str) -> bool:
    """A place word before the name, or ``på`` before one that is no one's name
    (``på Gärdet``; ``väntade på Fredrika`` is hers)."""
    if in_place_context(text, start):
        return True
    on = _ON_BEFORE.search(text, max(0, start - 4), start)
    return on is not None and not a_name(name.capitalize())


def _written(
    text: str, written: re.Pattern, ends: set[int]
) -> Iterator[tuple[int, int, str, str, int]]:
    """The names that are no word nor anyone's name, wherever written with a capital;
    also the second of two joined by a hyphen (``Hässelby-Vällingby``)."""
    for match in written.finditer(text):
        name, rest = _listed_name(match["name"]), match["rest"]
        start, end = match.start(), match.end("name")
        joined = text[start - 1 : start] == "-" and start - 1 in ends
        if not (_starts_a_word(text, start) or joined) or a_region(text, start, end):
            continue
        if not rest:
            yield start, end, name, TOKEN, end
        elif rest == "s" and not text[match.end() : match.end() + 1].isalpha():
            yield start, match.end(), name, TOKEN, end  # "Råneås": the genitive step
        elif _a_compound(name, rest):  # "Angeredsgymnasiet", "Kistamässan"
            joined_end = end + int(linking_s(rest))
            yield start, joined_end, name, TOKEN + "-", joined_end


def _a_compound(name: str, rest: str) -> bool:
    """The name opens a compound that is no word, no one's name and no county's."""
    if len(name) < _SHORTEST_COMPOUND or len(rest) < 3:
        return False
    word = name + rest
    return not (is_swedish_word(word) or a_name(word) or word in REGIONS)
