"""Where two capitals stand for a person: used as a name (``TJ sa``, ``frågade TJ``),
beside someone (``jag och TJ``, ``TJ och Gunnar``), talked with or told (``pratade med
TJ``, ``sa till TJ``). Read by :mod:`qualkod.redaction.speaker_initials`, which finds the
initials of the speakers and of the people the interviews name, and also the initials of
someone the project does not name (:func:`someone_unnamed`) where they stand so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qualkod.redaction.abbreviations import ABBREVIATIONS
from qualkod.redaction.name_context import PLACE_BEFORE, only_a_person_does
from qualkod.redaction.names import first_names, function_words, is_ordinary_word

_SAYING = frozenset(
    """
    sa sade säger frågade frågar svarade svarar ringde ringer berättade berättar tyckte
    tycker menade menar skrev skriver
    """.split()
)
"""Verbs of saying, before a subject put after them or an object (``frågade PA``, ``sa
PA``): after ``har``, ``fick`` or ``jobbar`` an abbreviation is a thing had or done."""
_DETERMINERS = frozenset(
    """
    en ett den det denna detta hennes hans hens min din sin vår er deras mina dina sina
    våra era ny nya gamla egen egna annan andra vilken vilka varje någon ingen
    """.split()
)
"""Words before a noun that make the capitals after them a thing (``hennes PA ringde``,
``en ny PA``), not a name."""
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+) $")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")

PERSON_PRONOUNS = frozenset("jag du han hon hen vi ni mig dig honom henne oss er".split())
"""Pronouns only a person is (``jag och TJ``, ``TJ och hon``); not ``de``, ``dem``,
``den``, which a firm or a thing is too."""
_BESIDE_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(?:,| och) $")
_BESIDE_AFTER = re.compile(r"(,| och) ([^\W\d_]+)")
_TALKED_WITH = frozenset(
    """
    prata pratade pratar pratat snacka snackade snackar snackat tala talade talar talat
    träffa träffade träffar träffat bråkade grälade umgås umgicks ihop tillsammans
    """.split()
)
"""Words before ``med`` that make who follows a person (``pratade med TJ``, ``ihop med
TJ``); not ``jobbar med``, ``kontakt med``, which an agency or a field follows."""
_TOLD = frozenset(
    """
    sa sade säger sagt skickade skickar skickat gav ger gett mejlade mejlar ringde ringer
    """.split()
)
"""Words before ``till`` that make who follows a person (``sa till TJ``, ``gav den till
TJ`` is not: ``den`` stands between)."""
_WITH_BEFORE = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+)(?: (?:jag|du|han|hon|hen|vi|ni|de|dom|man))? (med|till|hos) $"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;”\"–]\s*|\n\s*)$")
_PERSON_OBJECT = re.compile(
    r"(?<![^\W\d_])(?:träffa|träffade|träffar|träffat|mötte|möta|möter|fråga|frågat|ring"
    r"|ringa|ringt|be|bad|ber|kramade|kramar|(?:vänta|väntade|väntar|hälsa|hälsade|hälsar"
    r"|lita|litade|litar) på|kallar (?:honom|henne|hen)(?: för)?|kallas(?: för)?|kallade"
    r" (?:honom|henne|hen)(?: för)?|heter|hette|enligt) $",
    re.IGNORECASE,
)
"""Words before someone met, asked, phoned, waited for, called or quoted (``träffade
TJ``, ``väntade på TJ``, ``vi kallar honom TJ``, ``enligt TJ``)."""
_KIN_AFTER = re.compile(
    r":s (?:fru|man|sambo|mamma|pappa|son|dotter|barn|bror|syster|kollega|chef|kompis"
    r"|flickvän|pojkvän|föräldrar|familj|svärmor|svärfar)\b"
)
"""Someone's family or colleague after a genitive (``TJ:s fru``)."""
_ADDRESSED_AFTER = re.compile(r",\s+(?:hur|vad|vem|när|varför|kan|vill|har|du|ni)\b")
_ADDRESSED_BEFORE = re.compile(r"\b(?:du|ni|dig|din|ditt|dina|er)\b[^.!?]*,\s+$")
_INTERJECTIONS = frozenset("ja nej nä jo oj aj hm mm åh öh eh ah oh ok nu".split())
_ROMAN = re.compile(r"[IVX]{2}|[LCDM][IVX]|X[LC]")
"""Two capitals that are a Roman numeral (``Karl XI``, ``Gustav II Adolf``)."""
_CAPITALS_BESIDE = re.compile(r"[A-ZÅÄÖ]{2,}")


def used_as_a_name(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``text[start:end]`` are used as a name: bare (no article
    or possessive before them) before a verb only a person does (``PA sa``, ``SO ringde``),
    or right after a verb of saying (``frågade PA``); not a thing had, got or named
    (``hon har PA tre dagar``, ``en PA``, ``hennes PA sa``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    before_word = before[1].casefold() if before else ""
    after = _WORD_AFTER.match(text, end)
    after_word = after[1].casefold() if after else ""
    if before_word in _SAYING:
        return True
    return before_word not in _DETERMINERS and only_a_person_does(text, end, after_word)


def after_a_determiner(text: str, start: int) -> bool:
    """Whether a word before ``start`` makes what follows a thing (``en``, ``hennes``,
    ``nya``: ``en ny TL``, ``hennes PA``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and before[1].casefold() in _DETERMINERS


def _a_person_word(word: str, *, pronoun: bool) -> bool:
    """A pronoun only a person is (where ``pronoun``), or a first name in its own case
    that is no everyday word (``Gunnar``; not ``Hans``, ``Ek``)."""
    if pronoun and word.casefold() in PERSON_PRONOUNS:
        return True
    return word.istitle() and word in first_names() and not is_ordinary_word(word)


def beside_a_person(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``text[start:end]`` stand joined to a person by ``och``
    (``jag och TJ``, ``TJ och Gunnar``, ``mig och TJ``) or by a comma to a first name
    (``Gunnar, TJ``, ``TJ, Lisa och jag``)."""
    before = _BESIDE_BEFORE.search(text, max(0, start - 30), start)
    if before and _a_person_word(before[1], pronoun=text[before.end(1)] != ","):
        return True
    after = _BESIDE_AFTER.match(text, end)
    return bool(after) and _a_person_word(after[2], pronoun=after[1] != ",")


def talked_with_or_told(text: str, start: int, *, told_only: bool = False) -> bool:
    """Whether the capitals at ``start`` follow ``pratade med``, ``ihop med``, ``sa
    till``, ``skickade till`` or ``hos`` (``var hos TJ``), also with the subject after
    the verb (``pratade jag med TJ``): someone talked with, told or visited. With
    ``told_only``, only after ``sa till``, ``skickade till``: an agency, a party or a
    hospital is talked with or stayed at as often (``pratade med FK``, ``hos DS``)."""
    before = _WITH_BEFORE.search(text, max(0, start - 30), start)
    if not before:
        return False
    word, preposition = before[1].casefold(), before[2]
    if told_only and preposition != "till":
        return False
    if preposition == "hos":
        return True
    return word in (_TALKED_WITH if preposition == "med" else _TOLD)


@lru_cache(maxsize=1)
def _words_in_capitals() -> frozenset[str]:
    """Two-letter words a speaker may write in capitals (``JA``, ``NU``, ``ÄR``)."""
    return frozenset(w for w in function_words() | _INTERJECTIONS if len(w) == 2)


def could_be_initials(text: str, start: int, end: int) -> bool:
    """Whether the two capitals at ``text[start:end]`` could be someone's initials: not
    a listed abbreviation (:data:`~qualkod.redaction.abbreviations.ABBREVIATIONS`), a
    word written in capitals (``JA``, ``NU``, ``DU``), a Roman numeral after a name
    (``Karl XI``), or a word of a text shouted in capitals (``GE MIG DEN``)."""
    pair = text[start:end]
    if pair in ABBREVIATIONS or pair.casefold() in _words_in_capitals():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if _ROMAN.fullmatch(pair) and before and _a_person_word(before[1], pronoun=False):
        return False
    after = _WORD_AFTER.match(text, end)
    return not any(w and _CAPITALS_BESIDE.fullmatch(w[1]) for w in (before, after))


def met_or_addressed(text: str, start: int, end: int, *, quoted: bool = True) -> bool:
    """Whether the capitals at ``text[start:end]`` are someone met, asked or called
    (``träffade TJ``, ``vi kallar honom TJ``), quoted (``enligt TJ``, unless not
    ``quoted``: ``enligt DO`` is an agency's word as often), someone's family's (``TJ:s
    fru``), or spoken to (``Vad tycker du, TJ?``, ``TJ, hur var det?``)."""
    met = _PERSON_OBJECT.search(text, max(0, start - 30), start)
    if (met and (quoted or not met.group(0).lower().startswith("enligt"))) or _KIN_AFTER.match(
        text, end
    ):
        return True
    if text[end : end + 1] in ("?", "!") and _ADDRESSED_BEFORE.search(
        text, max(0, start - 80), start
    ):
        return True
    return bool(_SENTENCE_START.search(text, max(0, start - 3), start)) and bool(
        _ADDRESSED_AFTER.match(text, end)
    )


def someone_unnamed(text: str, start: int, end: int) -> bool:
    """Whether the two capitals at ``text[start:end]``, though the project names no one
    with these initials, stand for a person: they could be initials
    (:func:`could_be_initials`) and are used as a name (``TJ sa``, ``sen sa TJ``),
    beside a person (``jag och TJ``), told (``sa till TJ``), met, asked or spoken to
    (``träffade TJ``, ``TJ:s fru``)."""
    return could_be_initials(text, start, end) and (
        used_as_a_name(text, start, end)
        or beside_a_person(text, start, end)
        or talked_with_or_told(text, start, told_only=True)
        or met_or_addressed(text, start, end, quoted=False)
    )


def a_person_not_a_place(text: str, start: int, end: int) -> bool:
    """Whether a word at ``text[start:end]`` that is also a place (``Kåge``, spoken
    initials of Karl-Gustav) is said of a person: used as a name (``Kåge sa``), beside a
    person (``jag och Kåge``) or talked with (``pratade med Kåge``), and not after a
    place's preposition (``i Kåge``, ``till Kåge``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and before[1].casefold() in PLACE_BEFORE | {"på", "vid"}:
        return False
    return (
        used_as_a_name(text, start, end)
        or beside_a_person(text, start, end)
        or talked_with_or_told(text, start)
    )
