"""Memos: on a theme, a theme x concept link or a coding, and the study's conclusions.

Each memo is a coding decision of its own, in the audit log (moving and removing
memos: :mod:`qualkod.coding.memo_changes`; memo files: :mod:`qualkod.coding.memos_file`).
"""

from __future__ import annotations

import difflib
import json

from qualkod import project as project_api
from qualkod.coding.coder import OTHERS, check_coder, shown_coder
from qualkod.coding.decisions import CodingError, CodingParameterError, live_coding
from qualkod.coding.memo_text import one_paragraph
from qualkod.models import Codebook, Memo
from qualkod.store import Project
from qualkod.store import codings as store

_MEMO_TARGETS = {
    "--theme CODE": "theme",
    "--concept ID": "concept",
    "--coding ID": "coding_id",
    "--conclusion": "conclusion=True",
    "--theme": "theme",
    "--concept": "concept",
}
"""What a Python caller gives where the command line has these options."""


def add_memo(
    project: Project,
    text: str,
    coder: str,
    *,
    theme: str | None = None,
    concept: str | None = None,
    coding_id: int | None = None,
    conclusion: bool = False,
    others: bool = False,
) -> Memo:
    """Attach a memo to a theme, a theme x concept link, or a coding; or, with
    ``conclusion``, write a conclusion of the study (the chapter's "Slutsatser").

    A coding's memo is part of the coding: on another coder's coding only with
    ``others`` (``--force``), as for any change to it.

    Raises:
        CodingError: when the target is not given right or does not exist, or the
            coding is another coder's and ``others`` is not set.
    """
    check_coder(coder, "coder")
    text = one_paragraph(text)
    if not text:
        raise CodingError("the memo is empty; write the text")
    if concept is not None and theme is None:
        raise CodingError(
            "--concept needs --theme: a memo on a link is about theme x concept",
            in_python=_MEMO_TARGETS,
        )
    if (coding_id is not None) + (theme is not None) + conclusion != 1:
        raise CodingError(
            "give one of --theme CODE (optionally with --concept ID), --coding ID or --conclusion",
            in_python=_MEMO_TARGETS,
        )
    if theme is not None:
        check_memo_target(project_api.current_codebook(project)[0], theme, concept)
    with project.write() as conn:
        if coding_id is not None:
            coding = live_coding(conn, coding_id)
            if not others and coding.coder != coder:
                theirs = shown_coder(conn, coding.coder)
                raise CodingError(
                    f"coding {coding_id} is {theirs}'s, not {coder}'s: its memo is part "
                    f"of {theirs}'s results; add --force to write it anyway",
                    in_python=OTHERS,
                )
            before = store.coding_state(coding)
            store.update_coding(conn, coding_id, memo=text)
            after = store.coding_state(store.get_coding(conn, coding_id))
            store.add_event(conn, coder, "memo", coding_id=coding_id, before=before, after=after)
            return Memo(
                0, text, coder, coding.created_at, coding_id=coding_id, replaced=coding.memo or None
            )
        _refuse_the_same_memo(conn, theme, concept, text)
        created = store.now()
        memo_id = store.insert_memo(
            conn,
            {
                "code_id": theme,
                "concept_id": concept,
                "text": text,
                "coder": coder,
                "created_at": created,
                "deleted": False,
            },
        )
        about = {"conclusion": True} if conclusion else {"theme": theme, "concept": concept}
        state = json.dumps({**about, "text": text}, ensure_ascii=False)
        store.add_event(conn, coder, "memo", memo_id=memo_id, after=state)
    return Memo(memo_id, text, coder, created, theme, concept)


def _refuse_the_same_memo(conn, theme: str | None, concept: str | None, text: str) -> None:
    """A memo (a conclusion above all) written twice would stand twice in the chapter.

    Raises:
        CodingError: when a live memo on the same theme, link or conclusion has this text.
    """
    for memo in store.list_memos(conn):
        if (memo.code_id, memo.concept_id, memo.coding_id, memo.text) == (
            theme,
            concept,
            None,
            text,
        ):
            what = "conclusion" if theme is None else "memo"
            on = (
                ""
                if theme is None
                else f" on {theme if concept is None else f'{theme} x {concept}'}"
            )
            raise CodingError(
                f"the same {what}{on} is already memo {memo.id} "
                f"({shown_coder(conn, memo.coder)}'s); nothing was added ('qualkod memo list' "
                "shows it)"
            )


def check_memo_target(
    codebook: Codebook, theme: str, concept: str | None, *, from_file: bool = False
) -> None:
    """Check that a memo's theme exists and, with a concept, that the codebook links them.

    Raises:
        CodingError: naming the value that is wrong: a :class:`CodingParameterError`
            by its parameter (``theme='nope': ...``), or with ``from_file`` the memo
            file's field (``theme: nope: ...``).
    """

    def refused(field: str, value: str, reason: str) -> CodingError:
        if from_file:
            return CodingError(f"{field}: {value}: {reason}")
        return CodingParameterError(field, value, reason)

    if codebook.code(theme) is None:
        raise refused("theme", theme, _no_such_theme(codebook, theme))
    every = sorted({c for code in codebook.codes() for c in code.concepts})
    if concept is not None and concept not in every:
        raise refused(
            "concept",
            concept,
            "no theme of the codebook is linked to such a concept; "
            f"concepts: {', '.join(every) or 'none'}",
        )
    if concept is not None and concept not in codebook.code(theme).concepts:
        linked = ", ".join(codebook.code(theme).concepts) or "none"
        raise refused(
            "concept",
            concept,
            f"{theme} is not linked to it in the codebook; linked concepts: {linked}",
        )


def _no_such_theme(codebook: Codebook, theme: str) -> str:
    """Why a memo cannot be on ``theme``: the themes there are (not their sub-codes,
    which a memo may be on too), and the code meant by a typo."""
    themes = ", ".join(t.id for t in codebook.themes)
    close = difflib.get_close_matches(theme, [c.id for c in codebook.codes()], n=1)
    meant = f"; did you mean {close[0]}?" if close else ""
    return (
        f"not in codebook {codebook.id} {codebook.version}; themes: {themes} (a memo on a "
        f"sub-code takes the sub-code's id, as 'qualkod codebook show' lists them){meant}"
    )


def memos(project: Project) -> list[Memo]:
    """Live memos on themes, links and codings."""
    with project.read() as conn:
        on_codings = [
            Memo(0, c.memo, c.coder, c.created_at, coding_id=c.id)
            for c in store.list_codings(conn)
            if c.memo
        ]
        return store.list_memos(conn) + on_codings
