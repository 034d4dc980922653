"""The words of a text as the name finders read them: each word with the name it may
be (without a genitive ``s``), whether it is capitalised and whether it starts a
sentence, and what stands between two words (read by :mod:`qualkod.redaction.people`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qualkod.redaction.name_context import APOSTROPHES
from qualkod.redaction.names import function_words, is_ordinary_word, is_swedish_word

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = set(".!?:;…\n")
_OPENERS = set("\"'”“«»(–—-[ \t")


@dataclass(frozen=True)
class Token:
    """A word: where it stands, the name it may be (``base``), whether it is capitalised
    (not all capitals) and whether it starts a sentence (``initial``)."""

    start: int
    end: int
    text: str
    base: str
    capitalised: bool
    initial: bool


def read_tokens(text: str, names: frozenset[str]) -> list[Token]:
    """Every word of ``text`` in order; ``names`` decide whether a final ``s`` is a
    genitive's."""
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        capitalised = word[0].isupper() and not word.isupper()
        if word.isupper() and len(word) >= 2:
            capitalised = False
        tokens.append(
            Token(
                match.start(),
                match.end(),
                word,
                name_base(word, names),
                capitalised,
                _sentence_initial(text, match.start()),
            )
        )
    return tokens


def name_base(word: str, names: frozenset[str]) -> str:
    """The name a word may be: itself, or itself without a genitive ``s``."""
    if word in names or not word.endswith("s") or len(word) < 3:
        return word
    return word[:-1] if word[:-1] in names else word


def _sentence_initial(text: str, start: int) -> bool:
    position = start - 1
    while position >= 0 and text[position] in _OPENERS:
        position -= 1
    if _after_an_initial(text, position) and not _everyday_word_at(text, start):
        return False  # "B. Zelenko": the full stop of an initial ends no sentence
    return position < 0 or text[position] in _SENTENCE_END


def _everyday_word_at(text: str, start: int) -> bool:
    """The word at ``start`` is a function or everyday word (``plan B. Hans idé``)."""
    word = _WORD.match(text, start)
    return word is not None and (
        word.group(0).casefold() in function_words() or is_ordinary_word(word.group(0))
    )


def _after_an_initial(text: str, position: int) -> bool:
    """``text[position]`` is the full stop after a single capital letter (``B.``)."""
    return (
        position >= 1
        and text[position] == "."
        and text[position - 1].isupper()
        and (position < 2 or not text[position - 2].isalnum())
    )


def adjacent(text: str, left: Token, right: Token) -> bool:
    """Two words with only one space, hyphen or apostrophe between them (``Lena Berg``,
    ``Britt-Marie``, ``O'Brien``)."""
    between = text[left.end : right.start]
    return between in (" ", "-") or (len(between) == 1 and between in APOSTROPHES)


def set_off(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` is followed by a comma (``Inga Kitok, hon som …``; a verb would not
    do: ``Hans Facebook var full av hot``)."""
    return text[tokens[i].end : tokens[i].end + 1] == ","


def neighbour_words(text: str, tokens: list[Token], i: int) -> tuple[str, str]:
    """The words right before and after token ``i`` (lower case; empty across punctuation)."""
    before = tokens[i - 1] if i > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    prev_word = before.text.casefold() if before and adjacent_any(text, before, tokens[i]) else ""
    next_word = after.text.casefold() if after and adjacent_any(text, tokens[i], after) else ""
    return prev_word, next_word


def adjacent_any(text: str, left: Token, right: Token) -> bool:
    return not text[left.end : right.start].strip()


def token_start(token: Token) -> int:
    return token.start


def initials_end(text: str, token: Token) -> bool:
    """``token`` is the last of initials written with full stops (the ``K`` of ``A.K.``)."""
    return (
        len(token.text) == 1
        and token.text.isupper()
        and text[token.end : token.end + 1] == "."
        and text[token.start - 1 : token.start] == "."
    )


def name_like_at_start(token: Token) -> bool:
    """A capitalised word starting a sentence that is no Swedish word (``Jovana Ilić sa``)."""
    word = token.text
    return not (
        word.casefold() in function_words() or is_ordinary_word(word) or is_swedish_word(word)
    )
