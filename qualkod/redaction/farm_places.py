"""Farms, hamlets and rural addresses: in the countryside a farm's or a hamlet's name
identifies a household as a street address does (``jag har gården uppe vid Tallmyran``,
``vi körde över till Björnhultet med traktorn``, ``adressen är Kråkbacka 7``).

No list holds every hamlet, so a name is known by its shape: a capitalised word that no
word list, name list or place list knows, ending as Swedish place names end (``-by``,
``-berget``, ``-torpet``, ``-myran``, ``-tjärn`` …), is

* a place (``[ort]``) after a word saying where (``på``, ``vid``, ``till``, ``från``,
  ``i``, also ``uppe vid``, ``ute på``, ``nere vid``, ``borta vid``), or as a farm
  (``Kråkbacka-gården``); and
* a place (``[ort]``) as the subject of a verb, in its definite form
  (``Kvarnberget har alltid haft egen väg``, ``Björnhultet ligger längst bort``); and
* an address (``[adress]``) with a house number (``vid Tallmyran 4``), also a farm's
  (``vid Norrgården 3``, not a home's ward: ``bor på Ängsgården 1``), and any
  capitalised name with a house number after ``vid`` (``bor vid Lillkroken 4``).

A property designation (``Kvarnberget 1:14``, ``Malungs Sälen 3:207``) is an address
too, with a place-shaped name or a municipality before it; ``fastigheten …`` is found by
:mod:`qualkod.redaction.identifiers`, a score (``vann mot Frölunda 3:2``) and a Bible
verse (``Johannes 3:16``) are not addresses.

Nationally known places with such endings (``Liseberg``, ``Drottningholm``) stay: they
name no one's home (:data:`_KNOWN_PLACES`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from qualkod.redaction.address_category import ADDRESS
from qualkod.redaction.municipalities import municipality_names
from qualkod.redaction.names import is_swedish_word, person_names, place_names
from qualkod.redaction.person_contexts import organisation_names
from qualkod.redaction.place_lists import REGIONS

_SETTLEMENT_ENDINGS = (
    "by|byn|bo|berg|berget|bäck|bäcken|gård|gården|torp|torpet|hult|hultet|åsa|ås|åsen"
    "|näs|näset|backa|backen|lid|liden|ryd|red|rud|mon|myran|myren|tjärn|tjärnen|udden"
    "|sele|selet|vallen|säter|sätern|hyttan|kulla|kullen|mossen|löv|åker|åkern|kärr"
    "|kärret|hagen|hage|haget|skog|skogen|bodarna|bodar|boda"
)
"""How the names of hamlets and farms end (``Tallmyran``, ``Björnhultet``)."""
_ENDINGS = (
    _SETTLEMENT_ENDINGS + "|vik|viken|holm|holmen|sjön|fors|forsen|träsk|träsket|heden"
    "|dalen|lunda|tuna|inge|stad|sta|fallet|strand|stranden|ön"
)
"""Also how lakes, bays, islands, valleys and towns end: with a house number, an address
(``Sjövik 4``); alone, a larger place than a household (``en vik i Storsjön``,
``mormor var från Fjällviken``), which stays."""
_STEM = r"[A-ZÅÄÖ](?:[a-zåäöé]{2,}?|[a-zåäöé](?=[a-zåäöé]{6}))"
"""The first part of a place's name: three letters or more, or two before an ending of
six letters or more (``Nybodarna``, ``Ekbacken``; not ``Nyby``, nor ``Ishagen``, a rink,
``Ekhagen``, a home: review, session 32)."""
_QUALIFIER = r"(?:(?:Övre|Nedre|Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya)\s+)?"
_PLACE_SHAPED = re.compile(rf"{_STEM}(?:{_ENDINGS})")
_SETTLEMENT_SHAPED = re.compile(rf"{_STEM}(?:{_SETTLEMENT_ENDINGS})")
_NAME = rf"(?P<name>{_QUALIFIER}{_STEM}(?:{_ENDINGS}))"
_WHERE = (
    # not "här på Solbacka": the workplace the speaker talks from, a home or a unit
    r"(?<![Hh]är\s)(?<![\w-])"
    r"(?i:(?:(?:uppe|ute|nere|borta|bort|över|upp|ner|ut|hem|hit|dit)\s+)?"
    r"(?:på|vid|till|från|i))\s+"
)
_AFTER_A_PLACE_WORD = re.compile(_WHERE + _NAME + r"(?P<genitive>s)?(?![\w-])")
"""A place-shaped name after a word saying where (``uppe vid Tallmyran``)."""
_NAMED_AFTER_A_FARM = re.compile(
    r"\b(?i:en|ett)\s+(?:liten\s+|litet\s+|gammal\s+|gammalt\s+)?"
    r"(?:gård|bondgård|torp|hemman|fäbod|ställe|gårdsställe)\b[^.!?,]{0,40},\s+"
    + _NAME
    + r"(?=\s*[,.!?])"
)
"""A farm's name set off after ``en gård`` (``på en gård utanför stan, Skarpsgården,
och …``): the farm named, whatever its ending says of homes elsewhere."""
_A_DISTRICT_OR_A_HOME = re.compile(
    rf"^(?:Norr|Söder|Öster|Väster|Nord|Syd|Mellan)(?:{_ENDINGS})$|gården$|gårdarna$|hemmet$"
)
"""A town's district named by its quarter alone (``på Norrby``, ``Söderbacken``; not
``Norrsjöliden``), or a home, a
café or a youth centre (``på Körsbärsgården``): common to many towns, or a public place,
not a household. A farm is found in ``X-gården`` instead, or with a house number."""
_DEFINITE = re.compile(
    r"(?:byn|berget|bäcken|torpet|hultet|åsen|näset|backen|liden|myran|myren|tjärnen|udden"
    r"|selet|vallen|sätern|hyttan|kullen|mossen|åkern|kärret|hagen|haget|skogen|bodarna)$"
)
"""Definite forms a hamlet is named by, which no surname has (``Kvarnberget``, not
``Kvarnberg``)."""
_SUBJECT = re.compile(
    rf"(?<![\w-]){_NAME}(?= (?:har|hade|är|var|ligger|låg|blev|brukar|brukade|fick|"
    r"såldes|ägs|ägdes|kommer|ska|skulle)\b)"
)
"""A place-shaped name before a verb, as its subject (``Kvarnberget har``)."""
_INSIDE = re.compile(
    r"(?<![\w-])(?:ligger|låg|har|hade|är|var|blev|köpte|sålde|ärvde|äger|ägde|hyr|hyrde"
    r"|arrenderar|arrenderade|driver|drev|om|och|heter|hette|kallas|kallades|kallar)\s+"
    rf"{_NAME}(?P<genitive>s)?(?![\w-])"
)
"""A place-shaped name inside a sentence after a verb of being, having or naming, ``om``
or ``och``, where a capital says a name (``sen ligger Björnhultet``, ``de köpte
Kärrsgården``, ``om Kvarnbergets väg``)."""
_AT_A_NUMBER = re.compile(
    r"(?<![\w-])(?i:vid)\s+(?P<name>(?:[A-ZÅÄÖ][a-zåäöé]+\s+)?[A-ZÅÄÖ][a-zåäöé]{2,})\s+"
    r"(?:nr\.?\s+|nummer\s+)?\d{1,3}(?:\s?[A-D](?!\w))?"
    r"(?![\w.,:/]\d|[\w:/%-]|\s+(?:år|kilo|kg|km|mil|meter|minuter|timmar|procent|st|kr)\b"
    r"|\s+(?:gång|gånger|dag|dagar|vecka|veckor|månad|månader|dygn|timme|minut|person"
    r"|personer|stycken|barn|kronor|spänn)\b)"
)
"""Any capitalised name with a house number after ``vid`` (``bor vid Lillkroken 4``);
not a count (``vid Ica 3 gånger``, ``vid Sahlgrenska 3 veckor``)."""
_FARM = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäöé]{2,})(?=-(?:gården|gårdarna|torpet|stugan|hemmanet)(?![\w-]))"
)
"""A farm named by a family or a place with a hyphen: ``Kråkbacka-gården``."""
_HOUSE = re.compile(
    r"(?<![\w-])" + _NAME + r"\s+(?:nr\.?\s+|nummer\s+)?\d{1,3}(?:\s?[A-D](?!\w))?"
    r"(?![\w.,:/]\d|[\w:/-]|\s+(?:år|kilo|kg|km|mil|meter|minuter|timmar|procent|st|kr)\b)"
)
"""A place-shaped name with a house number (``Kråkbacka 7``, ``Övre Myrbacken 12 B``)."""
_PROPERTY = re.compile(
    r"(?<![\w-])(?P<property>(?:(?P<municipality>[A-ZÅÄÖ][a-zåäöé]+)\s+)?"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöé]{2,})\s+\d{1,4}:\d{1,4})(?![\d:])"
)
"""A property designation: ``Kvarnberget 1:14``, ``Orsa Skattungbyn 12:5``."""
_SCORE_BEFORE = re.compile(
    r"(?i:\b(?:mot|med|vann|vinner|förlorade|förlorar|slog|slår|spelade|ledde|leder)"
    r"\s+(?:\w+\s+)?)$"
)
"""Words before a score (``vann mot Frölunda 3:2``), which no property follows."""

_KNOWN_PLACES = frozenset(
    "Liseberg Kolmården Drottningholm Gripsholm Kinnekulle Skokloster Tjolöholm Läckö "
    "Ullevi Kebnekaise Storsjön Hornborgasjön Siljan Birka Kullaberg Omberg Billingen "
    "Hunneberg Halleberg Taberg Stenshuvud Hovfjället Romme Kungsholmen Vaxholm "
    "Djurgården Skeppsholmen Långholmen Riddarholmen Södermalm Norrmalm Östermalm "
    "Ekerö Valhall Solvalla Jägersro Bergsjön Blåkulla Hinseberg Rörstrand Gustavsberg "
    # Finnish towns by their Swedish names
    "Helsingfors Tammerfors Jakobstad Nykarleby Åbo Ekenäs Kristinestad Uleåborg Karleby "
    "Lovisa Nystad Nådendal Borgå Vasa".split()
)
"""Places every Swede knows, with a place name's ending, that name no one's home."""
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:universitet|högskola|sjukhus|lasarett|tingsrätt|hovrätt|bruk|pappersbruk|skola"
    r"|förskola|kyrka|församling|stift|domkyrka|slott|flygplats)(?!\w)"
)
"""A public institution after a place's genitive (``Mälardalens universitet``)."""


def find_farm_places(text: str) -> Iterator[tuple[int, int, str, str, int]]:
    """(start, end, name, replacement, name_end) of each farm or hamlet named in ``text``,
    as :func:`~qualkod.redaction.localities.find_localities` gives them (``[ort]``)."""
    if not any(c.isupper() for c in text):
        return
    for match in _AFTER_A_PLACE_WORD.finditer(text):
        name = match["name"]
        if (
            _a_farm_name(name)
            and _SETTLEMENT_SHAPED.fullmatch(name.split()[-1])
            and not _a_name_of_someone(name)
            and (not _A_DISTRICT_OR_A_HOME.search(name) or _a_byname_farm(name))
            and not _INSTITUTION_AFTER.match(text, match.end())
            and not (_SHEDS_OR_PEN.search(name) and _an_everyday_site(name))
        ):
            start, end = match.span("name")
            yield start, match.end(), name, "[ort]", end
    for match in _NAMED_AFTER_A_FARM.finditer(text):  # "en gård …, Skarpsgården,"
        name = match["name"]
        if _a_farm_name(name) and not _a_name_of_someone(name):
            yield match.start("name"), match.end(), name, "[ort]", match.end("name")
    for match in _FARM.finditer(text):
        name = match["name"]
        if not is_swedish_word(name) and name not in _KNOWN_PLACES:
            yield match.start(), match.end("name"), name, "[ort]", match.end("name")
    for match in chain(_SUBJECT.finditer(text), _INSIDE.finditer(text)):  # "Kvarnberget har"
        name = match["name"]
        if (
            _a_farm_name(name)
            and (
                (_DEFINITE.search(name) and not _A_DISTRICT_OR_A_HOME.search(name))
                or _a_farm_inside(text, match)  # "de köpte Kärrsgården"
                or _a_byname_farm(name)  # "Skarpsgården ligger"
            )
            and not _a_name_of_someone(name)
            and not _A_TEAM.match(text, match.end())  # "vann mot Granhyttan 3:2"
            and not _SCORE_BEFORE.search(text, max(0, match.start() - 30), match.start())
            and not (
                (match.re is _INSIDE or _SENTENCE_START.search(text, 0, match.start()))
                and _an_everyday_site(name)  # "Hundhagen är stängd.", "köpte Sommarhagen"
            )
        ):
            yield match.start("name"), match.end(), name, "[ort]", match.end("name")
    for match in _A_WORD_AS_A_NAME.finditer(text):  # "uppe vid Hultet"
        name = match["name"]
        if (
            _DEFINITE.search(name.casefold())
            and is_swedish_word(name)
            and name not in _KNOWN_PLACES
            and not _a_name_of_someone(name)
            and not _INSTITUTION_AFTER.match(text, match.end())
        ):
            yield match.start("name"), match.end(), name, "[ort]", match.end("name")


def find_farm_addresses(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, ``address``) of a farm's or hamlet's house number (``Kråkbacka 7``)
    and of a property designation (``Kvarnberget 1:14``)."""
    if not any(c.isdigit() for c in text):
        return
    for match in _HOUSE.finditer(text):
        # not a home's ward ("bor på Ängsgården 1"), as for a village's house numbers
        if _a_farm_name(match["name"]) and (
            not match["name"].endswith("gården") or not _ON.search(text, 0, match.start())
        ):
            yield match.start(), match.end(), ADDRESS
    for match in _AT_A_NUMBER.finditer(text):  # "bor vid Lillkroken 4"
        name = match["name"]
        last = name.split()[-1]
        if (
            last not in _NOT_AN_ADDRESS
            and not {name.casefold(), last.casefold()} & _organisations()  # "vid Ica 3"
            and not {name, last} & (place_names() | _KNOWN_PLACES)  # "vid Liseberg 2"
        ):
            yield match.start("name"), match.end(), ADDRESS
    if ":" not in text:
        return
    for match in _PROPERTY.finditer(text):
        if _SCORE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        municipality, name = match["municipality"], match["name"]
        if municipality and _a_municipality(municipality):
            yield match.start(), match.end(), ADDRESS
        elif _a_farm_name(name):
            yield match.start("name"), match.end(), ADDRESS


_A_WORD_AS_A_NAME = re.compile(
    r"(?<![\w-])(?:(?:uppe|ute|nere|borta|bort|över|upp|ner|ut|hem|hit|dit)\s+)?"
    r"(?:på|vid|till|från|i)\s+(?P<name>[A-ZÅÄÖ][a-zåäö]{2,})(?P<genitive>s)?(?![\w-])"
)
"""A word in its definite form written with a capital after a word saying where, inside
a sentence: a hamlet's name (``uppe vid Hultet``, ``ute på Berget``), not the word."""
_QUARTER = re.compile(rf"^(?:Norr|Söder|Öster|Väster|Nord|Syd|Mellan)(?:{_ENDINGS})$")
_PLACE_WORD_BEFORE = re.compile(r"(?i:\b(?:på|i|till|från|vid|hos|mot|om)\s+)$")


def _a_farm_inside(text: str, match: re.Match) -> bool:
    """A ``-gården`` inside a sentence, not after a word saying where (``de köpte
    Kärrsgården``): a farm; ``på Solgården`` is a home, a café or a youth centre, and
    ``Sofiakyrkogården`` a churchyard."""
    name = match["name"]
    return (
        name.endswith("gården")
        # not a compound of a word ending in "gården": "Sofiakyrkogården", "skolgården"
        and not any(is_swedish_word(name[i:]) for i in range(1, len(name) - len("gården")))
        and match.re is _INSIDE
        and not _QUARTER.match(name)
        and not _PLACE_WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
    )


def _a_byname_farm(name: str) -> bool:
    """A ``-gården`` joined by a genitive ``s`` to an adjective (``Skarpsgården``,
    ``Kärvsgården``): Swedish joins an adjective without it (``Storgården``,
    ``Nygården``), so the adjective is a family's byname and the farm theirs; a home or
    a café is named by a thing (``Ängsgården``, ``Körsbärsgården``)."""
    stem = name.split()[-1].removesuffix("sgården")
    return (
        len(stem) >= 3
        and stem + "sgården" == name.split()[-1]
        and all(is_swedish_word(stem + end) for end in ("", "t", "aste"))
    )


_EVERYDAY_SITE = re.compile(
    r"^(?P<stem>.+?)s?(?:hagen|haget|vallen|backen|byn|udden|kullen|bodarna|bodar|boda)$"
)
"""Sites named by what they are for (``Hundhagen``, ``Idrottsvallen``, ``Slalombacken``,
``Hembyn``, ``Badudden``, ``Kalvhaget``, ``Fiskebodarna``): an everyday word before a
pasture, a field, a slope, a village, a headland, a hill or a row of sheds."""
_SHEDS_OR_PEN = re.compile(r"(?:haget|bodarna|bodar|boda)$")
"""Endings a site for a use has as often as a hamlet, after ``i``/``vid`` too (``i
Fårhaget``, ``vid Badbodarna``; but ``i Nybodarna``, ``på Storhaget``)."""
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+)$")
"""Nothing, or the end of a sentence, before a word: its capital need say no name."""


def _an_everyday_site(name: str) -> bool:
    """An everyday word of three letters or more before a site's word (``Fårhagen``,
    ``Fotbollsvallen``); not ``Kvarnberget``, which names a hamlet, nor a word of the
    land, its trees or wild animals, its size, age or quarter (``Ugglebacken``,
    ``Tallkullen``, ``Storbyn``): a hamlet is named so, a site for a use is not."""
    site = _EVERYDAY_SITE.match(name.split()[-1])
    if site is None:
        return False
    stem = site["stem"]  # "Idrott" of "Idrottsvallen"; "Kurs" is tried as "Kur" + "s"
    if _HAMLET_STEM.fullmatch(stem.casefold()):
        return False
    return any(len(word) >= 3 and is_swedish_word(word) for word in (stem, stem + "s"))


_HAMLET_STEM = re.compile(
    # the land and the water
    r"(?:sten|sand|grus|myr|mo|ås|berg|lid|kärr|mosse|moss|tjärn|sjö|å|bäck|älv|hed|näs"
    r"|ör|hall|klöv|rås|kvarn|såg|hytt|tall|gran|björk|ek|lind|al|asp|rönn|sälg|hassel"
    r"|vide|en|ljung|lärk|hägg|björn|räv|varg|älg|uggle|uggla|orre|tjäder|kråk|korp|hök"
    r"|örn|trana|tran|svan|lo|bäver|utter|stor|lill|lilla|ny|gam|gammel|gamla|hög|låg"
    r"|lång|bred|rund|svart|röd|vit|grön|norr|söder|öster|väster|nord|syd|mellan|övre"
    r"|nedre|yttre|inre|ytter|inner|bortre|hitre|kyrk|prästs?|by)s?"
)
"""First parts that name a hamlet's land, trees, wild animals, size, age or quarter
(``Sten``, ``Tall``, ``Uggle``, ``Stor``, ``Norr``), not what a site is used for."""


_A_TEAM = re.compile(r"\s*\d+[:-]\d+")
"""A score after a name: a team's (``Granhyttan 3:2``)."""
_ON = re.compile(r"(?<![\w-])(?i:på|i)\s+$")
"""``på`` or ``i`` before a home's name: its ward (``bor på Ängsgården 1``)."""
_NOT_AN_ADDRESS = frozenset(
    "Kapitel Avsnitt Vecka Punkt Paragraf Sida Bilaga Steg Fas Nivå Läge Grind Perrong "
    "Spår Sal Rum Avdelning Hus Plan Kassa Bord Station Hållplats Gate Covid Windows "
    "Version Iphone Entré Ingång Uppgång Port Fönster Dörr Plattform".split()
)
"""Capitalised words with a number after ``vid`` that are no address (``vid Grind 4``;
a sentence may start with ``Vid``)."""


def _a_farm_name(name: str) -> bool:
    """Shaped like a hamlet's name and known to no list: no word, no town, no county."""
    last = name.split()[-1]
    return bool(_PLACE_SHAPED.fullmatch(last)) and _unknown(last) and name not in _KNOWN_PLACES


def _unknown(word: str) -> bool:
    """No word of the lexicon, no municipality, town or county, no nationally known place."""
    return not (
        is_swedish_word(word)
        or word in REGIONS
        or word in place_names()
        or word in _known_municipalities()
        or word in _KNOWN_PLACES
    )


def _a_name_of_someone(name: str) -> bool:
    """A first name or a surname (``till Åsa``, ``från Lindberg``): the people finder's."""
    return name.split()[-1] in person_names()


def _a_municipality(word: str) -> bool:
    """A municipality's name, or its genitive (``Malungs``)."""
    return word in _known_municipalities() or word.removesuffix("s") in _known_municipalities()


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    """The listed organisations in lower case (``ica`` of ``ICA``)."""
    return frozenset(name.casefold() for name in organisation_names())


@lru_cache(maxsize=1)
def _known_municipalities() -> frozenset[str]:
    return frozenset().union(*municipality_names())
