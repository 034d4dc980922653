"""Embeddings kept in the project: each text embedded once, whatever happens between runs.

The embedder here is a stand-in that records what it is asked to embed (the real one
is slow and optional; tests/suggest/test_semantic.py uses it), so the expected counts
are the hand-written texts each step gives it.
"""

from __future__ import annotations

import hashlib

import numpy
import pytest

from qualkod.suggest import semantic
from qualkod.suggest.embedding_cache import ProjectVectors, embed_in_project

TEXTS = [
    "Vi ringde till boendet tre gånger utan att någon svarade.",
    "Handläggaren kom hem till honom eftersom han inte tar bussen.",
    "Vi har ett gemensamt möte med regionen varannan vecka.",
]


class CountingEmbedder:
    """Gives each text a fixed unit vector made from its characters; records every text."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.asked: list[str] = []
        self.fail_after = fail_after

    def query(self, texts):
        if self.fail_after is not None and len(self.asked) >= self.fail_after:
            raise KeyboardInterrupt
        self.asked += texts
        rows = []
        for text in texts:
            vector = numpy.zeros(semantic.DIMENSIONS, dtype="float32")
            for i, char in enumerate(text):
                vector[(i * 31 + ord(char)) % semantic.DIMENSIONS] += 1.0
            rows.append(vector / numpy.linalg.norm(vector))
        return numpy.stack(rows)


@pytest.fixture
def embedder(monkeypatch):
    fake = CountingEmbedder()
    monkeypatch.setattr(semantic, "_embedder", lambda: fake)
    monkeypatch.setattr(semantic, "_SEEN", {})  # nothing remembered from other tests
    return fake


def forget_in_process(monkeypatch):
    """As a new process: only the project remembers."""
    monkeypatch.setattr(semantic, "_SEEN", {})


def test_a_text_the_project_has_embedded_is_not_embedded_again(project, embedder, monkeypatch):
    first = embed_in_project(project, TEXTS[:2])
    assert embedder.asked == TEXTS[:2]
    forget_in_process(monkeypatch)
    again = embed_in_project(project, [TEXTS[1], TEXTS[2], TEXTS[0], TEXTS[2]])
    assert embedder.asked == TEXTS[:2] + [TEXTS[2]]  # only the new text, once
    assert numpy.array_equal(again[0], first[1]) and numpy.array_equal(again[2], first[0])
    assert numpy.array_equal(again[1], again[3])
    assert again.dtype == numpy.float32 and again.shape == (4, semantic.DIMENSIONS)


def test_without_the_project_every_new_process_embeds_again(project, embedder, monkeypatch):
    semantic.embed(TEXTS)
    forget_in_process(monkeypatch)
    semantic.embed(TEXTS)
    assert embedder.asked == TEXTS + TEXTS


def test_another_embedder_does_not_use_the_stored_vectors(project, embedder, monkeypatch):
    embed_in_project(project, TEXTS)
    forget_in_process(monkeypatch)
    monkeypatch.setattr(semantic, "EMBEDDER", "another embedder")
    embed_in_project(project, TEXTS)
    assert embedder.asked == TEXTS + TEXTS


def test_an_interrupted_run_keeps_the_vectors_it_had_saved(project, monkeypatch):
    texts = [f"Mening nummer {n} om hur dagen gick på enheten." for n in range(600)]
    saved = semantic.SAVE_EVERY  # texts embedded between two saves (256)
    failing = CountingEmbedder(fail_after=saved + semantic.BATCH)
    monkeypatch.setattr(semantic, "_embedder", lambda: failing)
    monkeypatch.setattr(semantic, "_SEEN", {})
    with pytest.raises(KeyboardInterrupt):
        embed_in_project(project, texts)
    digests = [semantic.text_digest(t) for t in texts]
    assert set(ProjectVectors(project).load(digests)) == set(digests[:saved])
    forget_in_process(monkeypatch)
    resumed = CountingEmbedder()
    monkeypatch.setattr(semantic, "_embedder", lambda: resumed)
    embed_in_project(project, texts)
    assert resumed.asked == texts[saved:]


def test_a_damaged_vector_is_made_again(project, embedder, monkeypatch):
    cache = ProjectVectors(project)
    cache.save({semantic.text_digest(TEXTS[0]): b"\x00" * 12})  # not 384 float32 values
    embed_in_project(project, TEXTS[:1])
    assert embedder.asked == TEXTS[:1]
    forget_in_process(monkeypatch)
    embed_in_project(project, TEXTS[:1])  # the new vector replaced the damaged one
    assert embedder.asked == TEXTS[:1]


def test_vectors_are_stored_under_the_text_digest_not_the_text(project, embedder):
    embed_in_project(project, TEXTS)
    with project.read() as conn:
        rows = conn.exec_driver_sql("SELECT embedder, text_sha256 FROM embeddings").all()
    assert {digest for _, digest in rows} == {
        # sha256 of the UTF-8 text, computed here with hashlib as a second method
        hashlib.sha256(t.encode("utf-8")).hexdigest()
        for t in TEXTS
    }
    assert not any(t in str(rows) for t in TEXTS)
