"""Someone called by the initials of a double first name: ``AK`` for Anna-Karin
Lundqvist, ``BM`` for Britt-Marie, ``PO`` for Per-Olof — as Swedes shorten such a name,
and what colleagues call her (``AK går bra``, ``fråga AK:s kollega``).

Only the initials of a double first name that someone of the project has count (two
first names joined by a hyphen): a speaker's, in the name displayed, or a person's whom
the interviews name (``Per-Olof Lind ringde`` in one turn, ``sen sa PO`` in another),
in capitals and standing alone; a speaker's initials are hers even where someone named
in passing has the same. A pair that is first of all a common abbreviation (``AF``,
``SD``, ``HR``, ``PA``) says that in most interviews even when someone's initials are the
same: such a pair is someone's only where it is used as a name, bare before a verb of
saying (``PA sa``) or after one (``frågade PA``), where the abbreviation would have an
article or an ending (``en PA``, ``PA:n sa``, ``hon har PA tre dagar``). Initials beside a
name (``AK Lundqvist``) go with it by :mod:`qualkod.redaction.initials`; two initials with
a hyphen (``A-K``) are anyone's name by :mod:`qualkod.redaction.double_initials`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from qualkod.pseudonyms import name_parts
from qualkod.redaction.name_context import only_a_person_does
from qualkod.redaction.names import first_names
from qualkod.redaction.spoken_initials import (
    in_a_name_position,
    single_name_initials,
    spoken_forms,
)

COMMON_ABBREVIATIONS = frozenset(
    """
    AA AB AF AI AT BB BG BT CV DJ DN EM EU FN GP HD HR HT ID IT JO KD KI KS LO MC MP MR
    NE OK OS PA PG PM PR SD SJ SL SM SO SR ST TT TV UD UF VA VD VM VT
    """.split()
)
"""Two capitals that are first an abbreviation in Swedish talk (Arbetsförmedlingen, a
party, HR, IT, JO, LO, a personal assistant's PA, bankgiro, a school subject, a term,
SVT's rivals), though they are also the initials of a double first name (Anna-Frida,
Stig-Olof, Per-Anders): someone's only where used as a name (:func:`used_as_a_name`)."""

_SAYING = frozenset(
    """
    sa sade säger frågade frågar svarade svarar ringde ringer berättade berättar tyckte
    tycker menade menar skrev skriver
    """.split()
)
"""Verbs of saying, before a subject put after them or an object (``frågade PA``, ``sa
PA``): after ``har``, ``fick`` or ``jobbar`` an abbreviation is a thing had or done."""
_DETERMINERS = frozenset(
    """
    en ett den det denna detta hennes hans hens min din sin vår er deras mina dina sina
    våra era ny nya gamla egen egna annan andra vilken vilka varje någon ingen
    """.split()
)
"""Words before a noun that make the capitals after them a thing (``hennes PA ringde``,
``en ny PA``), not a name."""
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+) $")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")


def used_as_a_name(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``text[start:end]`` are used as a name: bare (no article
    or possessive before them) before a verb only a person does (``PA sa``, ``SO ringde``),
    or right after a verb of saying (``frågade PA``); not a thing had, got or named
    (``hon har PA tre dagar``, ``en PA``, ``hennes PA sa``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    before_word = before[1].casefold() if before else ""
    after = _WORD_AFTER.match(text, end)
    after_word = after[1].casefold() if after else ""
    if before_word in _SAYING:
        return True
    return before_word not in _DETERMINERS and only_a_person_does(text, end, after_word)


def double_name_initials(name: str) -> str | None:
    """The initials of two first names joined by a hyphen (``AK`` of ``Anna-Karin``,
    ``anna-karin``), else None (``Lundqvist-Ek``, ``Anna Karin``)."""
    pieces = name.split("-")
    if " " in name or len(pieces) != 2 or not all(pieces):
        return None
    if not all(p.capitalize() in first_names() for p in pieces):
        return None
    return (pieces[0][0] + pieces[1][0]).upper()


class InitialsAlone:
    """Finds initials standing alone in capitals, each with what replaces it."""

    def __init__(self, replacement: dict[str, str], as_a_name: Iterable[str] = ()) -> None:
        """Args: replacement: what each pair of initials becomes (``{"AK": "[IP 2]"}``),
        or a double first name's initials said as a word (``{"Peo": "[person]"}``,
        :func:`~qualkod.redaction.spoken_initials.spoken_forms`); a common abbreviation
        (:data:`COMMON_ABBREVIATIONS`) among them is found only where used as a name
        (:func:`used_as_a_name`). as_a_name: initials of a single first name and a
        surname (``GE`` for Gunnar Ek), found only where used as a name or where a name
        stands (:func:`~qualkod.redaction.spoken_initials.in_a_name_position`)."""
        self.replacement = dict(replacement)
        self.as_a_name = frozenset(as_a_name) & self.replacement.keys()
        keys = sorted(self.replacement, key=lambda k: (-len(k), k))
        self._pattern = (
            re.compile(
                r"(?<![\w\-./@:])(?<!\d )(?P<initials>"  # not a unit: "5 KG"
                + "|".join(map(re.escape, keys))
                + r")(?::s|(?<=[a-zåäö])s)?(?![\w\-/@]|:\w|\.\w)"  # "PO:s", "Kåges"
            )
            if self.replacement
            else None
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str, str, int]]:
        """(start, end, the initials, replacement, where they end before a genitive
        ``:s``), as :meth:`qualkod.redaction.speakers.SpeakerNames.find` gives a name."""
        if self._pattern is None:
            return
        for match in self._pattern.finditer(text):
            initials = match["initials"]
            if initials in COMMON_ABBREVIATIONS and (
                match.end() != match.end(1) or not used_as_a_name(text, *match.span())
            ):
                continue  # "en PA", "PA:s schema"; not "PA sa", "frågade PA"
            if initials in self.as_a_name and not (
                used_as_a_name(text, *match.span(1)) or in_a_name_position(text, *match.span(1))
            ):
                continue  # "GE" for Gunnar Ek: "sen sa GE", "med GE"; not "GE-kortet"
            yield match.start(), match.end(), initials, self.replacement[initials], match.end(1)

    def names(self, text: str) -> Iterator[tuple[int, int, str, int]]:
        """(start, end, the initials, where they end before a genitive ``:s``), as
        :func:`qualkod.redaction.people.find_people` gives a name."""
        for start, end, initials, _, name_end in self.find(text):
            yield start, end, initials, name_end


class SpeakerInitials(InitialsAlone):
    """Finds the speakers' initials standing alone: a double first name's (``AK`` for
    Anna-Karin, said ``Peo`` for Per-Olof), and a single first name's and surname's where
    a name stands (``sen sa JB`` for Jonas Berg)."""

    def __init__(self, people: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Args: people: (pseudonym, raw display names) per speaker."""
        owners: dict[str, set[str]] = {}
        single: dict[str, set[str]] = {}
        for pseudonym, names in people:
            for raw in names:
                for part in name_parts(raw):
                    initials = double_name_initials(part)
                    if initials:
                        for form in {initials} | spoken_forms(initials):
                            owners.setdefault(form, set()).add(pseudonym)
                    elif (initials := single_name_initials(part)) and (
                        initials not in COMMON_ABBREVIATIONS
                    ):
                        single.setdefault(initials, set()).add(pseudonym)
        for initials, who in single.items():
            owners.setdefault(initials, who)  # a double first name's initials go first
        super().__init__(
            {
                initials: f"[{next(iter(who))}]" if len(who) == 1 else "[namn]"
                for initials, who in owners.items()
            },
            {i for i, who in single.items() if owners[i] is who},
        )


def initials_of_people_named(
    double_names: Iterable[str], speakers: SpeakerInitials, full_names: Iterable[str] = ()
) -> InitialsAlone:
    """The initials of double first names the interviews name people by (``Per-Olof``:
    ``PO``, said ``Peo`` or ``Pe-O``), and of single first names and surnames (``Gunnar
    Ek``: ``GE`` where a name stands), as ``[person]``; not initials that are a
    speaker's (:class:`SpeakerInitials`)."""
    replacement: dict[str, str] = {}
    for name in double_names:
        if initials := double_name_initials(name):
            replacement.update(dict.fromkeys({initials} | spoken_forms(initials), "[person]"))
    single = {i for name in full_names if (i := single_name_initials(name))}
    single -= replacement.keys() | COMMON_ABBREVIATIONS
    replacement.update(dict.fromkeys(single, "[person]"))
    taken = speakers.replacement.keys()
    return InitialsAlone(
        {k: v for k, v in replacement.items() if k not in taken},
        single,
    )


def unambiguous(*finders: InitialsAlone) -> dict[str, str]:
    """What each pair of initials of the finders becomes where nothing around it tells
    (in a file name: ``samtal-ak.docx``), the last finder's winning: never a common
    abbreviation (:data:`COMMON_ABBREVIATIONS`)."""
    return {
        initials: token
        for finder in finders
        for initials, token in finder.replacement.items()
        if initials not in COMMON_ABBREVIATIONS
    }
