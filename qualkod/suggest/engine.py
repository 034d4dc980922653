"""Suggestions from text: lexicon evidence and classifier probability, one score per theme.

The decision is made per interviewee turn and theme, because that is how
investigators code; the suggested quote is then narrowed to sentences:

* the **lexicon score** is ``1 - exp(-W / 2)``, where ``W`` adds up the weights of the
  theme's lexicon matches in the turn (a lemma 1.0, a phrase or pattern 1.6, a
  negated pattern 2.0; sub-codes count for their theme): one word gives 0.39, two
  words 0.63, a phrase and a word 0.73;
* the **classifier score** is the trained classifier's probability for the theme. It
  sees the turn's lemmas, a feature for every lexicon match (so it learns how much
  each part of the lexicon is worth) and the lemmas of the interviewer's preceding
  question, marked as question words (interview guides announce topics; the question
  is only split into words and lemmatised, not run through the whole pipeline);
* the **combined score** is ``CLASSIFIER_WEIGHT * classifier + (1 - CLASSIFIER_WEIGHT)
  * lexicon`` when a classifier is trained, else the lexicon score.

When the combined score reaches the threshold, the sentences with lexicon evidence for
the theme are suggested, neighbouring sentences merged into one quote span; when the
classifier alone carried the decision, the whole turn is suggested. The code of a
span is the sub-code with the most lexicon evidence in it, or the theme itself, and
every suggestion lists its evidence words. The weights and the threshold were chosen
by cross-validation on the sample study (``benchmarks/suggest_quality.py``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from qualkod.models import Codebook
from qualkod.suggest.classifier import ThemeClassifier, lemma_text
from qualkod.suggest.lexicon import MATCHER_NAME, LexiconMatcher

CLASSIFIER_WEIGHT = 0.9
DEFAULT_THRESHOLD = 0.45
LEXICON_SCALE = 2.0
QUESTION_MARK = "q"
LEXICON_MARK = "lexkod"
_WORD = re.compile(r"\w+")


class ThemeEvidence:
    """Lexicon evidence for one theme in a sentence or a turn."""

    __slots__ = ("weight", "codes", "_words")

    def __init__(self) -> None:
        self.weight = 0.0
        self.codes: dict[str, float] = {}
        """Code id -> weight of its matches."""
        self._words: dict[str, None] = {}

    def add(self, code: str, weight: float, words: Sequence[str]) -> None:
        self.weight += weight
        self.codes[code] = self.codes.get(code, 0.0) + weight
        self._words.update(dict.fromkeys(words))

    @property
    def words(self) -> list[str]:
        """The evidence words, each once, in the order found."""
        return list(self._words)

    @property
    def score(self) -> float:
        return 1 - math.exp(-self.weight / LEXICON_SCALE)


@dataclass
class SentenceAnalysis:
    """What the pipeline found in one sentence of a turn."""

    start: int
    """First code point of the sentence in the turn text."""
    end: int
    """One past its last code point."""
    evidence: dict[str, ThemeEvidence]
    """Theme id -> lexicon evidence in this sentence."""


@dataclass
class TurnAnalysis:
    """What the pipeline found in one turn: sentences, evidence, classifier features."""

    length: int
    """Length of the turn text."""
    sentences: list[SentenceAnalysis]
    """Its sentences."""
    evidence: dict[str, ThemeEvidence]
    """Theme id -> lexicon evidence in the whole turn."""
    features: str
    """The turn as the classifier sees it."""


@dataclass(frozen=True)
class TurnInput:
    """A turn to analyse, with the interviewer's preceding question as context."""

    text: str
    question: str = ""


@dataclass(frozen=True)
class SpanSuggestion:
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
        self.themes = [t.id for t in codebook.themes]

    def analyse(self, turns: Sequence[TurnInput | str], batch_size: int = 64) -> list[TurnAnalysis]:
        """Sentences, lexicon evidence and classifier features of each turn."""
        inputs = [t if isinstance(t, TurnInput) else TurnInput(t) for t in turns]
        asked = {
            question: " ".join(
                f"{QUESTION_MARK}{word}"
                for word in lemma_text(self.matcher.keys_of(_WORD.findall(question))).split()
            )
            for question in {t.question for t in inputs if t.question}
        }
        docs = self.nlp.pipe((t.text for t in inputs), batch_size=batch_size)
        return [
            self._analyse_doc(
                self.matcher(doc, with_spans=False), turn.text, asked.get(turn.question, "")
            )
            for turn, doc in zip(inputs, docs, strict=True)
        ]

    def _analyse_doc(self, doc, text: str, question: str) -> TurnAnalysis:
        # Attribute arrays instead of Token and Span objects: this runs for every turn.
        from bisect import bisect_right

        import numpy
        from spacy.attrs import IDX, LENGTH, SENT_START

        from qualkod.nlp.lemmatizer import FORMS_KEY

        array = doc.to_array([IDX, LENGTH, SENT_START])
        first = numpy.flatnonzero(array[:, 2] == 1)
        if not len(first) or first[0] != 0:
            first = numpy.concatenate(([0], first))
        last = numpy.append(first[1:], len(array)) - 1
        spans = zip(
            first.tolist(),
            array[first, 0].tolist(),
            (array[last, 0] + array[last, 1]).tolist(),
            strict=True,
        )
        sentences: list[SentenceAnalysis] = []
        first_tokens: list[int] = []
        for token, start_char, end_char in spans:
            if text[start_char:end_char].strip():
                sentences.append(SentenceAnalysis(start_char, end_char, {}))
                first_tokens.append(token)
        total: dict[str, ThemeEvidence] = {}
        matches = doc._.qualkod_matches
        forms = doc.user_data[FORMS_KEY]
        for match in matches:
            number = bisect_right(first_tokens, match.start) - 1
            words = [forms[i] for i in match.evidence]
            targets = (sentences[number].evidence, total) if number >= 0 else (total,)
            theme, code, weight = match.entry.theme_id, match.entry.code_id, match.weight
            for target in targets:
                found = target.get(theme)
                if found is None:
                    found = target[theme] = ThemeEvidence()
                found.add(code, weight, words)
        lexical = " ".join(f"{LEXICON_MARK}{m.entry.code_id.replace('_', '')}" for m in matches)
        lemmas = lemma_text(doc._.qualkod_keys)
        features = " ".join(part for part in (lemmas, lexical, question) if part)
        return TurnAnalysis(len(text), sentences, total, features)

    def classify(
        self, analyses: Sequence[TurnAnalysis], classifier: ThemeClassifier | None
    ) -> list[dict[str, float]] | None:
        """Classifier probabilities per turn, or None without a classifier."""
        if classifier is None:
            return None
        return classifier.predict([a.features for a in analyses])

    def score(
        self,
        analyses: Sequence[TurnAnalysis],
        probabilities: Sequence[dict[str, float]] | None,
        threshold: float = DEFAULT_THRESHOLD,
        *,
        use_lexicon: bool = True,
        classifier_weight: float = CLASSIFIER_WEIGHT,
    ) -> list[list[SpanSuggestion]]:
        """Scored suggestions per turn, narrowed to sentences with evidence."""
        method = "+".join(
            [MATCHER_NAME] * use_lexicon + ["classifier"] * (probabilities is not None)
        )
        results = []
        for index, analysis in enumerate(analyses):
            spans: list[SpanSuggestion] = []
            for theme in self.themes:
                evidence = analysis.evidence.get(theme)
                lexicon = evidence.score if (evidence and use_lexicon) else 0.0
                classifier = probabilities[index].get(theme, 0.0) if probabilities else None
                if classifier is None:
                    combined = lexicon
                elif not use_lexicon:
                    combined = classifier
                else:
                    combined = classifier_weight * classifier + (1 - classifier_weight) * lexicon
                if combined >= threshold:
                    spans += self._spans(analysis, theme, combined, lexicon, classifier, method)
            spans.sort(key=lambda s: (s.start, s.theme))
            results.append(spans)
        return results

    def _spans(self, analysis, theme, score, lexicon, classifier, method) -> list[SpanSuggestion]:
        runs: list[list[SentenceAnalysis]] = []
        previous = -2
        for number, sentence in enumerate(analysis.sentences):
            if theme in sentence.evidence:
                if number == previous + 1:
                    runs[-1].append(sentence)
                else:
                    runs.append([sentence])
                previous = number
        if not runs:  # the classifier alone decided: suggest the whole turn
            return [
                SpanSuggestion(
                    0,
                    analysis.length,
                    theme,
                    theme,
                    round(score, 4),
                    round(lexicon, 4),
                    _round(classifier),
                    (),
                    method,
                )
            ]
        spans = []
        for run in runs:
            codes: dict[str, float] = {}
            words: list[str] = []
            for sentence in run:
                item = sentence.evidence[theme]
                for code, weight in item.codes.items():
                    if code != theme:
                        codes[code] = codes.get(code, 0.0) + weight
                words += [w for w in item.words if w not in words]
            code = max(sorted(codes), key=lambda c: codes[c]) if codes else theme
            spans.append(
                SpanSuggestion(
                    run[0].start,
                    run[-1].end,
                    theme,
                    code,
                    round(score, 4),
                    round(lexicon, 4),
                    _round(classifier),
                    tuple(words),
                    method,
                )
            )
        return spans

    def suggest(
        self,
        turns: Sequence[TurnInput | str],
        classifier: ThemeClassifier | None = None,
        threshold: float = DEFAULT_THRESHOLD,
    ) -> list[list[SpanSuggestion]]:
        """Analyse, classify and score in one go."""
        analyses = self.analyse(turns)
        return self.score(analyses, self.classify(analyses, classifier), threshold)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
