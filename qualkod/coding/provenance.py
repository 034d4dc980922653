"""Where a coding came from: the codings file's ``source`` column and the two after it.

A coding is ``manual`` (typed by its coder: ``code add``, the coding session),
``suggestion`` (made by accepting a suggestion, whose score and evidence words go with
it) or ``unknown`` (read from a codings file or a REFI-QDA project that did not say).
A suggestion accepted as a coding the coder had made already leaves that coding as it
began. A coding read from a codings file keeps what the file said of it: its ``import``
event in the audit log holds it, so exporting, importing and exporting again gives the
same file, and an older file without these columns imports as before (``unknown``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass

from qualkod.store import codings as coding_store
from qualkod.store import suggestions as suggestion_store

MANUAL, SUGGESTION, UNKNOWN = "manual", "suggestion", "unknown"
SOURCES = (MANUAL, SUGGESTION, UNKNOWN)
COLUMNS = ("source", "suggestion_score", "suggestion_evidence")
"""The columns, in the file's order; optional on import."""


@dataclass(frozen=True)
class Provenance:
    """A coding's origin as the codings file writes it."""

    source: str = UNKNOWN
    """``manual``, ``suggestion`` or ``unknown``."""
    score: str = ""
    """The accepted suggestion's score (``0.72``, as ``qualkod suggestions`` shows it)."""
    evidence: str = ""
    """Its evidence words, separated by ``; ``."""

    def cells(self) -> list[str]:
        return [self.source, self.score, self.evidence]

    def logged(self, state: str) -> str:
        """An ``import`` event's state (a coding's JSON) with what the file said of the
        coding's origin; unchanged when the file did not say."""
        if self.source == UNKNOWN:
            return state
        said = dict(zip(COLUMNS, self.cells(), strict=True))
        value = json.loads(state) | {k: v for k, v in said.items() if v}
        return json.dumps(value, ensure_ascii=False, sort_keys=True)


def provenances(conn, coding_ids: Iterable[int]) -> dict[int, Provenance]:
    """The provenance of each of the codings."""
    imported = coding_store.import_states(conn)
    accepted = suggestion_store.suggestions_coded(conn)
    found: dict[int, Provenance] = {}
    for coding_id in coding_ids:
        if coding_id in imported:
            state = imported[coding_id]
            said = [state.get(c) if isinstance(state.get(c), str) else "" for c in COLUMNS]
            found[coding_id] = Provenance(*said) if said[0] in SOURCES else Provenance()
        elif coding_id in accepted:
            suggestion = accepted[coding_id]
            found[coding_id] = Provenance(
                SUGGESTION, f"{suggestion.score:.2f}", "; ".join(suggestion.evidence)
            )
        else:
            found[coding_id] = Provenance(MANUAL)
    return found


def read_provenance(record: dict) -> tuple[Provenance, str | None]:
    """The provenance a codings file's row gives (``unknown`` where it says nothing)
    and what is wrong with it, if anything."""
    source = (record.get("source") or "").strip().lower() or UNKNOWN
    # Excel in Swedish may save the score with a decimal comma
    score = (record.get("suggestion_score") or "").strip().replace(",", ".")
    evidence = " ".join((record.get("suggestion_evidence") or "").split())
    if source not in SOURCES:
        return Provenance(), f"source is '{source}'; write manual, suggestion or unknown"
    if source != SUGGESTION and (score or evidence):
        return Provenance(), (
            f"suggestion_score and suggestion_evidence are given but source is '{source}'; "
            "write suggestion as the source, or empty those cells"
        )
    if score:
        try:
            value = float(score)
        except ValueError:
            value = math.nan
        if not 0 <= value <= 1:
            return Provenance(), f"suggestion_score '{score}' is not a number from 0 to 1"
    return Provenance(source, score, evidence), None
