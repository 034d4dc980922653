"""Famous and fictional figures, and institutions named after people: no one in the
study, so their names stay (``vi läste Selma Lagerlöf``, ``hon åkte Vasaloppet``,
``som Pippi Långstrump``).

* A figure of ``data/public_figures.txt`` in its full form (``Astrid Lindgren``,
  ``Emil i Lönneberga``), or a single name that no one in Sweden is given today
  (``Linné``, ``Einstein``); a single first name or surname (``Emil``, ``Kristina``,
  ``Strindberg``) is dropped when the list is read and stays redacted: privacy beats
  readability.
* A famous named place of the file's section ``[famous places]`` (``Mårbacka``, Selma
  Lagerlöf's home; ``Junibacken``): shaped like a hamlet's name, but naming no one's
  home, so kept in every form the list gives.
* A single name of the file's section ``[kept alone]`` (``Jesus``, ``Jehova``): a given
  name elsewhere (so the name lists know it) but nobody's in Sweden, kept alone too by
  :mod:`qualkod.redaction.people` (:func:`names_kept_alone`), except beside another
  capitalised name (``Jesus Ortega``) or where the project names someone so.

The file is the one list of figures whose names stay: one rule reads both kinds
(:func:`read_figures`), and nothing else lists a figure.
* A monarch: a given name with a regnal number (``Karl XII``, ``Gustav III``,
  ``Carl XVI Gustaf``).
* A name opening a one-word institution (``Vasaloppet``, ``Zornmuseet``,
  ``Linnéuniversitetet``); not a street (``Lindgrensgatan``), which is an address.

:func:`kept_spans` gives where they are; the redactor drops the people and places found
inside them (never a speaker's name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qualkod.redaction.finding import Finding
from qualkod.redaction.names import has_swedish_surname_ending, person_names

_DATA = Path(__file__).parent / "data" / "public_figures.txt"

_REGNAL = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+\s+(?:X{0,2}(?:IX|IV|V?I{1,3})|X{1,2}(?:IX|IV|V?I{0,3}))"
    r"(?:\s+(?:Gustaf|Gustav|Adolf))?(?::s|s)?(?![\w-])"
)
"""A given name and a regnal number of two or more (``Karl XII``, ``Gustav II Adolfs``),
not ``I``, the preposition in a capitalised title."""
_INSTITUTION = (
    r"s?(?:loppet|loppets|museet|museets|museum|universitetet|universitets|sjukhuset"
    r"|skolan|gymnasiet|institutet|biblioteket|teatern|parken|priset|prisets|stiftelsen"
    r"|akademien|sällskapet|hallen|arenan|huset|dagen|gården|världen)(?![\w-])"
)
"""Heads of a one-word institution named after someone (``Zornmuseet``, ``Nobelpriset``)."""


_SURNAME_END = re.compile(
    r"(?:berg|borg|ström|strom|kvist|qvist|son|sen|lund|gren|lin|ius|man|holm|dahl|dal|stedt"
    r"|blad|löf|löv|ros|stam|ling|bäck|sjö|ek|by)$"
)
"""How a Swedish surname ends: a single name so ending is kept only in its full form
(``granne Strindberg`` may be anyone's)."""


def _surname_shaped(name: str) -> bool:
    return has_swedish_surname_ending(name) or _SURNAME_END.search(name.casefold()) is not None


_ALONE = "[kept alone]"
"""The header of the file's section of single names kept alone."""
_PLACES = "[famous places]"
"""The header of the file's section of famous named places, kept as written."""


@dataclass(frozen=True)
class Figures:
    """What a list of figures holds (:func:`read_figures`)."""

    forms: frozenset[str]
    """Names kept where they are said in this form: full forms, and single names."""
    alone: frozenset[str]
    """Single names kept alone although the name lists know them (``Jesus``)."""
    places: frozenset[str] = frozenset()
    """Famous named places, kept in the form listed (``Mårbacka``)."""


def read_figures(path: Path) -> Figures:
    """The figures of a list like ``data/public_figures.txt``: one a line, ``#`` starts a
    comment, the names after a line ``[kept alone]`` are :attr:`Figures.alone` and those
    after a line ``[famous places]`` :attr:`Figures.places`, each up to the next
    section's header."""
    sections: dict[str, set[str]] = {"": set(), _ALONE: set(), _PLACES: set()}
    into = sections[""]
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name in (_ALONE, _PLACES):
            into = sections[name]
        elif name:
            into.add(name)
    forms, alone, places = (frozenset(sections[key]) for key in ("", _ALONE, _PLACES))
    return Figures(forms, alone, places)


@lru_cache(maxsize=1)
def _listed() -> Figures:
    return read_figures(_DATA)


def names_kept_alone() -> frozenset[str]:
    """Religious figures whose names nobody in Sweden is given, kept also without a title
    (``Hon ber till Jesus``, ``Jehovas vittnen``): the Spanish given name is written
    ``Jesús``. Not ``Muhammed``, ``Maria``, ``Abraham`` or ``Josef``, which many here are
    called: those are a figure's only after a title
    (:data:`~qualkod.redaction.title_words.FIGURE_TITLES`)."""
    return _listed().alone


@lru_cache(maxsize=1)
def _figures() -> re.Pattern | None:
    """The list's names as one pattern, longest first, with an optional genitive: a
    single name only when nobody is given it (the names kept alone are
    :mod:`qualkod.redaction.people`'s, which knows when one is someone's after all);
    every famous place as listed, which names no one."""
    given = person_names()  # first names and surnames: someone's as often
    names = {
        name
        for name in _listed().forms
        if " " in name or not (name in given or _surname_shaped(name))
    } | _listed().places
    if not names:
        return None
    ordered = sorted(names, key=lambda n: (-len(n), n))
    words = "|".join(r"\s+".join(map(re.escape, n.split())) for n in ordered)
    return re.compile(rf"(?<![\w-])(?:{words})(?:s|:s|'s)?(?!\w)")


def listed_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a figure of the list (``Gustav Vasa``, ``Linné``)."""
    figures = _figures()
    return [] if figures is None else [m.span() for m in figures.finditer(text)]


def kept_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a public or fictional figure or a monarch (see module doc)."""
    spans = listed_spans(text)
    if any(c.isupper() for c in text[1:]):
        spans += [m.span() for m in _REGNAL.finditer(text)]
    return spans


def an_institution_after(text: str, end: int) -> bool:
    """The rest of the word from ``end`` makes a name an institution's (``Vasa|loppet``)."""
    return re.match(_INSTITUTION, text[end : end + 30]) is not None


_KEPT_CATEGORIES = frozenset({"person", "possible_person", "locality", "municipality"})
"""What a figure's name may be taken for: never a speaker's name, a term or a number."""
_PEOPLE = frozenset({"person", "possible_person"})


_WORD = re.compile(r"[^\W\d_]+")


def own_name_words(people: Iterable[tuple[str, Iterable[str]]]) -> tuple[frozenset[str], ...]:
    """The words of each speaker's names (``people``: pseudonym, display names), lower
    case, for :func:`without_public_figures`."""
    return tuple(frozenset(_WORD.findall(name.casefold())) for _, names in people for name in names)


def _speakers_own(text: str, span: tuple[int, int], own: tuple[frozenset[str], ...]) -> bool:
    """The figure's name at ``span`` is (part of) a speaker's own name: ``Gustav Vasa``
    (``Gustav Vasas``) said where a speaker is called Gustav Vasa."""
    words = [w for w in _WORD.findall(text[span[0] : span[1]].casefold()) if w != "s"]
    if not words:
        return False
    forms = {frozenset(words), frozenset([*words[:-1], words[-1].removesuffix("s")])}
    return any(form <= name for form in forms for name in own)


def without_public_figures(
    text: str, findings: list[Finding], own: tuple[frozenset[str], ...] = ()
) -> list[Finding]:
    """``findings`` without the people and places inside a figure's name or opening an
    institution's (``[person]-`` before ``loppet``), and without a speaker's name part
    inside a listed figure's longer full form (``Gustav`` of ``Gustav Vasa`` where a
    speaker is called Gustav), unless the figure's name is a speaker's own (``own``:
    :func:`own_name_words`), which stays redacted."""
    spans = kept_spans(text)
    listed = [s for s in listed_spans(text) if not _speakers_own(text, s, own)]
    findings = [
        f
        for f in findings
        if f.category != "speaker"
        or not any(
            start <= f.start and f.end <= end and f.end - f.start < end - start
            for start, end in listed
        )
    ]
    return [
        f
        for f in findings
        if f.category not in _KEPT_CATEGORIES
        or not (
            any(start <= f.start < end for start, end in spans)  # "Astrid Lindgrens Värld"
            or (
                f.category in _PEOPLE
                and f.replacement.endswith("-")
                and an_institution_after(text, f.end)
            )  # not a place's: "Angeredsgymnasiet" is [ort]-gymnasiet
        )
    ]
