"""A project as the place where sentence embeddings are kept between runs.

Embedding is the slow part of ``train --semantic`` and of ``suggest`` with an embedding
classifier (tens of texts per second). With the vectors in the project, the codebook's
passages are embedded by the first training only, and later trainings (the coding
session's included) and suggestions embed only the turns and passages that are new.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from qualkod.store import Project
from qualkod.store import embeddings as store
from qualkod.suggest import semantic


class ProjectVectors:
    """A :class:`~qualkod.suggest.semantic.VectorCache` in the project's database."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.embedder = semantic.embedder_key()

    def load(self, digests: Collection[str]) -> dict[str, bytes]:
        with self.project.read() as conn:
            return store.stored_vectors(conn, self.embedder, digests)

    def save(self, vectors: Mapping[str, bytes]) -> None:
        with self.project.write() as conn:
            store.store_vectors(conn, self.embedder, vectors)


def embed_in_project(project: Project, texts, progress=None):
    """:func:`qualkod.suggest.semantic.embed`, keeping the vectors in ``project``."""
    return semantic.embed(texts, progress, ProjectVectors(project))
