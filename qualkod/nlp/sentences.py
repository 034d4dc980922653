"""Sentence boundaries in Swedish turn text, as code-point offsets.

Sentences are split by spaCy's rule-based ``Sentencizer`` (the ``sentencizer`` in
:func:`qualkod.nlp.get_nlp`). :func:`sentence_starts` applies the same rule to the
token arrays of a whole batch of docs at once, for the suggestion engine, which would
otherwise spend as long in the sentencizer's per-token loop as in the tokenizer.
"""

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


def sentence_end_chars() -> frozenset[str]:
    """The token texts that end a sentence, as the pipeline's sentencizer has them."""
    from qualkod.nlp.pipeline import get_nlp

    return frozenset(get_nlp().get_pipe("sentencizer").punct_chars)


def sentence_starts(offsets, ends_sentence, is_punct):
    """Where sentences start in a batch of docs, by the ``Sentencizer``'s rule.

    The rule: a doc's first token starts a sentence, and so does every token that is
    neither punctuation nor a sentence end when a sentence end (``.``, ``?``, ``!`` ...)
    stands between it and the previous such token of the same doc.

    Args:
        offsets: numpy int array, the first token of each doc and the total at the end
            (the docs' tokens one after the other).
        ends_sentence: bool array per token, its text is in :func:`sentence_end_chars`.
        is_punct: bool array per token, spaCy's ``IS_PUNCT``.

    Returns:
        A bool array per token, True where a sentence starts.
    """
    import numpy

    starts = numpy.zeros(len(ends_sentence), dtype=bool)
    if not len(starts):
        return starts
    firsts = offsets[:-1][offsets[:-1] < offsets[1:]]  # first token of each non-empty doc
    starts[firsts] = True
    words = numpy.flatnonzero(~(ends_sentence | is_punct))
    if not len(words):
        return starts
    doc_first = offsets[numpy.searchsorted(offsets, words, side="right") - 1]
    previous = numpy.empty_like(words)
    previous[0] = -1
    previous[1:] = words[:-1]
    previous = numpy.maximum(previous, doc_first - 1)  # nothing before the doc counts
    # ends[k] = number of sentence ends among tokens 0..k-1
    ends = numpy.zeros(len(starts) + 1, dtype="int64")
    numpy.cumsum(ends_sentence, out=ends[1:])
    starts[words[ends[words] - ends[previous + 1] > 0]] = True
    return starts
