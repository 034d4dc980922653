"""Memos moved to another theme or removed: after a theme is renamed in a new codebook
version, its memo is still on the old id, which the chapter no longer shows. Each
change is a decision of its own, in the audit log, and ``qualkod undo`` reverses it."""

from __future__ import annotations

import json

from qualkod import project as project_api
from qualkod.coding.coder import OTHERS, check_coder, shown_coder
from qualkod.coding.decisions import CodingError
from qualkod.coding.memo_decisions import check_memo_target
from qualkod.errors import NotFoundError
from qualkod.models import Memo
from qualkod.store import Project
from qualkod.store import codings as store

MOVE = "memo-move"
REMOVE = "memo-remove"


def _own_memo(conn, memo_id: int, coder: str, others: bool) -> Memo:
    memo = store.get_memo(conn, memo_id)
    if memo is None:
        raise NotFoundError(f"no memo {memo_id}; 'qualkod memo list' shows the memos and ids")
    if not others and memo.coder != coder:
        raise CodingError(
            f"memo {memo_id} is {shown_coder(conn, memo.coder)}'s, not {coder}'s: add --force to change it "
            "anyway",
            in_python=OTHERS,
        )
    return memo


def move_memo(
    project: Project,
    memo_id: int,
    coder: str,
    theme: str,
    concept: str | None = None,
    *,
    others: bool = False,
) -> Memo:
    """Put a memo on a theme (or a theme x concept link) of the current codebook.

    Raises:
        NotFoundError: when there is no such memo.
        CodingError: when the memo is a coding's or a conclusion, another coder's
            (without ``others``), or the theme or concept is not in the codebook.
    """
    check_coder(coder, "coder")
    check_memo_target(project_api.current_codebook(project)[0], theme, concept)
    with project.write() as conn:
        memo = _own_memo(conn, memo_id, coder, others)
        if memo.coding_id is not None:
            raise CodingError(
                f"memo {memo_id} is coding {memo.coding_id}'s; it stays with the coding"
            )
        if memo.code_id is None:
            raise CodingError(
                f"memo {memo_id} is a conclusion of the study, on no theme; write a memo on "
                "the theme instead ('qualkod memo add --theme ID')"
            )
        before = {"theme": memo.code_id, "concept": memo.concept_id}
        after = {"theme": theme, "concept": concept}
        store.update_memo(conn, memo_id, code_id=theme, concept_id=concept)
        store.add_event(
            conn,
            coder,
            MOVE,
            memo_id=memo_id,
            before=json.dumps(before, ensure_ascii=False),
            after=json.dumps(after, ensure_ascii=False),
        )
    return Memo(memo.id, memo.text, memo.coder, memo.created_at, theme, concept)


def remove_memo(project: Project, memo_id: int, coder: str, *, others: bool = False) -> Memo:
    """Remove a memo on a theme, a theme x concept link, or a conclusion.

    Raises:
        NotFoundError: when there is no such memo.
        CodingError: when it is another coder's (without ``others``).
    """
    check_coder(coder, "coder")
    with project.write() as conn:
        memo = _own_memo(conn, memo_id, coder, others)
        store.update_memo(conn, memo_id, deleted=True)
        store.add_event(conn, coder, REMOVE, memo_id=memo_id)
    return memo


def undo_memo_change(conn, action: str, memo_id: int, before: str | None) -> str:
    """Reverse a memo decision inside ``undo``'s transaction; what was done, in words."""
    if action == MOVE:
        old = json.loads(before)
        store.update_memo(conn, memo_id, code_id=old["theme"], concept_id=old["concept"])
        return f"put memo {memo_id} back on {old['theme']}"
    if action == REMOVE:
        store.update_memo(conn, memo_id, deleted=False)
        return f"restored memo {memo_id}"
    store.update_memo(conn, memo_id, deleted=True)
    return f"removed memo {memo_id}"
