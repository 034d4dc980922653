"""Structured identifiers in Swedish speech: personnummer, phone numbers, e-mail, addresses, URLs.

Pure functions over a string; each finder yields ``(start, end, category)`` with
code-point offsets. Decisions that a pattern alone cannot make are made by a check:
a personnummer or samordningsnummer must have a valid date and pass the Luhn check
(so an ordinary date or a case number is not taken), a phone number must have the
8 to 10 digits of a Swedish number (or follow another country's code). Numbers and
e-mail addresses said in words, as a Teams transcript may write them, are found too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualkod.redaction.address_category import ADDRESS
from qualkod.redaction.birth_dates import BIRTHDATE, find_birth_dates
from qualkod.redaction.farm_places import find_farm_addresses
from qualkod.redaction.flat_numbers import find_flat_numbers
from qualkod.redaction.foreign_identity_numbers import find_foreign_identity_numbers
from qualkod.redaction.lower_streets import NOT_A_NUMBER_AFTER, find_lower_streets
from qualkod.redaction.named_places import FOREIGN_STREET_ENDINGS
from qualkod.redaction.names import is_swedish_word, place_names
from qualkod.redaction.number_words import (
    DASHES,
    DIGIT_OF,
    NUMBER_WORD,
    ONE_DIGIT_WORDS,
    TWO_DIGIT_WORD,
)

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"
PHONE = "phone"
EMAIL = "email"
URL = "url"
PLATE = "plate"

_GAP = rf"(?:\s?[{DASHES}]\s?|\s)"
"""Between groups of digits: a space, or a dash with or without a space around it."""
_PERSONNUMMER = re.compile(
    # after a label (``pnr:850314-2310``, ``pers.nr.850314-2310``), not after a number
    # the date may be spaced in pairs (``81 12 18-9876``), the serial too when dictated
    # (``19 38 02 14 31 43``), or split with hyphens as a date is (``1938-02-14-3143``)
    rf"(?<![\w+{DASHES}/])(?<!\d[.:])(?P<century>(?:19|20|18)(?:\s|-)?)?"
    rf"(?P<date>\d\d(?P<pair>\s?|-)\d\d(?P=pair)\d\d)"
    rf"(?P<sep>\s?[{DASHES}]\s?|[+ ])?(?P<serial>\d\d\s?\d\d)(?![\w{DASHES}/])"
)
_NATIONAL_NUMBER = rf"0[1-9](?:{_GAP}?\d){{6,8}}(?![\w{DASHES}])"
_NATIONAL_PHONE = re.compile(rf"(?<![\w+])(?<!\d[{DASHES}/.:]){_NATIONAL_NUMBER}")
_NEXT_PHONE = re.compile(_NATIONAL_NUMBER)
"""A national number right after another and a slash (``070-123 45 67/070-765 43 21``)."""
_AREA_CODE_APART = re.compile(
    rf"(?<![\w+/])(?:\(0[1-9]\d{{0,2}}\)\s?|0[1-9]\d{{0,2}}/\s?)\d(?:{_GAP}?\d){{4,7}}"
    rf"(?![\w{DASHES}/])"
)
"""The area code in brackets or before a slash: ``(070) 123 45 67``, ``073/123 45 67``."""
_DOTTED_PHONE = re.compile(r"(?<![\w+.])0[1-9]\d{0,2}(?:\.\d{2,3}){2,3}(?!\w|\.\d)")
"""``070.123.45.67``, ``08.123.45.67``: dots between groups of two or three digits (a
date such as ``01.02.2024`` has a group of four); 8 to 10 digits in all."""
_INTERNATIONAL_PHONE = re.compile(
    rf"(?<![\w+])(?:\+|00)46{_GAP}?(?:\(0\){_GAP}?)?[1-9](?:{_GAP}?\d){{6,8}}(?![\w{DASHES}])"
)
_COUNTRY_CODE_WITHOUT_PLUS = re.compile(
    rf"(?<![\w+])46{_GAP}?7[02369](?:{_GAP}?\d){{7}}(?![\w{DASHES}])"
)
"""A mobile number with Sweden's code but no ``+`` or ``00``: ``46 70 123 45 67``."""
_FOREIGN_PHONE = re.compile(
    rf"(?<![\w+])(?:\+|00)(?!46)[1-9]\d{{0,2}}(?:{_GAP}?\d){{6,12}}(?![\w{DASHES}])"
)
"""A number with another country's code: ``+47 912 34 567``, ``+358 40 123 4567``."""
_SPACED_DIGITS = re.compile(r"(?<![\w+])0(?: \d){7,9}(?![\w])")
"""A number read out digit by digit and written so: ``0 7 3 4 4 4 5 5 6 6``."""
_SPOKEN_NUMBER = re.compile(rf"(?<!\w)noll(?:[\s,\-–]+{NUMBER_WORD}(?!\w))+", re.IGNORECASE)
"""A run of number words from ``noll``: ``noll sju noll, ett två tre, fyrtiofem sextiosju``."""
_SPOKEN_WORD = re.compile(r"\w+")
_AMOUNT_AFTER = re.compile(
    r"\s*(?:%|(?:procent|kronor|kr|poäng|timmar|minuter|år|dagar|gånger|mil|km)\b)",
    re.IGNORECASE,
)
"""A unit after number words: amounts or levels, not a phone number."""
# A Swedish suffix may follow after a hyphen (``anna@kommun.se-adressen``).
_EMAIL = re.compile(r"(?<![\w.+\-@])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}(?![\w@])")
_SPOKEN_EMAIL = re.compile(
    r"(?<![\w@.])[\w\-]+(?:(?:\s+punkt\s+|\.)[\w\-]+)*\s+snabel[\s\-]?a\s+"
    r"[\w\-]+(?:(?:\s+punkt\s+|\.)[\w\-]+)+",
    re.IGNORECASE,
)
"""An e-mail address as said: ``olle punkt nord snabel-a kommun punkt se``."""
_SPOKEN_EMAIL_AT = re.compile(
    rf"(?<![\w@.])[\w\-]+(?:(?:\s+punkt\s+|\.)[\w\-]+)*(?:\s+{NUMBER_WORD})?\s+at\s+"
    r"[\w\-]+(?:\s+punkt\s+[\w\-]+)*\s+punkt\s+(?:se|com|nu|org|net|eu|fi|no|dk|io|me)(?!\w)",
    re.IGNORECASE,
)
"""An e-mail address said with English ``at``: ``lan punkt pham sextiofyra at gmail punkt
com`` (the domain's last word a top-level domain: ``at`` is no Swedish word, but it may
stand in English or Norwegian words)."""
_WRITTEN_AROUND_AT = re.compile(
    r"(?<![\w@.])[\w.+\-]+\s*[\(\[\{]\s*(?:at|snabel-?a)\s*[\)\]\}]\s*[\w\-]+"
    r"(?:(?:\s*[\(\[\{]\s*(?:dot|punkt)\s*[\)\]\}]\s*|\.)[\w\-]+)+",
    re.IGNORECASE,
)
"""An e-mail address written around spam filters: ``vilja(at)region.se``, ``vilja [at]
region [dot] se``."""
_AT_IN_BRACKETS = re.compile(r"[(\[{]\s*(?i:at|snabel)")
_URL = re.compile(
    r"(?<![\w@/])(?:https?://|www\.|(?=[\w\-]+(?:\.[\w\-]+)*\.(?:se|com|nu|org|net|eu|fi|no|dk|io|me)/))"
    r"[^\s<>\"”»]+"
)
_URL_TAIL = ".,;:!?)]}'’"
_BARE_DOMAIN = re.compile(
    r"(?<![\w@/.\-])[a-zåäö0-9][\w\-]{2,}(?:\.[\w\-]+)*\.(?:se|com|nu|org|net|eu|fi|no|dk|io|me)"
    r"(?![\w@\-]|\.\w)"
)
"""A web address without ``www.`` or a path: ``lenakrantz.se``, ``min-blogg.nu``."""
_STREET_ENDINGS = (
    "gatan|gata|vägen|väg|gränd|gränden|stigen|torget|torg|backen|backe|allén|allé|platsen"
    "|leden|stråket|plan|liden|kajen|esplanaden|slingan"
)
_CAPITALISED_ENDINGS = "|".join(
    e.capitalize() for e in _STREET_ENDINGS.split("|") if e not in ("plan", "väg", "gata")
)
_ADDRESS = re.compile(
    rf"(?<![\w-])(?:[A-ZÅÄÖÉ][a-zåäöéü]+[\s-])?(?:[A-ZÅÄÖÉ][a-zåäöéü]*(?:{_STREET_ENDINGS})"
    rf"|[A-ZÅÄÖÉØÆÜ][a-zåäöéüøæß]{{2,}}(?:{FOREIGN_STREET_ENDINGS})"
    # a street word alone (``Torget 3 A``) only where no word follows the number, so
    # that "till Torget 2 dagar senare" is no address
    r"|(?:" + _CAPITALISED_ENDINGS + r")(?=\s+\d{1,4}(?:\s?[A-Z](?!\w))?(?!\w|\s+[a-zåäö]))"
    # a name and a street word apart: ``Ramels väg 141``, ``Drottning Kristinas gata 4``
    r"|(?!(?:Den|Det|Denna|Samma|Varje|Min|Din|Sin|Vår|Er|Hans|Hennes|En|Ett|Fel|Rätt)\s)"
    r"[A-ZÅÄÖÉ][a-zåäöéü]+\s(?:väg|gata|gränd|allé|torg|plats|backe|stig)"
    r"(?=\s+\d{1,4}(?![\d.,]\d)))"  # not "Barnens väg 2.0", a plan's version
    # a number, an entrance letter (``12 A``, ``12a``, ``12 b``; not ``12 i`` the
    # preposition) and an apartment number (``lgh 1101``)
    r"\s+\d{1,4}(?:\s?[A-Z](?!\w)|[a-z](?!\w)|\s[a-d](?!\w))?(?:,?\s+(?i:lgh)\.?\s*\d{4})?"
    r"(?:(?:,\s*|\s+)\d{3}\s?\d{2}(?:\s+[A-ZÅÄÖ][a-zåäöé]+(?:[\s-][A-ZÅÄÖ][a-zåäöé]+)?)?)?"
)
_TOWN = r"[A-ZÅÄÖ](?:[a-zåäöé]+|[A-ZÅÄÖÉ]+)(?:[\s-][A-ZÅÄÖ](?:[a-zåäöé]+|[A-ZÅÄÖÉ]+))?"
"""A town after a postcode, as written or in capitals (``Luleå``, ``GÖTEBORG``)."""
_CAPITALS_ADDRESS = re.compile(
    r"(?<![\w-])[A-ZÅÄÖÉ]{2,}(?:" + _STREET_ENDINGS.upper() + r")\s+\d{1,4}(?:\s?[A-Z](?!\w))?"
    r"(?:(?:,\s*|\s+)[1-9]\d{2}\s?\d{2}(?:\s+" + _TOWN + r")?)?(?!\w)"
)
"""An address typed in capitals, as on an envelope: ``STORGATAN 12, 411 24 GÖTEBORG``."""
_SPOKEN_STREET_ENDINGS = (
    "gatan|vägen|gränden|gränd|stigen|allén|torget|backen|leden|liden|kajen|slingan"
)
"""Street words a number said as a word may follow: not ``plan`` or ``platsen``, which
end everyday words (``handlingsplan två``, ``arbetsplatsen tre``)."""
_SPOKEN_STREET_WORDS = tuple(_SPOKEN_STREET_ENDINGS.split("|"))
_NUMBER_SAID = r"(?:två|tre|fyra|fem|sex|sju|åtta|nio|" + TWO_DIGIT_WORD + r")(?!\w)"
_SPOKEN_STREET_NUMBER = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][a-zåäöé]*(?:"
    + _SPOKEN_STREET_ENDINGS
    + r")\s+"
    + _NUMBER_SAID
    + NOT_A_NUMBER_AFTER
)
"""A street number said as a word: ``Skolgatan tolv``."""
_SPOKEN_LOWER_STREET = re.compile(
    r"\b(?i:(?:bor|bodde|bott|flyttade|flyttat)(?:\s+(?:han|hon|hen|de|dom|vi|ni|jag|du))?"
    r"(?:\s+(?:nu|numera|fortfarande|kvar|då|tidigare|förut|ju|ensam|själv))?"
    r"|adress|adressen|lägenhet|lägenheten|bostad|bostaden|hus|huset|radhus|radhuset|villa"
    r"|villan)"
    r"(?:\s+(?:är|var))?\s+(?:på\s+|till\s+)?"
    r"(?P<street>[a-zåäöé]{2,}(?:"
    + _SPOKEN_STREET_ENDINGS
    + r")\s+(?:"
    + _NUMBER_SAID
    + r"(?:\s+[a-d](?!\w))?|\d{1,4}(?![\d,.:]\d)(?:\s?[a-dA-D](?!\w))?(?!\d)))"
    + NOT_A_NUMBER_AFTER
)
"""The same in lower case where someone lives there (``bor på myrstigen fyra``, ``nu
bor de på nyborgsvägen tjugotre``, ``en lägenhet på kvarnvägen fem b``): without that,
``på skolvägen två killar`` would be one. With a number in digits too, where the street
is also an everyday word (``bor på ekbacken 5``, ``adressen är bygatan 3``), which
:func:`~qualkod.redaction.lower_streets.find_lower_streets` leaves (``skidbacken 5``)."""
_LOWER_STREET_WITH_A_LETTER = re.compile(
    r"(?<![\w-])(?P<street>[a-zåäöé]{2,}(?:"
    + _SPOKEN_STREET_ENDINGS
    + r")\s+"
    + _NUMBER_SAID
    + r"\s+[a-d])(?=\s*[,.!?;]|\s*$)"
)
"""A street in lower case with a number and the entrance's letter (``till sparvgatan nio
b, i Göteborg``): the letter says it is an address wherever it is said."""
_VILLAGE_HOUSE = re.compile(
    r"\b(?:bor|bodde|bott|flyttade|flyttat)\s+"
    r"(?:(?:ensam|själv|kvar|fortfarande|nu|ju|ute|uppe|nere|borta|tidigare|numera)\s+){0,2}"
    r"(?:i|på|till)\s+(?P<house>(?P<place>[A-ZÅÄÖ][a-zåäöé]{2,})\s+(?:nummer\s+)?"
    r"\d{1,3}(?:\s?[A-Z](?!\w))?)"
    r"(?!\w|[.,:]\d|:|,\s*(?:nej|eller)\b|\s+(?:till|nätter|dygn|helger)\b)" + NOT_A_NUMBER_AFTER
)
"""A house in a village, as rural addresses are (``bor ensam i Jormby 142``): a place and a
number after someone lives there; not a town or a country (``bodde i Malmö 2019``,
``bott i Sverige 6, nej 7 år``), a ward or a home (``bor på Avdelning 5``,
``Ängsgården 1``)."""
_STREET_WORD_END = re.compile(rf"(?:{_STREET_ENDINGS})$")
_HOME_END = re.compile(r"(?:gården|hemmet|boendet|enheten|avdelningen)$")
_SHORT_ADDRESS = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][a-zåäöé]{2,}(?:g|v|gr)\.\s?\d{1,4}(?:\s?[A-D](?!\w))?(?!\w)"
)
"""A street abbreviated as on envelopes: ``Storg. 12``, ``Kyrkv. 3``."""
_POSTCODE_TOWN = re.compile(
    # the postcode's space may be left out (``41124 Göteborg``): see find_addresses
    r"(?<![\w-])(?:Box\s+\d{1,5},?\s+)?(?P<code>[1-9]\d{2}\s?\d{2})\s+(?P<town>" + _TOWN + ")"
)
_NAMED_POSTCODE = re.compile(
    r"\b(?i:postnummer|postnumret|postnr)\.?:?\s*(?:är\s+)?(?P<code>[1-9]\d{2}\s?\d{2})(?!\w)"
)
"""A postcode without its town where it is named as one: ``postnummer 955 31``."""
_PLATE = re.compile(
    r"(?<![\w\-/])[A-HJ-PR-UW-Z]{3}[\s-]?\d\d[A-HJ-PR-UW-Z0-9](?![\w\-/])"
    r"(?!\s+(?:kommuner|timmar|personer|kronor|procent|platser|gånger|dagar|minuter|år|st"
    r"|stycken|deltagare|medarbetare|anställda|invånare|barn|elever|patienter|klienter|brukare"
    r"|ärenden|kr|mil|km|meter|sidor|svar)\b)"
)
"""A car registration plate: three letters (never I, Q or V) and ``123`` or ``12A``;
not ``SKR 290 kommuner``."""
_NOT_PLATES = frozenset(
    "SEK EUR USD NOK DKK GBP CHF LSS MAT SOL BUP SKR KBT DBT ADL MRT EKG EEG CPU HLR AKM "
    "BBB DNR SMS PDF".split()
)
"""Currencies, codes and acronyms with a number after them (``SEK 500``, ``LSS 124``)."""
_LABELLED_PLATE = re.compile(
    r"\b(?i:regnumm?ret|regnummer|registreringsnumm?(?:er|ret)|reg\.?\s?nr|regnr)\.?:?\s*"
    r"(?:(?:är|var)\s+)?"
    r"(?P<plate>(?i:[a-hj-pr-uw-z]{3})[\s-]?\d\d(?i:[a-hj-pr-uw-z0-9])(?![\w\-/]))"
)
"""A plate in any case where it is named as one: ``regnumret är jbo 214``."""
_SIGNED_PLATE = re.compile(
    r"\b(?i:(?:registrerings|reg|nummer)?skylt(?:en|ar|arna)?|nummerplåt(?:en|ar|arna)?)"
    r"\s*[:,]?\s*"
    r"(?:(?:är|var)\s+)?"
    r"(?P<plate>[A-Z]{1,3}(?:[\s-][A-Z]{1,2})?[\s-]?\d{3,4}(?:[\s-]?[A-Z]{1,3})?)(?![\w\-/])"
)
"""A plate of another country's form after the word for the sign it is on (``den
ukrainska skylten AX 4521 KT``, ``nummerplåten WX 1234A``): letters, then three or four
digits (not a road's ``skylten E45``)."""


_DIGIT_WORD_VALUES = {
    word: DIGIT_OF[word] for word in "noll ett två tre fyra fem sex sju åtta nio".split()
}
_SAID_DIGITS = re.compile(
    r"(?<!\w)(?:(?:" + "|".join(_DIGIT_WORD_VALUES) + r")(?:,?\s+|(?=[^\w\s]|$))){6,12}",
    re.IGNORECASE,
)
"""Digits read out one by one: ``ett fyra noll fem två sju`` (a personnummer's date)."""


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check over a string of digits, as used for personnummer.

    From the left, every other digit starting with the first is doubled (the digits
    of a product over 9 are added); the sum of all must end in 0.
    """
    total = 0
    for position, char in enumerate(digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def classify_personnummer(match: re.Match, *, checked: bool = True) -> str | None:
    """``personnummer``, ``samordningsnummer`` or None for a candidate match; with
    ``checked=False`` the Luhn check is not asked for (the number is named as one)."""
    pair, century = match["pair"], match["century"] or ""
    if " " in match["serial"] and (pair != " " or not century):
        return None  # a serial in pairs only in twelve digits in pairs: "19 38 02 14 31 43"
    if pair == "-" and (match["sep"] or "").strip() != "-" or century[2:] == "-" != pair:
        return None  # "1938-02-14-3143", not "2019-03-15 1400" nor "19-380214-3143"
    date, serial = match["date"].replace(" ", "").replace("-", ""), match["serial"]
    serial = serial.replace(" ", "")
    month, day = int(date[2:4]), int(date[4:6])
    if not 1 <= month <= 12:
        return None
    if 1 <= day <= 31:
        kind = PERSONNUMMER
    elif 61 <= day <= 91:
        kind = SAMORDNINGSNUMMER
    else:
        return None
    if checked and not luhn_valid(date + serial):
        return None
    return kind


_NEXT_IN_A_LIST = re.compile(r"\s*,\s*|\s+(?:och|eller)\s+|,\s+(?:och|eller)\s+")
"""Between numbers in a list: ``personnumren var 800101-1235 och 800101-1243``."""
_NAMED_AS_ONE = re.compile(
    r"(?:\b(?i:person|samordnings)\s?(?i:numm?er|numret|numren|nr)\b"
    r"|\b(?i:personummer|personumret|pnr|p-nr|p\.nr|pers\.?\s?nr)\.?)"
    r"(?:[^\w.!]|\.{2,}){0,3}(?:\w+(?:[^\w.!]|\.{2,}){1,3}){0,3}$"
)
"""The word for the number at most three words before it (``hans personnummer är``,
``samordningsnumret, det var``, ``personnumren … 850314-2311``, ``Vad är ditt
personnummer? 850612-1239``), not across a full stop: then a slip in the last digit is
still one."""


def find_personnummer(text: str) -> Iterator[tuple[int, int, str]]:
    """Personnummer and samordningsnummer: 10 or 12 digits, ``-``, ``+`` or nothing
    between, passing the Luhn check unless the word for one comes just before; and other
    countries' identity numbers (:mod:`qualkod.redaction.foreign_identity_numbers`)."""
    listed_after = -1  # where a list of numbers called personnummer goes on
    for match in _PERSONNUMMER.finditer(text):
        named = _NAMED_AS_ONE.search(text, max(0, match.start() - 150), match.start()) or (
            listed_after >= 0 and _NEXT_IN_A_LIST.fullmatch(text, listed_after, match.start())
        )
        kind = classify_personnummer(match, checked=not named)
        if kind:
            yield match.start(), match.end(), kind
        listed_after = match.end() if kind and named else -1
    for start, end in find_foreign_identity_numbers(text):
        yield start, end, PERSONNUMMER


_TYPOGRAPHIC_DASH = re.compile(rf"[{DASHES.removeprefix(chr(92) + '-')}]|\s-|-\s")
"""A dash other than a plain hyphen, or a spaced hyphen."""


def find_phones(text: str) -> Iterator[tuple[int, int, str]]:
    """Swedish phone numbers: ``070-123 45 67``, ``08-123 456 78``, ``+46 70 123 45 67``.

    One typographic dash may stand after the area code (``0920–45 67 89``); a run of
    ranges (``kl. 08–12 13–17``) has more and is no phone number.
    """
    for pattern in (_NATIONAL_PHONE, _INTERNATIONAL_PHONE):
        for match in pattern.finditer(text):
            # a number after it and a slash is one more (the lookbehind keeps it out)
            while match and len(_TYPOGRAPHIC_DASH.findall(match.group(0))) <= 1:
                yield match.start(), match.end(), PHONE
                end = match.end()
                match = _NEXT_PHONE.match(text, end + 1) if text[end : end + 1] == "/" else None
    for pattern in (_DOTTED_PHONE, _AREA_CODE_APART, _SPACED_DIGITS):
        for match in pattern.finditer(text):
            if 8 <= sum(c.isdigit() for c in match.group(0)) <= 10:
                yield match.start(), match.end(), PHONE
    for match in _COUNTRY_CODE_WITHOUT_PLUS.finditer(text):
        yield match.start(), match.end(), PHONE
    for match in _FOREIGN_PHONE.finditer(text):
        yield match.start(), match.end(), PHONE
    yield from _spoken_phones(text)


def _spoken_phones(text: str) -> Iterator[tuple[int, int, str]]:
    """Numbers said as words from ``noll``: the longest start of the run that has the 8
    to 10 digits of a Swedish number (``... sextiosju ett tag`` ends at ``sextiosju``)."""
    for match in _SPOKEN_NUMBER.finditer(text):
        words = list(_SPOKEN_WORD.finditer(match.group(0)))
        round_hundreds = sum(w.group(0).casefold().endswith("hundra") for w in words)
        if round_hundreds >= 2 or _AMOUNT_AFTER.match(text, match.end()):
            continue  # "noll, hundra, tvåhundra", "noll, tjugofem, … hundra procent"
        digits, end, completes, previous = 0, None, False, ""
        for word in words:
            said = word.group(0).casefold()
            if completes and said not in ("noll", "hundra") and "hundra" not in said:
                completes = False  # "två hundra åtta": the åtta is the hundred's last digits
            elif said == "hundra" and previous in ONE_DIGIT_WORDS:
                digits += 2  # "två hundra": the två was the hundred's first digit
                completes = True
            elif said.endswith("hundra"):
                digits += 3
                completes = True  # "tvåhundra åttio"
            else:
                digits += 1 if said in ONE_DIGIT_WORDS else 3 if "hundra" in said else 2
            previous = said
            if digits > 10:
                break
            if digits >= 8:
                end = match.start() + word.end()
        if end is not None:
            yield match.start(), end, PHONE


def find_emails(text: str) -> Iterator[tuple[int, int, str]]:
    """E-mail addresses, written or said (``olle punkt nord snabel-a kommun punkt se``)."""
    for match in _EMAIL.finditer(text):
        yield match.start(), match.end(), EMAIL
    if _AT_IN_BRACKETS.search(text):  # rare: the whole pattern only where it may match
        for match in _WRITTEN_AROUND_AT.finditer(text):
            yield match.start(), match.end(), EMAIL
    if "snabel" in text.casefold():  # the spoken form's pattern is slow to try everywhere
        for match in _SPOKEN_EMAIL.finditer(text):
            yield match.start(), match.end(), EMAIL
    if " at " in text.casefold():
        for match in _SPOKEN_EMAIL_AT.finditer(text):
            yield match.start(), match.end(), EMAIL


def find_urls(text: str) -> Iterator[tuple[int, int, str]]:
    """Web addresses: ``https://…``, ``www.…``, ``domain.se/path`` and a bare ``domain.se``,
    trailing punctuation left."""
    for match in _URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _URL_TAIL:
            end -= 1
        if end - match.start() > 4:
            yield match.start(), end, URL
    for match in _BARE_DOMAIN.finditer(text):
        yield match.start(), match.end(), URL


_PROPERTY = re.compile(
    r"\b(?i:fastighet(?:en|sbeteckning(?:en)?)?)(?::|,)?\s+"
    r"(?P<property>[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)?\s\d{1,4}:\d{1,4})(?!\d)"
)
"""A property designation (``fastigheten Kölskog 1:47``): where someone lives, as an address."""


def find_addresses(text: str) -> Iterator[tuple[int, int, str]]:
    """Street addresses (``Storgatan 12``, ``Källvägen 4B, 972 31 Luleå``) and postcode + town."""
    patterns = (_ADDRESS, _CAPITALS_ADDRESS, _SHORT_ADDRESS, _SPOKEN_STREET_NUMBER)
    for pattern in patterns:
        for match in pattern.finditer(text):
            yield match.start(), match.end(), ADDRESS
    lower_streets = set(find_lower_streets(text))
    for start, end in sorted(lower_streets):
        yield start, end, ADDRESS
    for match in _POSTCODE_TOWN.finditer(text):
        town = match["town"].split()[0].split("-")[0]
        # five digits together before a word in capitals or an everyday word are a sum
        # or a count ("15000 SEK", "12000 Personer"), not a postcode
        if " " in match["code"] or not (town.isupper() or is_swedish_word(town)):
            yield match.start(), match.end(), ADDRESS
    lived_in = set()
    if any(ending in text for ending in _SPOKEN_STREET_WORDS):  # most turns name no street
        lived_in = {match.span("street") for match in _SPOKEN_LOWER_STREET.finditer(text)}
        lived_in |= {m.span("street") for m in _LOWER_STREET_WITH_A_LETTER.finditer(text)}
    for start, end in sorted(lived_in - lower_streets):  # "bor på storgatan 12": found above
        yield start, end, ADDRESS
    for match in _VILLAGE_HOUSE.finditer(text):
        place = match["place"].casefold()
        # not "bor på Avdelning 5", a town; a street is found above
        if not (
            is_swedish_word(place)
            or _STREET_WORD_END.search(place)
            or _HOME_END.search(place)
            or match["place"] in place_names()
        ):
            yield match.start("house"), match.end("house"), ADDRESS
    for match in _NAMED_POSTCODE.finditer(text):
        yield match.start("code"), match.end("code"), ADDRESS
    if "fastighet" in text:  # most turns name no property
        for match in _PROPERTY.finditer(text):
            yield match.start("property"), match.end("property"), ADDRESS


def find_plates(text: str) -> Iterator[tuple[int, int, str]]:
    """Car registration plates (``ABC 123``, ``XYZ-12R``; ``regnr jbo 214``)."""
    for match in _PLATE.finditer(text):
        if match.group(0)[:3] not in _NOT_PLATES:
            yield match.start(), match.end(), PLATE
    for match in _LABELLED_PLATE.finditer(text):
        yield match.start("plate"), match.end("plate"), PLATE
    for match in _SIGNED_PLATE.finditer(text):
        yield match.start("plate"), match.end("plate"), PLATE


def find_read_out_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """A personnummer's digits read out one by one: six for its date (a birth date),
    ten for all of it (``ett fyra noll fem två sju``)."""
    for match in _SAID_DIGITS.finditer(text):
        said = match.group(0).rstrip(", \t\n")
        digits = "".join(_DIGIT_WORD_VALUES[w.casefold()] for w in re.findall(r"\w+", said))
        kind = _personnummer_read_out(digits)
        if kind:
            yield match.start(), match.start() + len(said), kind


def _personnummer_read_out(digits: str) -> str | None:
    """What digits read out are: a birth date (``YYMMDD``), a personnummer or
    samordningsnummer (ten digits passing the Luhn check), or None."""
    month, day = int(digits[2:4]), int(digits[4:6])
    if not (1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)):
        return None
    if len(digits) == 6:
        return BIRTHDATE if day <= 31 else SAMORDNINGSNUMMER
    if len(digits) == 10 and luhn_valid(digits) and not digits.startswith("0"):
        return PERSONNUMMER if day <= 31 else SAMORDNINGSNUMMER  # "noll sju …": a phone
    return None


def find_identifiers(text: str) -> Iterator[tuple[int, int, str]]:
    """Every structured identifier in ``text`` (overlaps are resolved by the caller)."""
    yield from find_personnummer(text)
    yield from find_emails(text)
    yield from find_urls(text)
    yield from find_phones(text)
    addresses = list(find_addresses(text))
    yield from addresses
    yield from find_farm_addresses(text)  # "vid Tallmyran 4", "Kvarnberget 1:14"
    yield from find_flat_numbers(text, addresses)  # "lägenhet 1201"
    yield from find_plates(text)
    yield from find_birth_dates(text)
    yield from find_read_out_numbers(text)
