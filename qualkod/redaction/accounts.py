"""Accounts on social media: an ``@handle``, or an account the speaker says is one
(``hennes snap heter elvis_07``, ``sara_h86 på Instagram``), and the accounts a project's
turns name, so that they are found wherever they are written (read by
:mod:`qualkod.redaction.redactor`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from qualkod.redaction.name_context import PEOPLE_NOUNS, PRONOUNS
from qualkod.redaction.names import (
    function_words,
    is_swedish_compound,
    is_swedish_word,
    person_names,
    plain_letters,
    surnames,
    swedish_first_names,
    without_invisibles,
)
from qualkod.redaction.speakers import fold
from qualkod.redaction.title_words import TITLES

AT_HANDLE = re.compile(r"(?<![\w.@])@[^\W_][\w.]*[^\W_]")
"""An ``@handle``."""
HANDLE_TOKEN = "[användarnamn]"
"""What an account no name is in becomes."""

_SERVICES = (
    r"(?:snap(?:chat)?|snappen|insta(?:gram)?|instan|tiktok|kik|discord|twitter|telegram"
    r"|facebook|youtube|threads|whatsapp|messenger|twitch|reddit|linkedin|bereal|roblox"
    r"|fortnite|minecraft|steam|xbox|playstation)"
)
_ACCOUNT_SHAPE = (
    r"(?=[\w.]*(?:[_\d]|\.\w))(?=[\w.]*[^\W\d_]{3})"
    r"(?![\w.]*\.[A-ZÅÄÖ])"  # "jättearg.Sen": two sentences without a space
    r"(?![\w.]*\.(?i:png|jpe?g|heic|gif|pdf|docx?|xlsx?|pptx?|mp[34]|mov|txt|zip|csv)(?![\w.]))"
)
_COUNT = (
    r"(?!\d+(?:ggr|gånger|min|minuter|tim|timmar|åring|åringar|st|kr|kronor|år|km|mil|mg|kg"
    r"|tal|talet|procent|e|a|nd|rd|th)(?![\w.]))"
)
"""A number with its unit (``5ggr``, ``10min``, ``14åring``): no account."""
_HANDLE_ANY = _ACCOUNT_SHAPE + _COUNT + r"[^\W_][\w.]*[^\W_.](?![\w-])"
"""A word made like an account name: three letters or more in a row and a digit, ``_``
or ``.`` in it (``elvis_07``, ``lisa.k``, ``07elvis``); not an everyday word
(``jättebra``), an abbreviation (``t.ex``, ``kl.22``), a file (``skärmdump.heic``), two
sentences run together (``arg.Sen``) or the start of a compound (``covid19-sjuk``)."""
_HANDLE_LIKE = _ACCOUNT_SHAPE + r"[^\W\d_][\w.]*[^\W_.](?![\w-])"
"""The same starting with a letter, where less says it is an account: not a count
(``10min``, ``14åring``)."""
_SERVICE_WORD = rf"{_SERVICES}(?:-?(?:konto|kontot|konton|profil|profilen|namn|namnet))?\b"
_SERVICE_NAMED = re.compile(rf"(?i:\b{_SERVICE_WORD})")
"""A service named (``Snapchat``, ``TikTok-profilen``), not a word it starts (``instans``,
``kikhosta``)."""
_DISCORD_TAG = r"(?<![\w.@#])[^\W\d_][\w.]{1,31}#\d{4}(?!\w)"
"""A Discord name with its number (``dawit#4821``)."""
_SAID = r"(?:heter|hette|är|var)"
_FILLER = r"(?:(?:typ|ju|alltså|väl|då|bara|nog|liksom|egentligen|nu|numera)\s+)?"
HANDLE_SAID = re.compile(
    rf"(?i:(?:\b{_SERVICES}(?:-?(?:konto|kontot|profil|profilen|namn|namnet|användare"
    rf"|användarnamn))?"
    rf"|\b(?:konto|kontot|namnet|användarnamnet|profilen)\s+(?:på|i)\s+{_SERVICES})"
    rf"\s+(?:som\s+(?:(?:han|hon|hen|jag|vi|de)\s+kallar|kallas)|(?:som\s+)?{_SAID})"
    rf"\s+{_FILLER}"
    rf"|\b{_SERVICES}(?:-?(?:konto|kontot|namn|namnet))?\s*:\s*"
    rf"|\b{_SERVICES}-?(?:konto|kontot|konton|profil|profilen)\s*,\s*"
    rf"|\b(?:på|i)\s+{_SERVICES}\s+{_SAID}\s+{_FILLER}"
    rf"(?:han|hon|hen|de|den|det|namnet|kontot|användarnamnet)\s+{_FILLER}"
    rf"|\b{_SAID}\s+(?:hans|hennes|hens|deras|min|mitt|din|ditt|sin|sitt)\s+{_SERVICES}\s+"
    rf"{_FILLER})"
    rf"(?P<handle>{_HANDLE_ANY})"
    rf"|(?<![\w.@#])(?P<said>(?=[a-zåäöéü]){_HANDLE_LIKE}|(?=\d\w*[_.]){_HANDLE_ANY})"
    rf"(?=\s+(?i:på\s+{_SERVICES})\b)"
    # "Hon hette sundsvallsvarg på Discord": a word no dictionary has, in lower case
    rf"|\b(?:heter|hette)\s+(?P<word>[a-zåäöéü][a-zåäöéü]{{3,}})"
    rf"(?=\s+(?i:på\s+{_SERVICES})\b)"
)
"""An account without ``@`` where the speaker says it is one, now or before: ``hennes
snap heter elvis_07``, ``kontot på TikTok hette mira.lund07``, ``förut var hennes snap
typ elvis_07``, ``på Discord var namnet elvis_07``, ``hans snap: elvis_07``,
``ett Instagramkonto som heter elvis_07``, ``ett Snapchatkonto, elvis.07,``,
``sara_h86 på Instagram``, ``hon hette nattkatten på Discord``."""
_PERSON_SAID = re.compile(
    rf"(?i:\b(?:heter|hette)\s+(?:han|hon|hen)\s+|\b(?:han|hon|hen)\s+(?:heter|hette)\s+"
    rf"|\b(?:kontot|profilen|namnet|användarnamnet)\s+(?:heter|hette|var|är)\s+)"
    rf"{_FILLER}(?P<near>{_HANDLE_LIKE}|{_DISCORD_TAG})"
    # "han spelar under namnet KhoaGG": any word no dictionary has
    rf"|\b(?i:under\s+(?:namnet|användarnamnet|nicket|aliaset))\s+"
    rf"(?P<under>[^\W_][\w.#]*[^\W_.])(?![\w@])"
)
"""``där hette han joikaren_7``, ``kontot hette ronja.s``, ``under namnet KhoaGG``: an
account when the text names a service."""
_TAG = re.compile(_DISCORD_TAG)
_ACCOUNT_NAMED = re.compile(
    rf"(?i:\bkonto\s+som\s+(?:heter|hette)\s+){_FILLER}(?P<handle>{_HANDLE_LIKE}|{_DISCORD_TAG})"
)
"""``ett konto som hette omarr_040``: the word ``konto`` says it, no service needed."""
_UNDERSCORED = re.compile(
    r"(?<![\w.@#/\\-])[a-zåäöéüæø]{3,}[^\W_]*_[^\W_]+(?:_[^\W_]+)*(?![\w@/\\-]|\.\w)"
)
"""A word joined by ``_`` (``kobbe_upps``, ``omarr_040``): an account's or a file's (a
file name with its ending is found as one), or a programmer's (``snake_case``). In lower
case: ``PCR_2`` is a test's code."""
_ACCOUNT_WORDS = re.compile(
    r"(?i:\b(?:avsändare|avsändaren|konto|kontot|profil|profilen|användarnamn|användarnamnet"
    r"|nick|nicket|chatt|chatten|gamertag|alias|aliaset)\b)"
)
"""Words that say a word joined by ``_`` nearby is someone's account."""
_PEOPLE = PRONOUNS | TITLES | PEOPLE_NOUNS
"""Who ``hette … på Discord`` is said of, when it is a person: a pronoun or a word for a
person (a name is the other kind); not ``det``, ``funktionen``, ``gruppen``."""


def accounts_said(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, account) of each account without ``@`` that ``text`` says is one
    (:data:`HANDLE_SAID`); where the text names a service, also an account-like word a
    person is said to be called (``där hette hon mira.lund07``) and a Discord name with
    its number (``dawit#4821``)."""
    service = _SERVICE_NAMED.search(text) is not None  # every pattern but a tag names one
    for match in HANDLE_SAID.finditer(text) if service else ():
        group = match.lastgroup
        word = match[group]
        if group == "word" and (
            word in function_words()
            or is_swedish_word(word)
            or not _said_of_a_person(text[: match.start()])
        ):
            continue
        yield match.start(group), match.end(group), word
    for match in _ACCOUNT_NAMED.finditer(text):  # "ett konto som hette hamidr07"
        yield match.start("handle"), match.end("handle"), match["handle"]
    if service:
        for match in _PERSON_SAID.finditer(text):
            group = match.lastgroup
            if group == "under" and (is_swedish_word(match[group]) or len(match[group]) < 3):
                continue
            yield match.start(group), match.end(group), match[group]
    for match in _UNDERSCORED.finditer(text) if "_" in text else ():
        # "det stod kobbe_upps som avsändare", "lisa_k07"; not "snake_case" in a sentence
        # about code, nor "personnummer_ok" in one about a form
        near = text[max(0, match.start() - 60) : match.end() + 60]
        if service or re.search(r"\d", match.group(0)) or _ACCOUNT_WORDS.search(near):
            yield match.start(), match.end(), match.group(0)
    for match in _TAG.finditer(text) if "#" in text else ():
        # "dawit#4821" anywhere; "ärende#4821", "Ticket#1234" only where a service is named
        name = match.group(0).split("#")[0]
        if service or (
            name.islower()
            and len(name) >= 4
            and not (is_swedish_word(name) or is_swedish_compound(name))
        ):
            yield match.start(), match.end(), match.group(0)


def _said_of_a_person(before: str) -> bool:
    """Whether the word before ``hette`` is a person: a pronoun, a word for a person, a
    listed name or a capitalised word no dictionary has."""
    subject = before.split()[-1:]
    if not subject:
        return False
    word = subject[0].strip(",;:")
    return word.casefold() in _PEOPLE or (
        word[:1].isupper() and (word in person_names() or not is_swedish_word(word))
    )


def accounts_named(texts: Iterable[str]) -> frozenset[str]:
    """The accounts (``lisa_k07``, without ``@``) that the texts say are accounts, by an
    ``@`` or a service named beside them; only words made like an account name with a
    ``_``, ``.`` or ``#`` in it, so that ``@sara`` does not make every Sara an account,
    nor ``covid19 på Facebook`` every covid19."""
    found: set[str] = set()
    shaped = re.compile(_HANDLE_LIKE)
    for text in texts:
        text = plain_letters(without_invisibles(text)[0])
        if "@" not in text and _SERVICE_NAMED.search(text) is None:
            continue
        words = [m.group(0)[1:] for m in AT_HANDLE.finditer(text)]
        words += [word for _, _, word in accounts_said(text)]
        found.update(
            w for w in words if (shaped.fullmatch(w) and re.search(r"[_.]", w)) or "#" in w
        )
    return frozenset(found)


def listed_name_in(handle: str) -> str | None:
    """``[person]`` when a listed name of four or more letters stands inside a handle."""
    folded = fold(handle)
    if any(name in folded for name in _folded_names()):
        return "[person]"
    return None


@lru_cache(maxsize=1)
def _folded_names() -> tuple[str, ...]:
    """Names borne in Sweden: other languages' first names (:func:`other_first_names`)
    are so many that nearly every handle holds one (``jonne`` of ``jonne_kalix92``)."""
    names = swedish_first_names() | surnames()
    return tuple(sorted({fold(name) for name in names if len(name) >= 4}))
