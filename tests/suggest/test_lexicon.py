"""The lexicon matcher: lemmas, compounds, fillers, patterns, negation."""

from __future__ import annotations

import pytest

from qualkod.codebook import load_codebook
from qualkod.nlp import get_nlp
from qualkod.suggest.lexicon import LexiconMatcher
from tests.conftest import REPO


@pytest.fixture(scope="module")
def match():
    nlp = get_nlp()
    matcher = LexiconMatcher(
        load_codebook(REPO / "codebooks" / "samsjuklighet.yaml"),
        nlp.get_pipe("qualkod_lemmatizer").lemma,
    )

    def run(text):
        doc = matcher(nlp(text))
        return doc, [
            (m.entry.code_id, m.entry.text, [doc[i].text for i in m.evidence])
            for m in doc._.qualkod_matches
        ]

    return run


def test_inflected_forms_match_lemmas(match):
    _, found = match("Regionen backade undan.")
    assert ("bristande_ansvar", "backa undan|ur", ["backade", "undan"]) in found


def test_fillers_do_not_break_a_phrase(match):
    _, found = match("Regionen backar liksom eh undan.")
    assert any(text == "backa undan|ur" for _, text, _ in found)


def test_compounds_contain_lexicon_words(match):
    doc, found = match("Ansvarsförflyttningen och samverkansavtalet diskuterades.")
    codes = {(code, words[0]) for code, _, words in found}
    assert ("bristande_ansvar", "Ansvarsförflyttningen") in codes
    assert ("samverkan", "samverkansavtalet") in codes
    assert doc.spans["qualkod"]


def test_short_words_do_not_match_inside_others(match):
    _, found = match("Det var tidigt på morgonen.")
    assert found == []


def test_negated_patterns_need_a_negation(match):
    _, with_negation = match("De tar inte sitt ansvar.")
    _, without = match("De tar sitt ansvar.")
    assert any(text == "ta * ansvar|ansvaret" for _, text, _ in with_negation)
    assert not any(text == "ta * ansvar|ansvaret" for _, text, _ in without)


def test_a_batch_matches_each_doc_as_on_its_own():
    nlp = get_nlp()
    matcher = LexiconMatcher(
        load_codebook(REPO / "codebooks" / "samsjuklighet.yaml"),
        nlp.get_pipe("qualkod_lemmatizer").lemma,
    )
    texts = [
        "Han fick falla mellan",  # the phrase goes on in the next doc: no match across docs
        "stolarna, sa hon.",
        "",
        "Ingen tar ansvar för honom. Regionen backade undan.",
        "Vi träffas på SIP-möten och har ett samverkansavtal.",
    ]
    docs = list(nlp.pipe(texts))
    batch = matcher.matches(matcher.tokens(docs))
    alone = [matcher(nlp(text), with_spans=False)._.qualkod_matches for text in texts]
    assert batch == alone
    assert not any(m.entry.text == "falla mellan stolarna" for found in batch for m in found)
    assert any(m.entry.text == "ingen tar ansvar" for m in batch[3])


def test_a_longer_match_hides_a_word_of_the_same_code_only():
    nlp = get_nlp()
    matcher = LexiconMatcher(
        load_codebook(REPO / "tests" / "data" / "codebook" / "valid.yaml"),
        nlp.get_pipe("qualkod_lemmatizer").lemma,
    )
    found = matcher(nlp("De skjuter eh över ansvaret. Ansvar är svårt."))._.qualkod_matches
    assert [(m.entry.text, m.start, m.end) for m in found] == [
        ("skjuta * ansvar", 1, 5),  # the pattern, not also its last word "ansvar"
        ("ansvar", 6, 7),
    ]


def test_token_table_finds_forms_whose_slots_collide():
    import numpy

    from qualkod.suggest.tokens import TokenTable

    class TwoSlots(TokenTable):
        _SLOT_BITS = 1  # every form shares one of two slots with others

    vocab = get_nlp().vocab
    forms = ["ansvar", "regionen", ".", "samverkan", "eh", "kommunen", "SIP"]
    hashes = numpy.asarray([vocab.strings.add(f) for f in forms], dtype="uint64")
    table = TwoSlots(lambda form: (0, 0, form.lower(), form.lower()), frozenset({"."}))
    first = table.rows(hashes[:3], vocab)
    rows = table.rows(hashes[::-1], vocab)  # new forms added, known ones found again
    assert [table.forms[r] for r in first] == forms[:3]
    assert [table.forms[r] for r in rows] == forms[::-1]
    assert table.ends_sentence[rows].tolist() == [f == "." for f in forms[::-1]]
    assert table.length[rows].tolist() == [len(f) for f in forms[::-1]]
