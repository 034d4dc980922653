"""Two initials said as a first name, as Swedes shorten a double first name (``P-O`` for
Per-Olof, ``K-G Lindh``, ``J-O:s``); letter pairs that are ranges, sizes or chords
(``A-F``, ``storlek S-M``, ``ackorden C-G``) stay. A pure function, as the other finders
that :func:`qualkod.redaction.people.find_people` collects."""

from __future__ import annotations

import re
from collections.abc import Iterator

_DOUBLE_INITIALS = re.compile(
    r"(?<![\w-])(?P<pair>[A-ZÅÄÖ]-[A-ZÅÄÖ])(?![\w-])(?P<genitive>:s)?"
    r"(?P<surname>[ \u00a0](?=[A-ZÅÄÖ][a-zåäöéü]{2})(?!(?:Och|Men|Han|Hon|Det|Den|Vi|Jag)\b)"
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)?"
)
"""A Swedish name of two initials (``P-O`` for Per-Olof, ``K-G``, ``J-O:s``), with the
surname after it (``K-G Lindh``)."""
_DOUBLE_FIRST_NAMES = frozenset(
    """
    P-O K-G J-O L-G B-G H-G C-G P-G L-E S-E J-E K-E N-E B-O L-O S-O T-O G-O P-A J-Å L-Å
    S-Å B-Å K-Å P-Å H-Å A-K A-L A-C M-L A-M E-M B-M M-B
    """.split()
)
"""The initials of double first names common in Sweden (Per-Olof, Karl-Gustav, Jan-Åke,
Anna-Karin, Marie-Louise): a name also with no surname after them. Other pairs are a
name only with a surname (``R-G Tallberg``): alone they are ranges, sizes and chords
(``A-F``, ``S-M``, ``C-G``)."""
_BEFORE_A_RANGE = frozenset(
    """
    från mellan storlek storleken storlekarna betyg betyget betygen betygsskalan nivå
    nivån skala skalan ackord ackorden ackordet tonart grupp gruppen klass klassen
    sträckan linjen spår avsnitt kapitel
    """.split()
)


def double_initials(text: str) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, the name without a genitive ``:s``, where the name as written ends)
    of two initials used as a first name (``J-O:s``: the ``:s`` runs from there to the
    end). A surname after them is as written (``K-G Lindhs``): whether its ``s`` is a
    genitive's the name lists say (:func:`qualkod.redaction.people.find_people`)."""
    for match in _DOUBLE_INITIALS.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()].split()
        if before and before[-1].casefold().strip(",:") in _BEFORE_A_RANGE:
            continue
        if match["surname"] or match["pair"] in _DOUBLE_FIRST_NAMES:
            name = match["pair"] + (match["surname"] or "")
            alone = match["genitive"] and not match["surname"]
            yield (
                match.start(),
                match.end(),
                name,
                match.start("genitive") if alone else match.end(),
            )
