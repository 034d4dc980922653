"""A trainable theme classifier: spaCy ``textcat_multilabel`` on lemmatised text.

The classifier sees a sentence as its lemmas, with compound parts added, so that
``tog``/``tar`` and ``handlingsplanen``/``handlingsplan`` are one feature and what it
learns carries over to new wordings. The architecture is spaCy's bag-of-words text
classifier over unigrams and bigrams (``spacy.TextCatBOW.v3``): it trains in seconds
on a few hundred sentences on a CPU, and its model is small enough to store in the
project database.

Training examples come from three places (see :mod:`qualkod.suggest.service`): the
codebook's positive and negative example passages (partial labels: only the theme
they are an example of), the sentences of interviewee turns in transcripts a coder has
coded (full labels: the themes coded there, and 0 for the others), and rejected
suggestions (0 for the theme suggested).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass

CLASSIFIER_NAME = "qualkod.theme_classifier.v1"
_CONFIG = {
    "threshold": 0.5,
    "model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": False,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 262144,
    },
}


@dataclass(frozen=True)
class TrainingExample:
    """A text and what is known of its themes (missing themes are unknown)."""

    text: str
    labels: dict[str, float]


def lemma_text(keys) -> str:
    """The words the classifier sees: lemmas, plus compound parts.

    Args:
        keys: (lemma, lexicon key) per token, None for punctuation, as
            :meth:`qualkod.suggest.lexicon.LexiconMatcher.token_keys` gives them.
    """
    words = []
    for item in keys:
        if item is None:
            continue
        lemma, key = item
        words.append(lemma)
        if key != lemma and not key.startswith("_"):
            words.append(key)
    return " ".join(words)


class ThemeClassifier:
    """Predicts a probability per theme for a lemmatised sentence."""

    def __init__(self, nlp, labels: Sequence[str], version: str) -> None:
        self.nlp = nlp
        self.labels = tuple(labels)
        self.version = version

    def predict(self, texts: Sequence[str], batch_size: int = 256) -> list[dict[str, float]]:
        """Theme probabilities for lemmatised texts (see :func:`lemma_text`)."""
        docs = (_doc(self.nlp, text) for text in texts)
        return [dict(doc.cats) for doc in self.nlp.pipe(docs, batch_size=batch_size)]

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


def _doc(nlp, text: str):
    # The text is lemmas separated by spaces (lemma_text): split, not tokenised again.
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=text.split())


def _blank(labels: Sequence[str]):
    import spacy

    nlp = spacy.blank("xx")  # the input is already lemmatised: no language rules needed
    textcat = nlp.add_pipe("textcat_multilabel", config=_CONFIG)
    for label in labels:
        textcat.add_label(label)
    return nlp


def training_version(examples: Sequence[TrainingExample], labels: Sequence[str]) -> str:
    """A short hash of the training data and settings: the model's version."""
    digest = hashlib.sha256()
    digest.update(json.dumps([CLASSIFIER_NAME, list(labels), _CONFIG]).encode())
    for example in examples:
        digest.update(json.dumps([example.text, sorted(example.labels.items())]).encode())
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
    train = [Example.from_dict(_doc(nlp, e.text), {"cats": dict(e.labels)}) for e in examples]
    optimizer = nlp.initialize(lambda: train)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(train)
        for batch in minibatch(train, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return ThemeClassifier(nlp, labels, training_version(examples, labels))
