"""Streets typed in lower case, also without å, ä and ö (``storgatan 7b``, ``bjorkvagen
14``, ``jag bor pa tallstigen 3``): a street name's word and a house number are an
address however they are typed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualkod.redaction.names import is_swedish_word

NOT_A_NUMBER_AFTER = (
    r"(?!\s+(?:gång|gånger|minut|minuter|timme|timmar|dag|dagar|vecka|veckor|månad|månader"
    r"|år|km|kilometer|mil|meter|procent|kronor|kr|st|stycken|personer|av"
    r"|gang|ganger|manad|manader|ar)\b)"  # as typed without å, ä and ö
)
"""No unit after the number: "vi tog genvägen 3 gånger" counts, it names no house."""
_ALWAYS_STREETS = ("gatan", "vägen", "gränden", "gränd", "stigen", "allén")
"""Street words that end no everyday word with a name of three letters before them."""
_ALSO_WORDS = ("vagen", "granden", "grand", "allen", "backen", "torget")
"""Street words as typed without å, ä and ö, and words that also end everyday words
(``skidbacken``, ``intervallen``, ``rättsfallen``): a street only where the whole word
is no Swedish word (``björkbacken``, ``kastanjeallen``, ``stortorget``)."""
_LOWER_STREET = re.compile(
    r"(?<![\w-])(?P<word>[a-zåäöé]{3,}(?P<ending>"
    + "|".join(_ALWAYS_STREETS + _ALSO_WORDS)
    + r"))\s+\d{1,4}(?!\d)(?:\s?[a-dA-D](?!\w))?(?![\w,.]\d)"
    + NOT_A_NUMBER_AFTER
)


def find_lower_streets(text: str) -> Iterator[tuple[int, int]]:
    """Where a street typed in lower case and its house number are (``storgatan 12``,
    ``kyrkvägen 4 b``, ``bjorkvagen 14``), as ``(start, end)``."""
    for match in _LOWER_STREET.finditer(text):
        if match["ending"] in _ALWAYS_STREETS or not is_swedish_word(match["word"]):
            yield match.start(), match.end()
