"""The name lists that other people's names are recognised by, and which names are also words.

Offline data only: the Swedish first names and surnames that Faker ships for ``sv_SE``
(drawn from Statistics Sweden's name statistics), qualkod's own lists
(``data/first-names.txt``, ``data/surnames.txt``), the first names Faker ships for other
locales (:func:`other_first_names`), and Swedish place names from Faker. Whether a name is also an
ordinary Swedish word (``björk``, ``hans``, ``inga``) decides whether a capitalised
sentence-initial word, or a name written in lower case, is taken as a name: for the list
names by a hand-curated list (``data/ordinary-names.txt``; the lemma table marks far too
many names as words, ``Emma`` and ``Ebba`` among them), for any other name (a speaker's
rare surname) by spacy-lookups-data's Swedish lemma table, loaded only then.
"""

from __future__ import annotations

import ast
import gzip
import importlib
import importlib.util
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

from qualkod.redaction.title_words import HONORIFICS_AFTER, HONORIFICS_BEFORE, KIN_TITLES, TITLES

_DATA = resources.files("qualkod.redaction") / "data"
_SWEDISH_SURNAME = re.compile(r"[a-zåäöé]{2,}(?:sson|qvist|kvist|ström|gren|stedt|felt)")
"""A compound with a Swedish surname's ending: ``backström`` is a word (a backflow) in the
lemma table, but as someone's name it is a name, in any case."""


def _read_list(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _faker_lists() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    from faker.providers.address.sv_SE import Provider as Places
    from faker.providers.person.sv_SE import Provider as People

    first = (*People.first_names_female, *People.first_names_male)
    return tuple(first), tuple(People.last_names), tuple(Places.cities)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names: Faker's sv_SE lists, qualkod's own (``data/first-names.txt``) and
    the first names of Faker's other languages that are safe to read as names
    (:func:`other_first_names`)."""
    return swedish_first_names() | other_first_names()


@lru_cache(maxsize=1)
def swedish_first_names() -> frozenset[str]:
    """The first names of Faker's sv_SE lists and qualkod's own: names borne in Sweden."""
    return _normalised((*_faker_lists()[0], *_read_list("first-names.txt")))


OTHER_NAME_LOCALES = tuple(
    """
    fi_FI no_NO da_DK is_IS de_DE de_AT nl_NL fr_FR it_IT es_ES es_CL es_MX pt_PT pt_BR
    pl_PL cs_CZ sk_SK hu_HU ro_RO bg_BG hr_HR sl_SI mk_MK lt_LT lv_LV et_EE el_GR tr_TR
    az_AZ uz_UZ ru_RU uk_UA hy_AM en_GB en_US en_IE en_NG en_PK en_IN yo_NG ig_NG ha_NG
    sw tw_GH zu_ZA id_ID vi_VN
    """.split()
)
"""Faker's locales whose first names are read as names too: the languages of people
living in Sweden, from the Nordic countries, Europe, the Middle East, Africa and Asia."""

_ONE_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


@lru_cache(maxsize=1)
def other_first_names() -> frozenset[str]:
    """First names from Faker's :data:`OTHER_NAME_LOCALES` (about 16,000: ``Giulia``,
    ``Salvatore``, ``Odette``, ``Željko``), left out where they would be read as a name
    too often when they are not: shorter than four letters, not capitalised (scripts
    without capitals), a Swedish word (``Rosa``, ``Mark``), a word of Swedish speech
    (``Eller``; spaCy's stop words, ``data/spoken-words.txt``), one of the names the
    Swedish lists mark as words (``data/ordinary-names.txt``), a title or a relation
    (``Pastor``, ``Bibi``, ``Tito``), or a Swedish town, region or country. Surnames are
    not taken from these lists: alone they are too often places and brands (``Holland``,
    ``Škoda``); beside a first name the redactor takes them along anyway."""
    said = {w.casefold() for w in function_words()}
    said |= {w.casefold() for w in _read_list("ordinary-names.txt")}
    said |= {w.casefold() for w in (*TITLES, *KIN_TITLES, *HONORIFICS_BEFORE, *HONORIFICS_AFTER)}
    said |= {w.casefold() for w in (*_faker_lists()[2], *_REGIONS, *_COUNTRIES)}
    found: set[str] = set()
    for locale in OTHER_NAME_LOCALES:
        try:
            people = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:  # an older Faker (the manifest records its version)
            continue
        for attribute in ("first_names", "first_names_female", "first_names_male"):
            names = people.__dict__.get(attribute) or getattr(people, attribute, ())
            if isinstance(names, (dict, list, tuple, set, frozenset)):
                found.update(n for n in names if isinstance(n, str) and _ONE_NAME.fullmatch(n))
    return frozenset(
        name
        for name in found
        if len(name) >= 4
        and name[0].isupper()
        and name.casefold() not in said
        and not is_swedish_word(name)
    )


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Surnames: Faker's sv_SE list and qualkod's own (``data/surnames.txt``)."""
    return _normalised((*_faker_lists()[1], *_read_list("surnames.txt")))


def _normalised(names) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", n) for n in names)


def plain_letters(text: str) -> str:
    """``text`` with look-alike characters as the letters and digits they stand for.

    ``𝔄𝔫𝔫𝔞``, ``𝐀𝐧𝐧𝐚`` and full-width ``Ａｎｎａ`` are Anna to a reader (and to Unicode's
    NFKC compatibility form), so the redactor reads them so. Each character is replaced
    by its compatibility form only where that is one character, so that every position
    in the result is the same position in ``text`` and findings replace the original.
    Letters Unicode gives no such form but a reader reads as well, small capitals
    (``ᴇᴍᴍᴀ``) and letters in squares or circles (``🅴🅼🅼🅰``), are read in lower case,
    and capitalised where that makes a listed name: ``Emma``, but ``ʟᴏᴠᴇ`` love.
    """
    if text.isascii():
        return text
    if _STYLED_LETTER.search(text) is not None:
        text = _STYLED_WORD.sub(_styled_word, text)
    if unicodedata.is_normalized("NFKC", text):
        return text
    return "".join(_plain(c) for c in text)


def _styled_letters() -> dict[str, str]:
    """Small capitals and letters in squares or circles, each as its capital letter."""
    styled = {}
    for code in (
        *range(0x0250, 0x02B0),
        *range(0x1D00, 0x1D2C),
        *range(0x24B6, 0x24EA),
        *range(0xA700, 0xA800),
        *range(0x1F130, 0x1F18A),
    ):
        name = unicodedata.name(chr(code), "")
        match = re.fullmatch(
            r"(?:LATIN LETTER SMALL CAPITAL|(?:NEGATIVE )?(?:SQUARED|CIRCLED) LATIN "
            r"(?:CAPITAL|SMALL) LETTER) ([A-Z])",
            name,
        )
        if match:
            styled[chr(code)] = match[1]
    return styled


_STYLED = _styled_letters()
_STYLED_LETTER = re.compile("[" + "".join(map(re.escape, _STYLED)) + "]")
_STYLED_WORD = re.compile(r"(?:\w|" + _STYLED_LETTER.pattern + ")+")


def _styled_word(match: re.Match) -> str:
    """A word with styled letters in lower case, capitalised where it then is a listed
    name or its genitive (``ᴋᴀʀɪɴs`` Karins, ``ʟᴏᴠᴇ`` love): the same length."""
    word = match.group(0)
    if _STYLED_LETTER.search(word) is None:
        return word
    plain = "".join(_STYLED[c].lower() if c in _STYLED else c for c in word)
    if word[0] in _STYLED:
        named = plain.capitalize()
        if named in person_names() or (named.endswith("s") and named[:-1] in person_names()):
            plain = plain[0].upper() + plain[1:]
    return plain


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f]")
"""Characters that show as nothing: the soft hyphen (Word's optional hyphen), the
zero-width space and joiners, the word joiner, a stray byte-order mark, and the
variation selectors that show a letter as an emoji (``🅰️``)."""


def without_invisibles(text: str) -> tuple[str, list[int] | None]:
    """``text`` without characters that show as nothing (``Kar\u00adin`` reads Karin),
    and where each remaining character stands in ``text`` (``None`` when none was
    removed); the list has one more entry, ``len(text)``, for the end."""
    if _INVISIBLE.search(text) is None:
        return text, None
    where = [i for i, char in enumerate(text) if not _INVISIBLE.match(char)]
    return "".join(text[i] for i in where), [*where, len(text)]


@lru_cache(maxsize=4096)
def _plain(char: str) -> str:
    plain = unicodedata.normalize("NFKC", char)
    return plain if len(plain) == 1 else char


@lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    """Every first name and surname of the lists."""
    return first_names() | surnames()


_COUNTRIES = frozenset(
    """
    Sverige Norge Danmark Finland Island Estland Lettland Litauen Polen Tyskland Nederländerna
    Belgien Frankrike Spanien Portugal Italien Grekland Österrike Schweiz Ungern Tjeckien
    Slovakien Rumänien Bulgarien Serbien Kroatien Bosnien Kosovo Albanien Makedonien
    Nordmakedonien Montenegro Slovenien Ukraina Ryssland Belarus Vitryssland Moldavien
    Georgien Armenien Azerbajdzjan Turkiet Syrien Irak Iran Libanon Jordanien Palestina
    Egypten Libyen Tunisien Algeriet Marocko Sudan Sydsudan Eritrea Etiopien Somalia
    Somaliland Djibouti Kenya Uganda Tanzania Rwanda Burundi Kongo Nigeria Ghana Gambia
    Senegal Kamerun Angola Zimbabwe Moçambique Sydafrika Jemen Saudiarabien Kuwait Qatar
    Afghanistan Pakistan Indien Bangladesh Nepal Tibet Myanmar Burma Thailand
    Vietnam Kambodja Laos Kina Mongoliet Japan Korea Sydkorea Nordkorea Filippinerna
    Indonesien Malaysia Uzbekistan Tadzjikistan Kazakstan Kirgizistan Turkmenistan
    Tjetjenien Kurdistan Chile Argentina Bolivia Peru Colombia Venezuela Ecuador Brasilien
    Uruguay Paraguay Mexiko Kuba Guatemala Honduras Nicaragua Haiti Kanada USA
    Amerika Storbritannien England Skottland Irland Wales Australien
    """.split()
)
"""Countries and a few regions people come from, by their Swedish names."""


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Swedish towns (Faker's sv_SE list), the counties and regions of Sweden, and
    countries by their Swedish names (``Irak``, ``Polen``); also written without å, ä and
    ö as in file names and accounts (``Orebro``, ``Goteborg``), where that is no one's
    name so written (not ``Asa`` for Åsa)."""
    places = frozenset(_faker_lists()[2]) | _REGIONS | _COUNTRIES
    people = {_without_swedish_letters(name) for name in person_names()}
    plain = {_without_swedish_letters(place) for place in places}
    return places | frozenset(plain - people - places)


def _without_swedish_letters(word: str) -> str:
    return word.translate(_SWEDISH_LETTERS)


_SWEDISH_LETTERS = str.maketrans("åäöÅÄÖ", "aaoAAO")


_REGIONS = frozenset(
    "Norrbotten Västerbotten Jämtland Västernorrland Gävleborg Dalarna Värmland Örebro "
    "Västmanland Uppsala Stockholm Södermanland Östergötland Jönköping Kronoberg Kalmar "
    "Gotland Blekinge Skåne Halland Sverige Finland Norge Danmark Lappland Norrland "
    "Svealand Götaland Tornedalen".split()
)


@lru_cache(maxsize=1)
def ordinary_list_names() -> frozenset[str]:
    """Names on the lists that are also Swedish words (``Björk``, ``Hans``)."""
    return frozenset(_read_list("ordinary-names.txt"))


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """spacy-lookups-data's Swedish lemma table: form -> lemma (loaded once)."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "sv_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Every form and lemma of the Swedish lemma table."""
    table = _lemma_table()
    return frozenset(table) | frozenset(table.values())


def has_swedish_surname_ending(word: str) -> bool:
    """``backström``, ``lindqvist``, ``karlsson``: a word ending as Swedish surnames do,
    whether or not the lemma table knows it."""
    return bool(_SWEDISH_SURNAME.fullmatch(word.casefold()))


def _surname_shaped(word: str) -> bool:
    """A compound with a Swedish surname's ending that is no inflected form of another
    word: ``backström`` (a lemma of its own) is, ``lagren`` (of ``lager``) is not."""
    lower = word.casefold()
    lemma = _lemma_table().get(lower, lower)
    return has_swedish_surname_ending(lower) and lemma == lower


def is_ordinary_word(name: str) -> bool:
    """True when the name, lower-cased, is also a Swedish word (``Björk``, ``Hans``, ``Ek``)."""
    name = "-".join(part[:1].upper() + part[1:].lower() for part in name.split("-"))
    if name in ordinary_list_names():
        return True
    if name in person_names() or _surname_shaped(name):
        return False
    return name.casefold() in _lexicon()


def is_swedish_word(word: str) -> bool:
    """True when the word, lower-cased, is in spacy-lookups-data's Swedish lemma table."""
    return word.casefold() in _lexicon()


def is_everyday_word(word: str) -> bool:
    """A Swedish word of today's speech: in the lemma table, but not only as an old
    subjunctive of a verb in ``-a`` (``kalle`` of kalla), which no one says and which is
    a nickname when written (``kalle ringer mig``)."""
    lower = word.casefold()
    return lower in _lexicon() and lower not in _old_subjunctives()


@lru_cache(maxsize=1)
def _old_subjunctives() -> frozenset[str]:
    """Forms the lemma table has only as an old ``-e`` form of a word in ``-a``: ``kalle``
    of kalla (not forms that are words of their own, nor ``vände`` of vända, ``fäste``
    of fästa, which are past tenses)."""
    table = _lemma_table()
    lemmas = frozenset(table.values())
    return frozenset(
        form
        for form, lemma in table.items()
        if lemma != form
        and lemma.endswith("a")
        and not lemma.endswith(("da", "ta"))  # vände, fäste: past tenses said every day
        and form == lemma[:-1] + "e"
        and form not in lemmas
    )


_PLACE_ENDINGS = frozenset(
    "stad hamn berg by byn ström holm lund vik sund köping fors dal näs torp bo hult ås "
    "backa gården gård hus huset kyrka kyrkan kapell kapellet skola skolan gata gatan "
    "vägen torget parken platsen hemmet sjukhuset gymnasiet församlingen kyrkogården "
    "gränd gränden backen kajen allén hallen badet bron slottet stigen".split()
)
"""What ends a place's name after a first name (``Kristianstad``, ``Oskarshamn``,
``Eriksberg``, ``Ingridsgården``, ``Sofiakyrkan``, ``Gustavsskolan``): such a word is
a place or a building, not a compound of a name."""


def _a_place_ending(rest: str) -> bool:
    """A place's word, in the genitive too (``kyrkans``), or a compound ending in a long
    one (``kyrkogården``)."""
    rest = rest[:-1] if rest.endswith("s") and rest[:-1] in _PLACE_ENDINGS else rest
    return rest in _PLACE_ENDINGS or any(
        rest.endswith(ending) for ending in _PLACE_ENDINGS if len(ending) >= 5
    )


def compound_opened_by(word: str, names) -> tuple[str, int] | None:
    """(name, its length with a joining ``s``) of the first of ``names`` (lower case,
    longest first) that opens the closed compound ``word`` (``Grönlundsmodellen``,
    ``Haddadmodellen``): the rest a Swedish word of three letters or more that ends no
    place name, the whole word none and no town (``Matsalen`` is no Mats's,
    ``Kristianstad`` no Kristian's)."""
    lower = word.casefold()
    if is_swedish_word(lower) or word in place_names():
        return None
    for name in names:
        if lower.startswith(name):
            joined = (len(name), len(name) + 1) if lower[len(name) : len(name) + 1] == "s" else ()
            lengths = joined or (len(name),)
            if any(_a_place_ending(lower[length:]) for length in lengths):
                continue  # "Sofiaskolan" is no Sofia's toffee ("s" + "kolan")
            for length in lengths:
                rest = lower[length:]
                if len(rest) >= 3 and is_swedish_word(rest):
                    return name, length
    return None


@lru_cache(maxsize=1)
def two_first_names_joined(word: str) -> bool:
    """Whether ``word`` is two Swedish first names of three letters or more written as
    one, as speech recognition writes a double name (``Majbritt``, ``Karlerik``,
    ``Annkatrin``); never a Swedish word or a place (``Rosmarin``, ``Karlstad``)."""
    lower = word.casefold()
    if len(lower) < 6 or not lower.isalpha() or is_swedish_word(lower) or word in place_names():
        return False
    names = swedish_first_names()
    return any(
        lower[:k].capitalize() in names and lower[k:].capitalize() in names
        for k in range(3, len(lower) - 2)
    )


def function_words() -> frozenset[str]:
    """spaCy's Swedish stop words and qualkod's spoken words (``data/spoken-words.txt``).

    The stop words are read from spaCy's data file without importing spaCy (which
    takes seconds): it holds one string literal of words.
    """
    spec = importlib.util.find_spec("spacy")
    path = Path(spec.origin).parent / "lang" / "sv" / "stop_words.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    words = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )
    return frozenset(words.split()) | frozenset(_read_list("spoken-words.txt"))


@lru_cache(maxsize=65536)
def is_swedish_compound(word: str, shortest: int = 4) -> bool:
    """True when the word ends in a Swedish word of ``shortest`` letters or more
    (``Handlingsplanen``)."""
    lower = word.casefold()
    lexicon = _lexicon()
    return any(lower[cut:] in lexicon for cut in range(2, len(lower) - shortest + 1))


def without_foreign_accents(word: str) -> str:
    """The word without accents Swedish does not spell with (``Zoë`` -> ``Zoe``,
    ``Hélène`` -> ``Helene``); å, ä and ö are letters of their own and stay."""
    if word.isascii():
        return word
    kept = []
    for char in word:
        if char in "åäöÅÄÖ":
            kept.append(char)
        else:
            kept.append(
                "".join(
                    c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
                )
            )
    return "".join(kept)


@lru_cache(maxsize=65536)
def is_unknown_word(word: str) -> bool:
    """No Swedish word, compound or function word: a name no list knows, or a misspelling."""
    return not (
        is_swedish_word(word) or is_swedish_compound(word) or word.casefold() in function_words()
    )
