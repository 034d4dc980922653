"""Deciding on a suggestion: accepting one is a coding decision; rejecting one is logged.

Both are one transaction each and in the audit trail; ``qualkod undo`` reopens the
suggestion (see :func:`qualkod.coding.undo.undo`). Each coder decides every suggestion
for themselves: another coder's decision neither closes it nor shows in one's own.
"""

from __future__ import annotations

import json

from qualkod import project as project_api
from qualkod.coding.coder import check_coder, shown_coder
from qualkod.coding.decisions import (
    CodingError,
    CodingParameterError,
    add_coding,
    decide_open_suggestion,
    unknown_code,
)
from qualkod.errors import NotFoundError
from qualkod.models import Coding, Suggestion
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import suggestions as suggestion_store


def _open(project: Project, suggestion_id: int, coder: str) -> Suggestion:
    """The suggestion, when it is open to ``coder`` (others may have decided it)."""
    with project.read() as conn:
        found = suggestion_store.get_suggestion(conn, suggestion_id, coder)
        decider = shown_coder(conn, found.decided_by) if found and found.decided_by else ""
    if found is None:
        raise NotFoundError(
            f"suggestion {suggestion_id}: no such suggestion (each 'qualkod suggest' run "
            "replaces the open ones); list them with 'qualkod suggestions'"
        )
    by = f" by {decider}" if decider else ""
    if found.status == "rejected":  # a change of mind: the passage can still be coded
        raise CodingError(
            f"suggestion {suggestion_id} is already rejected{by}; to code the passage after all, "
            f"use 'qualkod code add --transcript {found.transcript_id} --turn {found.turn} "
            f"--code {found.code}' (or 'qualkod undo' if the rejection was your last decision)"
        )
    if found.status != "open":
        raise CodingError(f"suggestion {suggestion_id} is already {found.status}{by}")
    return found


def accept_suggestion(
    project: Project,
    suggestion_id: int,
    coder: str,
    *,
    code: str | None = None,
    start: int | None = None,
    end: int | None = None,
) -> Coding:
    """Accept a suggestion: it becomes a coding (the same path as ``code add``).

    ``code`` replaces the suggested code; ``start``/``end`` a narrowed or widened span.
    """
    check_coder(coder, "coder")
    found = _open(project, suggestion_id, coder)
    codebook = project_api.current_codebook(project)[0]
    if code is None and codebook.code(found.code) is None:  # a codebook changed since?
        raise CodingError(
            f"suggestion {suggestion_id} carries {found.code}, which codebook "
            f"{codebook.id} {codebook.version} lacks; run 'qualkod suggest' again, or "
            "accept it as another code with --code",
            in_python={"with --code": "with code=..."},
        )
    unknown = unknown_code(codebook, code) if code is not None else None
    if unknown:
        raise CodingParameterError("code", code, unknown)
    code = code or found.code
    span = (found.start if start is None else start, found.end if end is None else end)
    with project.write() as conn:
        # the coder coded this already, or a passage holding it (before 'suggest' ran):
        # the suggestion is accepted as that coding, not refused, so it need not be
        # rejected against the coder's word
        existing = coding_store.find_live_coding(
            conn, found.transcript_id, found.turn, *span, code, coder
        ) or coding_store.covering_coding(conn, found.transcript_id, found.turn, *span, code, coder)
        if existing is not None:
            decide_open_suggestion(
                conn,
                suggestion_id,
                "accepted",
                coder,
                existing,
                transcript_id=found.transcript_id,
            )
            coding_store.add_event(
                conn,
                coder,
                "accept",
                after=json.dumps({"suggestion": suggestion_id, "coding": existing}),
            )
            return coding_store.get_coding(conn, existing)
    return add_coding(
        project,
        str(found.transcript_id),
        found.turn,
        code,
        coder,
        start=span[0],
        end=span[1],
        codebook=codebook,
        suggestion=suggestion_id,
    )


def reject_suggestion(project: Project, suggestion_id: int, coder: str) -> Suggestion:
    """Reject a suggestion; it becomes a negative training example."""
    check_coder(coder, "coder")
    found = _open(project, suggestion_id, coder)
    with project.write() as conn:
        decide_open_suggestion(
            conn, suggestion_id, "rejected", coder, transcript_id=found.transcript_id
        )
        coding_store.add_event(
            conn,
            coder,
            "reject",
            after=json.dumps({"suggestion": suggestion_id, "code": found.code}),
        )
    return found
