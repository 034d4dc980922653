"""Measuring the suggestion engine on a project's codings: folds by whole interview.

:func:`evaluate` cross-validates the engine against a coder's codings, or codings read
from a file, so that no interview is both trained and tested on (see
:func:`qualkod.suggest.evaluation.cross_validate`).
"""

from __future__ import annotations

from collections.abc import Sequence

from qualkod import project as project_api
from qualkod.errors import ParameterError, QualkodError
from qualkod.models import Coding
from qualkod.store import Project
from qualkod.suggest import semantic as semantic_model
from qualkod.suggest.embedding_cache import ProjectVectors
from qualkod.suggest.engine import DEFAULT_THRESHOLD, Suggester
from qualkod.suggest.evaluation import EvaluationReport, cross_validate
from qualkod.suggest.service import Progress, coded_turns


def evaluate(
    project: Project,
    *,
    coder: str | None = None,
    gold: Sequence[Coding] | None = None,
    folds: int = 5,
    threshold: float = DEFAULT_THRESHOLD,
    modes: Sequence[str] = ("naive", "lexicon", "classifier", "combined"),
    seed: int = 0,
    semantic: bool = False,
    progress: Progress | None = None,
) -> dict[str, EvaluationReport]:
    """Cross-validated turn-level quality against a coder's codings or given ones.

    Args:
        gold: codings to measure against instead of a coder's (for example a codings
            file read with :func:`qualkod.coding.gold_codings`).
        progress: called as ``progress(done, total)``: loading the language model is
            one step, analysing the turns another, and each fold one more.

    Raises:
        QualkodError: when there is nothing to evaluate against;
            :class:`~qualkod.errors.ParameterError` for fewer than two folds.
    """
    if folds < 2:
        raise ParameterError("folds", folds, "use 2 or more")
    if semantic:
        semantic_model.require()
    codebook, _ = project_api.current_codebook(project)
    if gold is not None:
        turns = coded_turns(project, codebook, None, gold)
    else:
        turns = coded_turns(project, codebook, coder)
    if not turns:
        who = f"coder {coder}" if coder else "any coder"
        raise QualkodError(
            f"no codings by {who} to evaluate against; code some turns or give --gold FILE.csv",
            in_python={"--gold FILE.csv": "gold (codings read with gold_codings)"},
        )
    interviews = len({t.key[0] for t in turns})
    if interviews < 2:
        raise QualkodError(
            "evaluate needs coded turns in at least two interviews: folds are whole "
            "interviews, so that none is both trained and tested on"
        )
    report = progress or (lambda done, total: None)
    report(0, 1)  # the total grows once cross-validation knows its folds
    suggester = Suggester(codebook)
    return cross_validate(
        suggester,
        turns,
        modes=modes,
        folds=folds,
        threshold=threshold,
        seed=seed,
        semantic=semantic,
        vectors=ProjectVectors(project) if semantic else None,
        progress=lambda done, total: report(1 + done, 1 + total),
    )
