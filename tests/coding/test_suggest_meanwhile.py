"""'qualkod suggest' run by one coder while another decides a suggestion.

``suggest`` replaces the suggestions nobody has decided; a decision names one. Each
order of the two is made to happen here on purpose (a hook holds one side at the
worst moment while the other runs in a thread, on a connection of its own, as another
coder's process would), on SQLite and on PostgreSQL: a confirmed decision is never
lost, ``suggest`` never fails with the database's error, and a decision on a
suggestion that was just replaced gets one line saying so, with nothing saved.
"""

from __future__ import annotations

import threading
import time

import pytest

from qualkod.coding import accept_suggestion, add_coding, codings, history, reject_suggestion
from qualkod.coding import suggestions as deciding
from qualkod.coding.decisions import CodingError
from qualkod.errors import NotFoundError
from qualkod.store import db, open_project
from qualkod.store import suggestions as suggestion_store
from qualkod.suggest import service

SETTLE = 0.5
"""Seconds for the other side, once it is on its way, to reach the write lock (or the
row) and wait there. Were it slower, the two would run one after the other: the
outcome asserted is the same."""

REPLACED = (
    r"^suggestion 3 was replaced by a new qualkod\.suggest\.suggest\(p\) run a moment ago; "
    r"nothing was saved; list the open suggestions with qualkod\.suggest\.suggestions\(p\)$"
)


class Elsewhere(threading.Thread):
    """``call(project)`` in a thread of its own on a project opened for it (another
    coder's process); ``result()`` is what it returned, or the exception it raised."""

    def __init__(self, project, call) -> None:
        super().__init__()
        self.project, self.call = project, call
        self.outcome: object = None

    def run(self) -> None:
        try:
            self.outcome = self.call(self.project)
        except Exception as exc:  # noqa: BLE001 - the test looks at whatever it was
            self.outcome = exc
        finally:
            self.project.close()

    def result(self):
        self.join(timeout=120)
        assert not self.is_alive()
        return self.outcome


def _hook(monkeypatch, module, name: str, before=None, after=None) -> None:
    """Call ``before()`` before and ``after()`` after each call of ``module.name``."""
    original = getattr(module, name)

    def hooked(*args, **kwargs):
        if before is not None:
            before()
        result = original(*args, **kwargs)
        if after is not None:
            after()
        return result

    monkeypatch.setattr(module, name, hooked)


def _anna(project) -> dict[int, str]:
    """Every suggestion there is, by id, with anna's decision on it (or open)."""
    return {s.id: s.status for s in service.suggestions(project, status=None, coder="anna")}


def _open_one(project, code: str) -> int:
    return next(s.id for s in service.suggestions(project, coder="anna") if s.code == code)


@pytest.mark.parametrize("decision", ["accept", "accept-coded", "reject"])
def test_a_decision_on_a_suggestion_just_replaced_says_so_and_saves_nothing(
    suggested, project_path, monkeypatch, decision
):
    if decision == "accept-coded":  # accepted as the coding anna made of it already
        add_coding(suggested, "1", 2, "samverkan", "anna", start=88, end=126)
    before = (len(history(suggested)), [c.id for c in codings(suggested)])

    def bo_suggests() -> None:  # anna has read suggestion 3 and is about to decide it
        run = Elsewhere(open_project(project_path), service.suggest)
        run.start()
        assert isinstance(run.result(), service.SuggestResult)

    _hook(monkeypatch, deciding, "_open", after=bo_suggests)
    decide = reject_suggestion if decision == "reject" else accept_suggestion
    with pytest.raises(CodingError, match=REPLACED):
        decide(suggested, 3, "anna")
    assert (len(history(suggested)), [c.id for c in codings(suggested)]) == before
    assert _anna(suggested) == {5: "open", 6: "open", 7: "open", 8: "open"}
    monkeypatch.undo()
    with pytest.raises(
        NotFoundError,
        match=r"^suggestion 3: no such suggestion \(each qualkod\.suggest\.suggest\(p\) run",
    ):
        decide(suggested, 3, "anna")  # asked again: it is gone
    decide(suggested, _open_one(suggested, "samverkan"), "anna")  # its successor is open


def test_a_decision_waits_for_suggest_under_way_then_finds_its_suggestion_replaced(
    suggested, project_path, monkeypatch
):
    read = threading.Event()
    decisions: list[Elsewhere] = []

    def anna_decides() -> None:  # inside bo's 'suggest' transaction, its rows replaced
        decision = Elsewhere(open_project(project_path), lambda p: reject_suggestion(p, 3, "anna"))
        decision.start()
        decisions.append(decision)
        assert read.wait(60)  # she has read suggestion 3 and goes on to write ...
        time.sleep(SETTLE)  # ... and waits for bo's transaction

    _hook(monkeypatch, suggestion_store, "replace_open_suggestions", after=anna_decides)
    _hook(monkeypatch, deciding, "_open", after=read.set)
    assert service.suggest(suggested).suggestions == 4
    [decision] = decisions
    refused = decision.result()
    assert isinstance(refused, CodingError), refused
    assert refused.for_option() == (
        "suggestion 3 was replaced by a new 'qualkod suggest' run a moment ago; nothing was "
        "saved; list the open suggestions with 'qualkod suggestions'"
    )
    assert history(suggested) == [] and codings(suggested) == []
    assert _anna(suggested) == {5: "open", 6: "open", 7: "open", 8: "open"}


def _suggest_while_deciding(project_path, monkeypatch, opened=open_project) -> list:
    """Anna rejects suggestion 3, then accepts the samarbete one; each time, while her
    transaction holds the suggestion, bo runs 'suggest' on a project ``opened`` so.
    Returns what each of bo's runs returned."""
    storing = threading.Event()
    runs: list[Elsewhere] = []

    def bo_suggests() -> None:  # inside anna's transaction, her decision stored
        storing.clear()
        run = Elsewhere(opened(project_path), service.suggest)
        run.start()
        runs.append(run)
        assert storing.wait(60)  # bo's suggestions are made; he goes on to store them ...
        time.sleep(SETTLE)  # ... and waits for anna's transaction

    _hook(monkeypatch, suggestion_store, "decide_suggestion", after=bo_suggests)
    _hook(monkeypatch, service, "_store_suggestions", before=storing.set)
    anna = open_project(project_path)
    try:
        assert reject_suggestion(anna, 3, "anna").id == 3
        runs[0].join(120)  # bo's first run is stored: the samarbete suggestion is new
        accepted = accept_suggestion(anna, _open_one(anna, "samarbete"), "anna")
        assert accepted.code_id == "samarbete"
    finally:
        anna.close()
    return [run.result() for run in runs]


def test_suggest_waits_for_a_decision_under_way_and_keeps_it(suggested, project_path, monkeypatch):
    results = _suggest_while_deciding(project_path, monkeypatch)
    # each run replaced the suggestions nobody had decided, never suggesting 3 or 5 again
    assert [r.suggestions for r in results] == [3, 2], results
    assert _anna(suggested) == {3: "rejected", 5: "accepted", 8: "open", 9: "open"}
    assert [e.action for e in history(suggested)] == ["reject", "create"]
    assert len(codings(suggested, coder="anna")) == 1


def test_on_postgresql_the_rows_keep_suggest_and_a_decision_apart_without_the_write_lock(
    suggested, project_path, monkeypatch
):
    """Writers take turns by the project's write lock. On PostgreSQL the rows keep a
    decision and 'suggest' apart without it too: else the database refuses to delete a
    suggestion decided meanwhile (a foreign-key violation), and 'suggest' fails."""
    if not str(project_path).startswith("postgresql"):
        pytest.skip("SQLite has its one write lock only")

    def without_the_write_lock(location):
        with monkeypatch.context() as patched:
            patched.setattr(db, "_serialise_postgres_writes", lambda engine: None)
            return open_project(location)

    results = _suggest_while_deciding(project_path, monkeypatch, without_the_write_lock)
    assert [r.suggestions for r in results] == [3, 2], results
    assert _anna(suggested) == {3: "rejected", 5: "accepted", 8: "open", 9: "open"}
    assert [e.action for e in history(suggested)] == ["reject", "create"]
