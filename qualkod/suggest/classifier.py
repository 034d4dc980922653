"""A trainable theme classifier: one L2-regularised logistic regression per theme.

A turn is the set of its feature hashes (:mod:`qualkod.suggest.features`: lemmas, lemma
bigrams, compound parts, lexicon matches), each counted once. For each theme,
scikit-learn's ``LogisticRegression`` is fitted on the examples whose label for it is
known, with **balanced class weights** (a theme is shown in a minority of turns: without
them the classifier learns to say no) and L2 strength ``C``. Both were chosen by
cross-validation on the training material alone, folds of whole voices and interviews
(``python benchmarks/suggest.py inner``; eval-dev plays no part). The solver is
Newton-CG: it minimises the same objective as scikit-learn's default (L-BFGS) in less
than half the time on these sparse features, with the same held-out and eval-dev
figures (benchmarks/RESULTS.md). The fitted model is stored as the weights of the
features it has seen, and predicting needs numpy only.

The same model is fitted on sub-codes too: a label per sub-code, known only for the
examples that carry its theme with a sub-code (which of the theme's sub-codes they
carry), so that a turn the classifier suggests without lexicon evidence can be given the
likeliest sub-code (:class:`qualkod.suggest.engine.Suggester`).

Training examples come from three places (see :mod:`qualkod.suggest.service`): the
codebook's positive and negative examples (partial labels: only the theme they are an
example of), its passages and the interviewee turns of transcripts a coder has coded
(full labels: the themes coded there, and 0 for the others), and rejected suggestions
(0 for the theme suggested).
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

CLASSIFIER_NAME = "qualkod.theme_classifier.v3"
C = 1.0
"""Inverse L2 strength (``benchmarks/suggest.py inner``: 0.1, 0.3 and 1.0 were within
0.005 of each other in held-out micro-F1; 1.0 was highest)."""
SOLVER = "newton-cg"
_SETTINGS = {"C": C, "class_weight": "balanced", "features": "set", "solver": SOLVER}
_UNFITTED = -30.0
"""Intercept of a label not fitted (too few examples of a kind, :data:`MIN_PER_SIDE`)."""
MIN_PER_SIDE = 5
"""Examples of each kind (showing a label, not showing it) a label needs to be fitted:
fitted on one negative example, a theme came out likely on every turn. A label not
fitted gives no probability, and its suggestions rest on the lexicon alone."""


@dataclass(frozen=True)
class TrainingExample:
    """A turn's features and what is known of its themes (missing themes are unknown)."""

    features: object
    """Feature hashes (a uint64 array, see :mod:`qualkod.suggest.features`)."""
    labels: dict[str, float]


class ThemeClassifier:
    """Predicts a probability per theme from a turn's feature hashes."""

    def __init__(self, labels: Sequence[str], keys, weights, intercepts, version: str) -> None:
        self.labels = tuple(labels)
        self.keys = keys
        """The feature hashes seen in training, sorted (uint64)."""
        self.weights = weights
        """A row per key, a column per label (float64)."""
        self.intercepts = intercepts
        self.version = version

    def fitted(self) -> frozenset[str]:
        """The labels the classifier was fitted for (:data:`MIN_PER_SIDE`)."""
        return frozenset(
            label for label, b in zip(self.labels, self.intercepts, strict=True) if b != _UNFITTED
        )

    def predict(self, features: Sequence) -> list[dict[str, float]]:
        """Theme probabilities for each turn's features."""
        import numpy

        if not len(features):
            return []
        lengths = [len(f) for f in features]
        flat = numpy.concatenate([numpy.asarray(f, dtype="uint64") for f in features])
        turn = numpy.repeat(numpy.arange(len(features)), lengths)
        # each feature once per turn: sort by (turn, feature), keep the first of equals
        order = numpy.lexsort((flat, turn))
        flat, turn = flat[order], turn[order]
        first = numpy.ones(len(flat), dtype=bool)
        first[1:] = (flat[1:] != flat[:-1]) | (turn[1:] != turn[:-1])
        flat, turn = flat[first], turn[first]
        where = numpy.searchsorted(self.keys, flat)
        where[where == len(self.keys)] = 0
        known = self.keys[where] == flat if len(self.keys) else numpy.zeros(len(flat), bool)
        rows, turn = self.weights[where[known]], turn[known]
        sums = numpy.column_stack(
            [
                numpy.bincount(turn, weights=rows[:, label], minlength=len(features))
                for label in range(len(self.labels))
            ]
        )
        scores = 1 / (1 + numpy.exp(-(sums + self.intercepts)))
        return [dict(zip(self.labels, row, strict=True)) for row in scores.tolist()]

    def to_bytes(self) -> bytes:
        """Serialise the model (for storage in the project)."""
        import numpy

        header = json.dumps(
            {"labels": self.labels, "version": self.version, "settings": _SETTINGS}
        ).encode()
        arrays = io.BytesIO()
        numpy.savez(arrays, keys=self.keys, weights=self.weights, intercepts=self.intercepts)
        return len(header).to_bytes(4, "big") + header + arrays.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ThemeClassifier:
        """Rebuild a model stored with :meth:`to_bytes`.

        Raises:
            ValueError: when the data is not such a model.
        """
        import numpy

        size = int.from_bytes(data[:4], "big")
        try:
            header = json.loads(data[4 : 4 + size])
            arrays = numpy.load(io.BytesIO(data[4 + size :]), allow_pickle=False)
            keys, weights, intercepts = arrays["keys"], arrays["weights"], arrays["intercepts"]
        except (json.JSONDecodeError, UnicodeDecodeError, OSError, KeyError) as error:
            raise ValueError(f"not a stored theme classifier ({error})") from None
        return cls(header["labels"], keys, weights, intercepts, header["version"])


def training_version(examples: Sequence[TrainingExample], labels: Sequence[str]) -> str:
    """A short hash of the training data and settings: the model's version."""
    digest = hashlib.sha256()
    digest.update(json.dumps([CLASSIFIER_NAME, list(labels), _SETTINGS]).encode())
    for example in examples:
        digest.update(example.features.tobytes())
        digest.update(json.dumps(sorted(example.labels.items())).encode())
    return digest.hexdigest()[:12]


def train_classifier(
    examples: Sequence[TrainingExample], labels: Sequence[str], *, seed: int = 0, c: float = C
) -> ThemeClassifier:
    """Fit the classifier; the same examples give the same model (``seed`` is kept for
    callers that vary it: the solver is deterministic).

    Raises:
        ValueError: when there are no examples.
    """
    import numpy
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    if not examples:
        raise ValueError("no training examples")
    unique = [numpy.unique(numpy.asarray(e.features, dtype="uint64")) for e in examples]
    keys = numpy.unique(numpy.concatenate(unique)) if unique else numpy.zeros(0, "uint64")
    columns = numpy.concatenate([numpy.searchsorted(keys, u) for u in unique])
    pointers = numpy.concatenate([[0], numpy.cumsum([len(u) for u in unique])])
    matrix = csr_matrix(
        (numpy.ones(len(columns)), columns, pointers), shape=(len(examples), len(keys))
    )
    weights = numpy.zeros((len(keys), len(labels)))
    intercepts = numpy.full(len(labels), _UNFITTED)
    for column, label in enumerate(labels):
        rows = [i for i, e in enumerate(examples) if label in e.labels]
        target = [int(examples[i].labels[label] >= 0.5) for i in rows]
        if min(target.count(0), target.count(1)) < MIN_PER_SIDE:
            continue
        model = LogisticRegression(
            C=c, class_weight="balanced", solver=SOLVER, max_iter=5000, random_state=seed
        ).fit(matrix[rows], target)
        weights[:, column] = model.coef_[0]
        intercepts[column] = model.intercept_[0]
    version = training_version(examples, labels) + ("" if c == C else f"-C{c}")
    return ThemeClassifier(labels, keys, weights, intercepts, version)
