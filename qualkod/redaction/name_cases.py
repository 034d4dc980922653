"""Names written in capitals or in lower case: ``LENA BERG`` beside another listed name,
``DRAGANA`` or ``pelle`` where the project names that person elsewhere, ``stig ekström``. Read by
:mod:`qualkod.redaction.people`."""

from __future__ import annotations

from qualkod.redaction.name_context import SURNAME_SHAPE
from qualkod.redaction.name_tokens import Token
from qualkod.redaction.names import (
    first_names,
    function_words,
    is_everyday_word,
    is_ordinary_word,
    ordinary_list_names,
)


def known_in_capitals(word: str, known: frozenset[str]) -> bool:
    """``DRAGANA`` alone where Dragana is a person's name elsewhere in the project; five
    letters or more, since a shorter word in capitals is most often an acronym (``IVO``,
    ``SARA``, ``KIM``)."""
    name = word.capitalize()
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
    """``pelle`` or ``pelles`` where ``Pelle`` is a person's name elsewhere in the project,
    unless the word is also a Swedish word (``per``, ``hans``, ``björn``)."""
    if not word.islower() or len(word) < 3 or is_everyday_word(word):
        return False  # "jeans" stays, also in a project with a Jean
    for form in (word, word[:-1] if word.endswith("s") and len(word) > 3 else ""):
        if (
            form
            and form.capitalize() in known
            and not is_everyday_word(form)
            and form.capitalize() not in ordinary_list_names()  # names that are words
            and form not in function_words()
        ):
            return True
    return False


def full_name_in_lower_case(text: str, tokens: list[Token], i: int) -> bool:
    """Either word of ``stig ekström`` or ``anna lindqvists``: a listed first name in
    lower case, one space before a lower-case surname by its ending (``-ström``,
    ``-qvist``, ``-sson``, ``-ski`` …) that is no everyday word (``backström``, itself a
    lemma, with the Swedish ending counts). ``lena berg``, where the surname is a word,
    is left: nothing in lower case says it is a name."""
    listed = first_names()
    for first in (i, i - 1):
        if not (0 <= first < len(tokens) - 1 and tokens[first].text.capitalize() in listed):
            continue
        given, surname = tokens[first], tokens[first + 1]
        if not (
            given.text.islower()
            and surname.text.islower()
            and text[given.end : surname.start] == " "
            and SURNAME_SHAPE.match(surname.text.capitalize())
        ):
            continue
        bare = surname.text[:-1] if surname.text.endswith("s") else surname.text
        if not (is_everyday_word(surname.text) or is_everyday_word(bare)) or not is_ordinary_word(
            bare
        ):
            return True
    return False
