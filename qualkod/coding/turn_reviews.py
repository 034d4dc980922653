"""Turns a coder has decided: coded, or marked as having nothing (more) to code."""

from __future__ import annotations

import json
from collections.abc import Iterable

from qualkod import project as project_api
from qualkod.coding.coder import check_coder
from qualkod.coding.decisions import (
    CodingError,
    CodingParameterError,
    TurnNotFound,
    check_turn_number,
)
from qualkod.models import Role, TurnReview
from qualkod.store import Project
from qualkod.store import codings as store
from qualkod.store import transcripts as transcript_store


def mark_decided(project: Project, transcript: str | int, turn: int, coder: str) -> int:
    """Record that the coder has decided a turn: nothing (more) to code there.

    Coded turns count as decided anyway; this is for turns the coder leaves uncoded,
    so that progress counts them. Returns the review's id.

    Raises:
        NotFoundError: when the transcript or turn does not exist.
        CodingError: when the turn is an interviewer's (not coded, so nothing to decide),
            or the coder has already marked it.
    """
    check_coder(coder, "coder")
    check_turn_number(turn)
    summary = project_api.get_transcript(project, transcript)
    with project.write() as conn:
        if not 1 <= turn <= summary.turns:
            raise TurnNotFound(
                "turn", turn, f"transcript {summary.id} has turns 1 to {summary.turns}"
            )
        turns = transcript_store.transcript_turns(conn, summary.id)
        speaker = next(t.speaker for t in turns if t.index == turn)
        if speaker.role is Role.INTERVIEWER:  # as add_coding; progress counts no such turn
            raise CodingParameterError(
                "turn",
                turn,
                f"it is the interviewer's ({speaker.pseudonym}); interviewer turns are not "
                "coded, so there is nothing to mark decided; mark what the interviewees say, "
                "or correct the role with 'qualkod speakers set'",
            )
        if (summary.id, turn) in store.reviewed_turns(conn, coder, summary.id):
            raise CodingError(f"{coder} has already marked turn {turn} as decided")
        review_id = store.insert_review(conn, summary.id, turn, coder)
        state = {"review": review_id, "transcript": summary.sha256, "turn": turn}
        store.add_event(conn, coder, "review", after=json.dumps(state))
    return review_id


def decided_turns(project: Project, coder: str) -> set[tuple[int, int]]:
    """(transcript id, turn) of every turn the coder has coded or marked as decided."""
    with project.read() as conn:
        coded = {(c.transcript_id, c.turn) for c in store.list_codings(conn, coder=coder)}
        return coded | store.reviewed_turns(conn, coder)


def decided_marks(project: Project) -> list[TurnReview]:
    """Every turn a coder has marked as decided, by transcript, turn and coder."""
    with project.read() as conn:
        return store.list_reviews(conn)


def import_reviews(project: Project, marks: Iterable[tuple[str, int, str, str]]) -> int:
    """Store decided marks made elsewhere (a REFI-QDA project's): (transcript sha256,
    turn, coder, when) each, in one transaction, logged as the coder's decisions (so
    'undo' takes one back); a mark the coder has already is left alone. Returns how many
    were stored."""
    stored = 0
    with project.write() as conn:
        ids = transcript_store.ids_by_sha256(conn)
        for sha256, turn, coder, when in marks:
            check_coder(coder, "coder")
            if (ids[sha256], turn) in store.reviewed_turns(conn, coder, ids[sha256]):
                continue
            review_id = store.insert_review(conn, ids[sha256], turn, coder, when or None)
            state = {"review": review_id, "transcript": sha256, "turn": turn}
            store.add_event(conn, coder, "review", after=json.dumps(state))
            stored += 1
    return stored
