"""Recoding: moving codings from one code to another when the codebook changes.

A code renamed, merged into another or split off in a new codebook version leaves the
project's codings on the old code. :func:`recode` moves a coder's live codings of one
code to another in one transaction, keeping each coding's id, span, memo, links and
featured mark; every coding moved is an event in the audit log (``recode``), and
``qualkod undo`` moves them all back as one decision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from qualkod import project as project_api
from qualkod.coding.coder import check_coder, shown_coder
from qualkod.coding.decisions import CodingError
from qualkod.record_reprs import coder_name, repr_without_text
from qualkod.store import Project
from qualkod.store import codings as store

RECODE = "recode"
"""The audit-log action of one coding moved to another code."""


@dataclass(frozen=True)
class Recoding:
    """What :func:`recode` moved."""

    old: str
    new: str
    codings: tuple[int, ...]
    """The ids of the codings moved, in transcript, turn and span order."""
    coders: tuple[str, ...] = coder_name()  # a repr hides them: logins may be names
    """Whose codings they were (the coder alone unless ``others``)."""

    __repr__ = repr_without_text


def recode(
    project: Project,
    old: str,
    new: str,
    coder: str,
    *,
    transcript: str | int | None = None,
    others: bool = False,
) -> Recoding:
    """Move ``coder``'s live codings of code ``old`` to code ``new`` (with ``others``,
    every coder's: their results and the agreement change too).

    ``new`` must be a code of the project's codebook; ``old`` need not be (a code the new
    codebook version dropped). Only codings of ``old`` itself move, not of its sub-codes.
    Where the same coder has already coded words of the same turn as ``new``, nothing
    moves: two codings of one code would overlap (remove one first).

    Raises:
        CodingError: ``new`` is not in the codebook or is ``old``, there is no such
            coding to move, or one would overlap.
    """
    check_coder(coder, "coder")
    codebook = project_api.current_codebook(project)[0]
    if new == old:
        raise CodingError(f"{old} to {new}: the codings have that code already; give another")
    if codebook.code(new) is None:
        known = ", ".join(c.id for c in codebook.codes())
        raise CodingError(
            f"{new}: not in codebook {codebook.id} {codebook.version}, so codings cannot be "
            f"moved to it; codes: {known}"
        )
    transcript_id = (
        project_api.get_transcript(project, transcript).id if transcript is not None else None
    )
    with project.write() as conn:
        found = [
            c
            for c in store.list_codings(conn, transcript_id=transcript_id)
            if c.code_id == old and (others or c.coder == coder)
        ]
        if not found:
            who = "no coder has" if others else f"{coder} has no"
            raise CodingError(
                f"{who} live codings of {old}"
                + (f" in transcript {transcript}" if transcript else "")
                + "; list them with 'qualkod codings'"
            )
        for coding in found:
            clash = store.overlapping_codings(
                conn, coding.transcript_id, coding.turn, coding.start, coding.end, new, coding.coder
            )
            if clash:
                raise CodingError(
                    f"coding {coding.id} ({old}) and coding {clash[0]} ({new}) of "
                    f"{shown_coder(conn, coding.coder)} share words of turn {coding.turn}; "
                    f"nothing was recoded: remove one of them first ('qualkod code remove "
                    f"{coding.id}')"
                )
        for coding in found:
            store.update_coding(conn, coding.id, code_id=new)
            store.add_event(
                conn,
                coder,
                RECODE,
                coding_id=coding.id,
                before=store.coding_state(coding),
                after=store.coding_state(store.get_coding(conn, coding.id)),
            )
    return Recoding(old, new, tuple(c.id for c in found), tuple(sorted({c.coder for c in found})))


def undo_recoding(conn, event, coder: str) -> tuple[list, str]:
    """Inside :func:`qualkod.coding.undo.undo`'s transaction: the ``recode`` events made
    in the same decision as ``event`` (the coder's, logged one after another, from the
    same code to the same code), each coding moved back; returns them and what was done.
    """
    batch = [event]
    codes = _codes(event)
    log = store.list_events(conn)
    undone = {e.undoes for e in log if e.undoes is not None}
    for previous in reversed([e for e in log if e.id < event.id]):
        if (  # one decision: logged one after another, with nothing between
            previous.coder != coder
            or previous.action != RECODE
            or previous.id in undone
            or previous.at[:16] != event.at[:16]  # and within the same minute
            or _codes(previous) != codes
        ):
            break
        batch.append(previous)
    for item in batch:
        store.update_coding(conn, item.coding_id, code_id=codes[0])
    ids = ", ".join(str(e.coding_id) for e in reversed(batch))
    noun = "coding" if len(batch) == 1 else "codings"
    return batch, f"moved {noun} {ids} back from {codes[1]} to {codes[0]}"


def _codes(event) -> tuple[str, str]:
    return json.loads(event.before)["code"], json.loads(event.after)["code"]


__all__ = ["RECODE", "Recoding", "recode", "undo_recoding"]
