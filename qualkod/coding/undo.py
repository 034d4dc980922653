"""The audit log read back: undoing a coder's last decision, a coding's history.

Every decision is an event (:mod:`qualkod.store.codings`); :func:`undo` reverses the
coder's latest one not undone yet, in one transaction, and logs the undo itself.
"""

from __future__ import annotations

import json

from qualkod.coding.coder import shown_coder
from qualkod.coding.decisions import CodingError
from qualkod.coding.memo_changes import undo_memo_change
from qualkod.coding.recode import RECODE, undo_recoding
from qualkod.models import Event
from qualkod.store import Project
from qualkod.store import codings as store
from qualkod.store import links as link_store
from qualkod.store import redactions as redaction_store
from qualkod.store import suggestions as suggestion_store


def undo(project: Project, coder: str, *, past_removal: bool = False) -> tuple[Event, str]:
    """Reverse the coder's last decision that is not yet undone.

    A transcript's removal cannot be undone: when it is the coder's last decision, undo
    goes on to the decision before it only with ``past_removal`` (someone who removed an
    interview by mistake and types ``undo`` means the removal, not an older coding).

    Returns:
        The event reversed and a one-line description of what was done.

    Raises:
        CodingError: when the coder has nothing left to undo, or the last decision is a
            removal and ``past_removal`` is not set.
    """
    with project.write() as conn:
        event = store.last_undoable_event(conn, coder)
        removal = store.last_event(conn, coder)  # an undo past it since: told already
        if not past_removal and removal is not None and removal.action == store.REMOVE_TRANSCRIPT:
            before = (
                f"to undo the decision before it (event {event.id}, {event.action}), run "
                "'qualkod undo --past-removal'"
                if event is not None
                else "there is no decision before it to undo"
            )
            raise CodingError(
                f"your last decision removed a transcript (event {removal.id}), which undo "
                "cannot bring back (import its file again with 'qualkod import FILE --again'); "
                + before
            )
        if event is None:
            raise CodingError(f"{coder} has no decision left to undo")
        if event.action == RECODE:  # every coding moved by the same decision
            batch, what = undo_recoding(conn, event, coder)
            for item in batch:
                _refuse_undo_over_others(conn, item, coder)
            for item in batch:
                store.add_event(
                    conn,
                    coder,
                    "undo",
                    coding_id=item.coding_id,
                    before=item.after,
                    after=store.coding_state(store.get_coding(conn, item.coding_id)),
                    undoes=item.id,
                )
            return event, what
        _refuse_undo_over_others(conn, event, coder)
        if event.coding_id is not None:
            before = json.loads(event.before) if event.before else None
            current = store.get_coding(conn, event.coding_id)
            if event.action in ("create", "import"):
                store.update_coding(conn, event.coding_id, deleted=True)
                what = f"removed coding {event.coding_id} again"
            else:
                store.update_coding(
                    conn,
                    event.coding_id,
                    deleted=before["deleted"],
                    featured=before["featured"],
                    memo=before["memo"],
                )
                what = f"restored coding {event.coding_id} as it was before '{event.action}'"
            if event.action in ("create", "import"):
                accepted = suggestion_store.accepted_as(conn, event.coding_id)
                if accepted is not None:  # to this coder: the others' decisions stay
                    suggestion_store.reopen_suggestion(conn, accepted, coder)
                    what += f" and opened suggestion {accepted} again"
            after = store.coding_state(store.get_coding(conn, event.coding_id))
            store.add_event(
                conn,
                coder,
                "undo",
                coding_id=event.coding_id,
                before=store.coding_state(current),
                after=after,
                undoes=event.id,
            )
        elif event.memo_id is not None:  # written, moved or removed
            what = undo_memo_change(conn, event.action, event.memo_id, event.before)
            store.add_event(conn, coder, "undo", memo_id=event.memo_id, undoes=event.id)
        else:
            state = json.loads(event.after) if event.after else {}
            if event.action == "review" and "review" in state:
                store.update_review(conn, state["review"], deleted=True)
                what = f"turn {state['turn']} is undecided again"
            elif event.action.startswith("redact-") and "redaction" in state:
                redaction_store.withdraw(conn, state["redaction"])
                what = f"withdrew redaction decision {state['redaction']} ({state['decision']})"
            elif event.action in ("reject", "accept") and "suggestion" in state:
                # "accept": a suggestion taken as a coding that existed already
                suggestion_store.reopen_suggestion(conn, state["suggestion"], coder)
                what = f"opened suggestion {state['suggestion']} again"
            elif event.action in LINK_ACTIONS:
                what = _undo_link(conn, event)
            else:
                what = f"marked '{event.action}' as undone"
            store.add_event(conn, coder, "undo", undoes=event.id)
    return event, what


def _subject(event: Event) -> tuple[str, int] | None:
    """What a logged decision is about: ("coding", id) or ("link", id)."""
    if event.coding_id is not None:
        return "coding", event.coding_id
    if event.action in LINK_ACTIONS:
        for state in (event.after, event.before):
            found = json.loads(state).get("link") if state else None
            if found is not None:
                return "link", found
    return None


def _refuse_undo_over_others(conn, event: Event, coder: str) -> None:
    """Undo restores a coding or link as it was before ``event``: refuse it when another
    coder has changed that coding or link since, so as not to wipe out their decision."""
    subject = _subject(event)
    if subject is None:
        return
    since = store.list_events(conn, after_id=event.id)  # an undo comes after what it undoes
    undone = {e.undoes for e in since if e.undoes is not None}
    later = [
        e
        for e in since
        if e.coder != coder and e.action != "undo" and e.id not in undone and _subject(e) == subject
    ]
    if later:
        other = later[-1]
        what, number = subject
        raise CodingError(
            f"{what} {number}: {shown_coder(conn, other.coder)} changed it ('{other.action}') after your "
            f"'{event.action}'; nothing undone - ask them to undo theirs, or change the "
            f"{what} directly"
        )


LINK_ACTIONS = link_store.LINK_ACTIONS


def _undo_link(conn, event: Event) -> str:
    """Reverse a link decision inside :func:`undo`'s transaction."""
    old = json.loads(event.before) if event.before else {}
    new = json.loads(event.after) if event.after else {}
    if event.action == "link":
        link_store.update_link(conn, new["link"], deleted=True)
        if "replaces" in new:
            link_store.update_link(conn, new["replaces"], deleted=False)
        return f"removed link {new['link']} again"
    if event.action == "unlink":
        link_store.update_link(conn, old["link"], deleted=False)
        return f"restored link {old['link']}"
    if event.action == "reject-link":
        link_store.update_link(conn, new["link"], deleted=True)
        return f"withdrew the rejection of {new['concept']} for coding {new['coding']}"
    link_store.update_link(conn, old["link"], memo=old["memo"])  # link-memo
    return f"restored the memo of link {old['link']}"


def history(project: Project, coding_id: int | None = None) -> list[Event]:
    """The audit log, optionally of one coding: its own events and those of its links
    (and of a suggestion accepted as it)."""
    with project.read() as conn:
        if coding_id is None:
            return store.list_events(conn)
        return [e for e in store.list_events(conn) if event_coding(e) == coding_id]


def event_coding(event: Event) -> int | None:
    """The coding an event is about: its own column, or for a link's event (and a
    suggestion accepted as an existing coding) the coding named in its state."""
    if event.coding_id is not None:
        return event.coding_id
    if event.action not in (*LINK_ACTIONS, "accept"):
        return None
    for state in (event.after, event.before):
        found = json.loads(state).get("coding") if state else None
        if isinstance(found, int):
            return found
    return None
