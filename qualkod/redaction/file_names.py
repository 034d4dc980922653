"""Names inside file names, titles and paths, however they are cased or joined.

A file name hides a name in ways running text does not: ``intervju-sara-holm.vtt``,
``holm_0701234567``, ``IntervjuSaraHolm.docx``, ``G:\\Socialtjänst\\lisa_b\\``. This
module says where a file name or path is written in a turn, turns its separators into
spaces so the redactor's patterns see the words, and replaces the camel-case pieces that
are names. The :class:`~qualkod.redaction.redactor.Redactor` puts these together in
``file_name``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from qualkod.redaction.names import is_ordinary_word, person_names
from qualkod.redaction.speakers import SpeakerNames

FILE_NAME_SAID = re.compile(
    # possessive: "ja-ja-ja-…" must not make the engine try every way of splitting it
    r"(?<![\w.@/-])[^\W_][\w-]*+(?:\.[\w-]+)*\."
    r"(?i:pdf|docx?|xlsx?|odt|ods|pptx?|txt|rtf|jpe?g|png|heic|mp4|mov|m4a|mp3|wav)(?![\w.])"
)
"""A file name said or written in the text (``genomforandeplan-lena-berg-2024.pdf``)."""

PATH = re.compile(
    r"(?<![\w.:/\\])(?:/|[A-Za-z]:[\\/]|\\\\)(?:[\w.-]+[/\\])+[\w.-]*(?<![.-])"
    r"|(?<![\w.:/\\])~/[\w.-]+(?:[/\\][\w.-]+)*/?(?<![.-])"
)
"""A folder or file path (``/hem/lisa/planer/``, ``G:\\Socialtjänst\\lisa_b\\``,
``\\\\server\\ifo\\lisa_b``, ``~/lisa``): its parts are named like a file's."""

SEPARATORS = str.maketrans("_-./\\", "     ")
"""``_``, ``-``, ``.``, ``/`` and ``\\`` as spaces (same length, so offsets hold): "_" is
a letter to the patterns, and "-" and "." join what they stand between."""

_INITIAL_STOP = re.compile(r"(?<=[\s_(\-][A-ZÅÄÖ])\.(?=[\s_)\-]|$)")
"""The full stop of a surname's initial after a name (``AliReza K.)``, ``sara_h.``)."""


def words_of_file_name(name: str) -> str:
    """``name`` with its separators as spaces (:data:`SEPARATORS`), but the full stop of
    an initial kept (``(AliReza K.)``), so that the initial goes with the name before it
    as in running text (:func:`qualkod.redaction.initials.with_initial_after`)."""
    spaced = list(name.translate(SEPARATORS))
    for stop in _INITIAL_STOP.finditer(name):
        spaced[stop.start()] = "."
    return "".join(spaced)


_CAMEL_CASE = re.compile(r"(?<=[^\W\d_])(?=[A-ZÅÄÖÉÜ][a-zåäöéü])|(?<=[a-zåäöéü])(?=[A-ZÅÄÖÉÜ]$)")
"""Where a word's next piece starts with a capital (``Intervju|Sara|Holm``), and an
initial after a name (``Sara|H``)."""
_NAME_PIECE = re.compile(r"(?<![^\W\d_\[])[^\W\d_]+(?![^\W\d_\]])")


def file_name_words(name: str) -> list[str]:
    """The words of a file name, split at separators and capitals inside a word
    (``citat_LindqvistKarin.xlsx``: ``citat``, ``Lindqvist``, ``Karin``, ``xlsx``)."""
    return [piece for word in _NAME_PIECE.findall(name) for piece in _CAMEL_CASE.split(word)]


def said_file_names_and_paths(text: str) -> Iterator[re.Match[str]]:
    """The file names and paths written in ``text``, as regex matches in order of kind."""
    yield from FILE_NAME_SAID.finditer(text)  # "planen heter plan-lena-berg.pdf"
    if "/" in text or "\\" in text:
        yield from PATH.finditer(text)  # "/hem/lisa/"


def replace_name_pieces(
    text: str, speakers: SpeakerNames, known: frozenset[str] = frozenset()
) -> str:
    """``text`` with every word's camel-case pieces replaced where they are names: a
    speaker's, a listed name or one of ``known``, the names the project has seen as
    people's (``AnushHovhannisyan``)."""
    return _NAME_PIECE.sub(lambda m: _name_pieces(m.group(0), speakers, known), text)


def _name_pieces(word: str, speakers: SpeakerNames, known: frozenset[str]) -> str:
    """A word with its camel-case pieces replaced where they, or neighbours joined
    (``Mc`` + ``Lean``), are a name; one replacement for neighbouring pieces of the
    same person's name."""
    pieces = _CAMEL_CASE.split(word)
    replaced: list[str] = []
    start = 0
    while start < len(pieces):
        for end in range(len(pieces), start, -1):  # the longest name first
            joined = "".join(pieces[start:end])
            found = _name_piece(joined, speakers, known)
            if found != joined or end == start + 1:
                break
        if not (found != joined and replaced and replaced[-1] == found):
            replaced.append(found)
        start = end
    return "".join(replaced)


def _name_piece(piece: str, speakers: SpeakerNames, known: frozenset[str]) -> str:
    owner = speakers.owner_of_word(piece)
    if owner:
        return owner
    if len(piece) >= 5:  # a login made of the whole name: "mnystrom", "saraholm"
        owner = speakers.owner_of_name(piece)  # not "blind" for Olle Lind
        if owner:
            return f"[{owner}]"
    capitalised = piece[:1].upper() + piece[1:].lower()
    seen = capitalised in known or (capitalised.endswith("s") and capitalised[:-1] in known)
    if len(piece) >= 6 and piece.islower() and _surname_and_initial(piece, known):
        return "[person]"  # a login: "wennbergm" where Marta Wennberg is named
    if (
        len(piece) >= 3
        and (capitalised in person_names() or seen)  # "Zelalems" where Zelalem is named
        and not is_ordinary_word(capitalised)
    ):
        return "[person]"
    return piece


def _surname_and_initial(piece: str, known: frozenset[str]) -> bool:
    """``piece`` is a name the project has seen as a person's, no everyday word, with one
    letter (an initial) joined after it (``wennbergm``) or before it (``mwennberg``)."""
    for name in (piece[:-1], piece[1:]):
        capitalised = name.capitalize()
        if capitalised in known and not is_ordinary_word(capitalised):
            return True
    return False


_LONE_INITIAL = re.compile(r"(?<=\])[_\- ](?![iIoOåÅöÖ](?:[_\-. )/\\]|$))[^\W\d_](?=[_\-. )/\\]|$)")
"""One letter after a name replaced in a file name (``[person]_h.vtt``, ``[IP 1]-h-…``): a
surname's initial in any case (not ``i``, ``o``, ``å`` or ``ö``, words of their own:
``sara_i_lulea``)."""
_TWO_LETTERS = re.compile(r"(?:(?<=[_\-. /\\(])|^)(?:[a-zåäö]{2}|[A-ZÅÄÖ]{2})(?=[_\-. )/\\]|$)")


def with_initials_taken(name: str, initials: Mapping[str, str]) -> str:
    """A file name whose names are replaced, with what still narrows them down replaced
    too: a surname's initial after a name (``intervju_[person]_h.vtt`` ->
    ``intervju_[person].vtt``), and someone's double-name initials in lower case
    (``samtal-ak.docx`` -> ``samtal-[IP 2].docx`` for Anna-Karin), by ``initials``
    (``{"AK": "[IP 2]"}``: :class:`~qualkod.redaction.speaker_initials.InitialsAlone`)."""
    name = _LONE_INITIAL.sub("", name)
    if not initials:
        return name
    return _TWO_LETTERS.sub(lambda m: initials.get(m.group(0).upper(), m.group(0)), name)
