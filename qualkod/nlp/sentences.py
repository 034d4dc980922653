"""Sentence boundaries in Swedish turn text, as code-point offsets."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _sentencizer():
    import spacy

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; offsets are code points into ``text``."""
    if not text.strip():
        return []
    doc = _sentencizer()(text)
    return [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
