"""Names written in capitals or in lower case: ``LENA BERG`` beside another listed name,
``DRAGANA`` or ``pelle`` where the project names that person elsewhere, ``stig ekström``. Read by
:mod:`qualkod.redaction.people`."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from qualkod.redaction.name_context import ENGLISH_DEMONYMS, SURNAME_SHAPE
from qualkod.redaction.name_tokens import Token
from qualkod.redaction.names import (
    first_names,
    function_words,
    has_swedish_surname_ending,
    is_everyday_word,
    is_ordinary_word,
    ordinary_list_names,
    surnames,
)
from qualkod.redaction.sound_spellings import heard_otherwise


def known_in_capitals(word: str, known: frozenset[str]) -> bool:
    """``DRAGANA`` alone where Dragana is a person's name elsewhere in the project, or its
    genitive (``DRAGANAS``); five letters or more, since a shorter word in capitals is
    most often an acronym (``IVO``, ``SARA``, ``KIM``)."""
    name = word.capitalize()
    if len(word) >= 5 and name not in known and name.endswith("s") and name[:-1] in known:
        name = name[:-1]
    return len(word) >= 5 and name in known and not is_ordinary_word(name)


def name_in_capitals(text: str, tokens: list[Token], i: int, names: frozenset[str]) -> bool:
    """``LENA BERG``, ``LENA BERGS``, ``BERG, LENA``: a word in capitals that the name
    lists know, beside another such word, one of the two no everyday word (one alone,
    ``SARA``, or ``HANS BIL`` may be an acronym or a shouted sentence)."""

    def listed(token: Token) -> str:
        word = token.text
        if len(word) < 2 or not word.isupper():
            return ""
        for form in (word.capitalize(), word[:-1].capitalize() if word.endswith("S") else ""):
            if form in names:
                return form
        return ""

    name = listed(tokens[i])
    if not name:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and (other := listed(tokens[j])):
            left, right = sorted((tokens[i], tokens[j]), key=lambda t: t.start)
            if text[left.end : right.start] in (" ", "-", ", ") and not (
                is_ordinary_word(name) and is_ordinary_word(other)
            ):
                return True
    return False


def known_in_lower_case(word: str, known: frozenset[str]) -> bool:
    """``pelle``, ``pelles`` or ``marian`` (the definite form) where ``Pelle`` or ``Maria`` is
    a person's name elsewhere in the project, unless the word is also a Swedish word
    (``per``, ``hans``, ``björn``, ``annan``)."""
    if not word.islower() or len(word) < 3 or is_everyday_word(word):
        return False  # "jeans" stays, also in a project with a Jean
    forms = (
        word,
        word[:-1] if word.endswith("s") and len(word) > 3 else "",
        word[:-1] if word.endswith("n") and word[-2:-1] in "aeio" and len(word) > 4 else "",
    )  # "pelles", and "marian" (the other Maria, "den andra marian")
    for form in forms:
        if (
            form
            and (
                form.capitalize() in known
                or form in _respelt(known)  # "meria": Merja
                or form.capitalize() in _without_accents(known)  # "oberg": Öberg
            )
            and not is_everyday_word(form)
            and form.capitalize() not in ordinary_list_names()  # names that are words
            and form not in function_words()
        ):
            return True
    return False


@lru_cache(maxsize=8)
def _respelt(known: frozenset[str]) -> frozenset[str]:
    """The known names with a sound spelt another way, in lower case (``meria`` for
    Merja, ``ecklund`` for Eklund: :func:`~qualkod.redaction.sound_spellings.heard_otherwise`);
    four letters or more, no everyday word."""
    return frozenset(
        other.casefold()
        for name in known
        if len(name) >= 4 and name[:1].isupper() and not is_ordinary_word(name)
        for other in heard_otherwise(name)
    )


@lru_cache(maxsize=8)
def _without_accents(known: frozenset[str]) -> frozenset[str]:
    """The known names that have accents, written without them, as people type on a
    keyboard or a phone without Swedish letters (``oberg`` for Öberg, ``bostrom``)."""
    folded = (
        "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        for name in known
    )
    return frozenset(f for f, name in zip(folded, known, strict=True) if f != name)


_FINNISH_ENDING = re.compile(r"[a-zåäö]{2,}[aäoöuyi]nen")
"""Finnish surnames in lower case (``virtanen``, ``korhonen``, ``kinnunen``)."""
_JOINED_NAMES = frozenset({"-", " "})
"""Between two first names of one person: ``anna-karin``, ``anna maria``."""


def _a_compound_of_words(word: str) -> bool:
    """``neuropsykiatriska``, ``sömnmedicinen``, ``syrianska``: everyday words joined, or
    a people's name with an adjective's ending, as a list of names cannot be."""
    if word.endswith("ska") and word[:-3] in ENGLISH_DEMONYMS:
        return True
    return any(is_everyday_word(word[cut:]) for cut in range(3, len(word) - 5))


def _lower_case_surname(given: str, word: str) -> bool:
    """``word`` (lower case) is a surname after the lower-case first name ``given``."""
    bare = word[:-1] if word.endswith("s") else word
    if not (SURNAME_SHAPE.match(word.capitalize()) or _FINNISH_ENDING.fullmatch(bare)):
        return False
    if bare.capitalize() in surnames():
        return True
    if not has_swedish_surname_ending(bare) and _a_compound_of_words(bare):
        return False  # "hans neuropsykiatriska behov", "mina syrianska grannar"
    if bare.endswith("ska") and (
        given.capitalize() in ordinary_list_names() or given in function_words()
    ):
        return False  # "inga psykosociala …": a word, then an adjective no list has
    return not (is_everyday_word(word) or is_everyday_word(bare)) or not is_ordinary_word(bare)


def full_names_in_lower_case(text: str, tokens: list[Token]) -> set[int]:
    """The tokens of every ``stig ekström``, ``anna lindqvists``, ``anna-karin virtanen``:
    one or two listed first names in lower case (joined by a space or a hyphen), one space
    before a lower-case surname by its ending (``-ström``, ``-qvist``, ``-sson``, ``-nen``,
    ``-ski`` …) or listed, that is no everyday word (``backström``, itself a lemma, with
    the Swedish ending counts) nor everyday words joined (``neuropsykiatriska``). ``lena
    berg``, where the surname is a word, is left: nothing in lower case says it is a
    name."""
    listed = first_names()
    given = [t.text.islower() and t.text.capitalize() in listed for t in tokens]
    found: set[int] = set()
    for first, is_given in enumerate(given):
        if not is_given or first in found:
            continue
        last = first + 1  # a second first name: "anna-karin", "anna maria"
        between = text[tokens[first].end : tokens[last].start] if last < len(tokens) else ""
        if last < len(tokens) and given[last] and between in _JOINED_NAMES:
            last += 1
        if last >= len(tokens):
            continue
        surname = tokens[last]
        if (
            surname.text.islower()
            and text[tokens[last - 1].end : surname.start] == " "
            and _lower_case_surname(tokens[last - 1].text, surname.text)
        ):
            found.update(range(first, last + 1))
    return found


def mark_lower_case_first_names_joined(
    text: str, tokens: list[Token], person: list[bool], names: frozenset[str]
) -> None:
    """``per-olof lindberg``: a first name in lower case joined by a hyphen to a name found
    is part of it, also one that is a word (``per``)."""
    for i in range(len(tokens) - 2, -1, -1):
        token, after = tokens[i], tokens[i + 1]
        if (
            person[i + 1]
            and not person[i]
            and token.text.islower()
            and text[token.end : after.start] == "-"
            and token.text.capitalize() in names
        ):
            person[i] = True


def mark_lower_case_full_names_seen(
    text: str, tokens: list[Token], person: list[bool], known: frozenset[str]
) -> None:
    """``lisa ek`` where the project names a Lisa and an Ek: a first name and a surname
    both seen as a person's, in lower case, one space apart, are a name even where each
    alone is a word (``lisa``, relief; ``ek``, oak). Not a function word (``anna hans``)."""
    firsts = first_names()
    for i in range(len(tokens) - 1):
        given, surname = tokens[i], tokens[i + 1]
        if (
            given.text.islower()
            and surname.text.islower()
            and text[given.end : surname.start] == " "
            and given.text.capitalize() in known
            and given.text.capitalize() in firsts
            and surname.base.capitalize() in known
            and surname.base.capitalize() in surnames()
            and surname.text not in function_words()
            and given.text not in function_words()
        ):
            person[i] = person[i + 1] = True
