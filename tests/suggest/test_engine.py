"""Scores, spans and the classifier."""

from __future__ import annotations

import pytest

from qualkod.codebook import load_codebook
from qualkod.suggest.classifier import ThemeClassifier, TrainingExample, train_classifier
from qualkod.suggest.engine import Suggester
from tests.conftest import REPO


@pytest.fixture(scope="module")
def suggester():
    return Suggester(load_codebook(REPO / "codebooks" / "samsjuklighet.yaml"))


def test_lexicon_only_suggestions_are_sentences_with_evidence(suggester):
    text = (
        "Hej och tack. Regionen backar liksom undan och säger att det inte är deras uppdrag. "
        "Vi har ingen bil."
    )
    [spans] = suggester.suggest([text])
    [span] = [s for s in spans if s.theme == "bristande_ansvar"]
    assert text[span.start : span.end].startswith("Regionen backar liksom undan")
    assert span.end <= text.index(" Vi har")
    assert span.code == "ansvar_skjuts_undan"
    assert "backar" in span.evidence and 0 <= span.score <= 1
    assert span.classifier_score is None
    assert suggester.suggest(["Hör ni mig nu? Ja, nu hör jag."]) == [[]]


def test_neighbouring_sentences_merge_into_one_span(suggester):
    text = "Vi slog ihop teamen. En och samma handläggare har hela ärendet. Sen åt vi lunch."
    [spans] = suggester.suggest([text])
    [span] = [s for s in spans if s.theme == "situationsanpassning"]
    assert (
        text[span.start : span.end]
        == "Vi slog ihop teamen. En och samma handläggare har hela ärendet."
    )


def test_classifier_learns_and_round_trips(suggester):
    texts = {
        "samverkan": ["Vi träffas varje vecka och planerar tillsammans.", "SIP-mötet gick bra."],
        "bristande_ansvar": ["De skickar tillbaka remissen.", "Ingen tar hand om honom."],
    }
    analyses = suggester.analyse([t for group in texts.values() for t in group] * 4)
    labels = [theme for theme, group in texts.items() for _ in group] * 4
    examples = [
        TrainingExample(a.features, {t: float(t == label) for t in suggester.themes})
        for a, label in zip(analyses, labels, strict=True)
    ]
    classifier = train_classifier(examples, suggester.themes)
    again = ThemeClassifier.from_bytes(classifier.to_bytes())
    assert again.version == classifier.version
    probe = suggester.analyse(["Vi träffas varje vecka."])
    [p] = again.predict([probe[0].features])
    assert p["samverkan"] > p["bristande_ansvar"]
    assert train_classifier(examples, suggester.themes).version == classifier.version


def test_codebook_examples_follow_the_codebook_they_are_asked_for(suggester):
    from dataclasses import replace

    from qualkod.suggest.evaluation import codebook_examples

    codebook = suggester.codebook
    first = codebook_examples(codebook, suggester)
    # Kept per process: asked again, the same examples (equal, not shared lists).
    again = codebook_examples(codebook, Suggester(codebook))
    assert again is not first and len(again) == len(first)
    assert all(
        (a.features == b.features).all() and a.labels == b.labels
        for a, b in zip(first, again, strict=True)
    )
    # A codebook that differs in its passages (same id, version and sha256 field) gets
    # its own examples, not the ones kept for the other.
    shorter = replace(codebook, passages=codebook.passages[:3])
    assert len(codebook_examples(shorter, Suggester(shorter))) == len(first) - (
        len(codebook.passages) - 3
    )
    # One that differs in a passage's words alone (as long, same labels) too: the key is
    # no repr, which shows a passage by its length only.
    passage = codebook.passages[0]
    reworded = replace(passage, text="x" * len(passage.text))
    other = replace(codebook, passages=(reworded, *codebook.passages[1:]))
    assert repr(other) == repr(codebook)  # the words are not in the repr ...
    renewed = codebook_examples(other, Suggester(other))
    changed = [
        n
        for n, (a, b) in enumerate(zip(renewed, first, strict=True))
        if a.features.shape != b.features.shape or not (a.features == b.features).all()
    ]
    assert len(changed) == 1  # ... yet they count: that passage's features are its own


def test_a_turn_the_classifier_alone_suggests_names_its_likeliest_subcode(suggester):
    """Without lexicon evidence the suggestion is the whole turn; its code is the theme's
    sub-code the classifier gives the highest probability, or the theme itself when the
    classifier knows no sub-codes (one trained by an earlier qualkod)."""
    text = "Vi åt lunch tillsammans i går och pratade om vädret."
    [analysis] = suggester.analyse([text])
    assert analysis.quotes == {}  # no lexicon evidence for any theme
    found = {
        "bristande_ansvar": 0.1,
        "samverkan": 0.1,
        "situationsanpassning": 0.9,
        "sammanhallna_team": 0.2,
        "over_granser": 0.3,
        "fall_till_fall": 0.7,
        "flexibla_arbetssatt": 0.6,
    }
    [[span]] = suggester.score([analysis], [found])
    assert (span.start, span.end, span.theme) == (0, len(text), "situationsanpassning")
    assert span.code == "fall_till_fall"
    themes_only = {k: v for k, v in found.items() if k in suggester.themes}
    [[span]] = suggester.score([analysis], [themes_only])
    assert span.code == "situationsanpassning"


def test_the_classifier_learns_subcodes_within_their_theme(suggester):
    assert suggester.subcodes["samverkan"] == (
        "samarbete",
        "samordning",
        "forutsattningar",
        "forhoppningar_och_oro",
    )
    assert suggester.labels[:3] == ["bristande_ansvar", "samverkan", "situationsanpassning"]
    assert len(suggester.labels) == 3 + 12


def test_a_quote_with_evidence_names_the_likeliest_subcode_the_evidence_breaking_near_ties(
    suggester,
):
    text = "Regionen backar liksom undan och säger att det inte är deras uppdrag."
    [analysis] = suggester.analyse([text])
    [quote] = analysis.quotes["bristande_ansvar"]
    assert quote.code == "ansvar_skjuts_undan"  # what the lexicon evidence names
    themes = {"bristande_ansvar": 0.8, "samverkan": 0.1, "situationsanpassning": 0.1}
    subcodes = {
        "ansvar_skjuts_undan": 0.30,
        "ansvar_pa_papperet": 0.05,
        "oro_for_kapacitet": 0.05,
    }

    def code_with(annans_uppgift: float) -> str:
        found = {**themes, **subcodes, "annans_uppgift": annans_uppgift}
        [span] = [
            s for s in suggester.score([analysis], [found])[0] if s.theme == "bristande_ansvar"
        ]
        assert span.evidence == quote.evidence  # the evidence shown stays the same
        return span.code

    # The classifier is sure of another sub-code: it is named.
    assert code_with(0.90) == "annans_uppgift"
    # Within the bonus of the evidence's sub-code: the evidence's is named.
    assert code_with(0.35) == "ansvar_skjuts_undan"
    # A classifier that knows no sub-codes (trained by an earlier qualkod): the evidence's.
    [[span]] = suggester.score([analysis], [themes])
    assert span.code == "ansvar_skjuts_undan"
