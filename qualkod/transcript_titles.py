"""Transcripts' titles: given by hand (``import --title``, ``transcripts title``) or
generic (``Intervju 3``, ``Fokusgrupp 1``), numbered by qualkod in import order; a title
given by hand can be turned back into the generic one (``transcripts title --generic``).

File names and Teams meeting titles often name the interviewee, so a transcript is
never titled after them; outputs show a given title redacted.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from qualkod.errors import NotFoundError, ParameterError
from qualkod.ingest import normalise
from qualkod.models import Role, TranscriptSummary
from qualkod.store import speakers as speaker_store
from qualkod.store import transcripts as transcript_store


def check_title_is_free(title: str, titled: Sequence[TranscriptSummary]) -> None:
    """Titles tell the interviews apart in every output and command: one per transcript."""
    same = [t.id for t in titled if t.title.casefold() == title.casefold()]
    if same:
        raise ParameterError(
            "title",
            title,
            f"transcript {same[0]} already has this title; choose another",
            quoted=True,
        )


def give_title(conn: Connection, transcript_id: int, title: str) -> list[tuple[str, str]]:
    """Give a stored transcript a title of its own, checked as ``import --title`` checks
    one and not of the form qualkod numbers itself, then number the generic titles again
    (the one it had leaves no gap).

    Returns:
        (old, new) for every title that changed.

    Raises:
        ParameterError: naming ``title`` when it is empty, digits alone (read as an id),
            of the form qualkod numbers itself (``Intervju 3``) or another transcript's.
    """
    given = given_title(title)
    if given is None:
        raise ParameterError("title", None, "must not be empty")
    check_title_form(given)
    titled = transcript_store.list_transcripts(conn)
    old = next((t.title for t in titled if t.id == transcript_id), None)
    if old is None:  # removed meanwhile by another coder
        raise NotFoundError(f"transcript {transcript_id} is no longer in the project")
    if given == old:
        return []
    check_title_is_free(given, [t for t in titled if t.id != transcript_id])
    transcript_store.set_title(conn, transcript_id, given)
    return [(old, given), *renumber_generic_titles(conn)]


def give_generic_title(conn: Connection, transcript_id: int) -> list[tuple[str, str]]:
    """Give a transcript its generic title back (``Intervju n``, or ``Fokusgrupp n`` for
    two interviewees or more, as import titles it), numbered in import order among its
    kind, as a fresh import of the same files would number it.

    Returns:
        (old, new) for every title that changed, the transcript's own first; nothing
        when its title is generic already.
    """
    before = transcript_store.list_transcripts(conn)
    old = next((t.title for t in before if t.id == transcript_id), None)
    if old is None:  # removed meanwhile by another coder
        raise NotFoundError(f"transcript {transcript_id} is no longer in the project")
    if is_generic_title(old):
        return []
    roles = {s.id: s.role for s in speaker_store.list_speakers(conn)}
    kind = _GENERIC[_interviewees(conn, transcript_id, roles) >= 2]
    # numbered below, in import order among its kind (as retitle_by_roles does)
    transcript_store.set_title(conn, transcript_id, f"{kind} {10**9 + transcript_id}")
    renumber_generic_titles(conn)
    after = {t.id: t.title for t in transcript_store.list_transcripts(conn)}
    changed = [(t.title, after[t.id]) for t in before if after[t.id] != t.title]
    return sorted(changed, key=lambda change: change[0] != old)


def _interviewees(conn: Connection, transcript_id: int, roles: dict[int, Role]) -> int:
    """How many of the transcript's speakers are interviewees."""
    speaking = {t.speaker.id for t in transcript_store.transcript_turns(conn, transcript_id)}
    return sum(roles.get(i) is Role.INTERVIEWEE for i in speaking)


def check_title_form(title: str) -> None:
    """Refuse a given title (``import --title``, ``transcripts title``, study.yaml's
    ``title:``) that commands would read as an id (digits alone) or that is of the form
    qualkod numbers itself (``Intervju 3``, ``Fokusgrupp 1``, in any case).

    Raises:
        ParameterError: naming ``title``.
    """
    if title.isdigit():  # 'qualkod show 7' means transcript id 7
        raise ParameterError(
            "title",
            title,
            "a title of digits alone would be read as a transcript id; "
            f"add a word, such as 'Samtal {title}'",
            quoted=True,
        )
    if is_generic_title(title):
        raise ParameterError(
            "title",
            title,
            "qualkod numbers titles of this form itself (Intervju n, Fokusgrupp n); "
            "choose another, such as 'Samtal om boendet'",
            quoted=True,
        )


def given_title(title: str | None) -> str | None:
    """A ``--title`` as stored: NFC, whitespace collapsed; None (the generic title) when
    it is empty or only spaces."""
    if title is None:
        return None
    return normalise(title) or None


_GENERIC = {False: "Intervju", True: "Fokusgrupp"}


def renumber_generic_titles(conn) -> list[tuple[str, str]]:
    """Number ``Intervju n`` and ``Fokusgrupp n`` titles 1, 2, 3 ... again in import order,
    after a transcript was removed (a gap would tell that an interview was removed).

    Returns:
        (old, new) for every title that changed.
    """
    changes = []
    found = transcript_store.list_transcripts(conn)
    for kind in _GENERIC.values():
        generic = [t for t in found if _is_generic(t.title, kind)]
        for number, summary in enumerate(generic, start=1):
            new = f"{kind} {number}"
            if summary.title.casefold() != new.casefold():
                transcript_store.set_title(conn, summary.id, new)
                changes.append((summary.title, new))
    return changes


def retitle_by_roles(conn) -> list[tuple[str, str]]:
    """After a role changed: give each generic title the kind its speakers' roles say now
    (``Fokusgrupp`` for two interviewees or more, else ``Intervju``) and number the
    titles again in import order, so that a one-to-one interview is not cited as a focus
    group.

    Returns:
        (old, new) for every title that changed.
    """
    roles = {s.id: s.role for s in speaker_store.list_speakers(conn)}
    before = transcript_store.list_transcripts(conn)
    for summary in before:
        kind = next((k for k in _GENERIC.values() if _is_generic(summary.title, k)), None)
        if kind is None:
            continue
        wanted = _GENERIC[_interviewees(conn, summary.id, roles) >= 2]
        if wanted != kind:  # numbered below, in import order among its kind
            transcript_store.set_title(conn, summary.id, f"{wanted} {10**9 + summary.id}")
    renumber_generic_titles(conn)
    after = {t.id: t.title for t in transcript_store.list_transcripts(conn)}
    return [(t.title, after[t.id]) for t in before if after[t.id] != t.title]


def generic_title(existing: Sequence[str], interviewees: int) -> str:
    """``Intervju 3`` or ``Fokusgrupp 1`` (two or more interviewees): the next free number.

    File names and meeting titles often name the interviewee, so a transcript without a
    given ``--title`` is never titled after them.
    """
    kind = _GENERIC[interviewees >= 2]
    taken = [int(t.rpartition(" ")[2]) for t in existing if _is_generic(t, kind)]
    return f"{kind} {max(taken, default=0) + 1}"


def is_generic_title(title: str) -> bool:
    """Whether ``title`` is a generic one (``Intervju 3``, ``Fokusgrupp 1``) qualkod gave."""
    return any(_is_generic(title, kind) for kind in _GENERIC.values())


def _is_generic(title: str, kind: str) -> bool:
    """Whether ``title`` is ``kind n`` in any case (``intervju 2`` given as a --title is
    the generic title's name: titles are matched without case)."""
    head, _, number = title.rpartition(" ")
    return head.casefold() == kind.casefold() and number.isdecimal() and number.isascii()
