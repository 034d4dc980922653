"""Quote-to-concept links (table ``links``)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, insert, select, update

from qualkod.models import Link
from qualkod.store import codings as coding_rows
from qualkod.store.schema import codings, links

LINK_ACTIONS = ("link", "unlink", "reject-link", "link-memo")
"""Audit-log actions of quote-to-concept links (:mod:`qualkod.coding.links`)."""


def _link(row) -> Link:
    return Link(
        row.id, row.coding_id, row.concept_id, row.coder, row.created_at, row.memo, row.status
    )


def insert_link(conn: Connection, values: dict) -> int:
    """Store a link (or a rejected proposal) and return its id."""
    return conn.execute(insert(links).values(**values)).inserted_primary_key[0]


def get_link(conn: Connection, link_id: int, *, deleted: bool = False) -> Link | None:
    """A link by id (a deleted one only with ``deleted``), or None."""
    query = select(links).where(links.c.id == link_id)
    if not deleted:
        query = query.where(links.c.deleted.is_(False))
    row = conn.execute(query).first()
    return _link(row) if row else None


def list_links(
    conn: Connection, *, status: str | None = "linked", coding_id: int | None = None
) -> list[Link]:
    """Live links (of one status, or all) whose coding is live, in id order."""
    query = (
        select(links)
        .join(codings, codings.c.id == links.c.coding_id)
        .where(links.c.deleted.is_(False), codings.c.deleted.is_(False))
        .order_by(links.c.id)
    )
    if status is not None:
        query = query.where(links.c.status == status)
    if coding_id is not None:
        query = query.where(links.c.coding_id == coding_id)
    return [_link(row) for row in conn.execute(query)]


def find_link(conn: Connection, coding_id: int, concept_id: str) -> Link | None:
    """The live link or rejection of this coding and concept, if any."""
    row = conn.execute(
        select(links).where(
            links.c.coding_id == coding_id,
            links.c.concept_id == concept_id,
            links.c.deleted.is_(False),
        )
    ).first()
    return _link(row) if row else None


def update_link(conn: Connection, link_id: int, **values) -> None:
    conn.execute(update(links).where(links.c.id == link_id).values(**values))


def link_state(link: Link) -> str:
    """A link as the audit log records it (JSON)."""
    return json.dumps(
        {
            "link": link.id,
            "coding": link.coding_id,
            "concept": link.concept_id,
            "status": link.status,
            "memo": link.memo,
        },
        ensure_ascii=False,
    )


def write_memo(conn: Connection, link: Link, memo: str, coder: str) -> Link:
    """Replace a link's memo and log it (action ``link-memo``, undoable)."""
    update_link(conn, link.id, memo=memo)
    after = get_link(conn, link.id)
    coding_rows.add_event(
        conn, coder, "link-memo", before=link_state(link), after=link_state(after)
    )
    return after


def link_coding(
    conn: Connection,
    coding_id: int,
    concept_id: str,
    coder: str,
    *,
    memo: str = "",
    created_at: str | None = None,
) -> Link:
    """Store a live link and log it (action ``link``); a rejection of the same proposal is
    replaced, and undoing the link brings the rejection back. The caller checks that the
    coding is live and not linked to the concept yet."""
    existing = find_link(conn, coding_id, concept_id)
    if existing is not None:  # a rejected proposal, now accepted after all
        update_link(conn, existing.id, deleted=True)
    link_id = insert_link(
        conn,
        {
            "coding_id": coding_id,
            "concept_id": concept_id,
            "memo": memo,
            "coder": coder,
            "created_at": created_at or coding_rows.now(),
            "status": "linked",
            "deleted": False,
        },
    )
    link = get_link(conn, link_id)
    state = json.loads(link_state(link))
    if existing is not None:
        state["replaces"] = existing.id
    coding_rows.add_event(
        conn,
        coder,
        "link",
        before=link_state(existing) if existing is not None else None,
        after=json.dumps(state, ensure_ascii=False),
    )
    return link
