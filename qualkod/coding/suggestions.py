"""Deciding on a suggestion: accepting one is a coding decision; rejecting one is logged.

Both are one transaction each and in the audit trail; ``qualkod undo`` reopens the
suggestion (see :func:`qualkod.coding.decisions.undo`).
"""

from __future__ import annotations

import json

from qualkod.coding.coder import check_coder
from qualkod.coding.decisions import CodingError, add_coding
from qualkod.errors import NotFoundError
from qualkod.models import Coding, Suggestion
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import suggestions as suggestion_store


def _open(project: Project, suggestion_id: int) -> Suggestion:
    with project.read() as conn:
        found = suggestion_store.get_suggestion(conn, suggestion_id)
    if found is None:
        raise NotFoundError(
            f"suggestion {suggestion_id}: no such suggestion; list them with 'qualkod suggestions'"
        )
    if found.status != "open":
        raise CodingError(f"suggestion {suggestion_id} is already {found.status}")
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
    found = _open(project, suggestion_id)
    return add_coding(
        project,
        str(found.transcript_id),
        found.turn,
        code or found.code,
        coder,
        start=found.start if start is None else start,
        end=found.end if end is None else end,
        suggestion=suggestion_id,
    )


def reject_suggestion(project: Project, suggestion_id: int, coder: str) -> Suggestion:
    """Reject a suggestion; it becomes a negative training example."""
    check_coder(coder, "coder")
    found = _open(project, suggestion_id)
    with project.write() as conn:
        suggestion_store.decide_suggestion(conn, suggestion_id, "rejected", coder)
        coding_store.add_event(
            conn,
            coder,
            "reject",
            after=json.dumps({"suggestion": suggestion_id, "code": found.code}),
        )
    return found
