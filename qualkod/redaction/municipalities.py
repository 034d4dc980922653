"""Sweden's municipalities named in a text: where an interviewee works narrows down who
they are, so a report shows ``[kommun]`` (``jobbar i Pajala`` -> ``jobbar i [kommun]``).

The names are Sweden's 290 municipalities and the seats of those whose main town is
called otherwise (``data/municipalities.txt``). A name that is also a Swedish word, a
first name or a surname (``Vara``, ``Boden``, ``Nora``, ``Lund``) counts only where the
words around it say place: after ``i``, ``inom``, ``utanför``, ``norr om`` …, or before
``kommun``. Left alone: a county or region (``Region Gotland``, ``Kalmar län``), a word
in lower case (``en liten lund``) and a name inside someone's name, which the person
finder takes. The investigator keeps a name with ``qualkod redact ignore``.

Forms found: the name (``Kalix``), with ``kommun`` (``Luleå kommun`` -> ``[kommun]``),
the genitive (``Piteås`` -> ``[kommun]:s``), a compound's first part (``Luleåmodellen``
-> ``[kommun]-modellen``), the inhabitants in lower case (``kalixbor`` ->
``[kommun]-bor``), in lower case after a place word (``i piteå``) and written without å,
ä and ö (``Lulea``), as in file names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from qualkod.redaction.names import first_names, is_ordinary_word, is_swedish_word, surnames

MUNICIPALITY = "municipality"
TOKEN = "[kommun]"

_DATA = Path(__file__).parent / "data" / "municipalities.txt"

_AMBIGUOUS_BY_HAND = frozenset("Boden Handen Kisa Kil Mark Vara Berg Mora Eda Ale Sälen".split())
"""Names the lists may not mark but readers take as words or names (``boden``, the shed;
``handen``, the hand; ``kisa``, to squint)."""

_PLACE_WORDS = (
    r"i|inom|utanför|kring|runt|nära|via|(?:norr|söder|öster|väster|nordost|nordväst|sydost"
    r"|sydväst)\s+om|(?:åka|åker|åkte|åkt|far|for|fara|flytta\w*|kör\w*|res\w*|pendla\w*"
    r"|ner|upp|ut|in|hem|bort|tillbaka|hit|dit|kom|kommer|komma|vägen|bussen|tåget)\s+(?:till|från)"
    r"|(?:vägen|väg|norrut|söderut|österut|västerut)\s+mot"
)
"""Words after which a capitalised word is a place (``i Vara``, ``norr om Mora``,
``flyttade till Boden``); not ``till`` or ``från`` alone, after which a name is as often
a person's (``sa till Nora``, ``ett sms från Mark``)."""

_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:" + _PLACE_WORDS + r")\s+$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:från|till|med|hos|vid|mot|på)\s+$", re.IGNORECASE)
"""Before a name that is no one's first name, a preposition alone says place: a capitalised
``Lund`` or ``Ystad`` after ``forskaren från`` or ``enklast med`` is the town, or else a
person's surname, which a report must not show either."""
_LIST_BEFORE = re.compile(r"(?:,\s*|\s+(?:och|eller)\s+)$")
_MUNICIPALITY_AFTER = re.compile(r"\s+kommun(?:en|ens|s)?(?!\w)")
_INSTITUTION_AFTER = re.compile(r"s\s+(?:universitet|tingsrätt|stad|stads|domkyrka)(?!\w)")
"""After a genitive, what only a place has (``Lunds universitet``; ``Bergs sjukhus`` may
be a person's)."""
_COUNTY_AFTER = re.compile(r"s?\s+län(?!\w)")
_REGION_BEFORE = re.compile(r"(?<![\w-])Region\s+(?:Jämtland\s+)?$")
_INHABITANTS = r"(?:bo|bor|borna|bon|bons|bornas|are|arna|arnas)"
_SWEDISH_LETTERS = str.maketrans("åäöÅÄÖ", "aaoAAO")
_NOT_COMPOUNDS = frozenset({"gävleborg", "gävleborgs"})
"""Words that start with a municipality's name but name a county (``Gävleborg``)."""


@lru_cache(maxsize=1)
def municipality_names() -> tuple[frozenset[str], frozenset[str]]:
    """The names (unambiguous, ambiguous): an ambiguous one is also a Swedish word, a
    first name or a surname, and counts only in a place's context."""
    text = _DATA.read_text(encoding="utf-8")
    names = {line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"}
    ambiguous = {
        n
        for n in names
        if n in _AMBIGUOUS_BY_HAND or n in first_names() or n in surnames() or is_ordinary_word(n)
    }
    return frozenset(names - ambiguous), frozenset(ambiguous)


def _alternatives(names) -> str:
    """One pattern for the names, as a tree of their shared beginnings (``Kal(?:ix|mar)``):
    a search fails after a letter or two where a list of 320 alternatives would try each."""
    tree: dict = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern_of(tree)


def _pattern_of(node: dict) -> str:
    branches = [
        _char_pattern(char) + _pattern_of(child)
        for char, child in sorted(node.items(), key=lambda item: item[0])
        if char
    ]
    if not branches:
        return ""
    joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a name ends here and a longer one goes on: the longer first
        return "(?:" + joined + ")?"
    return joined


def _char_pattern(char: str) -> str:
    """A space in a name is any space (``Upplands  Väsby``); a hyphen a hyphen or a space
    (``Dals Ed``)."""
    return {" ": r"\s+", "-": r"[-\s]"}.get(char, re.escape(char))


@lru_cache(maxsize=1)
def _spelt_plain() -> dict[str, str]:
    """``Lulea`` -> ``Luleå``: one item for the investigator, however it is spelt."""
    return {n.translate(_SWEDISH_LETTERS): n for n in municipality_names()[0]}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    clear, ambiguous = municipality_names()
    plain = {n.translate(_SWEDISH_LETTERS) for n in clear} - clear
    plain -= {p for p in plain if is_ordinary_word(p) or p in first_names() or p in surnames()}
    written = re.compile(
        r"(?<![\w-])(?P<name>" + _alternatives(clear | plain) + r")(?P<rest>[a-zåäöé]*)"
    )
    in_context = re.compile(
        r"(?<![\w-])(?P<name>" + _alternatives(ambiguous) + r")(?P<s>s)?(?![\w-])"
    )
    lower = _alternatives({n.casefold() for n in clear})
    inhabitants = re.compile(r"(?<![\w-])(?P<name>" + lower + r")(?=" + _INHABITANTS + r"(?!\w))")
    lower_place = re.compile(r"(?<![\w-])(?P<name>" + lower + r")(?![\w-])")
    return written, in_context, inhabitants, lower_place


def find_municipalities(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, replacement) of every municipality named in ``text``."""
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
        before = _PLACE_BEFORE.search(text, max(0, start - 30), start) or (
            match["name"] not in first_names()
            and _PREPOSITION_BEFORE.search(text, max(0, start - 8), start)
        )
        listed = _LIST_BEFORE.search(text, max(0, start - 8), start)
        in_a_list = listed is not None and listed.start() in ends
        context = kommun or before or institution or in_a_list
        if not context or _a_region(text, start, end):
            continue
        ends.add(end)
        yield _with_kommun(text, start, end, match["name"], genitive=bool(match["s"]))
    for match in inhabitants.finditer(text):  # "kalixbor", "stockholmare"
        yield match.start(), match.end(), match["name"], TOKEN + "-"
    for match in lower_place.finditer(text):  # "i piteå" in a transcript without capitals
        if _PLACE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            yield match.start(), match.end(), match["name"], TOKEN


def _written(text: str, written: re.Pattern) -> Iterator[tuple[int, int, str, str]]:
    """The names that are no word nor anyone's name, wherever written with a capital."""
    for match in written.finditer(text):
        name, rest = _spelt_plain().get(match["name"], match["name"]), match["rest"]
        start, end = match.start(), match.end("name")
        if _a_region(text, start, end):
            continue
        if not rest:
            yield _with_kommun(text, start, end, name)
        elif rest == "s" and not text[match.end() : match.end() + 1].isalpha():
            yield _with_kommun(text, start, match.end(), name, genitive=True)
        elif (name + rest).casefold() in _NOT_COMPOUNDS or _a_name(name + rest):
            continue
        elif len(name) >= 4 and len(rest) >= 3:  # "Luleåmodellen", "Göteborgsregionen"
            linking = int(_linking_s(rest))
            yield start, end + linking, name, TOKEN + "-"


def _with_kommun(
    text: str, start: int, end: int, name: str, *, genitive: bool = False
) -> tuple[int, int, str, str]:
    """The name with a ``kommun`` after it taken along: ``Luleå kommun`` is ``[kommun]``,
    ``Luleå kommuns`` and ``Piteås`` are ``[kommun]:s``."""
    kommun = _MUNICIPALITY_AFTER.match(text, end)  # also "Jokkmokks kommun"
    if kommun is not None:
        genitive = kommun.group(0).endswith("s")
        end = kommun.end()
    return start, end, name, TOKEN + (":s" if genitive else "")


def _a_region(text: str, start: int, end: int) -> bool:
    """``Region Gotland``, ``Region Jämtland Härjedalen``, ``Kalmar län``: a county."""
    return bool(_REGION_BEFORE.search(text, max(0, start - 30), start)) or bool(
        _COUNTY_AFTER.match(text, end)
    )


def _linking_s(rest: str) -> bool:
    """``s`` joins the name to the word after it (``Göteborgs|regionen``), not begins it
    (``Kalmar|sund``)."""
    return rest[0] == "s" and is_swedish_word(rest[1:]) and not is_swedish_word(rest)


def _a_name(word: str) -> bool:
    """A compound that is someone's name (``Falkenbergs`` aside, ``Lindesbergsson``)."""
    return word in first_names() or word in surnames()
