"""The Swedish lemmatiser and pipeline."""

from __future__ import annotations

import pytest

from qualkod.nlp import get_nlp, sentence_spans


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("tog", "ta"),
        ("backar", "backa"),
        ("handlingsplanen", "handlingsplan"),
        ("ansvarsområden", "ansvarsområde"),
        ("Regionen", "region"),
        ("ansvar", "ansvar"),
        ("samverkansavtal", "samverkansavtal"),
        ("fick", "få"),
        ("läkarbristen", "läkarbrist"),
    ],
)
def test_lemmas(form, lemma):
    assert get_nlp().get_pipe("qualkod_lemmatizer").lemma(form) == lemma


def test_pipeline_is_built_once_and_sets_lemmas_and_sentences():
    nlp = get_nlp()
    assert nlp is get_nlp()
    assert nlp.pipe_names == ["sentencizer", "qualkod_lemmatizer"]
    doc = nlp("Regionen tog inget ansvar. Vi fick bära det.")
    assert [t.lemma_ for t in doc][:3] == ["region", "ta", "ingen"]
    assert len(list(doc.sents)) == 2


def test_sentence_spans_are_offsets_into_the_text():
    text = "Hej. Hur mår du? Bra [skratt]."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Hej.", "Hur mår du?", "Bra [skratt]."]
    assert sentence_spans("   ") == []
