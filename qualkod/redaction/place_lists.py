"""What the finders of places read from a list share (:mod:`municipalities`, :mod:`localities`):
reading a list, telling the names that are also words or people's names, one pattern for
many names, and the words around a name that say it is a place or a county.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from qualkod.redaction.names import (
    first_names,
    is_ordinary_word,
    is_swedish_word,
    surnames,
    without_foreign_accents,
)

PLACE_WORDS = (
    r"i|inom|utanför|kring|runt|nära|via|(?:norr|söder|öster|väster|nordost|nordväst|sydost"
    r"|sydväst)\s+om|(?:åka|åker|åkte|åkt|far|for|fara|flytta\w*|kör\w*|res\w*|pendla\w*"
    r"|ner|upp|ut|in|hem|bort|tillbaka|hit|dit|kom|kommer|komma|vägen|bussen|tåget)\s+(?:till|från)"
    r"|(?:vägen|väg|norrut|söderut|österut|västerut)\s+mot"
)
"""Words after which a capitalised word is a place (``i Vara``, ``norr om Mora``,
``flyttade till Boden``); not ``till`` or ``från`` alone, after which a name is as often
a person's (``sa till Nora``, ``ett sms från Mark``)."""

PLACE_BEFORE = re.compile(r"(?<![\w-])(?:" + PLACE_WORDS + r")\s+$", re.IGNORECASE)
LIST_BEFORE = re.compile(r"(?:,\s*|\s+(?:och|eller)\s+)$")
"""What joins a place to the one before it in a list (``i Kalix, Lund och Mora``)."""
INHABITANTS = r"(?:bo|bor|borna|bon|bons|bornas|are|arna|arnas)"
"""What follows a place's name in lower case for the people living there (``kalixbor``)."""
SWEDISH_LETTERS = str.maketrans("åäöÅÄÖ", "aaoAAO")
_STROKED_LETTERS = str.maketrans("đĐŋŊŧŦ", "dDnNtT")
"""Sami letters no accent can be taken off (``đ``, ``ŋ``, ``ŧ``)."""
_OTHER_NAME = " = "

REGIONS = frozenset(
    "Norrbotten Västerbotten Jämtland Härjedalen Västernorrland Gävleborg Dalarna Värmland "
    "Västmanland Södermanland Östergötland Kronoberg Blekinge Skåne Halland Gotland Öland "
    "Uppland Lappland Medelpad Ångermanland Hälsingland Gästrikland Dalsland Bohuslän "
    "Västergötland Småland Närke Norrland Svealand Götaland Tornedalen".split()
)
"""Counties and provinces, which name no one's workplace and stay (``Norrbotten``)."""

_COUNTY_AFTER = re.compile(r"s?\s+län(?!\w)")
_REGION_BEFORE = re.compile(r"(?<![\w-])Region\s+(?:Jämtland\s+)?$")


def read_place_list(path: Path) -> set[str]:
    """The names of a list: one a line, ``#`` starting a comment line; of a line
    ``Giron = Kiruna`` the name in another of Sweden's languages (``Giron``), whose Swedish
    name has a line of its own (:func:`read_other_names`)."""
    return {line.split(_OTHER_NAME)[0] for line in _lines(path)}


def read_other_names(path: Path) -> dict[str, str]:
    """``Giron`` -> ``Kiruna``: the official names of a list's places in Sami, Meänkieli or
    Finnish (its lines ``Giron = Kiruna``), each to the Swedish name."""
    return dict(line.split(_OTHER_NAME, 1) for line in _lines(path) if _OTHER_NAME in line)


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def plain_name(name: str) -> str:
    """The name without å, ä, ö or any other letter with an accent or a stroke, as a file
    name or a transcript without them writes it: ``Lulea``, ``Vahcir`` for Váhčir."""
    return without_foreign_accents(name).translate(SWEDISH_LETTERS).translate(_STROKED_LETTERS)


def as_listed(plain: dict[str, str], other: dict[str, str]) -> dict[str, str]:
    """Every other form of a list's names, in lower case, to the name a finder reports:
    ``lulea`` -> ``Luleå`` (``plain``, from :func:`plain_spellings`), ``giron`` and
    ``vahcir`` -> ``Kiruna`` and ``Gällivare`` (``other``, from :func:`read_other_names`),
    so that the investigator reviews one item however a place is written or in whichever
    of Sweden's languages."""
    forms = {p: other.get(n, n) for p, n in plain.items()} | other
    return {form.casefold(): name for form, name in forms.items()}


def is_a_word_or_name(name: str) -> bool:
    """Also a Swedish word, a first name or a surname (``Vara``, ``Nora``, ``Lund``): such
    a place counts only where the words around it say place."""
    return name in first_names() or name in surnames() or is_ordinary_word(name)


def split_ambiguous(names: Iterable[str], by_hand: frozenset[str]) -> tuple[frozenset, frozenset]:
    """(unambiguous, ambiguous): an ambiguous name is in ``by_hand`` or is a word or a name."""
    names = set(names)
    ambiguous = {n for n in names if n in by_hand or is_a_word_or_name(n)}
    return frozenset(names - ambiguous), frozenset(ambiguous)


def plain_spellings(names: Iterable[str]) -> dict[str, str]:
    """``Lulea`` -> ``Luleå``, ``Arjepluovve`` -> ``Árjepluovve``: the names written without
    their accents (:func:`plain_name`), where that is no word nor anyone's name, each to the
    name it spells."""
    names = set(names)
    spelt = {plain_name(n): n for n in names}
    return {p: n for p, n in spelt.items() if p not in names and not is_a_word_or_name(p)}


def in_place_context(text: str, start: int) -> bool:
    """The words before ``start`` say place (``i``, ``utanför``, ``flyttade till`` …)."""
    return PLACE_BEFORE.search(text, max(0, start - 30), start) is not None


def after_a_listed_place(text: str, start: int, ends: set[int]) -> bool:
    """A place in a list after another place found (``i Kalix, Lund och Mora``)."""
    listed = LIST_BEFORE.search(text, max(0, start - 8), start)
    return listed is not None and listed.start() in ends


def a_region(text: str, start: int, end: int) -> bool:
    """``Region Gotland``, ``Region Jämtland Härjedalen``, ``Kalmar län``: a county."""
    return bool(_REGION_BEFORE.search(text, max(0, start - 30), start)) or bool(
        _COUNTY_AFTER.match(text, end)
    )


def linking_s(rest: str) -> bool:
    """``s`` joins the name to the word after it (``Göteborgs|regionen``), not begins it
    (``Kalmar|sund``)."""
    return rest[0] == "s" and is_swedish_word(rest[1:]) and not is_swedish_word(rest)


def a_name(word: str) -> bool:
    """A compound that is someone's name (``Falkenbergs`` aside, ``Lindesbergsson``)."""
    return word in first_names() or word in surnames()


def alternatives(names: Iterable[str]) -> str:
    """One pattern for the names, as a tree of their shared beginnings (``Kal(?:ix|mar)``):
    a search fails after a letter or two where a list of hundreds of alternatives would
    try each.

    The first word of a name is matched as written, which decides whether the name counts
    as one with a capital or in lower case; a later word starts with a capital or a small
    letter, however the list writes it (``Gamla Stan`` and ``Gamla stan``, ``Upplands
    väsby``), as speech is written either way."""
    tree: dict = {}
    for name in names:
        node, before = tree, ""
        for char in name:  # a word's first letter after the first word: one branch for both
            node = node.setdefault(char.lower() if before in (" ", "-") else char, {})
            before = char
        node[""] = {}
    return _pattern_of(tree)


def _pattern_of(node: dict, *, word_start: bool = False) -> str:
    branches = [
        _char_pattern(char, word_start=word_start) + _pattern_of(child, word_start=char in " -")
        for char, child in sorted(node.items(), key=lambda item: item[0])
        if char
    ]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a name ends here and a longer one goes on: the longer first
        return "(?:" + joined + ")?"
    return joined


def _char_pattern(char: str, *, word_start: bool) -> str:
    """A space in a name is any space (``Upplands  Väsby``); a hyphen a hyphen or a space
    (``Dals Ed``); the first letter of a word after them either case (``Gamla Stan``)."""
    if word_start and char.upper() != char.lower():
        return "[" + re.escape(char.upper()) + re.escape(char.lower()) + "]"
    return {" ": r"\s+", "-": r"[-\s]"}.get(char, re.escape(char))
