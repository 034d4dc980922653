"""Suggestions in a project: train, suggest, list.

This module connects the text-only engine to the project database. Deciding on a
suggestion is a coding decision (:mod:`qualkod.coding.suggestions`); measuring the
engine on a project's codings is :mod:`qualkod.suggest.project_evaluation`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from qualkod import project as project_api
from qualkod.errors import ParameterError, QualkodError
from qualkod.models import Codebook, Coding, Role, Suggestion
from qualkod.store import Project
from qualkod.store import codebooks as codebook_store
from qualkod.store import codings as coding_store
from qualkod.store import suggestions as store
from qualkod.store import transcripts as transcript_store
from qualkod.suggest import semantic as semantic_model
from qualkod.suggest.classifier import (
    CLASSIFIER_NAME,
    TrainingExample,
    train_classifier,
)
from qualkod.suggest.embedding_cache import embed_in_project
from qualkod.suggest.engine import DEFAULT_THRESHOLD, SEMANTIC_METHOD, Suggester
from qualkod.suggest.evaluation import (
    EvalTurn,
    codebook_examples,
    codebook_texts,
    turn_examples,
)
from qualkod.suggest.lexicon import MATCHER_NAME
from qualkod.suggest.stored_models import (
    load_classifier,
    load_semantic,
    trained_semantic,
)

Progress = Callable[[int, int], None]


class ProjectTurn(NamedTuple):
    """An interviewee turn of a project."""

    transcript_id: int
    sha256: str
    turn: int
    text: str


def interviewee_turns(
    project: Project, transcript_ids: Sequence[int] | None = None, *, all_speakers: bool = False
) -> list[ProjectTurn]:
    """Interviewee turns (every turn with ``all_speakers``) in transcript order."""
    with project.read() as conn:
        rows = transcript_store.turn_texts(conn, transcript_ids)
    return [
        ProjectTurn(transcript_id, sha256, index, text)
        for transcript_id, sha256, index, role, text in rows
        if role == Role.INTERVIEWEE or all_speakers
    ]


def _current(project: Project):
    with project.read() as conn:
        stored = codebook_store.current_codebook(conn)
    codebook, _ = project_api.current_codebook(project)
    return codebook, stored


# --- training ------------------------------------------------------------------------


@dataclass(frozen=True)
class TrainResult:
    """What ``train`` fitted."""

    version: str
    examples: int
    codebook_examples: int
    coded_turns: int
    rejected: int
    seconds: float
    per_theme: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Theme -> (examples that show it, examples that do not)."""
    semantic: bool = False
    """Whether the embedding classifier was fitted too."""

    def thin_themes(self) -> list[str]:
        """Themes with fewer than :data:`MIN_EXAMPLES` examples on either side."""
        return [
            theme
            for theme, (shown, not_shown) in self.per_theme.items()
            if min(shown, not_shown) < MIN_EXAMPLES
        ]


MIN_EXAMPLES = 20
"""Examples per theme and side below which ``train`` warns that suggestions will be weak."""

LEARN_EVERY = 25
"""Decisions after which the coding session and ``suggest`` fit the classifier again."""


def decisions_since_training(project: Project) -> int | None:
    """Decisions in the audit log since the current codebook's classifier was trained
    (None when it has none)."""
    _, stored = _current(project)
    with project.read() as conn:
        row = store.latest_model(conn, CLASSIFIER_NAME, stored.row_id)
        if row is None:
            return None
        return coding_store.count_events_since(conn, row.last_event or 0)


def trained_for(project: Project) -> tuple[bool, str | None]:
    """Whether the current codebook has a trained classifier, and whose decisions it
    learnt from (None: every coder's)."""
    _, stored = _current(project)
    with project.read() as conn:
        row = store.latest_model(conn, CLASSIFIER_NAME, stored.row_id)
    return (row is not None, row.coder if row is not None else None)


def relearn(
    project: Project,
    *,
    every: int = LEARN_EVERY,
    announce: Callable[[int], None] | None = None,
    progress: Progress | None = None,
) -> TrainResult | None:
    """Fit the classifier again, as it was last fitted, when ``every`` decisions or more
    were made since; None when it was not (or never trained: nothing to keep up to date).

    ``announce`` is called with the number of decisions before the fitting starts (it
    takes minutes with sentence embeddings); ``progress`` as in :func:`train`.
    """
    _, stored = _current(project)
    with project.read() as conn:
        row = store.latest_model(conn, CLASSIFIER_NAME, stored.row_id)
        made = 0 if row is None else coding_store.count_events_since(conn, row.last_event or 0)
        if row is None or made < every:
            return None
    if announce is not None:
        announce(made)
    return train(project, row.coder, semantic=None, progress=progress)


def coded_turns(
    project: Project, codebook: Codebook, coder: str | None, rows: Sequence[Coding] | None = None
) -> list[EvalTurn]:
    """Interviewee turns of transcripts the coder coded, with the coded theme spans."""
    if rows is None:
        with project.read() as conn:
            rows = coding_store.list_codings(conn, coder=coder)
    by_turn: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    codes: dict[tuple[int, int], set[tuple[str, str]]] = {}
    for c in rows:
        theme = codebook.theme_of(c.code_id)
        if theme is not None:
            by_turn.setdefault((c.transcript_id, c.turn), []).append((c.start, c.end, theme.id))
            codes.setdefault((c.transcript_id, c.turn), set()).add((theme.id, c.code_id))
    coded = sorted({c.transcript_id for c in rows})
    return [
        EvalTurn(
            (t.transcript_id, t.turn),
            t.text,
            tuple(by_turn.get((t.transcript_id, t.turn), ())),
            tuple(sorted(codes.get((t.transcript_id, t.turn), ()))),
        )
        for t in interviewee_turns(project, coded)
    ]


_TRAIN_STEPS = 3
"""Steps of :func:`train` before any embedding: load the model, analyse, fit."""


def train(
    project: Project,
    coder: str | None = None,
    *,
    semantic: bool | None = False,
    progress: Progress | None = None,
) -> TrainResult:
    """Fit the theme classifier and store it in the project with a version.

    Examples: the codebook's example passages, the interviewee turns of transcripts
    the coder (every coder, when None) has coded, and the suggestions they rejected. With
    ``semantic`` the optional embedding classifier (:mod:`.semantic`) is fitted on the
    same examples and stored beside it; ``suggest`` then uses both. ``semantic=None``
    fits it when the previous training did.

    ``progress`` is called as ``progress(done, total)``: loading the language model,
    analysing the examples and fitting the classifier are a step each, and with
    ``semantic`` every example embedded is one more.

    Raises:
        QualkodError: ``semantic`` without the optional extra installed, or nothing to
            learn from (no codebook examples and no codings).
    """
    report = progress or (lambda done, total: None)
    started = time.perf_counter()
    with project.read() as conn:
        last_event = coding_store.last_event_id(conn)  # before reading what it learns from
    codebook, stored = _current(project)
    if semantic is None:
        semantic = trained_semantic(project, stored.row_id)
    if semantic:
        semantic_model.require()
    steps = _TRAIN_STEPS
    report(0, steps)
    suggester = Suggester(codebook)
    report(1, steps)
    base_texts = codebook_texts(codebook)[0]
    base = codebook_examples(codebook, suggester)
    turns = coded_turns(project, codebook, coder)
    analyses = suggester.analyse([t.text for t in turns])
    examples = base + turn_examples(turns, analyses, suggester.themes, suggester)
    texts = base_texts + [t.text for t in turns]
    with project.read() as conn:
        rejected = store.rejected_suggestions(conn, coder)  # with --coder, hers only
    if rejected:
        rejected_analyses = suggester.analyse([s.text for s in rejected])
        examples += [
            TrainingExample(a.features, {s.theme: 0.0})
            for s, a in zip(rejected, rejected_analyses, strict=True)
        ]
        texts += [s.text for s in rejected]
    if not examples:
        raise QualkodError(
            f"nothing to learn from in {project.location}: the codebook has no examples and "
            "nothing is coded; add examples to the codebook or code some turns, then train"
        )
    if semantic:
        steps += len(texts)
    report(2, steps)
    classifier = train_classifier(examples, suggester.labels)
    report(3, steps)
    models = [(CLASSIFIER_NAME, classifier.to_bytes())]
    if semantic:
        embedder = semantic_model.train_semantic(
            embed_in_project(
                # embed counts the texts it has not embedded before, in this process
                # or in the project
                project,
                texts,
                lambda done, total: report(_TRAIN_STEPS + done * len(texts) // total, steps),
            ),
            [e.labels for e in examples],
            suggester.themes,
            classifier.version,
        )
        models.append((semantic_model.SEMANTIC_NAME, embedder.to_bytes()))
    with project.write() as conn:
        if coding_store.removed_since(conn, last_event):
            raise QualkodError(
                "a transcript was removed while the classifier was being trained, so it may "
                "have learnt from it; nothing stored: run 'qualkod train' again"
            )
        for name, data in models:
            store.store_model(
                conn,
                {
                    "name": name,
                    "version": classifier.version,
                    "coder": coder,
                    "codebook_row": stored.row_id,
                    "examples": len(examples),
                    "labels": suggester.themes,
                    "data": data,
                    "last_event": last_event,
                },
            )
    report(steps, steps)
    per_theme = {
        theme: (
            sum(e.labels.get(theme) == 1.0 for e in examples),
            sum(e.labels.get(theme) == 0.0 for e in examples),
        )
        for theme in suggester.themes
    }
    return TrainResult(
        classifier.version,
        len(examples),
        len(base),
        len(turns),
        len(rejected),
        time.perf_counter() - started,
        per_theme,
        semantic,
    )


# --- suggesting ----------------------------------------------------------------------


@dataclass(frozen=True)
class SuggestResult:
    """What ``suggest`` stored."""

    turns: int
    """Interviewee turns read."""
    suggestions: int
    per_theme: dict[str, int]
    method: str
    model_version: str | None
    codebook: str
    suggested_turns: int = 0
    """Turns with at least one suggestion."""
    classifier_of_codebook: str | None = None
    """With no classifier for the current codebook: the codebook (id and version) the
    newest classifier in the project was trained for, which this one does not use."""


def suggest(
    project: Project,
    *,
    transcript: str | int | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    codebook_path: str | Path | None = None,
    include_interviewers: bool = False,
    progress: Progress | None = None,
    batch_size: int = 1024,
) -> SuggestResult:
    """Suggest codes for interviewee turns and store them (suggestions no coder has
    decided are replaced).

    A suggestion any coder accepted or rejected stays, with every coder's decision on
    it (it is still open to the others), and is not suggested again.
    """
    if not 0 <= threshold <= 1:
        raise ParameterError("threshold", threshold, "use a number from 0 to 1")
    if codebook_path is not None:
        project_api.use_codebook(project, codebook_path)
    with project.read() as conn:
        last_event = coding_store.last_event_id(conn)  # before reading models and turns
    codebook, stored = _current(project)
    classifier = load_classifier(project, stored.row_id)
    embedder = load_semantic(project, stored.row_id, classifier)
    ids = None if transcript is None else [project_api.get_transcript(project, transcript).id]
    turns = interviewee_turns(project, ids, all_speakers=include_interviewers)
    suggester = Suggester(codebook)
    per_theme = dict.fromkeys(suggester.themes, 0)
    method = "+".join(
        [MATCHER_NAME]
        + ["classifier"] * (classifier is not None)
        + [SEMANTIC_METHOD] * (embedder is not None)
    )
    version = classifier.version if classifier else None
    # Turns are analysed in large batches across transcripts (the analysis works on
    # whole batches at once), and everything is stored in one transaction at the end:
    # a run that stops half-way leaves the earlier suggestions as they were. A row is
    # (transcript, turn) + the span: store.SUGGESTION_COLUMNS lines up with the fields
    # of SpanSuggestion (tests/suggest/test_service.py checks it).
    rows: list[tuple] = []
    if progress:
        progress(0, len(turns))
    with _frozen_heap():
        for offset in range(0, len(turns), batch_size):
            batch = turns[offset : offset + batch_size]
            texts = [t.text for t in batch]
            analyses = suggester.analyse(texts)
            semantic = None
            if embedder is not None:
                semantic = embedder.predict(embed_in_project(project, texts))
            spans = suggester.score(
                analyses, suggester.classify(analyses, classifier), threshold, semantic=semantic
            )
            for turn, found in zip(batch, spans, strict=True):
                if found:
                    key = (turn.transcript_id, turn.turn)
                    rows += [key + span for span in found]
            if progress:
                progress(offset + len(batch), len(turns))
        rows = _store_suggestions(
            project,
            sorted({t.transcript_id for t in turns}),
            rows,
            version,
            stored.row_id,
            last_event,
        )
    theme = store.SUGGESTION_COLUMNS.index("theme_id")
    for row in rows:
        per_theme[row[theme]] += 1
    total = len(rows)
    return SuggestResult(
        len(turns),
        total,
        per_theme,
        method,
        classifier.version if classifier else None,
        f"{codebook.id} {codebook.version}",
        len({row[:2] for row in rows}),
        None if classifier else _classifier_of_other_codebook(project, stored.row_id),
    )


def _classifier_of_other_codebook(project: Project, codebook_row: int) -> str | None:
    with project.read() as conn:
        other = store.codebook_of_newest_model_elsewhere(conn, CLASSIFIER_NAME, codebook_row)
    return " ".join(other) if other else None


@contextmanager
def _frozen_heap():
    """Keep Python's cycle collector out of a bulk run.

    Suggesting creates many objects per turn, none of them in reference cycles that
    outlive the run, and each collection walked every object already loaded (spaCy,
    SQLAlchemy, the lemma tables) and those made so far: about a third of a 1M-word
    run (``benchmarks/suggest.py``; peak memory is the same without it). Reference
    counting still frees everything as usual; the collector is switched back on, and
    the objects moved back, afterwards, so nothing stays uncollectable.
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def _store_suggestions(
    project: Project,
    transcript_ids: list[int],
    rows: list[tuple],
    model_version: str | None,
    codebook_row: int,
    last_event: int,
) -> list[tuple]:
    """Replace the transcripts' suggestions nobody decided, leaving out spans some coder
    decided (those suggestions stay).

    Raises:
        QualkodError: when a transcript was removed after ``last_event`` (the run began
            before): its turns, or the classifier trained on them, are gone.
    """
    with project.write() as conn:
        if coding_store.removed_since(conn, last_event):
            raise QualkodError(
                "a transcript was removed while suggestions were being made; nothing "
                "stored: run 'qualkod suggest' again"
            )
        return store.replace_open_suggestions(
            conn, transcript_ids, rows, model_version=model_version, codebook_row=codebook_row
        )


def suggestions(
    project: Project,
    *,
    theme: str | None = None,
    status: str | None = "open",
    coder: str | None = None,
) -> list[Suggestion]:
    """Stored suggestions (open ones by default; ``status`` ``"accepted"``,
    ``"rejected"``, or ``"all"`` or None for every one).

    With ``coder``, as that coder sees them: each once, open until they decide it,
    whatever other coders decided. Without, every coder's decisions (see
    :func:`qualkod.store.suggestions.list_suggestions`): open ones are those nobody
    has decided.

    Raises:
        ParameterError: when ``theme`` is not a theme of the project's codebook, or
            ``status`` is not one of those.
    """
    if status not in (None, "all", "open", "accepted", "rejected"):
        raise ParameterError("status", status, "use 'open', 'accepted', 'rejected' or 'all'")
    status = None if status == "all" else status
    if theme is not None:
        try:
            codebook = project_api.current_codebook(project)[0]
        except QualkodError:
            codebook = None  # no codebook chosen: no suggestions either
        if codebook is not None and theme not in {t.id for t in codebook.themes}:
            known = ", ".join(t.id for t in codebook.themes)
            raise ParameterError(
                "theme", theme, f"not a theme of codebook {codebook.id}; themes: {known}"
            )
    with project.read() as conn:
        return store.list_suggestions(conn, coder=coder, theme=theme, status=status)
