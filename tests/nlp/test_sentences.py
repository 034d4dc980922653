"""Sentence starts on token arrays agree with spaCy's sentencizer."""

from __future__ import annotations

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IS_PUNCT, ORTH

from qualkod.nlp import get_nlp
from qualkod.nlp.sentences import sentence_end_chars, sentence_starts

PIECES = ["Hej", "vi", "ansvar", "SIP-möte", ".", "?", "!", "...", "”", "(", ")", ",", "–", "…"]
SPACES = [" ", "  ", "\n", "\n\n", ""]


def _starts_by_rule(docs):
    ends = sentence_end_chars()
    arrays = [doc.to_array([ORTH, IS_PUNCT]).reshape(-1, 2) for doc in docs]
    offsets = numpy.zeros(len(docs) + 1, dtype="int64")
    numpy.cumsum([len(doc) for doc in docs], out=offsets[1:])
    table = numpy.concatenate(arrays) if arrays else numpy.zeros((0, 2), dtype="uint64")
    strings = get_nlp().vocab.strings
    ending = numpy.asarray([strings[int(h)] in ends for h in table[:, 0]], dtype=bool)
    return sentence_starts(offsets, ending, table[:, 1].astype(bool)).tolist()


def _starts_by_sentencizer(docs):
    return [bool(token.is_sent_start) for doc in docs for token in doc]


texts = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(SPACES)).map("".join), max_size=12
).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4))
def test_the_rule_on_a_batch_gives_the_sentencizers_starts(batch):
    nlp = get_nlp()
    with nlp.select_pipes(enable=["sentencizer"]):
        docs = list(nlp.pipe(batch))
    assert _starts_by_rule(docs) == _starts_by_sentencizer(docs)


def test_sentence_ends_are_the_pipelines():
    assert "." in sentence_end_chars() and "?" in sentence_end_chars()
    assert sentence_end_chars() == frozenset(get_nlp().get_pipe("sentencizer").punct_chars)
