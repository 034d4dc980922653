"""Where only a person fits a word no list knows: after a relation and ``till``
(``dotter till Faadumo``), beside ``och jag``, hired (``anställde vi Mehret``), two such
words set off by commas before ``han`` (``från Pello, Jouni Ylitalo, han …``), and a name
seen elsewhere in the project written with a slip (``Veiko`` for Veikko). Read by
:mod:`qualkod.redaction.people`. A well-known organisation (``data/organisations.txt``:
``Då ringde Telia``, ``Sen skrev Försäkringskassan``) is none of these."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from qualkod.redaction.name_context import ONLY_PEOPLE_DO, PLACE_BEFORE, PRONOUNS, is_title
from qualkod.redaction.name_tokens import Token
from qualkod.redaction.names import (
    is_ordinary_word,
    is_unknown_word,
    person_names,
    place_names,
)
from qualkod.redaction.slips import deletions, one_edit

_RELATIONS = frozenset(
    """
    mamma pappa mor far son dotter bror syster make maka fru sambo granne grannen vän
    väninna kompis kusin barnbarn barn söner döttrar bröder systrar föräldrar mormor morfar farmor farfar moster faster morbror
    farbror storebror lillebror storasyster lillasyster halvbror halvsyster
    """.split()
)
"""Relations that name the person they are to after ``till`` (``dotter till Faadumo``)."""
_ORGANISATIONS = Path(__file__).parent / "data" / "organisations.txt"


@lru_cache(maxsize=1)
def organisation_names() -> frozenset[str]:
    """Well-known Swedish authorities, companies and organisations
    (``data/organisations.txt``, one a line, ``#`` starts a comment), as written."""
    lines = _ORGANISATIONS.read_text(encoding="utf-8").splitlines()
    return frozenset(name for line in lines if (name := line.split("#", 1)[0].strip()))


def _an_organisation(token: Token) -> bool:
    """``Telia``, ``Försäkringskassans``: a listed organisation, also in the genitive."""
    listed = organisation_names()
    return bool({token.base, token.text, token.text.removesuffix("s")} & listed)


_ME_AFTER = re.compile(r"\s+och\s+jag\b")
_ME_BEFORE = re.compile(r"(?<!\w)[Jj]ag\s+och\s+$")
_HIRED = frozenset("anställde anställer anställt anställa".split())


def said_of_a_person(text: str, tokens: list[Token], i: int, prev_word: str) -> bool:
    """A capitalised word no list knows, where only a person fits: after a relation and
    ``till`` (``dotter till Faadumo``), a genitive before one (``Katis barnbarn``), spoken
    to (``Chai, hur ser ditt kontaktnät ut?``, ``Siv och Chai, ni har …``), beside
    ``och jag`` (``Nilufar och jag``, ``jag och Nilufar``), hired (``anställde vi
    Mehret``), or the subject of a verb only a person does, after it
    (``Då ringde Ingvor``, :func:`_subject_after_the_verb`). A Swedish word, compound or
    function word (``Socialen och jag``, ``Kassan``) is none of these, nor is a listed
    organisation (:func:`organisation_names`: ``Då ringde Telia``)."""
    token = tokens[i]
    if len(token.base) < 2 or text[token.end : token.end + 1] == "-":
        return False  # "anställde vi Adecco-vikarier": a compound's start
    if _an_organisation(token):
        return False  # "Då ringde Telia", "Sen anställde vi Manpower"
    earlier = [t.text.casefold() for t in tokens[max(0, i - 3) : i]]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        token.base.endswith("s")
        and after is not None
        and after.text.casefold() in _RELATIONS
        and text[token.end : after.start] == " "
    ):  # "Katis barnbarn hjälper henne": whose relation it is
        stem = token.base[:-1]
        return (
            len(token.base) >= 4
            and is_unknown_word(stem)
            and is_unknown_word(token.base)
            and stem not in place_names()  # "Sveriges barn"
        )
    if (
        _ADDRESSED.match(text, token.end)
        and (token.initial or (prev_word == "och" and i >= 2 and tokens[i - 2].capitalised))
    ) or (token.initial and _ADDRESSED_FIRST.match(text, token.end)):
        # "Chai, hur ser ditt kontaktnät ut?", "Siv och Chai, ni har ju …", "Kamal och …"
        return _SPOKEN_TO.search(text, token.end, _sentence_end(text, token.end)) is not None and (
            is_unknown_word(token.base)
        )
    if prev_word == "till" and len(earlier) >= 2 and earlier[-2] in _RELATIONS:
        fits = not token.initial
    elif _ME_AFTER.match(text, token.end) or _ME_BEFORE.search(
        text, max(0, token.start - 40), token.start
    ):  # a window: a search from the text's start is quadratic in a long turn
        fits = prev_word not in PLACE_BEFORE  # not "vi åkte till Pajala och jag körde"
    elif _subject_after_the_verb(text, tokens, i):
        fits = len(token.base) >= 4  # "Då ringde Ingvor", not "Då ringde Soc"
    else:
        hired = prev_word in _HIRED or (
            len(earlier) >= 2 and earlier[-2] in _HIRED and earlier[-1] in PRONOUNS
        )
        fits = hired and not token.initial
    return fits and is_unknown_word(token.base)


_FRONTED = frozenset(
    """
    sen sedan då nu där här så först efteråt senare därefter plötsligt ibland också även
    kanske nog faktiskt tyvärr dessutom ändå alltså idag igår imorse ikväll inatt vad
    varför hur när
    """.split()
)
"""Adverbs and question words that open a sentence and put its subject after the verb
(``Sen ringde Ingvor``, ``Varför frågade Rutger``)."""
_SAYING_AFTER_A_QUOTE = frozenset("sa sade frågade svarade undrade skrek ropade".split())
"""Verbs of saying after what was said (``"Nej", sa Ingvor.``)."""


def _subject_after_the_verb(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` is the subject of a verb only a person does (:data:`ONLY_PEOPLE_DO`),
    put after it as Swedish does when an adverb or a question word opens the sentence
    (``Då ringde Ingvor och sa``, ``Och sen frågade Rutger``) or after what was said
    (``"Nej", sa Ingvor``); not a word at a sentence's start, and not after ``tog``,
    ``kom`` or ``gick``, which a firm, an illness or a holiday does too (``Sen kom
    Covid``)."""
    token = tokens[i]
    if i < 2 or token.initial or text[token.end : token.end + 1] in (":", "-"):
        return False  # "Soc:en", "Ikea-kassen"
    verb, before = tokens[i - 1], tokens[i - 2]
    said = verb.text.casefold()
    if text[verb.end : token.start] != " " or said not in ONLY_PEOPLE_DO:
        return False
    if said in _SAYING_AFTER_A_QUOTE and text[: verb.start].rstrip().endswith(_QUOTE_END):
        return True
    opens = before.initial or (
        i >= 3
        and tokens[i - 3].initial
        and tokens[i - 3].text.casefold() in ("och", "men", "så")
        and text[tokens[i - 3].end : before.start] == " "
    )
    return opens and before.text.casefold() in _FRONTED and text[before.end : verb.start] == " "


_QUOTE_END = (",", "”", '"', "»", "’")


_ADDRESSED = re.compile(
    r",\s+(?:hur|vad|vem|vilka|vilken|när|var|varför|kan|kunde|skulle|vill|har|hade|är|"
    r"berätta|säg|du|ni)\b"
)
_ADDRESSED_FIRST = re.compile(r"\s+och\s+[A-ZÅÄÖÉ][^\W\d_]*,\s+(?:ni|hur|vad|kan)\b")
_SPOKEN_TO = re.compile(r"\b(?:du|dig|din|ditt|dina|ni|er|ert|era)\b")
"""Whom a question or a request is put to: ``Chai, hur ser ditt kontaktnät ut?``."""


_STOP = re.compile(r"[.!?]")


def _sentence_end(text: str, start: int) -> int:
    found = _STOP.search(text, start)
    return found.end() if found else len(text)


_SAID_OF_IT = re.compile(r",\s+(?:han|hon|hen)\b")
_A_PERSON_AFTER = re.compile(
    r"\s+(?:är|var)\s+en\s+(?P<rest>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)"
    r"|,\s+som\s+(?:fyllde|fyller|har\s+fyllt)\s+"
)
"""After a full name, what is said only of a person: ``… är en äldre kvinna``, ``…, som
fyllde nitton``."""
_PERSONS = frozenset("kvinna man kille tjej flicka pojke dam herre pensionär änka änkling".split())
_ORGANISATION_LAST = frozenset(
    "ab care group center centre consulting home homes living service services".split()
)
"""Last words of a company's name (``Attendo Care, som fyllde trettio``)."""


def _said_of_a_person_only(text: str, end: int) -> bool:
    """``… är en äldre kvinna``, ``… är en pensionerad lärare``, ``…, som fyllde nitton``:
    a word for a person, a title or a profession within three words after ``är en``."""
    found = _A_PERSON_AFTER.match(text, end)
    if found is None:
        return False
    if found["rest"] is None:
        return True
    return any(w.casefold() in _PERSONS or is_title(w) for w in found["rest"].split())


def mark_names_in_apposition(
    text: str, tokens: list[Token], person: list[bool], places: frozenset[str]
) -> None:
    """``en man från Pello, Jouni Ylitalo, han jobbar …``: two capitalised words no list
    or dictionary knows, set off by commas, then ``han`` or ``hon``, are a full name (not
    ``ett program, Treserva Ecare, som …``); so are two such words before what is said
    only of a person (``Kati Hagert är en äldre kvinna``, ``Aphrem Barsom, som fyllde
    nitton``)."""
    for i in range(len(tokens) - 1):
        first, second = tokens[i], tokens[i + 1]
        if (
            first.capitalised
            and second.capitalised
            and text[first.end : second.start] == " "
            and (
                (
                    text[: first.start].rstrip().endswith(",")
                    and _SAID_OF_IT.match(text, second.end) is not None
                )
                or (
                    _said_of_a_person_only(text, second.end)
                    and second.base.casefold() not in _ORGANISATION_LAST
                )
            )
            and all(
                is_unknown_word(t.base) and t.base not in places and len(t.base) >= 2
                for t in (first, second)
            )
        ):
            person[i] = person[i + 1] = True


def slip_of_a_known_name(word: str, known: frozenset[str]) -> bool:
    """``word`` is a name seen elsewhere in the project with one letter wrong, missing or
    extra (``Veiko`` for Veikko, ``Hadad`` for Haddad): five letters or more, and
    neither a name of its own nor a Swedish word."""
    if len(word) < 5:
        return False
    near = _known_by_deletion(known)
    lower = word.casefold()
    return (
        any(
            one_edit(lower, name)
            for variant in {lower} | deletions(lower)
            for name in near.get(variant, ())
        )
        and word not in person_names()
        and is_unknown_word(word)
    )


@lru_cache(maxsize=8)
def _known_by_deletion(known: frozenset[str]) -> dict[str, list[str]]:
    """Known names of five letters or more (no everyday word), lower case, by themselves
    and by each form with one letter taken out."""
    index: dict[str, list[str]] = {}
    for name in known:
        if len(name) >= 5 and name[:1].isupper() and not is_ordinary_word(name):
            lower = name.casefold()
            for variant in {lower} | deletions(lower):
                index.setdefault(variant, []).append(lower)
    return index
