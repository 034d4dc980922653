"""A project as the place where sentence embeddings are kept between runs.

Embedding is the slow part of ``train --semantic`` and of ``suggest`` with an embedding
classifier (tens of texts per second). With the vectors in the project, the codebook's
passages are embedded by the first training only, and later trainings (the coding
session's included) and suggestions embed only the turns and passages that are new.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from qualkod.errors import QualkodError
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import embeddings as store
from qualkod.suggest import semantic


class ProjectVectors:
    """A :class:`~qualkod.suggest.semantic.VectorCache` in the project's database."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.embedder = semantic.embedder_key()
        with project.read() as conn:
            self.since = coding_store.last_event_id(conn)

    def load(self, digests: Collection[str]) -> dict[str, bytes]:
        with self.project.read() as conn:
            return store.stored_vectors(conn, self.embedder, digests)

    def save(self, vectors: Mapping[str, bytes]) -> None:
        """Keep the vectors, unless a transcript was removed since this run began: its
        texts may be among them, and removal deleted its vectors for good."""
        with self.project.write() as conn:
            if coding_store.removed_since(conn, self.since):
                raise QualkodError(
                    "a transcript was removed while its texts were being embedded; nothing "
                    "more stored: run the command again"
                )
            store.store_vectors(conn, self.embedder, vectors)


def embed_in_project(project: Project, texts, progress=None):
    """:func:`qualkod.suggest.semantic.embed`, keeping the vectors in ``project``."""
    return semantic.embed(texts, progress, ProjectVectors(project))
