"""A name spelt with a spelling alphabet, one word a letter (``Sierra, Alfa, November,
Delta, Hotel, Uniform`` is SANDHU; ``Tore, Helge, Olle, Rudolf`` begins THOR): the
Swedish telephone alphabet and the international (NATO) one. Pure functions; the
:class:`~qualkod.redaction.redactor.Redactor` says whose name it is."""

from __future__ import annotations

import re
from collections.abc import Iterator

SWEDISH = (
    "Adam Bertil Cesar David Erik Filip Gustav Helge Ivar Johan Kalle Ludvig Martin Niklas "
    "Olle Petter Qvintus Rudolf Sigurd Tore Urban Viktor Wilhelm Xerxes Yngve Zäta Åke Ärlig "
    "Östen"
).split()
INTERNATIONAL = (
    "Alfa Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Juliet Kilo Lima "
    "Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Whisky X-ray "
    "Xray Yankee Zulu"
).split()
_LETTER_OF = {word.casefold(): word[0] for word in (*SWEDISH, *INTERNATIONAL)}
_WORD = "|".join(sorted(map(re.escape, _LETTER_OF), key=len, reverse=True))
_RUN = re.compile(rf"(?<![\w-])(?i:{_WORD})(?:(?:,\s*|\s+)(?i:{_WORD})){{3,}}(?![\w-])")
"""Four alphabet words or more, set off by commas or spaces."""
_SEPARATOR = re.compile(r",\s*|\s+")


def spelled_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the word spelt, capitalised) of every run of four or more words of
    one spelling alphabet, each starting with a capital (``Adam och Bertil`` is no run)."""
    for match in _RUN.finditer(text):
        words = _SEPARATOR.split(match.group(0))
        if not all(w[:1].isupper() for w in words):
            continue
        spelt = "".join(_LETTER_OF[w.casefold()] for w in words)
        yield match.start(), match.end(), spelt.capitalize()
