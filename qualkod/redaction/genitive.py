"""The genitive of a replaced name: ``Annas förslag`` -> ``[IP 4]:s förslag``.

Swedish writes the genitive of a bracket, an abbreviation or a figure with a colon
(``[IP 4]:s``, ``SVT:s``). Each finder knows which of a word's letters are the name:
``Lisas`` is Lisa's genitive, ``Lars`` is Lars and ``Per Lagrens`` Per Lagren's (a
surname by its ending), ``Piteås`` Piteå's. It says where the name as written ends
(``name_end``) and where its span ends (``end``): the span takes the genitive ending
along, so that no letter of the name is left in the text, and :func:`with_genitive`
writes it after the replacement in one way for every category, speakers, people,
municipalities, localities and study terms alike. For a name found by its context rather
than by a list, :func:`genitive_s` says whether its final ``s`` is a genitive's.
"""

from __future__ import annotations

import re

from qualkod.redaction.name_context import SAID_AFTER_A_NAME
from qualkod.redaction.names import is_swedish_word

_ENDINGS = frozenset({"s", "es", "'s", "’s", "'", "’", ":s"})
"""The genitive endings a finder takes along: ``Lisas``, ``Maxes``, ``Berg's``,
``Yilmaz'`` (a name ending in s, x or z), ``P-O:s``."""


def with_genitive(text: str, token: str, name_end: int, end: int) -> str:
    """``token`` with ``:s`` (``:S`` in capitals) when ``text[name_end:end]`` is a
    genitive ending; ``token`` itself when there is none.

    No genitive is written after a compound's start (``[IP 4]-``), nor where the word
    goes on: ``Annas-förslaget`` is a compound with a joining ``s``, as ``Annasgruppen``
    is (``[IP 4]-förslaget``), since a genitive takes no definite noun after it. Nor is
    an ``s`` a genitive before a verb (``Mattis sa``, where only a list knew ``Matti``):
    a genitive stands before what is someone's, not before what someone does.
    """
    ending = text[name_end:end]
    if not ending or token.endswith("-") or ending.casefold() not in _ENDINGS:
        return token
    after = text[end : end + 2]
    if after[:1].isalnum() or (after[:1] == "-" and after[1:2].islower()):
        return token
    if ending.casefold() in ("s", "es") and _verb_after(text, end):
        return token
    letter = ending[-1] if ending[-1] in "sS" else text[max(0, name_end - 2) : name_end]
    return token + (":S" if letter.isupper() else ":s")


_NEXT_WORD = re.compile(r" ([^\W\d_]+)(?![\w-])")


def _verb_after(text: str, end: int) -> bool:
    """A verb a subject takes right after ``end`` (``… sa``, ``… ringde``)."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).casefold() in SAID_AFTER_A_NAME


_GENITIVE_OF_A_SURNAME = re.compile(
    r"[^\W\d_]{2,}(?:sson|qvist|kvist|ström|gren|stedt|felt|inen|ainen|lä|ić|ič|wicz|czyk"
    r"|czak|enko|chuk|yan|ian|oğlu|oglu|zadeh|pour|escu|eanu|dóttir|dottir)s",
    re.IGNORECASE,
)
"""A surname by an ending no name has with an ``s`` after it (``Lagrens``, ``Karlssons``,
``Zelenkos``, ``Hovhannisyans``): the ``s`` is a genitive's. Not the endings after which
a name may end in ``s`` (Lithuanian ``Petrauskas``, Latvian ``Ivanovs``, ``Kalinovskis``)."""


def genitive_s(word: str, names: frozenset[str], named: frozenset[str]) -> bool:
    """The final ``s`` of a name's last word is a genitive's, not the name's: the word
    without it is a name of the lists or of the project (``Lisas``; not ``Lars``,
    ``Andreas``, names themselves), of this text (``Zelalems`` where ``Zelalem`` is named
    too) or a surname by its ending (``Lagrens``). An ``s`` no list, text or ending
    explains is the name's (``Kostas``, ``doktor Olivares``)."""
    if len(word) < 4 or word[-1] not in "sS" or (word.islower() and is_swedish_word(word)):
        return False  # a Swedish word in lower case keeps its "s", whatever found it
    form = word.capitalize() if word.isupper() or word.islower() else word  # "LISAS", "pelles"
    if form in names:
        return False
    stem = form[:-1]
    return stem in names or word[:-1] in named or _GENITIVE_OF_A_SURNAME.fullmatch(word) is not None
