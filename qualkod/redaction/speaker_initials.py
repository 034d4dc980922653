"""A speaker called by the initials of her double first name: ``AK`` for Anna-Karin
Lundqvist, ``BM`` for Britt-Marie, ``PO`` for Per-Olof — as Swedes shorten such a name,
and what colleagues call her (``AK går bra``, ``fråga AK:s kollega``).

Only the initials of a speaker's own double first name count (two first names joined by
a hyphen in the name displayed), in capitals and standing alone; and never a pair that is
first of all a common abbreviation (``AF``, ``SD``, ``HR``, ``PA``), which is what such a
pair says in most interviews even when a speaker's initials are the same. Initials beside
a name (``AK Lundqvist``) go with it by :mod:`qualkod.redaction.initials`; two initials
with a hyphen (``A-K``) are anyone's name by :mod:`qualkod.redaction.double_initials`.
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
Stig-Olof, Per-Anders): never taken as a speaker's."""


class SpeakerInitials:
    """Finds the initials of the speakers' double first names standing alone."""

    def __init__(self, people: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Args: people: (pseudonym, raw display names) per speaker."""
        owners: dict[str, set[str]] = {}
        for pseudonym, names in people:
            for raw in names:
                for part in name_parts(raw):
                    pieces = part.split("-")
                    if " " in part or len(pieces) != 2:
                        continue
                    if all(p.capitalize() in first_names() for p in pieces):
                        initials = (pieces[0][0] + pieces[1][0]).upper()
                        owners.setdefault(initials, set()).add(pseudonym)
        self.replacement = {
            initials: f"[{next(iter(who))}]" if len(who) == 1 else "[namn]"
            for initials, who in owners.items()
            if initials not in COMMON_ABBREVIATIONS
        }
        self._pattern = (
            re.compile(
                r"(?<![\w\-./@:])(?P<initials>"
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
