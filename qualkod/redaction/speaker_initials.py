"""Someone called by the initials of a double first name: ``AK`` for Anna-Karin
Lundqvist, ``BM`` for Britt-Marie, ``PO`` for Per-Olof — as Swedes shorten such a name,
and what colleagues call her (``AK går bra``, ``fråga AK:s kollega``).

Only the initials of a double first name that someone of the project has count (two
first names joined by a hyphen): a speaker's, in the name displayed, or a person's whom
the interviews name (``Per-Olof Lind ringde`` in one turn, ``sen sa PO`` in another),
in capitals and standing alone; a speaker's initials are hers even where someone named
in passing has the same. A pair that is first of all a common abbreviation (``AF``,
``SD``, ``HR``, ``PA``) says that in most interviews even when someone's initials are the
same (:mod:`qualkod.redaction.abbreviations`): such a pair is someone's only where it is
used as a name, bare before a verb of saying (``PA sa``) or after one (``frågade PA``), not
where the abbreviation would have an article or an ending (``en PA``, ``PA:n sa``, ``hon
har PA tre dagar``); so is a listed pair a speaker's single first name and surname give
(``BO sa`` for Bo Olsson). Two capitals no one of the project has are someone's where
they stand for a person (``sen sa TJ``, ``jag och TJ``;
:func:`~qualkod.redaction.initials_in_use.someone_unnamed`). Initials beside a
name (``AK Lundqvist``) go with it by :mod:`qualkod.redaction.initials`; two initials with
a hyphen (``A-K``) are anyone's name by :mod:`qualkod.redaction.double_initials`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from qualkod.pseudonyms import name_parts
from qualkod.redaction.abbreviations import ABBREVIATIONS, STRICT_FOR_DOUBLE_NAMES
from qualkod.redaction.initials_in_use import (
    a_person_not_a_place,
    after_a_determiner,
    beside_a_person,
    could_be_initials,
    someone_unnamed,
    used_as_a_name,
)
from qualkod.redaction.names import first_names
from qualkod.redaction.spoken_initials import (
    in_a_name_position,
    single_name_initials,
    spoken_forms,
)


def double_name_initials(name: str) -> str | None:
    """The initials of two first names joined by a hyphen (``AK`` of ``Anna-Karin``,
    ``anna-karin``), else None (``Lundqvist-Ek``, ``Anna Karin``)."""
    pieces = name.split("-")
    if " " in name or len(pieces) != 2 or not all(pieces):
        return None
    if not all(p.capitalize() in first_names() for p in pieces):
        return None
    return (pieces[0][0] + pieces[1][0]).upper()


_PAIR = re.compile(r"(?<![\w\-./@:])(?<!\d )(?P<initials>[A-ZÅÄÖ]{2})(?::s)?(?![\w\-/@]|:\w|\.\w)")
"""Two capitals standing alone (``TJ``, ``TJ:s``), not in a compound, a unit (``5 KG``) or
an address."""


class InitialsAlone:
    """Finds initials standing alone in capitals, each with what replaces it."""

    def __init__(
        self,
        replacement: dict[str, str],
        as_a_name: Iterable[str] = (),
        strict: Iterable[str] = (),
    ) -> None:
        """Args: replacement: what each pair of initials becomes (``{"AK": "[IP 2]"}``),
        or a double first name's initials said as a word (``{"Peo": "[person]"}``,
        :func:`~qualkod.redaction.spoken_initials.spoken_forms`). as_a_name: initials of a
        single first name and a surname (``GE`` for Gunnar Ek), found only where a name
        stands (:func:`~qualkod.redaction.initials_in_use.used_as_a_name`,
        :func:`~qualkod.redaction.spoken_initials.in_a_name_position`, beside a person),
        and then also where bare elsewhere in the same text. strict: initials found only
        where used as a name, as a listed abbreviation is (``BO`` for Bo Olsson; ``PA``
        for Per-Anders, :mod:`~qualkod.redaction.abbreviations`)."""
        self.replacement = dict(replacement)
        self.as_a_name = frozenset(as_a_name) & self.replacement.keys()
        self.strict = (frozenset(strict) | STRICT_FOR_DOUBLE_NAMES) & self.replacement.keys()
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
        matches = [
            m
            for m in self._pattern.finditer(text)
            if m["initials"] not in self.strict
            or (m.end() == m.end(1) and used_as_a_name(text, *m.span()))
        ]  # "en PA", "PA:s schema"; not "PA sa", "frågade PA"
        named = {  # "GE" for Gunnar Ek: "sen sa GE", "med GE"; not "GE-kortet"
            m["initials"]
            for m in matches
            if m["initials"] in self.as_a_name and self._stands_for_someone(text, *m.span(1))
        }
        for match in matches:
            initials = match["initials"]
            if initials in self.as_a_name and not (
                initials in named and not after_a_determiner(text, match.start())
            ):
                continue  # once a name in a text, bare elsewhere in it too: "GE var där"
            yield match.start(), match.end(), initials, self.replacement[initials], match.end(1)

    @staticmethod
    def _stands_for_someone(text: str, start: int, end: int) -> bool:
        return (
            used_as_a_name(text, start, end)
            or in_a_name_position(text, start, end)
            or beside_a_person(text, start, end)
        )

    def names(self, text: str) -> Iterator[tuple[int, int, str, int]]:
        """(start, end, the initials, where they end before a genitive ``:s``), as
        :func:`qualkod.redaction.people.find_people` gives a name."""
        for start, end, initials, _, name_end in self.find(text):
            yield start, end, initials, name_end

    def a_person_at(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is initials of this finder said of a person where
        the word is also a place (``Kåge sa``, ``jag och Kåge``; not ``i Kåge``): see
        :func:`~qualkod.redaction.initials_in_use.a_person_not_a_place`."""
        word = text[start:end]
        if word not in self.replacement and word[:-1] not in self.replacement:
            return False  # "Kåge", "Kåges"
        return a_person_not_a_place(text, start, end)


class PeopleInitials(InitialsAlone):
    """The initials of the people the interviews name (:class:`InitialsAlone`), and two
    capitals no one of the project has where they stand for a person (``sen sa TJ``,
    ``jag och TJ``, :func:`~qualkod.redaction.initials_in_use.someone_unnamed`), then
    bare elsewhere in the same text too, as ``[person]``."""

    def __init__(
        self,
        replacement: dict[str, str],
        as_a_name: Iterable[str] = (),
        taken: Iterable[str] = (),
    ) -> None:
        """Args: replacement, as_a_name: as for :class:`InitialsAlone`. taken: the
        speakers' initials (:class:`SpeakerInitials` finds them)."""
        super().__init__(replacement, as_a_name)
        self.taken = frozenset(taken) | self.replacement.keys()

    def find(self, text: str) -> Iterator[tuple[int, int, str, str, int]]:
        yield from super().find(text)
        pairs = [m for m in _PAIR.finditer(text) if m["initials"] not in self.taken]
        someone = {m["initials"] for m in pairs if someone_unnamed(text, *m.span(1))}
        for match in pairs:
            if (
                match["initials"] in someone
                and not after_a_determiner(text, match.start())
                and could_be_initials(text, *match.span(1))
            ):
                yield match.start(), match.end(), match["initials"], "[person]", match.end(1)


class SpeakerInitials(InitialsAlone):
    """Finds the speakers' initials standing alone: a double first name's (``AK`` for
    Anna-Karin, said ``Peo`` for Per-Olof), and a single first name's and surname's where
    a name stands (``sen sa JB`` for Jonas Berg; a listed abbreviation's only where used
    as a name: ``BO sa`` for Bo Olsson, not ``ett BO``)."""

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
                    elif initials := single_name_initials(part, listed=True):
                        single.setdefault(initials, set()).add(pseudonym)
        for initials, who in single.items():
            owners.setdefault(initials, who)  # a double first name's initials go first
        as_a_name = {i for i, who in single.items() if owners[i] is who}
        super().__init__(
            {
                initials: f"[{next(iter(who))}]" if len(who) == 1 else "[namn]"
                for initials, who in owners.items()
            },
            as_a_name,
            as_a_name & ABBREVIATIONS,  # "BO sa" for Bo Olsson, not "ett BO"
        )


def initials_of_people_named(
    double_names: Iterable[str], speakers: SpeakerInitials, full_names: Iterable[str] = ()
) -> PeopleInitials:
    """The initials of double first names the interviews name people by (``Per-Olof``:
    ``PO``, said ``Peo`` or ``Pe-O``), and of single first names and surnames (``Gunnar
    Ek``: ``GE`` where a name stands), as ``[person]``; not initials that are a
    speaker's (:class:`SpeakerInitials`). Two capitals no one has are someone's where they
    stand for a person (:class:`PeopleInitials`)."""
    replacement: dict[str, str] = {}
    for name in double_names:
        if initials := double_name_initials(name):
            replacement.update(dict.fromkeys({initials} | spoken_forms(initials), "[person]"))
    single = {i for name in full_names if (i := single_name_initials(name))}
    single -= replacement.keys()
    replacement.update(dict.fromkeys(single, "[person]"))
    taken = speakers.replacement.keys()
    return PeopleInitials(
        {k: v for k, v in replacement.items() if k not in taken},
        single,
        taken,
    )


def unambiguous(*finders: InitialsAlone) -> dict[str, str]:
    """What each pair of initials of the finders becomes where nothing around it tells
    (in a file name: ``samtal-ak.docx``), the last finder's winning: never one found only
    where used as a name (a listed abbreviation, :attr:`InitialsAlone.strict`)."""
    return {
        initials: token
        for finder in finders
        for initials, token in finder.replacement.items()
        if initials not in finder.strict
    }
