"""A word found both as a person and as a place: which the words around it say."""

from __future__ import annotations

from collections.abc import Callable

from qualkod.redaction.finding import Finding
from qualkod.redaction.localities import LOCALITY
from qualkod.redaction.municipalities import MUNICIPALITY
from qualkod.redaction.people import PERSON


def people_not_places(
    found: list[Finding], text: str, a_person_at: Callable[[str, int, int], bool]
) -> list[Finding]:
    """``found`` without the people found where a municipality or a locality is found
    too (``i Kalix, Lund och Mora``: the words say place), unless ``a_person_at(text,
    start, end)`` says the words there say person (``Kåge sa``, ``jag och Kåge``, a
    spoken short form that is also a village's name)."""
    places = {(f.start, f.end) for f in found if f.category in (MUNICIPALITY, LOCALITY)}
    return [
        f
        for f in found
        if f.category != PERSON
        or (f.start, f.end) not in places
        or a_person_at(text, f.start, f.end)
    ]
