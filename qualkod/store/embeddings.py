"""Sentence embeddings kept in the project, so that each text is embedded once."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sqlalchemy import Connection, delete, insert, select

from qualkod.store.schema import embeddings

CHUNK = 500
"""Digests per query (well below any database's limit on bound parameters)."""


def stored_vectors(conn: Connection, embedder: str, digests: Collection[str]) -> dict[str, bytes]:
    """The stored vectors of these texts (by sha256) for one embedder; others are absent."""
    wanted = sorted(set(digests))
    found: dict[str, bytes] = {}
    for offset in range(0, len(wanted), CHUNK):
        rows = conn.execute(
            select(embeddings.c.text_sha256, embeddings.c.vector).where(
                embeddings.c.embedder == embedder,
                embeddings.c.text_sha256.in_(wanted[offset : offset + CHUNK]),
            )
        )
        found.update((digest, bytes(vector)) for digest, vector in rows)
    return found


def store_vectors(conn: Connection, embedder: str, vectors: Mapping[str, bytes]) -> int:
    """Keep vectors not stored yet (a text another process embedded meanwhile is kept
    once), replacing a stored one of another length (damaged); returns how many were
    written."""
    stored = stored_vectors(conn, embedder, vectors)
    new = {d: v for d, v in vectors.items() if len(stored.get(d, b"")) != len(v)}
    damaged = [d for d in new if d in stored]
    for offset in range(0, len(damaged), CHUNK):
        conn.execute(
            delete(embeddings).where(
                embeddings.c.embedder == embedder,
                embeddings.c.text_sha256.in_(damaged[offset : offset + CHUNK]),
            )
        )
    if new:
        conn.execute(
            insert(embeddings),
            [{"embedder": embedder, "text_sha256": d, "vector": v} for d, v in new.items()],
        )
    return len(new)
