"""The label a coder is shown by when the coder's name is several speakers' name.

A coder named ``anna`` in a study with two interviewees called Anna cannot be shown as
either one's pseudonym, nor by the name, which is theirs. Such a coder is shown as
``Kodare`` with a letter by the order of the project's coders (their first logged
decision): ``Kodare C`` is the third to have coded. Letters, not numbers, so that the
label is not mistaken for a coder called ``kodare1``; the same coder keeps the letter
while no earlier decision is removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence

from qualkod.redaction.names import first_names

LABEL = "Kodare"
"""What the label starts with (and all of it, for a coder the project does not list)."""


def coder_label(name: str, coders: Sequence[str]) -> str:
    """The label of the coder ``name`` among the project's ``coders`` (in order of first
    decision): ``Kodare A`` for the first, ``Kodare AA`` for the 27th; ``Kodare`` alone
    when ``name`` is not among them."""
    if name not in coders:
        return LABEL
    return f"{LABEL} {_letters(list(coders).index(name) + 1)}"


def _letters(number: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (as spreadsheet columns are named)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


_LABELLED = re.compile(rf"{LABEL} [A-Z]+")


def is_label(name: str) -> bool:
    """Whether ``name`` is a neutral coder label (``Kodare A``, ``Kodare AB``)."""
    return _LABELLED.fullmatch(name) is not None


def _order(names: Iterable[str], order: Sequence[str]) -> list[str]:
    """The project's coders in order of first decision, then any other coder by name
    (one who made no logged decision still gets a letter of her own)."""
    return list(dict.fromkeys([*order, *sorted(set(names) - set(order))]))


def coder_labels(
    names: Iterable[str],
    order: Sequence[str],
    shown: Callable[[str], str],
    pseudonyms: Collection[str] = frozenset(),
) -> dict[str, str]:
    """Each coder in ``names`` -> how an export names her: a name that is a label
    already (a project imported from a labelled export) or one of the speakers'
    ``pseudonyms`` (a study folder names a coder who is a speaker so) as it is, so that
    the project exports the same file again; as ``shown`` (the redactor's ``coder``)
    where that names her otherwise (a speaker's pseudonym, or the label of a name several
    speakers have); else her label by ``order`` (the project's coders in order of first
    decision), the next free letter where a coder already holds that label."""
    names = list(dict.fromkeys(names))
    everyone = _order(names, order)
    taken = {name for name in names if is_label(name)}
    labels = {}
    for name in names:
        kept = is_label(name) or name in pseudonyms
        named = name if kept else shown(name)
        if named == name and not kept:
            number = everyone.index(name) + 1
            named = coder_label(name, everyone)
            while named in taken:
                number += 1
                named = f"{LABEL} {_letters(number)}"
            taken.add(named)
        labels[name] = named
    return labels


_LETTERS = re.compile(r"[^\W\d_]+")
_CAPITAL_INSIDE = re.compile(r"(?<=[^\W\d_])(?=[A-ZÅÄÖ][a-zåäö])")  # AnnaBerg


def _plain(word: str) -> str:
    """Lower case, accents off: ``Östberg`` -> ``ostberg``."""
    parts = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in parts if not unicodedata.combining(c))


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The words (two letters or more) of people's names, lower case and without
    accents: ``Anna-Karin Östberg`` -> anna, karin, ostberg."""
    return frozenset(
        _plain(word) for name in names for word in _LETTERS.findall(name) if len(word) > 1
    )


def login_words(login: str) -> frozenset[str]:
    """The words of a login, split where a letter is followed by no letter or by a
    capital starting a word (``berg_a``, ``anna.berg2``, ``AnnaBerg``), as
    :func:`name_words` gives them."""
    return name_words([_CAPITAL_INSIDE.sub(" ", login)])


_SHORTEST = 3
"""The fewest letters of a name word that, with letters added, still reads as the name."""
_ADDED = 2
"""The most letters (an initial or two) a login word may add to a name word."""


def _a_first_name(word: str) -> bool:
    """A first name of three letters or more (``lina``, ``dag``; not ``bo``): whatever
    follows it in a login (``linaost``), the login opens with a speaker's name, an
    everyday word or not (review, session 32)."""
    return len(word) >= _SHORTEST and word.title() in first_names()


def names_in_login(login: str, speakers: Collection[str]) -> frozenset[str]:
    """The words of ``speakers`` (from :func:`name_words`) that a word of ``login`` is:
    the word itself, or one that starts or ends with a name word of three letters or
    more with at most two letters more (an initial: ``annab``, ``AnnaB``, ``östbergl``,
    ``lostberg`` beside Anna Berg and Lina Östberg; not ``bergström2024``, five more)."""
    found = set()
    for word in login_words(login):
        found |= {
            name
            for name in speakers
            if word == name
            or (
                len(name) >= _SHORTEST
                and len(word) - len(name) <= _ADDED
                and (word.startswith(name) or word.endswith(name))
            )
            or (word.startswith(name) and _a_first_name(name))  # "linaost" (review)
        }
    return frozenset(found)


def kept_logins(
    names: Iterable[str],
    order: Sequence[str],
    shown: Callable[[str], str],
    speakers: Collection[str] = frozenset(),
    pseudonyms: Collection[str] = frozenset(),
) -> dict[str, str]:
    """Each coder in ``names`` -> how an export that keeps coders' logins names her: by
    her login, but a login that reads as a speaker's name otherwise, so that no
    participant's name reaches the export through a login. Where ``shown`` (the
    redactor's ``coder``) names her by one of the speakers' ``pseudonyms`` (``anna``,
    ``anna.berg``, ``aberg`` beside the interviewee Anna Berg: ``IP 1``), by that
    pseudonym, as an export without logins and the chapter name her. Where ``shown``
    names her otherwise (by the label of a name several speakers have), or where a word of
    the login is a word of a speaker's name (``speakers``, from :func:`name_words`; see
    :func:`names_in_login`: ``berg_a``, ``annab``, whose words the redactor does not read
    as the speaker), by her label (``Kodare B``) as :func:`coder_labels` gives it where
    every coder is labelled."""
    names = list(dict.fromkeys(names))
    labels = coder_labels(names, order, str, pseudonyms)  # every login its label by order
    kept = {}
    for name in names:
        named = shown(name)
        if named != name and named in pseudonyms:
            kept[name] = named
        elif named != name or names_in_login(name, speakers):
            kept[name] = labels[name]
        else:
            kept[name] = name
    return kept


def labelled_logins(labels: dict[str, str]) -> int:
    """How many of the coders :func:`kept_logins` gave are named by a label or a
    pseudonym instead of the login (a login that is a label already, ``Kodare A``, is not
    counted)."""
    return sum(label != name for name, label in labels.items())
