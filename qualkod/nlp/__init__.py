"""The Swedish spaCy pipeline, built once per process. Knows nothing of the database."""

from qualkod.nlp.sentences import sentence_spans

__all__ = ["sentence_spans"]
