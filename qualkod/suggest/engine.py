"""Suggestions from text: lexicon evidence and classifier probability, one score per theme.

The decision is made per interviewee turn and theme, because that is how
investigators code; the suggested quote is then narrowed to sentences:

* the **lexicon score** is ``1 - exp(-W / 2)``, where ``W`` adds up the weights of the
  theme's lexicon matches in the turn (a lemma 1.0, a phrase or pattern 1.6, a
  negated pattern 2.0; sub-codes count for their theme): one word gives 0.39, two
  words 0.63, a phrase and a word 0.73;
* the **classifier score** is the trained classifier's probability for the theme. It
  sees the turn's lemmas and lemma bigrams and a feature for every lexicon match (so it
  learns how much each part of the lexicon is worth) (:mod:`qualkod.suggest.features`);
* the **combined score** is ``CLASSIFIER_WEIGHT * classifier + (1 - CLASSIFIER_WEIGHT)
  * lexicon`` when a classifier is trained, else the lexicon score. The weight is 1:
  the classifier already sees every lexicon match as a feature, and giving the lexicon
  score a share of 0.1 or 0.2 as well did not help in held-out folds. With the optional
  embedding classifier (:mod:`.semantic`), the classifier score is the mean of the two
  classifiers' probabilities.

When the combined score reaches the threshold, the sentences with lexicon evidence for
the theme are suggested, neighbouring sentences merged into one quote span; when the
classifier alone carried the decision, the whole turn is suggested. Every suggestion
lists its evidence words. Its code is the theme's sub-code the classifier finds
likeliest, where the sub-code the quote's lexicon evidence names gets a bonus of
``EVIDENCE_BONUS``; without a classifier trained on sub-codes, it is the sub-code with
the most lexicon evidence in the quote, or the theme itself. (In folds of whole voices
over the codebook's passages, where the theme was right and the coder gave a sub-code,
the evidence's own sub-code was right in 0.729 of quotes, the classifier's likeliest in
0.955 and with the bonus 0.959; ``python benchmarks/suggest.py subcodes`` measures it
on the independent second coding of the sample study.) The weight and the threshold were chosen
by cross-validation on the training material alone - the codebook's passages in folds
of whole voices, the sample study's interviews as folds - never on the interviews the
figures are reported on (``python benchmarks/suggest.py inner``).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from qualkod.models import Codebook
from qualkod.nlp.sentences import sentence_starts
from qualkod.suggest.classifier import ThemeClassifier
from qualkod.suggest.features import TurnFeatures
from qualkod.suggest.lexicon import MATCHER_NAME, WEIGHTS, LexiconMatcher
from qualkod.suggest.tokens import BatchTokens

SEMANTIC_METHOD = "e5"
"""Method name of suggestions the optional embedding classifier helped score."""

CLASSIFIER_WEIGHT = 1.0
DEFAULT_THRESHOLD = 0.45
LEXICON_SCALE = 2.0
EVIDENCE_BONUS = 0.1
"""What the sub-code a quote's lexicon evidence names adds to the classifier's
probability for it when the quote's sub-code is chosen (see :meth:`Suggester.score`)."""


def lexicon_score(weight: float) -> float:
    """The lexicon score of evidence of this total weight, in [0, 1)."""
    return 1 - math.exp(-weight / LEXICON_SCALE)


class Quote(NamedTuple):
    """Neighbouring sentences of a turn with lexicon evidence for one theme."""

    start: int
    """Code point where the first sentence starts."""
    end: int
    """Code point where the last sentence ends."""
    code: str
    """The sub-code with the most evidence in it, or the theme itself."""
    evidence: tuple[str, ...]
    """The evidence words, each once, in the order found."""


@dataclass
class TurnAnalysis:
    """What the pipeline found in one turn: evidence per theme and classifier features."""

    length: int
    """Length of the turn text."""
    weights: dict[str, float]
    """Theme id -> weight of its lexicon evidence in the whole turn."""
    quotes: dict[str, list[Quote]]
    """Theme id -> the quotes with lexicon evidence for it, in text order."""
    features: object
    """The turn as the classifier sees it: feature hashes (see :mod:`.features`)."""


def first_level_subcodes(codebook: Codebook) -> dict[str, str]:
    """Every code under a theme -> the sub-code directly under the theme it belongs to."""
    return {
        code.id: child.id
        for theme in codebook.themes
        for child in theme.codes
        for code in child.walk()
    }


class SpanSuggestion(NamedTuple):
    """A suggested quote span in a turn."""

    start: int
    end: int
    theme: str
    code: str
    score: float
    lexicon_score: float
    classifier_score: float | None
    evidence: tuple[str, ...]
    method: str


class Suggester:
    """Analyses turns and turns the analysis into scored suggestions."""

    def __init__(self, codebook: Codebook) -> None:
        from qualkod.nlp import get_nlp

        self.codebook = codebook
        self.nlp = get_nlp()
        self.matcher = LexiconMatcher(codebook, self.nlp.get_pipe("qualkod_lemmatizer").lemma)
        self.features = TurnFeatures(self.matcher)
        self.themes = [t.id for t in codebook.themes]
        self.subcodes = {t.id: tuple(child.id for child in t.codes) for t in codebook.themes}
        """Theme id -> its sub-codes (the first level under it)."""
        self.subcode_of = first_level_subcodes(codebook)
        """Every code under a theme -> the sub-code it is, or is under."""
        self.labels = self.themes + [c for theme in self.themes for c in self.subcodes[theme]]
        """What the classifier is trained to predict: the themes, and within each theme
        which of its sub-codes (to name one where the lexicon has no evidence)."""

    def analyse(self, turns: Sequence[str], batch_size: int = 256) -> list[TurnAnalysis]:
        """Sentences, lexicon evidence and classifier features of each turn."""
        from spacy.util import minibatch

        inputs = list(turns)
        # Only the tokenizer runs per doc: the token table lemmatises each distinct word
        # form once, with the lemmatiser's rules (see lexicon.py), and sentences are
        # split by the sentencizer's rule on the batch's token arrays (_sentences).
        docs = self.nlp.tokenizer.pipe(inputs, batch_size=64)
        found: list[TurnAnalysis] = []
        for batch in minibatch(zip(inputs, docs, strict=True), size=batch_size):
            found += self._analyse_batch([t for t, _ in batch], [d for _, d in batch])
        return found

    def _analyse_batch(self, inputs, docs) -> list[TurnAnalysis]:
        # Batch-wide arrays instead of Token and Span objects: this runs for every turn.
        tokens = self.matcher.tokens(docs)
        matches = self.matcher.matches(tokens)
        sentences = _sentences(tokens)
        turn_features = self.features.turns(tokens, matches)
        rows, forms = tokens.row.tolist(), self.matcher.table.forms
        offsets = tokens.offsets.tolist()
        found = []
        for number, turn in enumerate(inputs):
            offset = offsets[number]
            firsts, spans = sentences[number]
            weights: dict[str, float] = {}
            # theme -> runs of neighbouring sentences with evidence for it:
            # [first sentence, last sentence, sub-code weights, evidence words]
            runs: dict[str, list[list]] = {}
            for match in matches[number]:  # in token order, so sentences never go back
                entry = match.entry
                theme, weight = entry.theme_id, WEIGHTS[entry.kind]
                weights[theme] = weights.get(theme, 0.0) + weight
                sentence = bisect_right(firsts, match.start) - 1
                if sentence < 0:
                    continue
                theme_runs = runs.get(theme)
                if theme_runs is None:
                    theme_runs = runs[theme] = []
                if theme_runs and theme_runs[-1][1] >= sentence - 1:
                    run = theme_runs[-1]
                    run[1] = sentence
                else:
                    run = [sentence, sentence, {}, {}]
                    theme_runs.append(run)
                if entry.code_id != theme:
                    run[2][entry.code_id] = run[2].get(entry.code_id, 0.0) + weight
                for i in match.evidence:
                    run[3][forms[rows[offset + i]]] = None
            quotes = {
                theme: [
                    Quote(
                        spans[first][0],
                        spans[last][1],
                        _strongest(codes) if codes else theme,
                        tuple(words),
                    )
                    for first, last, codes, words in theme_runs
                ]
                for theme, theme_runs in runs.items()
            }
            found.append(TurnAnalysis(len(turn), weights, quotes, turn_features[number]))
        return found

    def classify(
        self, analyses: Sequence[TurnAnalysis], classifier: ThemeClassifier | None
    ) -> list[dict[str, float]] | None:
        """Classifier probabilities per turn, or None without a classifier; a label it
        was not fitted for (too few examples) has none."""
        if classifier is None:
            return None
        found = classifier.predict([a.features for a in analyses])
        fitted = classifier.fitted()
        if len(fitted) == len(classifier.labels):
            return found
        return [{k: v for k, v in p.items() if k in fitted} for p in found]

    def score(
        self,
        analyses: Sequence[TurnAnalysis],
        probabilities: Sequence[dict[str, float]] | None,
        threshold: float = DEFAULT_THRESHOLD,
        *,
        use_lexicon: bool = True,
        classifier_weight: float = CLASSIFIER_WEIGHT,
        semantic: Sequence[dict[str, float]] | None = None,
    ) -> list[list[SpanSuggestion]]:
        """Scored suggestions per turn, narrowed to sentences with evidence.

        Args:
            semantic: per turn, the probabilities of the optional embedding classifier
                (:mod:`.semantic`); the classifier score is then the mean of the two
                classifiers' probabilities.
        """
        if semantic is not None and probabilities is not None:
            probabilities = [
                {theme: (p.get(theme, 0.0) + s.get(theme, 0.0)) / 2 for theme in p}
                for p, s in zip(probabilities, semantic, strict=True)
            ]
        elif semantic is not None:
            probabilities = semantic
        method = "+".join(
            [MATCHER_NAME] * use_lexicon
            + ["classifier"] * (probabilities is not None)
            + [SEMANTIC_METHOD] * (semantic is not None)
        )
        results = []
        other = 1 - classifier_weight
        by_weight: dict[float, tuple[float, float]] = {0.0: (0.0, 0.0)}  # score, rounded
        for index, analysis in enumerate(analyses):
            spans: list[SpanSuggestion] = []
            weights = analysis.weights if use_lexicon else {}
            found = probabilities[index] if probabilities is not None else None
            for theme in self.themes:
                weight = weights.get(theme, 0.0)
                known = by_weight.get(weight)
                if known is None:  # few distinct weights: sums of a few entry weights
                    value = lexicon_score(weight)
                    known = by_weight[weight] = (value, round(value, 4))
                lexicon, lexicon_rounded = known
                if found is None or theme not in found:  # no classifier for it: lexicon
                    classifier, combined = None, lexicon
                else:
                    classifier = found[theme]
                    combined = (
                        classifier_weight * classifier + other * lexicon
                        if use_lexicon
                        else classifier
                    )
                if combined >= threshold:
                    scores = (
                        round(combined, 4),
                        lexicon_rounded,
                        None if classifier is None else round(classifier, 4),
                    )
                    quotes = analysis.quotes.get(theme)
                    if quotes is None:  # the classifier alone decided: the whole turn
                        code = self._subcode(theme, theme, found)
                        spans.append(
                            SpanSuggestion(0, analysis.length, theme, code, *scores, (), method)
                        )
                    else:
                        spans += [
                            SpanSuggestion(
                                q.start,
                                q.end,
                                theme,
                                self._subcode(theme, q.code, found),
                                *scores,
                                q.evidence,
                                method,
                            )
                            for q in quotes
                        ]
            if len(spans) > 1:
                spans.sort(key=_span_order)
            results.append(spans)
        return results

    def _subcode(self, theme: str, evidence: str, found: dict[str, float] | None) -> str:
        """The code of a suggestion: the theme's sub-code the classifier finds likeliest,
        the one the quote's lexicon evidence names (``evidence``; the theme itself
        without evidence) counting :data:`EVIDENCE_BONUS` more; ``evidence`` where that
        is the sub-code chosen (it may lie deeper), or where there is no classifier
        trained on sub-codes."""
        subcodes = self.subcodes[theme]
        if found is None or not any(code in found for code in subcodes):
            return evidence
        named = self.subcode_of.get(evidence)
        best = max(
            subcodes, key=lambda code: found.get(code, 0.0) + EVIDENCE_BONUS * (code == named)
        )
        return evidence if best == named else best

    def suggest(
        self,
        turns: Sequence[str],
        classifier: ThemeClassifier | None = None,
        threshold: float = DEFAULT_THRESHOLD,
    ) -> list[list[SpanSuggestion]]:
        """Analyse, classify and score in one go."""
        analyses = self.analyse(turns)
        return self.score(analyses, self.classify(analyses, classifier), threshold)


def _strongest(codes: dict[str, float]) -> str:
    """The code of most weight; of equals, the first in alphabetical order."""
    if len(codes) == 1:
        return next(iter(codes))
    return max(sorted(codes), key=codes.__getitem__)


def _span_order(span: SpanSuggestion) -> tuple[int, str]:
    return span.start, span.theme


def _sentences(tokens: BatchTokens) -> list[tuple[list[int], list[tuple[int, int]]]]:
    """Per doc: the first token of each sentence and its (start, end) in the text.

    Sentences are split as the pipeline's sentencizer splits them; sentences of nothing
    but whitespace are left out.
    """
    import numpy

    offsets = tokens.offsets
    first = sentence_starts(offsets, tokens.ends_sentence, tokens.is_punct)
    starts = numpy.flatnonzero(first)
    if not len(starts):
        return [([], []) for _ in range(len(offsets) - 1)]
    lasts = numpy.append(starts[1:], len(first)) - 1
    begin = tokens.idx[starts]
    end = tokens.idx[lasts] + tokens.length[lasts]
    spoken = numpy.add.reduceat(~tokens.is_space, starts) > 0
    bounds = numpy.searchsorted(starts, offsets).tolist()
    starts, begin, end, spoken = starts.tolist(), begin.tolist(), end.tolist(), spoken.tolist()
    found = []
    for doc in range(len(offsets) - 1):
        offset = int(offsets[doc])
        firsts, spans = [], []
        for i in range(bounds[doc], bounds[doc + 1]):
            if spoken[i]:
                firsts.append(starts[i] - offset)
                spans.append((begin[i], end[i]))
        found.append((firsts, spans))
    return found
