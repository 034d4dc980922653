"""Names a title, an honorific or an apposition marks: ``en son, Bohdan,``, ``en patient
från Lettland, Dace Ozola, som``, ``ponia Rūta``, ``Ozola kundze``. Read by
:func:`qualkod.redaction.people.find_people` for each capitalised word."""

from __future__ import annotations

from qualkod.redaction.name_context import PEOPLE_NOUNS, is_title
from qualkod.redaction.name_tokens import (
    Token,
    adjacent,
    name_like_at_start,
    set_off,
)
from qualkod.redaction.names import (
    function_words,
    is_swedish_compound,
    is_swedish_word,
    person_names,
    place_names,
)
from qualkod.redaction.person_contexts import organisation_names
from qualkod.redaction.public_figures import listed_spans
from qualkod.redaction.title_words import (
    FAMILY_WORDS,
    HONORIFICS_AFTER,
    HONORIFICS_BEFORE,
    KIN_TITLES,
)

_DAYS_AND_FEASTS = frozenset(
    """
    jul julen påsk påsken midsommar midsommaren nyår nyåret advent pingst pingsten
    lucia valborg januari februari mars april maj juni juli augusti september oktober
    november december måndag tisdag onsdag torsdag fredag lördag söndag
    """.split()
)


def no_family_name(family_word: str, word: str) -> bool:
    """After a word for a family (:data:`FAMILY_WORDS`), a capitalised word that names
    no family: a function word (``med familjen Hur ska jag säga``), a place
    (``familjen Sverige``), an organisation, a feast, month or weekday (``med familjen
    Jul``), or a listed figure (``bröderna Grimm``)."""
    if family_word not in FAMILY_WORDS:
        return False
    return (
        word.casefold() in function_words()
        or word.casefold() in _DAYS_AND_FEASTS
        or word in place_names()
        or word in organisation_names()
        or bool(listed_spans(f"{family_word.capitalize()} {word}"))
    )


def title_in_apposition(text: str, tokens: list[Token], i: int) -> bool:
    """``en son, Bohdan,``: a title, a comma, then the name (no Swedish word: ``åklagaren,
    Polisen hade …`` starts a clause); after a word for a person, a name set off by
    commas on both sides, a word too (``en tjej, Vilja, som bodde …``)."""
    if i == 0:
        return False
    before, word = tokens[i - 1], tokens[i].text
    if text[before.end : tokens[i].start] != ", ":
        return False
    noun = before.text.casefold()
    whose = _person_from_a_place(text, tokens, i - 1)
    if whose is not None:  # "en patient från Lettland, Dace Ozola, som …"
        # a listed name or a full name: "från Polen, Gdańsk, …" is the town
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        full = after is not None and after.capitalised and adjacent(text, tokens[i], after)
        if not (full or tokens[i].base in person_names()):
            return False
        noun = whose
    if (
        is_title(noun)
        and not (is_swedish_word(word) or is_swedish_compound(word))
        and tokens[i].base not in place_names()  # "Brodern, Irak har han inte sett"
    ):
        return True  # "en elevassistent, Khanh Vo, som …", "Pappan, Bohdan, är …"
    # "en flicka, Saga, som …": set off on both sides; a listed name though it is a
    # word, else no word, place or organisation ("en elev, Sverige, …"; "en dam,
    # Försäkringskassan, …"; "en kille, Wow, …")
    token = tokens[i]
    return (
        (is_title(noun) or noun in PEOPLE_NOUNS)
        and set_off(text, tokens, i)
        and token.base not in place_names()
        and (token.base in person_names() or name_like_at_start(token))
        and not is_swedish_compound(word)
    )


def kin_title_before_a_name(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` is a word for a relative said as a title (:data:`KIN_TITLES`) with a
    capitalised word right after it (``Mami Florica``, ``bibi Ruža``): the title is no
    part of the name."""
    if tokens[i].text.casefold() not in KIN_TITLES or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return after.capitalised and adjacent(text, tokens[i], after)


def named_by_honorific(
    tokens: list[Token], i: int, prev_word: str, next_word: str, names: frozenset[str]
) -> bool:
    """Token ``i`` is a name by another language's honorific: after ``pani``, ``ponia``
    (:data:`HONORIFICS_BEFORE`, written small or first in a sentence) or before
    ``kundze``, ``khanum`` (:data:`HONORIFICS_AFTER`, written small; a listed name or no
    Swedish word before it)."""
    token = tokens[i]
    if token.base in place_names():
        return False
    if prev_word in HONORIFICS_BEFORE:
        before = tokens[i - 1]
        return (
            before.text.islower()
            or before.initial
            or (prev_word in KIN_TITLES and not is_swedish_word(token.text))
        )
    if next_word in HONORIFICS_AFTER and tokens[i + 1].text.islower():
        return token.base in names or name_like_at_start(token)
    return False


_FROM_A_PLACE = frozenset({"från", "i", "ur"})


def _person_from_a_place(text: str, tokens: list[Token], j: int) -> str | None:
    """The word for a person before ``från Lettland`` when token ``j`` is that place
    (``en patient från Lettland``), else None: the name set off after it is the
    person's as after the word alone."""
    if j < 2 or tokens[j].base not in place_names() or not tokens[j].capitalised:
        return None
    preposition, noun = tokens[j - 1], tokens[j - 2]
    if preposition.text not in _FROM_A_PLACE:
        return None
    if text[noun.end : preposition.start] != " " or text[preposition.end : tokens[j].start] != " ":
        return None
    lower = noun.text.casefold()
    return lower if is_title(lower) or lower in PEOPLE_NOUNS else None
