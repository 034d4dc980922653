"""A trainable theme classifier: spaCy ``textcat_multilabel`` over a turn's features.

The component is spaCy's multi-label text classifier with a bag-of-features model
(``qualkod.TurnFeaturesBOW.v1``): the feature hashes of :mod:`qualkod.suggest.features`
(lemmas, lemma bigrams, compound parts, lexicon matches) go into a
hashed sparse linear layer (thinc's ``SparseLinear``) and a logistic output per theme -
the same model as spaCy's ``TextCatBOW``, which hashes a doc's word n-grams instead.
The features are worked out with the lexicon, for a whole batch at once, and reach the
component in ``doc.user_data`` of one-token docs; so the component is trained with
``nlp.update`` and stored with ``nlp.to_bytes`` like any spaCy pipeline. It trains in
seconds on a few hundred turns on a CPU, and its model is small enough to store in the
project database.

Training examples come from three places (see :mod:`qualkod.suggest.service`): the
codebook's positive and negative example passages (partial labels: only the theme
they are an example of), the interviewee turns of transcripts a coder has coded (full
labels: the themes coded there, and 0 for the others), and rejected suggestions (0 for
the theme suggested).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass

CLASSIFIER_NAME = "qualkod.theme_classifier.v2"
ARCHITECTURE = "qualkod.TurnFeaturesBOW.v1"
FEATURES_KEY = "qualkod_features"
"""``doc.user_data`` key of the feature hashes the classifier reads."""
_CONFIG = {
    "threshold": 0.5,
    "model": {"@architectures": ARCHITECTURE, "length": 262144},
}


@dataclass(frozen=True)
class TrainingExample:
    """A turn's features and what is known of its themes (missing themes are unknown)."""

    features: object
    """Feature hashes (a uint64 array, see :mod:`qualkod.suggest.features`)."""
    labels: dict[str, float]


class ThemeClassifier:
    """Predicts a probability per theme for a lemmatised sentence."""

    def __init__(self, nlp, labels: Sequence[str], version: str) -> None:
        self.nlp = nlp
        self.labels = tuple(labels)
        self.version = version

    def predict(self, features: Sequence, batch_size: int = 4096) -> list[dict[str, float]]:
        """Theme probabilities for each turn's features.

        The component's model minus its first layer, fed the features directly: the
        same computation as ``textcat.predict`` without a carrier doc per turn.
        """
        labels = self.nlp.get_pipe("textcat_multilabel").labels
        scorer = self.nlp.get_pipe("textcat_multilabel").model.get_ref("scorer")
        found: list[dict[str, float]] = []
        for offset in range(0, len(features), batch_size):
            scores = scorer.predict(_sparse_input(features[offset : offset + batch_size]))
            found += [dict(zip(labels, row, strict=True)) for row in scores.tolist()]
        return found

    def to_bytes(self) -> bytes:
        """Serialise the model (for storage in the project)."""
        header = json.dumps({"labels": self.labels, "version": self.version}).encode()
        return len(header).to_bytes(4, "big") + header + self.nlp.to_bytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> ThemeClassifier:
        """Rebuild a model stored with :meth:`to_bytes`."""
        size = int.from_bytes(data[:4], "big")
        header = json.loads(data[4 : 4 + size])
        nlp = _blank(header["labels"])
        nlp.from_bytes(data[4 + size :])
        return cls(nlp, header["labels"], header["version"])


def _doc(nlp, features):
    # A one-token doc carrying the features: spaCy's text classifier skips empty docs.
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["·"])
    doc.user_data[FEATURES_KEY] = features
    return doc


def _blank(labels: Sequence[str]):
    import spacy

    _register()
    nlp = spacy.blank("xx")  # the input is feature hashes: no language rules needed
    textcat = nlp.add_pipe("textcat_multilabel", config=_CONFIG)
    for label in labels:
        textcat.add_label(label)
    return nlp


def _register() -> None:
    from spacy.util import registry

    if ARCHITECTURE not in registry.architectures:
        registry.architectures.register(ARCHITECTURE, func=_build_model)


def _build_model(length: int = 262144, nO: int | None = None):
    """``qualkod.TurnFeaturesBOW.v1``: features -> hashed sparse linear -> logistic."""
    from thinc.api import Logistic, Model, SparseLinear_v2, chain

    sparse = SparseLinear_v2(nO=nO, length=2 ** (length - 1).bit_length())
    scorer = chain(sparse, Logistic())
    model = chain(Model("qualkod_turn_features", _features_forward), scorer)
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse)
    model.set_ref("scorer", scorer)
    model.attrs["multi_label"] = True
    return model


def _features_forward(model, docs, is_train: bool):
    return _sparse_input([doc.user_data[FEATURES_KEY] for doc in docs]), lambda d_output: []


def _sparse_input(arrays):
    # What SparseLinear takes: all keys, their values (1 per occurrence, so a repeated
    # feature counts more), and how many keys each turn has.
    import numpy

    lengths = numpy.asarray([len(a) for a in arrays], dtype="int32")
    keys = numpy.concatenate(arrays) if len(arrays) else numpy.zeros(0, dtype="uint64")
    values = numpy.ones(len(keys), dtype="float32")
    return keys.astype("uint64", copy=False), values, lengths


def training_version(examples: Sequence[TrainingExample], labels: Sequence[str]) -> str:
    """A short hash of the training data and settings: the model's version."""
    digest = hashlib.sha256()
    digest.update(json.dumps([CLASSIFIER_NAME, list(labels), _CONFIG]).encode())
    for example in examples:
        digest.update(example.features.tobytes())
        digest.update(json.dumps(sorted(example.labels.items())).encode())
    return digest.hexdigest()[:12]


def train_classifier(
    examples: Sequence[TrainingExample],
    labels: Sequence[str],
    *,
    epochs: int = 12,
    seed: int = 0,
) -> ThemeClassifier:
    """Fit the classifier on lemmatised examples; deterministic for a given seed.

    Raises:
        ValueError: when there are no examples.
    """
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    if not examples:
        raise ValueError("no training examples")
    fix_random_seed(seed)
    nlp = _blank(labels)
    train = []
    for example in examples:
        train.append(Example.from_dict(_doc(nlp, example.features), {"cats": dict(example.labels)}))
        # initialize() samples the reference docs: they carry the features too
        train[-1].reference.user_data[FEATURES_KEY] = example.features
    optimizer = nlp.initialize(lambda: train)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(train)
        for batch in minibatch(train, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return ThemeClassifier(nlp, labels, training_version(examples, labels))
