"""Redaction decisions: items confirmed or ignored, study-specific terms added."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, insert, select, update

from qualkod.record_reprs import coder_name, repr_without_text
from qualkod.store.codings import now
from qualkod.store.schema import redactions

CONFIRMED = "confirmed"
IGNORED = "ignored"
ADDED = "added"


@dataclass(frozen=True)
class RedactionDecision:
    """One live decision about one item."""

    id: int
    """Row id (named in the audit log)."""
    key: str = field(repr=False)  # key and text are what is redacted
    """The item's key, ``person:lena berg``."""
    category: str
    """The item's category."""
    text: str = field(repr=False)
    """The item as written (for a term: the term)."""
    replacement: str | None
    """A term's replacement token."""
    decision: str
    """``confirmed``, ``ignored`` or ``added``."""
    coder: str = coder_name()  # a repr hides it: a login may be a person's name
    """Who decided."""
    decided_at: str
    """When (UTC)."""

    __repr__ = repr_without_text


def _decision(row) -> RedactionDecision:
    return RedactionDecision(
        row.id,
        row.item_key,
        row.category,
        row.text,
        row.replacement,
        row.decision,
        row.coder,
        row.decided_at,
    )


def live_decisions(conn: Connection) -> list[RedactionDecision]:
    """Every decision in force (one per item at most), oldest first."""
    rows = conn.execute(
        select(redactions).where(redactions.c.deleted.is_(False)).order_by(redactions.c.id)
    )
    return [_decision(row) for row in rows]


def decide(
    conn: Connection,
    key: str,
    category: str,
    text: str,
    decision: str,
    coder: str,
    replacement: str | None = None,
) -> int:
    """Record a decision about an item; the live one about it is replaced (see the schema).

    Returns:
        The new row's id.
    """
    row_id = conn.execute(
        insert(redactions).values(
            item_key=key,
            category=category,
            text=text,
            replacement=replacement,
            decision=decision,
            coder=coder,
            decided_at=now(),
            deleted=False,
            replaced_by=None,
        )
    ).inserted_primary_key[0]
    conn.execute(
        update(redactions)
        .where(
            redactions.c.item_key == key,
            redactions.c.deleted.is_(False),
            redactions.c.id != row_id,
        )
        .values(deleted=True, replaced_by=row_id)
    )
    return row_id


def withdraw(conn: Connection, row_id: int) -> None:
    """Undo a decision: it goes, and the decisions it replaced are in force again."""
    conn.execute(
        update(redactions).where(redactions.c.id == row_id).values(deleted=True, replaced_by=None)
    )
    conn.execute(
        update(redactions)
        .where(redactions.c.replaced_by == row_id)
        .values(deleted=False, replaced_by=None)
    )
