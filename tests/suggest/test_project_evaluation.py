"""Measuring suggestions on a project's codings (:mod:`qualkod.suggest.project_evaluation`)."""

from __future__ import annotations

import pytest

from qualkod.coding import add_coding, gold_codings, import_codings
from qualkod.errors import QualkodError
from qualkod.project import current_codebook
from qualkod.suggest.project_evaluation import evaluate
from qualkod.suggest.service import coded_turns
from tests.conftest import SAMPLES


def _codebook(project):
    return current_codebook(project)[0]


@pytest.mark.one_backend
def test_evaluate_cross_validates_every_mode_over_whole_interviews(sample):
    import_codings(sample, SAMPLES / "codings.csv")
    import_codings(sample, SAMPLES / "codings-coder2.csv")
    calls = []
    reports = evaluate(sample, coder="kodare1", folds=3, progress=lambda *call: calls.append(call))
    # Load the language model, analyse the turns, then one step per fold (two here).
    assert calls[0] == (0, 1) and calls[-1] == (4, 4)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert set(reports) == {"naive", "lexicon", "classifier", "combined"}
    # Two coded interviews give two folds at most: no interview is trained and tested on.
    assert {r.folds for r in reports.values()} == {2}
    assert {r.turns for r in reports.values()} == {
        len(coded_turns(sample, _codebook(sample), "kodare1"))
    }
    gold = evaluate(
        sample, gold=gold_codings(sample, SAMPLES / "codings.csv"), folds=3, modes=("lexicon",)
    )
    assert gold["lexicon"].micro.f1 == reports["lexicon"].micro.f1
    with pytest.raises(QualkodError, match="no codings by coder nobody"):
        evaluate(sample, coder="nobody")
    # A coder who coded one interview only: nothing to hold out.
    add_coding(sample, "1", 12, "ansvar_skjuts_undan", "ensam")
    with pytest.raises(QualkodError, match="at least two interviews"):
        evaluate(sample, coder="ensam")
    # The turns carry the coder's codes as well as the themes, for sub-code accuracy.
    (coded,) = [t for t in coded_turns(sample, _codebook(sample), "ensam") if t.codes]
    assert coded.key[1] == 12
    assert coded.codes == (("bristande_ansvar", "ansvar_skjuts_undan"),)
    combined = reports["combined"].micro
    both = sum(min(s.support, s.predicted) for s in reports["combined"].themes)
    assert 0 < combined.subcodes_judged <= both
