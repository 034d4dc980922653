"""Someone called by the initials of a double first name: ``AK`` for Anna-Karin
Lundqvist, ``BM`` for Britt-Marie, ``PO`` for Per-Olof — as Swedes shorten such a name,
and what colleagues call her (``AK går bra``, ``fråga AK:s kollega``).

Only the initials of a double first name that someone of the project has count (two
first names joined by a hyphen): a speaker's, in the name displayed, or a person's whom
the interviews name (``Per-Olof Lind ringde`` in one turn, ``sen sa PO`` in another),
in capitals and standing alone; a speaker's initials are hers even where someone named
in passing has the same. Never a pair that is first of all a common abbreviation
(``AF``, ``SD``, ``HR``, ``PA``), which is what such a pair says in most interviews even
when someone's initials are the same. Initials beside a name (``AK Lundqvist``) go with
it by :mod:`qualkod.redaction.initials`; two initials with a hyphen (``A-K``) are
anyone's name by :mod:`qualkod.redaction.double_initials`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from qualkod.pseudonyms import name_parts
from qualkod.redaction.names import first_names

COMMON_ABBREVIATIONS = frozenset(
    """
    AA AB AF AI AT BB BG BT CV DJ DN EM EU FN GP HD HR HT ID IT JO KD KI KS LO MC MP MR
    NE OK OS PA PG PM PR SD SJ SL SM SO SR ST TT TV UD UF VA VD VM VT
    """.split()
)
"""Two capitals that are first an abbreviation in Swedish talk (Arbetsförmedlingen, a
party, HR, IT, JO, LO, a personal assistant's PA, bankgiro, a school subject, a term,
SVT's rivals), though they are also the initials of a double first name (Anna-Frida,
Stig-Olof, Per-Anders): never taken as someone's."""


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

    def __init__(self, replacement: dict[str, str]) -> None:
        """Args: replacement: what each pair of initials becomes (``{"AK": "[IP 2]"}``);
        a common abbreviation (:data:`COMMON_ABBREVIATIONS`) among them is left out."""
        self.replacement = {
            initials: token
            for initials, token in replacement.items()
            if initials not in COMMON_ABBREVIATIONS
        }
        self._pattern = (
            re.compile(
                r"(?<![\w\-./@:])(?<!\d )(?P<initials>"  # not a unit: "5 KG"
                + "|".join(sorted(map(re.escape, self.replacement)))
                + r")(?::s)?(?![\w\-/@]|:\w|\.\w)"
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
            yield match.start(), match.end(), initials, self.replacement[initials], match.end(1)


class SpeakerInitials(InitialsAlone):
    """Finds the initials of the speakers' double first names standing alone."""

    def __init__(self, people: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Args: people: (pseudonym, raw display names) per speaker."""
        owners: dict[str, set[str]] = {}
        for pseudonym, names in people:
            for raw in names:
                for part in name_parts(raw):
                    initials = double_name_initials(part)
                    if initials:
                        owners.setdefault(initials, set()).add(pseudonym)
        super().__init__(
            {
                initials: f"[{next(iter(who))}]" if len(who) == 1 else "[namn]"
                for initials, who in owners.items()
            }
        )


def initials_of_people_named(
    double_names: Iterable[str], speakers: SpeakerInitials
) -> InitialsAlone:
    """The initials of double first names the interviews name people by (``Per-Olof``:
    ``PO``), as ``[person]``; not initials that are a speaker's (:class:`SpeakerInitials`)."""
    return InitialsAlone(
        {
            initials: "[person]"
            for name in double_names
            if (initials := double_name_initials(name)) and initials not in speakers.replacement
        }
    )
