"""Names written with an apostrophe: a particle joined to a surname (``O'Brien``,
``D'Alessio``, ``N'Diaye``) and an Arabic name with its hamza or ayn written so
(``Sa'ad``), marked as people's in :func:`qualkod.redaction.people.find_people`."""

from __future__ import annotations

from qualkod.redaction.name_context import (
    APOSTROPHE_LOANWORDS,
    APOSTROPHE_PARTICLES,
    APOSTROPHES,
    CLITICS,
)
from qualkod.redaction.name_tokens import Token
from qualkod.redaction.names import is_swedish_word


def mark_apostrophe_surnames(text: str, tokens: list[Token], person: list[bool]) -> None:
    """``O'Brien``, ``D'Alessio``, ``N'Diaye``, ``Dell'Orto``: a particle joined by an
    apostrophe to a capitalised word that is no Swedish word is a surname, whoever's
    (the first name before it, on no list, comes along: ``Siobhan O'Brien``); and so is
    a capitalised word with an apostrophe inside (``Sa'ad``)."""
    for i in range(len(tokens) - 1):
        particle, surname = tokens[i], tokens[i + 1]
        if (
            particle.text in APOSTROPHE_PARTICLES
            and surname.start == particle.end + 1
            and text[particle.end] in APOSTROPHES
            and surname.capitalised
            and not is_swedish_word(surname.text)
        ):
            person[i] = person[i + 1] = True
        # "Sa'ad", "Ma'mun", "Shu'aib": an Arabic name with its hamza or ayn written as an
        # apostrophe, inside the word (not "Tim's", "Don't", "Rock'n'roll")
        elif (
            particle.capitalised
            and surname.start == particle.end + 1
            and text[particle.end] in APOSTROPHES
            and surname.text.islower()
            and len(surname.text) >= 2
            and surname.text not in CLITICS
            and not f"{particle.text}'{surname.text}".casefold().startswith(APOSTROPHE_LOANWORDS)
            and surname.end - particle.start <= 12
            and not (surname.end < len(text) and text[surname.end] in APOSTROPHES)
            and not is_swedish_word(particle.text + surname.text)
        ):
            person[i] = person[i + 1] = True
