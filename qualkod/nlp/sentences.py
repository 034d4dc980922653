"""Sentence boundaries in Swedish turn text, as code-point offsets."""

from __future__ import annotations


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; offsets are code points into ``text``."""
    if not text.strip():
        return []
    from qualkod.nlp.pipeline import get_nlp

    nlp = get_nlp()
    with nlp.select_pipes(enable=["sentencizer"]):
        doc = nlp(text)
    return [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
