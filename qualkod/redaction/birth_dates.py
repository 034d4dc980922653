"""Dates of birth in Swedish speech: where one is said to be a birth date (``född den
15 april 1978``, ``fyller år 3/5``), a year said before the day (``född sjuttionio,
trettionde juni``), and a whole date of the last century said with identity papers.
Pure functions, as in :mod:`qualkod.redaction.identifiers`, which collects them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from qualkod.redaction.number_words import DASHES, NUMBER_WORD, TWO_DIGIT_WORD, UNIT_WORDS

BIRTHDATE = "birthdate"

_MONTHS = (
    r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?)(?!\w)"
)
"""A month's name, or its abbreviation with or without its full stop."""
_ORDINAL_UNITS = "första|förste|andra|andre|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde"
_ORDINAL_DAYS = (
    rf"{_ORDINAL_UNITS}|tionde|elfte|tolfte|trettonde|fjortonde|femtonde|sextonde|sjuttonde"
    rf"|artonde|nittonde|tjugonde|(?:tjugo|trettio)(?:{_ORDINAL_UNITS})|trettionde"
)
_BIRTH_DATE = re.compile(
    r"\b(?i:född|fött|födda|föddes|födelsedag(?:en)?|födelsedatum(?:et)?"
    # "fyller år", "fyller sexton den fjortonde maj", "fyllde 50 den 3 maj"
    rf"|(?:fyller|fyllde|fyllt)\s+(?:år|\d{{1,3}}|{NUMBER_WORD}(?:\s+år)?))"
    # where, before when: "född i Beirut, den 8 augusti 1978"
    r"(?:\s+(?:i|på)\s+[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?,?(?=\s+den\b))?"
    r"(?::|,|\s+(?i:är|var|den|på|d\.|så|alltså|i\s+så\s+fall))*\s+"
    r"(?P<date>"
    # "född sjuttionio, trettionde juni": the year said first
    rf"(?:(?:19|20)\d\d|(?i:(?:nittonhundra)?{TWO_DIGIT_WORD})),\s+"
    rf"(?:\d{{1,2}}(?::?[ae])?|(?i:{_ORDINAL_DAYS}))\s+(?i:{_MONTHS})"
    # 15 april 1978, 15:e april, den femtonde april -78, 3 maj, fjortonde maj nittionio
    rf"|(?:\d{{1,2}}(?::?[ae])?|(?i:{_ORDINAL_DAYS}))\s+(?i:{_MONTHS})"
    r"(?:\s+(?:(?:19|20)\d\d|-\d\d|'\d\d)(?!\d)"
    rf"|\s+(?i:(?:nittonhundra)?{TWO_DIGIT_WORD})(?!\w))?"
    # 1978-04-15, 19780415, 780415, 15/4 1978, 15.4.1978, 15/4
    rf"|(?:19|20)\d\d[{DASHES}]?\d\d[{DASHES}]?\d\d(?![\d{DASHES}])"
    r"|\d{6}(?!\d)"
    r"|\d{1,2}[/.]\d{1,2}(?:(?:[/.\s]|\s+(?=\d{4}))(?:(?:19|20)\d\d|\d\d))?(?![\d/.]\d)"
    ")"
)
"""A date of birth where it is said to be one (``född den 15 april 1978``, ``fyller år
3/5``); a year alone (``född 1978``) stays, as most of a cohort shares it."""


_HOLIDAYS = (
    r"julafton|juldagen|annandag\s+jul|nyårsafton|nyårsdagen|trettondagsafton|trettondagen"
    r"|trettondedag\s+jul|nationaldagen|alla\s+hjärtans\s+dag|luciadagen|lucia"
    r"|valborgsmässoafton|valborg|första\s+maj|midsommarafton|midsommardagen"
    r"|sankthansafton|sankthansaften|skottdagen|kyndelsmässodagen|kyndelsmäss(?:an)?"
    r"|marie\s+bebådelsedag|våffeldagen|skärtorsdagen|långfredagen|påskafton|påskdagen"
    r"|annandag\s+påsk|kristi\s+himmelsfärdsdag|kristi\s+himmelfärdsdag|pingstafton"
    r"|pingstdagen|annandag\s+pingst|allhelgonaafton|allhelgonadagen|alla\s+helgons\s+dag"
    r"|allhelgona|mårtensafton|morsdag(?:en)?|farsdag(?:en)?|lillejulafton|luciamorgonen"
)
_BORN_ON_A_HOLIDAY = re.compile(
    # within the clause of "född": no comma, and no "och"/"men" opening another one
    r"\b(?i:född|fött|födda|föddes|födelsedag(?:en)?"
    # "hon fyller femton på trettondagen", "fyller år på julafton": an age or "år" after
    # it, not "fyller på förråden"
    rf"|(?:fyller|fyllde|fyllt)\s+(?:år|\d{{1,3}}|{NUMBER_WORD})(?:\s+år)?)\b"
    r"(?:(?!\s(?:och|men|fast|när|medan|sedan|då)\s)[^.!?\n,;]){0,60}?\b(?i:på|under)\s+"
    rf"(?P<date>(?i:{_HOLIDAYS})(?!\w)"
    r"(?:\s+(?:(?:19|20)\d\d|-\d\d|'\d\d)(?!\d)"
    rf"|\s+(?i:(?:nittonhundra)?{TWO_DIGIT_WORD})(?!\w))?)"
)
"""A birthday said by the holiday it falls on (``född på julafton trettiosju``,
``föddes på sjukhuset här på nyårsdagen 2024``, ``fyller sjutton på valborg``,
``födelsedagen är på luciadagen``); the holiday as a day off stays."""
_DAY_AND_MONTH = re.compile(rf"(?i:(?:\d{{1,2}}(?::?[ae])?|{_ORDINAL_DAYS})\s+{_MONTHS})")

_OLD_YEAR_WORD = r"(?:trettio|tretti|fyrtio|fyrti|förti|femtio|femti|sextio|sexti|sjuttio|sjutti"
_OLD_YEAR_WORD += rf"|åttio|åtti|nittio|nitti)(?:{UNIT_WORDS})?"
_DATE_IN_THE_LAST_CENTURY = re.compile(
    rf"(?<!\w)(?:\d{{1,2}}(?::?[ae])?|(?i:{_ORDINAL_DAYS}))\s+(?i:{_MONTHS})\s+"
    rf"(?:19\d\d(?!\d)|(?i:(?:nittonhundra)?{_OLD_YEAR_WORD})(?!\w))"
    # 1984-11-23, 23.11.1984, 23/11 1984
    rf"|(?<![\w{DASHES}])19\d\d[{DASHES}]\d\d[{DASHES}]\d\d(?![\w{DASHES}])"
    r"|(?<![\w./])\d{1,2}[./]\d{1,2}(?:[./]|\s)19\d\d(?!\d)"
)
"""A whole date of the last century (``trettonde februari femtiotre``, ``3 maj 1961``)."""
_IDENTITY_PAPERS = re.compile(
    r"(?i:\b(?:pass|passet|legitimation\w*|id-kort\w*|personnummer\w*|"
    r"identitet\w*|uppehållstillstånd\w*|lma-kort\w*|körkort\w*"
    # an identity checked by the date said: "då vet vi att det är rätt patient"
    r"|identifiera\w*|legitimera\w*|id-kontroll\w*"
    r"|(?:är|var|har)\s+rätt\s+(?:person|patient|klient|brukare)(?!\s+på\s+rätt))\b)"
)
"""Papers that carry a birth date, or an identity checked by one: a whole date of the
last century in a sentence about them is the birth date written there or said for the
check (``det står trettonde februari femtiotre i hennes pass``, ``hon sa tredje mars
sextioett, så vi visste att det var rätt patient``); elsewhere such a date is an
event's and stays (``mötet var den 15 april 1978``)."""
_PAPER_WORDS = (
    "pass", "legitim", "id-k", "personnummer", "identit", "identifi",
    "uppehållstillstånd", "lma-kort", "körkort", "rätt",
)  # fmt: skip
"""What :data:`_IDENTITY_PAPERS` needs in a text, looked for first as plain substrings."""
_SENTENCE_END = re.compile(r"[.!?]\s")


def find_birth_dates(text: str) -> Iterator[tuple[int, int, str]]:
    """Dates of birth said to be one (``född den 15 april 1978``, ``födelsedatum
    1978-04-15``), and whole dates of the last century said with identity papers."""
    folded = text.casefold()
    if "föd" in folded or "fyll" in folded:  # most turns name no birth: no search
        said = [*_BIRTH_DATE.finditer(text), *_BORN_ON_A_HOLIDAY.finditer(text)]
        for match in said:
            yield match.start("date"), match.end("date"), BIRTHDATE
        yield from _the_same_day_again(text, said)
    if not any(paper in folded for paper in _PAPER_WORDS):
        return  # most turns name no identity papers: no search
    for match in _DATE_IN_THE_LAST_CENTURY.finditer(text):
        if _IDENTITY_PAPERS.search(_sentence_around(text, match.start(), match.end())):
            yield match.start(), match.end(), BIRTHDATE


_NOBODYS_BIRTHDAY = frozenset({"första januari", "1 januari", "1:a januari", "1a januari"})
"""The day written in the papers of many whose day of birth is not known: talked of as
such (``många har första januari som födelsedag``), it points at nobody."""


def birth_days_said(texts: Iterable[str]) -> frozenset[str]:
    """The day and month of every birth date the texts say (``tolfte maj`` of ``född
    tolfte maj 1983``), casefolded, so that the day said again in a later turn of the
    interview (``… och på tolfte maj har vi tårta``) is known as the same person's."""
    days = set()
    for text in texts:
        folded = text.casefold()
        if "föd" not in folded and "fyll" not in folded:
            continue
        for match in [*_BIRTH_DATE.finditer(text), *_BORN_ON_A_HOLIDAY.finditer(text)]:
            if day := _DAY_AND_MONTH.match(text, match.start("date")):
                days.add(day.group(0).casefold())
    return frozenset(days - _NOBODYS_BIRTHDAY)


def known_birth_days(text: str, days: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """Where ``text`` says one of ``days`` (from :func:`birth_days_said`)."""
    if not days:
        return
    folded = text.casefold()
    for day in days:
        if day in folded:
            for again in re.finditer(rf"(?<!\w){re.escape(day)}(?!\w)", text, re.IGNORECASE):
                yield again.start(), again.end(), BIRTHDATE


def _the_same_day_again(text: str, said: list[re.Match]) -> Iterator[tuple[int, int, str]]:
    """The day and month of a birth date said again in the same text (``född tolfte maj
    1983 … det där med tolfte maj``)."""
    days = frozenset(
        day.group(0).casefold()
        for match in said
        if (day := _DAY_AND_MONTH.match(text, match.start("date")))
    )
    for start, end, category in known_birth_days(text, days):
        if not any(m.start("date") <= start < m.end("date") for m in said):
            yield start, end, category


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]``."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]
