"""Removing a transcript from a project: a wrong import, or an interviewee who withdraws
consent.

Removal deletes the transcript and everything about it (see
:mod:`qualkod.store.removal`); it cannot be undone, and the audit log keeps one line
saying who removed which file (by sha256) and how much went with it. A transcript that
someone has coded is removed only when the caller says the codings go too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from qualkod import project as project_api
from qualkod.coding.coder import check_coder
from qualkod.coding.decisions import CodingError
from qualkod.counts import counted
from qualkod.record_reprs import free_text, repr_without_text
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import removal as store
from qualkod.store import speakers as speaker_store
from qualkod.store import suggestions as suggestion_store
from qualkod.suggest.semantic import text_digest
from qualkod.transcript_titles import renumber_generic_titles

REMOVE_ACTION = coding_store.REMOVE_TRANSCRIPT


@dataclass(frozen=True)
class TranscriptRemoval:
    """What :func:`remove_transcript` deleted."""

    transcript_id: int
    title: str = free_text()  # a hand-set title may name the interviewee
    sha256: str
    turns: int
    codings: dict[str, int] = field(repr=False)
    """Coder -> live codings deleted (a repr shows their sum, no coder's name)."""
    suggestions: int
    links: int
    events: int
    models: int = 0
    """Stored classifiers deleted because they may have learnt from it."""
    renamed: tuple[tuple[str, str], ...] = ()
    """(old, new) pseudonyms and generic titles (``Intervju 3``) renumbered: the removed
    interview's speakers go last and the titles close up, so no number has a gap."""
    purged: bool = True
    """Whether the deleted rows are gone from the database file and its log too (False:
    another program held the project open, or a PostgreSQL server keeps them until its
    VACUUM; see :meth:`qualkod.store.Project.purge_deleted`)."""
    memos: int = 0
    """Memos on its live codings, deleted with them."""

    def __repr__(self) -> str:
        """No title and no coder's name: a notebook keeps what it printed."""
        return repr_without_text(self)[:-1] + f", codings={sum(self.codings.values())})"


def removal_plan(project: Project, transcript: str | int) -> TranscriptRemoval:
    """What :func:`remove_transcript` would delete now (nothing is changed).

    Raises:
        NotFoundError: no such transcript.
    """
    summary = project_api.get_transcript(project, transcript)
    with project.read() as conn:
        records = store.transcript_records(conn, summary.id, summary.sha256)
    return _removal(summary, records)


def _removal(
    summary,
    records: store.TranscriptRecords,
    purged: bool = True,
    renamed: tuple[tuple[str, str], ...] = (),
) -> TranscriptRemoval:
    return TranscriptRemoval(
        summary.id,
        summary.title,
        summary.sha256,
        records.turns,
        dict(records.live_codings),
        len(records.suggestions),
        len(records.links),
        len(records.events),
        len(records.models),
        renamed,
        purged,
        records.coding_memos,
    )


def check_removable(
    removal: TranscriptRemoval, *, with_codings: bool, shown: Callable[[str], str] = str
) -> None:
    """Refuse a removal that would delete codings the caller did not agree to delete;
    the message names the coders ``shown`` (a speaker's pseudonym when one codes).

    Raises:
        CodingError: the transcript has live codings and ``with_codings`` is false.
    """
    if removal.codings and not with_codings:
        by = ", ".join(f"{n} by {shown(who)}" for who, n in sorted(removal.codings.items()))
        total = sum(removal.codings.values())
        them = "it" if total == 1 else "them"
        memos = f" and {counted(removal.memos, 'memo')} on {them}" if removal.memos else ""
        what = "them" if removal.memos else them
        raise CodingError(
            f"transcript {removal.transcript_id} has {counted(total, 'coding')} ({by}){memos}; "
            f"removing it deletes {what} too: add --with-codings to remove both",
            in_python={"--with-codings": "with_codings=True"},
        )


def remove_transcript(
    project: Project, transcript: str | int, coder: str, *, with_codings: bool = False
) -> TranscriptRemoval:
    """Delete a transcript and every record about it, in one transaction.

    Args:
        transcript: id, sha256 prefix or exact title.
        coder: who removes it (the audit log says so).
        with_codings: also when coders have coded it (their codings, memos on them,
            concept links and their audit-log lines are deleted with it).

    Raises:
        NotFoundError: no such transcript.
        CodingError: it has codings and ``with_codings`` is false.
    """
    check_coder(coder, "coder")
    summary, turns = project_api.turns(project, transcript)
    with project.write() as conn:
        records = store.transcript_records(conn, summary.id, summary.sha256)
        # What may have been embedded: whole turns (training, suggesting) and the words of
        # suggestions (a rejected one is a training text of its own).
        digests = {text_digest(t.text) for t in turns} | {
            text_digest(s.text)
            for s in suggestion_store.list_suggestions(conn, status=None, transcript_id=summary.id)
        }
        check_removable(_removal(summary, records), with_codings=with_codings)
        store.delete_transcript(conn, summary.id, records, digests)
        renamed = tuple(speaker_store.renumber(conn)) + tuple(renumber_generic_titles(conn))
        coding_store.add_event(
            conn,
            coder,
            REMOVE_ACTION,
            after=json.dumps(
                {
                    "transcript": summary.sha256,
                    "turns": records.turns,
                    "codings": sum(records.live_codings.values()),
                    "codings_removed_before": records.removed_codings,
                    "suggestions": len(records.suggestions),
                    "links": len(records.links),
                    "events": len(records.events),
                    "classifiers": len(records.models),
                }
            ),
        )
    return _removal(summary, records, project.purge_deleted(), renamed)
