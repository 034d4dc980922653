"""Measuring suggestions against a coder's codings, with K-fold cross-validation.

Evaluation is at turn level: a theme is predicted for an interviewee turn when any
suggestion for it lies in the turn, and it is gold when the coder coded the theme
anywhere in the turn. Interviews are split into K folds (a fold is whole interviews,
so the classifier never sees an interview's topics or voice in training and
test); for each fold the classifier is trained on the codebook's examples and the
other folds' turns only. The lexicon does not learn and needs no folds. The threshold
is a fixed default, not chosen on the test folds. :func:`train_and_test` measures on
other interviews altogether (``benchmarks/suggest.py dev``).

Where the coder coded sub-codes, the reports also say how often the suggested sub-code
is right when the theme is: of the turns where a theme is both gold and suggested and
the coder gave it a sub-code, those where one of the suggested quotes carries one of
the coder's sub-codes (a suggestion that names the theme alone counts as wrong).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import astuple, dataclass

from qualkod.measures import cohen_kappa
from qualkod.models import Codebook
from qualkod.suggest.classifier import TrainingExample, train_classifier
from qualkod.suggest.engine import (
    DEFAULT_THRESHOLD,
    SpanSuggestion,
    Suggester,
    TurnAnalysis,
    first_level_subcodes,
)
from qualkod.suggest.semantic import VectorCache, embed, train_semantic

MODES = ("naive", "lexicon", "classifier", "combined")
SEMANTIC_MODES = ("semantic", "combined+semantic")
"""Modes measured with the optional embedding classifier: alone, and in the combined score."""


@dataclass(frozen=True)
class EvalTurn:
    """An interviewee turn with the coder's themes."""

    key: tuple
    """Identifies the turn (for example transcript id and turn number)."""
    text: str
    """The turn text."""
    spans: tuple[tuple[int, int, str], ...]
    """The coder's coded spans: (start, end, theme id)."""
    codes: tuple[tuple[str, str], ...] = ()
    """The coder's codes in the turn as (theme id, code id); the code is the theme id
    itself where the coder gave no sub-code. Empty when only themes are known."""

    @property
    def gold(self) -> frozenset[str]:
        return frozenset(theme for *_, theme in self.spans)

    def subcodes(self, theme: str) -> frozenset[str]:
        """The coder's sub-codes of ``theme`` in the turn (not the theme itself)."""
        return frozenset(code for of, code in self.codes if of == theme and code != theme)


@dataclass(frozen=True)
class ThemeScores:
    """Precision, recall and F1 for one theme (or micro/macro over all)."""

    theme: str
    precision: float
    recall: float
    f1: float
    support: int
    """Gold turns."""
    predicted: int
    """Predicted turns."""
    kappa: float | None
    subcodes_right: int = 0
    """Turns where the theme is gold and suggested, the coder gave it a sub-code and a
    suggested quote carries one of them."""
    subcodes_judged: int = 0
    """Turns where the theme is gold and suggested and the coder gave it a sub-code."""

    @property
    def subcode_accuracy(self) -> float | None:
        """``subcodes_right / subcodes_judged``; None where nothing could be judged."""
        return self.subcodes_right / self.subcodes_judged if self.subcodes_judged else None


@dataclass(frozen=True)
class EvaluationReport:
    """Cross-validated turn-level quality of one mode."""

    mode: str
    folds: int
    turns: int
    threshold: float
    themes: tuple[ThemeScores, ...]
    micro: ThemeScores
    macro_f1: float


def codebook_texts(codebook: Codebook) -> tuple[list[str], list[dict[str, float]]]:
    """The codebook's training texts and labels: its codes' examples (labelled for their
    theme only) and its passages (labelled for every theme: a theme none of its codes is
    in is one the passage does not carry). An example of a sub-code, and a passage with
    sub-codes, are also labelled for the theme's sub-codes (see :func:`subcode_labels`)."""
    subcode_of = first_level_subcodes(codebook)
    texts, labels = [], []
    for theme in codebook.themes:
        siblings = [child.id for child in theme.codes]
        for code in theme.walk():
            mine = subcode_labels(siblings, {subcode_of.get(code.id)})
            for text in code.positive_examples:
                texts.append(text)
                labels.append({theme.id: 1.0, **mine})
            for text in code.negative_examples:
                texts.append(text)
                labels.append({theme.id: 0.0})
    for passage in codebook.passages:
        carried = {codebook.theme_of(code).id for code in passage.codes}
        label = {theme.id: float(theme.id in carried) for theme in codebook.themes}
        named = {subcode_of.get(code) for code in passage.codes}
        for theme in codebook.themes:
            label.update(subcode_labels([child.id for child in theme.codes], named))
        texts.append(passage.text)
        labels.append(label)
    return texts, labels


def subcode_labels(siblings: Sequence[str], named: set) -> dict[str, float]:
    """Within one theme: 1 for each of its sub-codes ``siblings`` that is ``named``, 0 for
    the others; nothing when none is named (which sub-code is then unknown)."""
    if not named & set(siblings):
        return {}
    return {code: float(code in named) for code in siblings}


def codebook_examples(codebook: Codebook, suggester: Suggester) -> list[TrainingExample]:
    """Training examples from the codebook (see :func:`codebook_texts`).

    Analysing the codebook's texts takes about a second for a codebook of a thousand
    passages, and a session, a notebook or the evaluation's folds train many times on
    the same codebook: the examples are kept per process, keyed by a digest of the whole
    codebook (its texts, labels and lexicon, which make the features).
    """
    # astuple, not repr: a repr shows a passage's or an example's length, not its words
    key = hashlib.sha256(repr(astuple(codebook)).encode()).hexdigest()
    if key not in _CODEBOOK_EXAMPLES:
        texts, labels = codebook_texts(codebook)
        analyses = suggester.analyse(texts)
        if len(_CODEBOOK_EXAMPLES) >= _CODEBOOK_EXAMPLES_KEPT:
            _CODEBOOK_EXAMPLES.clear()
        _CODEBOOK_EXAMPLES[key] = tuple(
            TrainingExample(a.features, label) for a, label in zip(analyses, labels, strict=True)
        )
    return list(_CODEBOOK_EXAMPLES[key])


_CODEBOOK_EXAMPLES: dict[str, tuple[TrainingExample, ...]] = {}
_CODEBOOK_EXAMPLES_KEPT = 4


def turn_examples(
    turns: Sequence[EvalTurn],
    analyses: Sequence[TurnAnalysis],
    themes: Sequence[str],
    suggester: Suggester | None = None,
) -> list[TrainingExample]:
    """Fully labelled examples from coded turns: 1 for each coded theme, 0 for the rest;
    with the ``suggester`` also which of a coded theme's sub-codes the coder gave (a code
    further down counts as the sub-code it is under, as in :func:`codebook_texts`)."""
    examples = []
    for t, a in zip(turns, analyses, strict=True):
        labels = {theme: float(theme in t.gold) for theme in themes}
        if suggester is not None:
            named = {suggester.subcode_of.get(code) for _, code in t.codes}
            for siblings in suggester.subcodes.values():
                labels.update(subcode_labels(siblings, named))
        examples.append(TrainingExample(a.features, labels))
    return examples


def naive_prediction(codebook: Codebook, text: str) -> set[str]:
    """Baseline: a theme whose name (before any dash) appears in the turn."""
    lower = text.lower()
    return {
        theme.id for theme in codebook.themes if theme.name.split("–")[0].strip().lower() in lower
    }


Prediction = Mapping[str, frozenset[str]]
"""A turn's prediction: theme id -> the codes its suggested quotes carry."""


def predicted_codes(spans: Sequence[SpanSuggestion]) -> dict[str, frozenset[str]]:
    """The themes of a turn's suggestions, each with the codes of its quotes."""
    found: dict[str, set[str]] = {}
    for span in spans:
        found.setdefault(span.theme, set()).add(span.code)
    return {theme: frozenset(codes) for theme, codes in found.items()}


def _scores(
    theme: str, gold: list[bool], predicted: list[bool], subcodes: tuple[int, int] = (0, 0)
) -> ThemeScores:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    kappa = cohen_kappa([int(g) for g in gold], [int(p) for p in predicted])
    return ThemeScores(theme, precision, recall, f1, tp + fn, tp + fp, kappa, *subcodes)


def _subcodes(
    theme: str,
    turns: Sequence[EvalTurn],
    predictions: Sequence[Prediction],
    subcode_of: Mapping[str, str],
):
    """(right, judged) sub-codes of ``theme`` where it is both gold and suggested, each
    code read as the first-level sub-code it is or lies under."""
    right = judged = 0
    for turn, found in zip(turns, predictions, strict=True):
        wanted = {subcode_of.get(code, code) for code in turn.subcodes(theme)}
        if theme in found and wanted:
            judged += 1
            right += not wanted.isdisjoint(subcode_of.get(code, code) for code in found[theme])
    return right, judged


def report(
    mode: str,
    folds: int,
    threshold: float,
    themes: Sequence[str],
    turns: Sequence[EvalTurn],
    predictions: Sequence[Prediction],
    subcode_of: Mapping[str, str] | None = None,
) -> EvaluationReport:
    """Per-theme and overall scores of turn-level predictions (see :data:`Prediction`).

    Args:
        subcode_of: every nested code -> the first-level sub-code it lies under
            (:func:`~qualkod.suggest.engine.first_level_subcodes`). Sub-codes are judged at
            that level, the one the classifier names: a suggested parent of the coder's
            nested code is right. Without it, codes are compared as they are.
    """
    subcode_of = subcode_of or {}
    per_theme = tuple(
        _scores(
            theme,
            [theme in t.gold for t in turns],
            [theme in p for p in predictions],
            _subcodes(theme, turns, predictions, subcode_of),
        )
        for theme in themes
    )
    gold_all = [theme in t.gold for t in turns for theme in themes]
    predicted_all = [theme in p for p in predictions for theme in themes]
    subcodes = (
        sum(s.subcodes_right for s in per_theme),
        sum(s.subcodes_judged for s in per_theme),
    )
    micro = _scores("micro", gold_all, predicted_all, subcodes)
    macro = sum(s.f1 for s in per_theme) / len(per_theme)
    return EvaluationReport(mode, folds, len(turns), threshold, per_theme, micro, macro)


def _untrained_predictions(
    suggester: Suggester,
    turns: Sequence[EvalTurn],
    analyses: Sequence[TurnAnalysis],
    modes: Sequence[str],
    threshold: float,
) -> dict[str, list[Prediction]]:
    """Predictions of the modes that learn nothing (naive, lexicon); empty for the rest."""
    predictions: dict[str, list[Prediction]] = {m: [{} for _ in turns] for m in modes}
    if "naive" in modes:
        predictions["naive"] = [
            dict.fromkeys(naive_prediction(suggester.codebook, t.text), frozenset()) for t in turns
        ]
    if "lexicon" in modes:
        for i, spans in enumerate(suggester.score(analyses, None, threshold)):
            predictions["lexicon"][i] = predicted_codes(spans)
    return predictions


def cross_validate(
    suggester: Suggester,
    turns: Sequence[EvalTurn],
    *,
    modes: Sequence[str] = MODES,
    folds: int = 5,
    threshold: float = DEFAULT_THRESHOLD,
    seed: int = 0,
    extra_examples: Sequence[TrainingExample] = (),
    semantic: bool = False,
    vectors: VectorCache | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, EvaluationReport]:
    """Cross-validated turn-level evaluation of each mode.

    Args:
        suggester: the suggester built from the codebook.
        turns: the coded interviewee turns (every turn a coder decided, coded or not).
        modes: which of naive, lexicon, classifier, combined to measure.
        folds: K (at most the number of interviews); whole interviews, shuffled with
            ``seed``, are dealt into K folds.
        threshold: score threshold for a suggestion.
        extra_examples: more training examples (for example rejected suggestions).
        semantic: also measure the embedding classifier (:data:`SEMANTIC_MODES`; needs
            the optional extra).
        vectors: where embeddings are kept between runs (a project's), if anywhere.
        progress: called as ``progress(done, total)``: analysing the turns is one step,
            and each fold trained and tested one more.
    """
    report_progress = progress or (lambda done, total: None)
    codebook = suggester.codebook
    themes = suggester.themes
    trained_folds = min(folds, len({t.key[0] for t in turns}))
    if not any(m in modes for m in ("classifier", "combined")) and not semantic:
        trained_folds = 0
    report_progress(0, 1 + trained_folds)
    analyses = suggester.analyse([t.text for t in turns])
    report_progress(1, 1 + trained_folds)
    # Folds are whole interviews: a turn's interview (its guide's topics, its speaker's
    # way of talking) is never both trained and tested on.
    groups = sorted({t.key[0] for t in turns})
    if len(groups) < 2:
        raise ValueError("cross-validation needs coded turns in at least two interviews")
    folds = min(folds, len(groups))
    random.Random(seed).shuffle(groups)
    fold_of_group = {group: position % folds for position, group in enumerate(groups)}
    order = list(range(len(turns)))
    fold_of = {index: fold_of_group[turns[index].key[0]] for index in order}
    base = codebook_examples(codebook, suggester) + list(extra_examples)
    predictions = _untrained_predictions(suggester, turns, analyses, modes, threshold)
    learned = [m for m in ("classifier", "combined") if m in modes]
    if semantic:
        predictions.update({mode: [{} for _ in turns] for mode in SEMANTIC_MODES})
        modes = [*modes, *SEMANTIC_MODES]
    for fold in range(folds if learned or semantic else 0):
        train_idx = [i for i in order if fold_of[i] != fold]
        test_idx = [i for i in range(len(turns)) if fold_of[i] == fold]
        examples = base + turn_examples(
            [turns[i] for i in train_idx],
            [analyses[i] for i in train_idx],
            themes,
            suggester,
        )
        classifier = train_classifier(examples, suggester.labels, seed=seed)
        test = [analyses[i] for i in test_idx]
        probabilities = suggester.classify(test, classifier)
        found = {}
        for mode in learned:
            scored = suggester.score(
                test, probabilities, threshold, use_lexicon=(mode == "combined")
            )
            found[mode] = [predicted_codes(spans) for spans in scored]
        if semantic:
            embedded = _semantic_probabilities(
                codebook,
                themes,
                [turns[i] for i in train_idx],
                [turns[i] for i in test_idx],
                vectors,
            )
            found.update(_semantic_predictions(suggester, test, probabilities, embedded, threshold))
        for mode, predicted in found.items():
            for i, themes_found in zip(test_idx, predicted, strict=True):
                predictions[mode][i] = themes_found
        report_progress(2 + fold, 1 + trained_folds)
    return {
        mode: report(mode, folds, threshold, themes, turns, predictions[mode], suggester.subcode_of)
        for mode in modes
    }


def train_and_test(
    suggester: Suggester,
    train: Sequence[EvalTurn],
    test: Sequence[EvalTurn],
    *,
    modes: Sequence[str] = MODES,
    threshold: float = DEFAULT_THRESHOLD,
    seed: int = 0,
    semantic: bool = False,
) -> dict[str, EvaluationReport]:
    """Train on the codebook's examples and ``train``, measure on ``test`` (other interviews).

    The honest figure for a new study: nothing of ``test`` is seen in training, and the
    threshold is the fixed default. With ``train`` empty this is the cold start. With
    ``semantic`` (needs the optional extra), the embedding classifier alone and the
    combined score with it are measured too (:data:`SEMANTIC_MODES`).
    """
    codebook = suggester.codebook
    themes = suggester.themes
    test_analyses = suggester.analyse([t.text for t in test])
    predictions = _untrained_predictions(suggester, test, test_analyses, modes, threshold)
    learned = [m for m in ("classifier", "combined") if m in modes]
    probabilities = None
    if learned or semantic:
        train_analyses = suggester.analyse([t.text for t in train])
        examples = codebook_examples(codebook, suggester) + turn_examples(
            train, train_analyses, themes, suggester
        )
        classifier = train_classifier(examples, suggester.labels, seed=seed)
        probabilities = suggester.classify(test_analyses, classifier)
        for mode in learned:
            scored = suggester.score(
                test_analyses, probabilities, threshold, use_lexicon=(mode == "combined")
            )
            predictions[mode] = [predicted_codes(spans) for spans in scored]
    if semantic:
        embedded = _semantic_probabilities(codebook, themes, train, test)
        predictions.update(
            _semantic_predictions(suggester, test_analyses, probabilities, embedded, threshold)
        )
        modes = [*modes, *SEMANTIC_MODES]
    return {
        mode: report(mode, 1, threshold, themes, test, predictions[mode], suggester.subcode_of)
        for mode in modes
    }


def _semantic_probabilities(
    codebook, themes, train, test, vectors: VectorCache | None = None
) -> list[dict[str, float]]:
    """The embedding classifier's probabilities for ``test``, trained as the lemma one is."""
    texts, labels = codebook_texts(codebook)
    texts += [t.text for t in train]
    labels += [{theme: float(theme in t.gold) for theme in themes} for t in train]
    model = train_semantic(embed(texts, cache=vectors), labels, themes)
    return model.predict(embed([t.text for t in test], cache=vectors))


def _semantic_predictions(suggester, analyses, probabilities, semantic, threshold):
    # the embedding classifier alone sees whole turns: it names themes, not sub-codes
    alone = [
        {theme: frozenset() for theme, p in found.items() if p >= threshold} for found in semantic
    ]
    scored = suggester.score(analyses, probabilities, threshold, semantic=semantic)
    return {
        "semantic": alone,
        "combined+semantic": [predicted_codes(spans) for spans in scored],
    }
