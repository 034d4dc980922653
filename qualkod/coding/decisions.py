"""Coding decisions on quotes: add, remove, feature, decide a suggestion - one transaction
each. Memos are in :mod:`qualkod.coding.memo_decisions`, turns marked as decided in
:mod:`qualkod.coding.turn_reviews`, undo in :mod:`qualkod.coding.undo`."""

from __future__ import annotations

import re
import unicodedata

from qualkod import project as project_api
from qualkod.coding.coder import OTHERS, check_coder, shown_coder
from qualkod.errors import NotFoundError, ParameterError, QualkodError
from qualkod.models import Codebook, Coding, Role
from qualkod.store import Project
from qualkod.store import codebooks as codebook_store
from qualkod.store import codings as store
from qualkod.store import suggestions as suggestion_store
from qualkod.store import transcripts as transcript_store


class CodingError(QualkodError):
    """A coding decision cannot be made as asked."""


class CodingParameterError(CodingError, ParameterError):
    """A value given for a coding decision is refused (named as the caller gave it)."""


class TurnNotFound(NotFoundError, ParameterError):
    """The turn given is not in the transcript."""


_SPAN = {"--text": "quote", "--start/--end": "start/end"}
_RAW_TEXT = {
    "'qualkod show'": "redacted text",
    "'qualkod show --raw-names'": "the turn's text (qualkod.project.turns(p, transcript))",
}
"""Where a Python caller finds the words: a turn's text there is not redacted."""


def _codebook(project: Project, codebook: Codebook | None) -> Codebook:
    return codebook or project_api.current_codebook(project)[0]


def unknown_code(codebook: Codebook, code_id: str) -> str | None:
    """Why ``code_id`` cannot be used, or None when the codebook has it."""
    if codebook.code(code_id) is not None:
        return None
    known = ", ".join(c.id for c in codebook.codes())
    return f"not in codebook {codebook.id} {codebook.version}; codes: {known}"


_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")
"""What redaction puts in a name's place (``[IP 2]``, ``[person]``, ``[telefon]``)."""


def resolve_span(
    text: str, *, quote: str | None = None, start: int | None = None, end: int | None = None
) -> tuple[int, int]:
    """Turn ``--text`` or ``--start/--end`` into code-point offsets (whole turn by default).

    Raises:
        CodingError: when the quote is not in the turn, is ambiguous, or the offsets
            are out of range or hold only spaces.
    """
    if quote is not None:
        if start is not None or end is not None:
            raise CodingError("give either --text or --start/--end, not both", in_python=_SPAN)
        # stored turns are NFC; a quote pasted from a Mac may be decomposed (NFD)
        quote = " ".join(unicodedata.normalize("NFC", quote).split())
        first = text.find(quote)
        if not quote or first < 0:
            hidden = (
                "; names are hidden in 'qualkod show' ([IP 2], [person]): copy the words from "
                "'qualkod show --raw-names', or give --start/--end"
                if any(m.group() not in text for m in _PLACEHOLDER.finditer(quote))
                else "; copy it exactly"
            )
            raise CodingParameterError(
                "quote",
                None,
                f"{quote!r} is not in the turn{hidden}",
                option="text",
                in_python={**_SPAN, **_RAW_TEXT},
            )
        if text.find(quote, first + 1) >= 0:
            raise CodingParameterError(
                "quote",
                None,
                f"{quote!r} occurs more than once in the turn; give a longer quote or "
                "--start/--end",
                option="text",
                in_python=_SPAN,
            )
        return first, first + len(quote)
    start = 0 if start is None else start
    end = len(text) if end is None else end
    if not 0 <= start < end <= len(text):
        raise CodingParameterError(
            "start",
            start,
            f"the turn has {len(text)} characters; need 0 <= start < end <= length",
            also={"end": end},
        )
    if not text[start:end].strip():
        raise CodingParameterError(
            "start",
            start,
            "the span holds only spaces; give the offsets of the words to code",
            also={"end": end},
        )
    return start, end


def cut_words(project: Project, coding: Coding) -> list[str]:
    """Where a coding's span cuts a word: ``["starts"]``, ``["ends"]``, both or none
    (offsets given by hand can start or end inside a word; tables quote it so)."""
    with project.read() as conn:
        text = next(
            t.text
            for t in transcript_store.transcript_turns(conn, coding.transcript_id)
            if t.index == coding.turn
        )
    return [
        where
        for where, at in (("starts", coding.start), ("ends", coding.end))
        if 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()
    ]


def check_turn_number(turn) -> None:
    """A turn is named by its number, as an int (``"2"`` read from a file, or ``True``,
    would name no turn or the wrong one)."""
    if not isinstance(turn, int) or isinstance(turn, bool):
        raise CodingParameterError(
            "turn", turn, "give the turn's number as a whole number (int)", quoted=True
        )


def add_coding(
    project: Project,
    transcript: str | int,
    turn: int,
    code_id: str,
    coder: str,
    *,
    quote: str | None = None,
    start: int | None = None,
    end: int | None = None,
    memo: str = "",
    featured: bool = False,
    codebook: Codebook | None = None,
    suggestion: int | None = None,
) -> Coding:
    """Code a span of a turn (the whole turn unless ``quote`` or offsets are given).

    With ``suggestion``, the coding accepts that stored suggestion: the coder's decision
    on it is stored in the same transaction (undoing the coding opens it again to them).

    Raises:
        NotFoundError: when the transcript or turn does not exist.
        CodingError: when the code or span is not valid, or the same coding exists.
    """
    check_coder(coder, "coder")
    check_turn_number(turn)
    codebook = _codebook(project, codebook)
    unknown = unknown_code(codebook, code_id)
    if unknown:
        raise CodingParameterError("code_id", code_id, unknown, option="code")
    summary = project_api.get_transcript(project, transcript)
    with project.write() as conn:
        turns = {t.index: t for t in transcript_store.transcript_turns(conn, summary.id)}
        if turn not in turns:
            raise TurnNotFound("turn", turn, f"transcript {summary.id} has turns 1 to {len(turns)}")
        speaker = turns[turn].speaker
        # A suggestion on an interviewer's turn exists only when asked for with
        # 'suggest --interviewers': accepting it is a deliberate decision.
        if speaker.role is Role.INTERVIEWER and suggestion is None:
            raise CodingParameterError(
                "turn",
                turn,
                f"it is the interviewer's ({speaker.pseudonym}); code what the interviewees "
                "say, or correct the role with 'qualkod speakers set'",
            )
        span = resolve_span(turns[turn].text, quote=quote, start=start, end=end)
        if store.find_live_coding(conn, summary.id, turn, *span, code_id, coder):
            raise CodingError(f"{coder} has already coded this span of turn {turn} as {code_id}")
        overlapping = store.overlapping_codings(conn, summary.id, turn, *span, code_id, coder)
        if overlapping:
            raise CodingError(
                f"{coder} has coded words of this span of turn {turn} as {code_id} already "
                f"(coding {overlapping[0]}); to code a longer or shorter passage, remove that "
                f"one first ('qualkod code remove {overlapping[0]}')"
            )
        current = codebook_store.current_codebook(conn)
        coding_id = store.insert_coding(
            conn,
            {
                "transcript_id": summary.id,
                "turn_idx": turn,
                "span_start": span[0],
                "span_end": span[1],
                "code_id": code_id,
                "coder": coder,
                "created_at": store.now(),
                "memo": memo,
                "featured": featured,
                "codebook_row": current.row_id if current else None,
                "deleted": False,
            },
        )
        coding = store.get_coding(conn, coding_id)
        store.add_event(
            conn, coder, "create", coding_id=coding_id, after=store.coding_state(coding)
        )
        if suggestion is not None:
            decide_open_suggestion(
                conn, suggestion, "accepted", coder, coding_id, transcript_id=summary.id
            )
    return coding


def decide_open_suggestion(
    conn,
    suggestion_id: int,
    status: str,
    coder: str,
    coding_id: int | None = None,
    *,
    transcript_id: int,
) -> None:
    """Store the coder's acceptance or rejection of a suggestion inside the caller's
    transaction, or roll it back with a one-line error when the coder decided it in the
    meantime (in another window), a new ``suggest`` run replaced it or its transcript
    was removed. Other coders' decisions on it do not matter: each coder decides every
    suggestion for themselves."""
    if suggestion_store.decide_suggestion(conn, suggestion_id, status, coder, coding_id):
        return
    now = suggestion_store.get_suggestion(conn, suggestion_id, coder)
    if now is None and transcript_store.find_transcript(conn, str(transcript_id)):
        raise CodingError(
            f"suggestion {suggestion_id} was replaced by a new 'qualkod suggest' run a moment "
            "ago; nothing was saved; list the open suggestions with 'qualkod suggestions'"
        )
    if now is None:
        raise CodingError(
            f"suggestion {suggestion_id} was removed with its transcript a moment ago; "
            "nothing was saved"
        )
    by = f" by {shown_coder(conn, coder)}" if now.decided_by else ""
    raise CodingError(
        f"suggestion {suggestion_id} was {now.status}{by} a moment ago; nothing was saved; "
        "see it with 'qualkod suggestions --status all'"
    )


def live_coding(conn, coding_id: int) -> Coding:
    """A coding not removed, or a one-line error naming who removed it and when."""
    coding = store.get_coding(conn, coding_id)
    if coding is None:
        raise NotFoundError(f"coding {coding_id}: no such coding; list them with 'qualkod codings'")
    if coding.deleted:
        last = store.list_events(conn, coding_id=coding_id)[-1:]
        who = f" by {shown_coder(conn, last[0].coder)} at {last[0].at}" if last else ""
        raise CodingError(
            f"coding {coding_id}: already removed{who}; list the live ones with 'qualkod codings'"
        )
    return coding


def _change_coding(
    project: Project, coding_id: int, coder: str, action: str, others: bool, **values
) -> Coding:
    """Change a live coding's columns and log the change with before and after."""
    check_coder(coder, "coder")
    with project.write() as conn:
        before = live_coding(conn, coding_id)
        if not others and before.coder != coder:
            theirs = shown_coder(conn, before.coder)
            raise CodingError(
                f"coding {coding_id} is {theirs}'s, not {coder}'s: changing it changes "
                f"{theirs}'s results and the agreement; add --force to do it anyway",
                in_python=OTHERS,
            )
        store.update_coding(conn, coding_id, **values)
        after = store.get_coding(conn, coding_id)
        store.add_event(
            conn,
            coder,
            action,
            coding_id=coding_id,
            before=store.coding_state(before),
            after=store.coding_state(after),
        )
    return after


def remove_coding(project: Project, coding_id: int, coder: str, *, others: bool = False) -> Coding:
    """Mark a coding deleted (it stays in the audit trail). Only the coding's own coder
    may (:class:`CodingError` otherwise) unless ``others`` (``--force``) is set: another
    coder's coding is their result and part of the agreement."""
    return _change_coding(project, coding_id, coder, "delete", others, deleted=True)


def feature_coding(
    project: Project, coding_id: int, coder: str, featured: bool = True, *, others: bool = False
) -> Coding:
    """Mark (or unmark) a coding's quote for the chapter (``others`` as in
    :func:`remove_coding`)."""
    action = "feature" if featured else "unfeature"
    return _change_coding(project, coding_id, coder, action, others, featured=featured)


def codings(
    project: Project, *, coder: str | None = None, transcript: str | int | None = None
) -> list[Coding]:
    """Live codings, optionally of one coder or transcript."""
    transcript_id = (
        project_api.get_transcript(project, transcript).id if transcript is not None else None
    )
    with project.read() as conn:
        return store.list_codings(conn, coder=coder, transcript_id=transcript_id)
