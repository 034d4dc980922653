"""Quote-to-concept links (table ``links``)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, insert, select, update

from qualkod.models import Link
from qualkod.store.codings import add_event
from qualkod.store.schema import codings, links


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
    add_event(conn, coder, "link-memo", before=link_state(link), after=link_state(after))
    return after
