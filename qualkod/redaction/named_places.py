"""Places named after people, which are places, not the people: ``Selma Lagerlöfs torg``,
``Olof Palmes gata``, ``Sahlgrenska`` said alone; and how other countries' streets end."""

from __future__ import annotations

import re

HOSPITALS = frozenset(
    {"Sahlgrenska", "Sahlgrenskas", "Karolinska", "Karolinskas", "Ryhov", "Ryhovs"}
)
"""Hospitals named with a surname's ending, said alone (``hamnade på Sahlgrenska``)."""

_STREET_AFTER = re.compile(
    r"(?P<genitive>\s+[A-ZÅÄÖ][\w-]*s)?\s+(?:torg|torget|gata|gatan|park|parken|allé|allén"
    r"|gränd|gränden)(?![\w-])"
)
"""A street named after someone: ``Selma Lagerlöfs torg``, ``Olof Palmes gata``; not
``väg`` or ``plats``, which are someone's too (``Lena Bergs väg dit var lång``)."""


def names_a_street(text: str, start: int, end: int) -> bool:
    """The name is a street's (a first name, then a surname in the genitive and a street
    word); a first name alone in the genitive (``Annas väg``) may be someone's, so stays."""
    after = _STREET_AFTER.match(text, end)
    if after is None:
        return False
    if after["genitive"]:
        return " " not in text[start:end].strip()
    return " " in text[start:end].strip() and text[start:end].endswith("s")


FOREIGN_STREET_ENDINGS = (
    "(?<!Bundes)(?<!Landes)(?<!Staats)(?<!Kreis)stra(?:ß|ss)e|gasse|weg|allee|platz|ring"
    "|damm|ufer|straat|gracht|plein|kade|singel|dijk|vej|vejen|(?<!Bri)gade|stræde|torv|plads"
)
"""How German, Dutch and Danish streets end (``Lindenstraße 17``, ``Keizersgracht 112``,
``Nørrevej 4``), as an address pattern's alternatives: not a German federal road
(``Bundesstraße 7``) nor a ``Brigade``; never a street word alone (``Gracht 2``)."""
