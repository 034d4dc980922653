"""Suggestions in a project: suggest, train, accept, reject - and offline."""

from __future__ import annotations

import csv
import io
import re
import socket

import pytest

from qualkod.coding import (
    accept_suggestion,
    codings,
    import_codings,
    reject_suggestion,
)
from qualkod.errors import QualkodError
from qualkod.project import use_codebook
from qualkod.suggest import service
from tests.conftest import REPO, SAMPLES


def test_suggest_stores_spans_of_interviewee_turns_only(sample):
    result = service.suggest(sample, transcript="1")
    assert result.turns == 36 and result.model_version is None
    found = service.suggestions(sample)
    assert len(found) == result.suggestions == sum(result.per_theme.values())
    assert all(s.speaker.startswith("IP ") for s in found)
    assert all(s.text and s.evidence for s in found)  # lexicon-only: evidence always
    again = service.suggest(sample, transcript="1")
    assert again.suggestions == result.suggestions  # open suggestions are replaced
    assert len(service.suggestions(sample)) == result.suggestions


def test_stored_suggestions_are_the_engines_spans_field_by_field(sample):
    from qualkod.codebook import load_codebook
    from qualkod.suggest.engine import Suggester

    service.suggest(sample, transcript="1")
    turns = service.interviewee_turns(sample, [1])
    engine = Suggester(load_codebook(REPO / "codebooks" / "samsjuklighet.yaml"))
    spans = engine.suggest([t.text for t in turns])
    expected = [
        (t.turn, s.start, s.end, s.theme, s.code, s.score, s.lexicon_score)
        + (s.classifier_score, s.evidence, s.method)
        for t, found in zip(turns, spans, strict=True)
        for s in found
    ]
    stored = [
        (s.turn, s.start, s.end, s.theme, s.code, s.score, s.lexicon_score)
        + (s.classifier_score, s.evidence, s.method)
        for s in service.suggestions(sample)
    ]
    assert sorted(stored) == sorted(expected) and len(stored) > 10


def test_an_id_noted_before_a_new_run_never_names_another_suggestion(sample):
    service.suggest(sample, transcript="1")
    before = {s.id for s in service.suggestions(sample)}
    service.suggest(sample, transcript="1")  # replaces every open suggestion
    after = {s.id for s in service.suggestions(sample)}
    assert min(after) > max(before)
    with pytest.raises(QualkodError, match=f"suggestion {max(before)}: no such suggestion"):
        accept_suggestion(sample, max(before), "anna")


def test_accept_makes_a_coding_and_reject_is_remembered(sample):
    service.suggest(sample, transcript="1")
    first, second = service.suggestions(sample)[:2]
    coding = accept_suggestion(sample, first.id, "anna")
    assert (coding.turn, coding.start, coding.end, coding.code_id) == (
        first.turn,
        first.start,
        first.end,
        first.code,
    )
    reject_suggestion(sample, second.id, "anna")
    with pytest.raises(QualkodError, match="already rejected"):
        reject_suggestion(sample, second.id, "anna")
    service.suggest(sample, transcript="1")
    open_ids = {(s.turn, s.start, s.code) for s in service.suggestions(sample)}
    assert (second.turn, second.start, second.code) not in open_ids
    assert [c.id for c in codings(sample)] == [coding.id]


def test_a_suggestion_of_what_the_coder_coded_already_is_accepted_as_that_coding(sample):
    from qualkod.coding import add_coding, undo

    service.suggest(sample, transcript="1")
    first = service.suggestions(sample)[0]
    own = add_coding(sample, "1", first.turn, first.code, "anna", start=first.start, end=first.end)
    accepted = accept_suggestion(sample, first.id, "anna")  # not refused, not a second coding
    assert accepted.id == own.id and [c.id for c in codings(sample)] == [own.id]
    assert first.id not in {s.id for s in service.suggestions(sample)}
    event, what = undo(sample, "anna")
    assert event.action == "accept" and what == f"opened suggestion {first.id} again"
    assert [c.id for c in codings(sample)] == [own.id]  # the coding stays
    assert first.id in {s.id for s in service.suggestions(sample)}


def test_a_suggestion_inside_a_passage_the_coder_coded_is_accepted_as_that_coding(sample):
    from qualkod.coding import add_coding

    service.suggest(sample, transcript="1")
    inside = next(s for s in service.suggestions(sample) if s.start > 0)  # not the whole turn
    whole = add_coding(sample, "1", inside.turn, inside.code, "anna")  # the whole turn
    accepted = accept_suggestion(sample, inside.id, "anna")
    assert accepted.id == whole.id and [c.id for c in codings(sample)] == [whole.id]
    assert inside.id not in {s.id for s in service.suggestions(sample)}


def test_a_rejected_suggestion_says_how_to_code_it_after_all(sample):
    service.suggest(sample, transcript="1")
    first = service.suggestions(sample)[0]
    reject_suggestion(sample, first.id, "anna")
    with pytest.raises(QualkodError) as caught:
        accept_suggestion(sample, first.id, "anna")
    assert caught.value.for_option() == (
        f"suggestion {first.id} is already rejected by anna; to code the passage after all, use "
        f"'qualkod code add --transcript 1 --turn {first.turn} --code {first.code}' (or "
        "'qualkod undo' if the rejection was your last decision)"
    )
    assert str(caught.value) == (  # in Python, the calls
        f"suggestion {first.id} is already rejected by anna; to code the passage after all, use "
        f"qualkod.coding.add_coding(p, 1, {first.turn}, '{first.code}', coder) (or "
        "qualkod.coding.undo(p, coder) if the rejection was your last decision)"
    )


def test_a_suggestion_of_a_code_the_new_codebook_lacks_names_it(sample, tmp_path):
    service.suggest(sample, transcript="1")
    first = service.suggestions(sample)[0]
    text = (REPO / "codebooks" / "samsjuklighet.yaml").read_text(encoding="utf-8")
    assert f"id: {first.code}\n" in text
    changed = tmp_path / "kodbok.yaml"
    renamed = re.sub(rf"\b{first.code}\b", "nytt_namn", text)  # the id and its passages
    changed.write_text(renamed.replace('version: "1.5"', 'version: "1.6"'), encoding="utf-8")
    (tmp_path / "tyrstrup-2014.yaml").write_bytes(
        (REPO / "codebooks" / "tyrstrup-2014.yaml").read_bytes()
    )
    use_codebook(sample, changed, force=True)
    with pytest.raises(QualkodError) as caught:
        accept_suggestion(sample, first.id, "anna")
    assert str(caught.value).startswith(
        f"suggestion {first.id} carries {first.code}, which codebook samsjuklighet 1.6 lacks; "
        "run qualkod.suggest.suggest(p) again, or accept it as another code with code=..."
    )


def test_train_for_a_coder_learns_from_her_rejections_only(sample):
    service.suggest(sample, transcript="1")
    first, second, third = service.suggestions(sample)[:3]
    reject_suggestion(sample, first.id, "anna")
    reject_suggestion(sample, second.id, "anna")
    reject_suggestion(sample, third.id, "eva")
    assert service.train(sample, "eva").rejected == 1
    assert service.train(sample).rejected == 3


def test_train_then_suggest_uses_the_classifier(sample):
    import_codings(sample, SAMPLES / "codings.csv")
    calls = []
    result = service.train(sample, "kodare1", progress=lambda *call: calls.append(call))
    # Steps: load the language model, analyse the examples, fit (and store).
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    # 78 examples under the codes and 3,068 training passages in the codebook.
    assert result.coded_turns == 102 and result.codebook_examples == 78 + 3068
    suggested = service.suggest(sample)
    assert suggested.model_version == result.version
    assert "classifier" in service.suggestions(sample)[0].method


def test_train_for_a_coder_who_has_coded_nothing_says_so(cli, sample):
    import_codings(sample, SAMPLES / "codings.csv")
    result = cli("train", "--coder", "kodare")  # a typo, or a new blind coder
    assert result.exit_code == 0
    assert result.stderr.strip().splitlines()[-1] == (
        "Warning: --coder kodare: has coded no interview yet, so the classifier learnt from "
        "the codebook's examples alone; check the name with 'qualkod coders'"
    )
    assert "Warning" not in cli("train", "--coder", "kodare1").stderr


def _codebook(project):
    from qualkod.project import current_codebook

    return current_codebook(project)[0]


@pytest.mark.one_backend
def test_train_and_test_never_sees_the_test_interviews(sample):
    from qualkod.suggest.engine import Suggester
    from qualkod.suggest.evaluation import EvalTurn, train_and_test

    codebook = _codebook(sample)
    # Hand-made turns: the training turn says the test turn's words with the opposite label.
    train = [EvalTurn(("a", 1), "Vi ringer alltid grannen först när något händer.", ())]
    test = [
        EvalTurn(
            ("b", 1),
            "Regionen säger nej och då får vi ta hela ansvaret själva.",
            ((0, 10, "bristande_ansvar"),),
        )
    ]
    reports = train_and_test(Suggester(codebook), train, test, modes=("lexicon", "combined"))
    assert reports["lexicon"].turns == 1 and reports["combined"].folds == 1
    assert reports["lexicon"].themes[0].support == 1  # the gold theme of the test turn


def test_suggest_works_with_the_network_blocked(cli, sample, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    result = cli("suggest", "--transcript", "2")
    assert result.exit_code == 0, result.stderr
    # the focus group has 66 interviewee turns; the turns suggested for are counted from
    # the listing of every stored suggestion
    every = list(csv.DictReader(io.StringIO(cli("suggestions", "--format", "csv").stdout)))
    suggested = len({(r["transcript"], r["turn"]) for r in every})
    assert 0 < suggested < 66
    assert f"{len(every)} suggestions in {suggested} of 66 interviewee turns" in result.stdout
    assert "lexicon only; run 'qualkod train' for a classifier" in result.stdout
    listing = cli("suggestions", "--format", "csv", "--theme", "samverkan")
    rows = list(csv.DictReader(io.StringIO(listing.stdout)))
    assert list(rows[0]) == [
        "id",
        "transcript",
        "turn",
        "speaker",
        "start",
        "end",
        "theme",
        "code",
        "score",
        "evidence",
        "text",
    ]
    assert {r["theme"] for r in rows} == {"samverkan"}
    misspelt = cli("suggestions", "--theme", "samverkn")
    assert misspelt.exit_code == 1 and "Traceback" not in misspelt.stderr
    assert "--theme samverkn: not a theme of codebook samsjuklighet" in misspelt.stderr
    missing = cli("suggest", "--transcript", "9")
    assert missing.exit_code == 1 and "transcript '9'" in missing.stderr


def test_cli_train_evaluate_accept(cli, sample):
    cli("codings", "import", SAMPLES / "codings.csv")
    trained = cli("train")
    assert trained.exit_code == 0 and "Trained classifier" in trained.stdout
    assert "Training" not in trained.stderr and "━" not in trained.stderr  # piped: no bar
    too_high = cli("suggest", "--threshold", "2")
    assert too_high.exit_code == 2  # a usage error, before the project is touched
    assert "'--threshold': give a number up to 1" in too_high.stderr
    cli("suggest", "--transcript", "1")
    first = next(csv.DictReader(io.StringIO(cli("suggestions", "--format", "csv").stdout)))
    accepted = cli("suggestions", "accept", first["id"], "--coder", "anna")
    assert accepted.exit_code == 0 and "Accepted suggestion" in accepted.stdout
    evaluated = cli("evaluate", "--coder", "kodare1", "--folds", "2", "--format", "csv")
    assert evaluated.stderr == ""  # piped: no progress
    rows = list(csv.DictReader(io.StringIO(evaluated.stdout)))
    assert {r["mode"] for r in rows} == {"naive", "lexicon", "classifier", "combined"}
    micro = next(r for r in rows if r["mode"] == "combined" and r["theme"] == "micro")
    assert 0 <= float(micro["subcode_accuracy"]) <= 1 and int(micro["subcodes_judged"]) > 0
    naive = next(r for r in rows if r["mode"] == "naive" and r["theme"] == "micro")
    # The theme's name in the turn names no sub-code: where judged at all, never right.
    assert naive["subcode_accuracy"] in ("", "0.000")
    more_folds_than_interviews = cli("evaluate", "--coder", "kodare1", "--folds", "3")
    assert more_folds_than_interviews.stderr.strip() == (
        "Warning: --folds 3: the codings cover 2 interviews, so 2 folds were run "
        "(each interview left out in turn)"
    )
    shown = more_folds_than_interviews.stdout.splitlines()
    headers = [line for line in shown if "kappa" in line]
    assert len(headers) == 4  # a table per mode
    assert all(h.rstrip().endswith("sub-code ┃") for h in headers)  # 80 columns, none cut
    judged, right = micro["subcodes_judged"], micro["subcodes_right"]
    combined = shown[[line.strip() for line in shown].index("combined") :]  # its title
    micro_row = next(line for line in combined if "│ micro" in line)
    assert re.search(rf"│ {right}/{judged} +│$", micro_row)
    assert float(micro["subcode_accuracy"]) == round(int(right) / int(judged), 3)


@pytest.mark.one_backend
def test_small_batches_give_the_same_suggestions(sample):
    def stored():
        return [
            (s.transcript_id, s.turn, s.start, s.end, s.code, s.score, s.evidence)
            for s in service.suggestions(sample)
        ]

    service.suggest(sample)
    whole = stored()
    service.suggest(sample, batch_size=5)
    assert stored() == whole


def test_a_classifier_this_version_cannot_read_asks_for_training(sample, cli):
    from qualkod.store import codebooks as codebook_store
    from qualkod.store import suggestions as suggestion_store

    with sample.write() as conn:
        row = codebook_store.current_codebook(conn).row_id
        suggestion_store.store_model(
            conn,
            {
                "name": "qualkod.theme_classifier.v1",
                "version": "gammal",
                "coder": None,
                "codebook_row": row,
                "examples": 1,
                "labels": ["samverkan"],
                "data": b"not a model",
            },
        )
    with pytest.raises(
        QualkodError, match=r"older version of qualkod; run qualkod\.suggest\.train\(p\) to"
    ):
        service.suggest(sample)
    result = cli("suggest")
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error:") and "qualkod train" in result.output
    assert "Traceback" not in result.output


@pytest.mark.one_backend
def test_the_cycle_collector_is_back_as_it_was_after_a_run(sample, monkeypatch):
    import gc

    service.suggest(sample, transcript="1")
    assert gc.isenabled() and gc.get_freeze_count() == 0

    def failing(*args, **kwargs):
        raise RuntimeError("stopped half-way")

    monkeypatch.setattr(service, "_store_suggestions", failing)
    with pytest.raises(RuntimeError):
        service.suggest(sample, transcript="1")
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_train_says_how_much_evidence_each_theme_has(cli, project):
    use_codebook(project, REPO / "tests" / "data" / "codebook" / "valid.yaml")
    thin = cli("train")
    assert thin.exit_code == 0, thin.stderr
    assert "Evidence per theme" in thin.stdout
    # one example of each kind for ansvar, none for samarbete: neither is learnt
    assert (
        "fewer than 5 examples on a side for ansvar, samarbete: the classifier does not learn "
        "them, and their suggestions rest on the codebook's lexicon alone"
    ) in thin.stderr
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    default = cli("train")  # the default codebook's passages are evidence enough
    assert "Warning" not in default.stderr


def test_a_theme_with_too_few_examples_is_suggested_by_its_lexicon_alone(project, tmp_path):
    """Fitted on one example of each kind, a classifier found the theme likely on every
    turn; unlearnt, the theme's suggestions are the lexicon's, score for score."""
    from qualkod.importing import import_files

    talk = tmp_path / "samtal.txt"
    talk.write_text(
        "Karin Lindqvist: Hur ser det ut hos er?\n"
        "Åsa Tornberg: Ingen tar ansvar när han skrivs ut, allt faller mellan stolarna.\n"
        "Karin Lindqvist: Och på vardagarna?\n"
        "Åsa Tornberg: Vi äter lunch tillsammans och pratar om vädret.\n"
        "Karin Lindqvist: Något mer?\n"
        "Åsa Tornberg: Bussen går varje timme från torget.\n",
        encoding="utf-8",
    )
    import_files(project, [talk], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "tests" / "data" / "codebook" / "valid.yaml")
    before = service.suggest(project)
    lexicon = [(s.turn, s.theme, s.score) for s in service.suggestions(project)]
    service.train(project)
    after = service.suggest(project)
    assert after.model_version is not None
    assert [(s.turn, s.theme, s.score) for s in service.suggestions(project)] == lexicon
    assert after.suggestions == before.suggestions == 1  # the turn that names ansvar


def test_relearn_after_enough_decisions_only(sample):
    assert service.relearn(sample, every=1) is None  # never trained: nothing to keep fresh
    assert service.decisions_since_training(sample) is None
    service.train(sample)
    service.suggest(sample, transcript="1")
    assert service.decisions_since_training(sample) == 0
    first, second = service.suggestions(sample)[:2]
    reject_suggestion(sample, first.id, "anna")
    accept_suggestion(sample, second.id, "anna")
    assert service.decisions_since_training(sample) == 2
    said: list[int] = []
    assert service.relearn(sample, every=3, announce=said.append) is None
    again = service.relearn(sample, every=2, announce=said.append)
    assert again is not None and again.rejected == 1 and again.coded_turns == 36
    assert said == [2]  # told before the fitting, once
    assert service.decisions_since_training(sample) == 0


def test_train_with_nothing_to_learn_from_says_what_to_add(cli, project, tmp_path):
    bare = tmp_path / "tom.yaml"
    bare.write_text(
        "codebook:\n  id: tom\n  name: Tom kodbok\n  version: '0.1'\n  authors: [Testare]\n"
        "  description: Utan exempel.\n"
        "themes:\n  - id: samverkan\n    name: Samverkan\n    definition: Man arbetar ihop.\n",
        encoding="utf-8",
    )
    use_codebook(project, bare)
    result = cli("train")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "nothing to learn from" in result.stderr
    assert "add examples to the codebook or code some turns" in result.stderr


def test_suggest_says_the_classifier_belongs_to_the_codebook_used_before(cli, project, tmp_path):
    from qualkod.importing import import_files

    talk = tmp_path / "samtal.txt"
    talk.write_text(
        "Maja Holm: Hur går det till?\n"
        "Per Ekdahl: Ingen tar ansvar för honom, kommunen och regionen skickar honom runt.\n",
        encoding="utf-8",
    )
    import_files(project, [talk], interviewers=["Maja Holm"])
    use_codebook(project, REPO / "tests" / "data" / "codebook" / "valid.yaml")
    assert cli("train").exit_code == 0
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    result = cli("suggest")
    assert result.exit_code == 0, result.stderr
    assert (
        "lexicon only: the classifier was trained for codebook liten 0.1; "
        "run 'qualkod train' for this one"
    ) in " ".join(result.stdout.split())
    use_codebook(project, REPO / "tests" / "data" / "codebook" / "valid.yaml")
    back = cli("suggest")  # the classifier of the codebook chosen again is used again
    assert "lexicon + classifier" in back.stdout and "trained for codebook" not in back.stdout


def test_a_new_codebook_without_a_suggestions_code_says_how_many_are_stale(sample, tmp_path):
    service.suggest(sample, transcript="1")
    open_codes = [s.code for s in service.suggestions(sample)]
    small = tmp_path / "liten.yaml"
    small.write_text(
        "codebook:\n  id: liten\n  name: Liten\n  version: '0.1'\n"
        "themes:\n  - id: samverkan\n    name: Samverkan\n    definition: Arbete ihop.\n",
        encoding="utf-8",
    )
    use = use_codebook(sample, small, force=True)
    assert use.stale_suggestions == sum(code != "samverkan" for code in open_codes) > 0


def _decide_at_once(sample, project_path, deciders) -> tuple[list[int], list[list[str]]]:
    """Each (coder, decision) in a thread of its own, on a connection of its own, all
    deciding the same six suggestions at the same moments; what each was told."""
    import threading

    from qualkod.store import open_project

    service.suggest(sample, transcript="1")
    ids = [s.id for s in service.suggestions(sample)][:6]
    outcomes: list[list[str]] = [[] for _ in deciders]
    barrier = threading.Barrier(len(deciders))

    def decide(n: int, coder: str, decision) -> None:
        own = open_project(project_path)
        try:
            for suggestion_id in ids:
                barrier.wait()
                try:
                    decision(own, suggestion_id, coder)
                    outcomes[n].append("saved")
                except QualkodError as refused:
                    outcomes[n].append(str(refused))
        finally:
            own.close()

    threads = [
        threading.Thread(target=decide, args=(n, coder, decision))
        for n, (coder, decision) in enumerate(deciders)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return ids, outcomes


def test_two_coders_deciding_one_suggestion_at_the_same_moment_each_keep_theirs(
    sample, project_path
):
    from qualkod.coding import history

    ids, (anna, bo) = _decide_at_once(
        sample, project_path, [("anna", accept_suggestion), ("bo", reject_suggestion)]
    )
    assert anna == bo == ["saved"] * 6  # each coder decides for themselves
    annas = {s.id: s.status for s in service.suggestions(sample, status=None, coder="anna")}
    bos = {s.id: s.status for s in service.suggestions(sample, status=None, coder="bo")}
    assert [annas[i] for i in ids] == ["accepted"] * 6
    assert [bos[i] for i in ids] == ["rejected"] * 6
    assert len(codings(sample, coder="anna")) == 6 and codings(sample, coder="bo") == []
    logged = [e for e in history(sample) if e.action in ("accept", "reject", "create")]
    assert len(logged) == 12


def test_one_coder_deciding_one_suggestion_twice_at_the_same_moment_makes_one_decision(
    sample, project_path
):
    from qualkod.coding import history

    ids, (first, second) = _decide_at_once(  # anna in two windows
        sample, project_path, [("anna", accept_suggestion), ("anna", reject_suggestion)]
    )
    for accepted, rejected in zip(first, second, strict=True):
        assert [accepted, rejected].count("saved") == 1, (accepted, rejected)  # never both
        refused = rejected if accepted == "saved" else accepted
        assert re.fullmatch(
            r"suggestion \d+ (was|is already) (accepted|rejected) by anna.*", refused
        ), refused
    # one decision per suggestion in the audit trail, and a coding only for the accepted
    by_id = {s.id: s for s in service.suggestions(sample, status=None, coder="anna")}
    accepted = [i for i in ids if by_id[i].status == "accepted"]
    assert first.count("saved") == len(accepted)
    assert len(codings(sample)) == len(accepted)
    logged = [e for e in history(sample) if e.action in ("accept", "reject", "create")]
    assert len(logged) == len(ids)


def test_a_refused_value_is_named_by_its_parameter(project):
    from qualkod.errors import ParameterError
    from qualkod.suggest.project_evaluation import evaluate

    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    with pytest.raises(ParameterError) as theme:
        service.suggestions(project, theme="nope")
    assert str(theme.value) == (
        "theme='nope': not a theme of codebook samsjuklighet; "
        "themes: bristande_ansvar, samverkan, situationsanpassning"
    )
    assert theme.value.for_option().startswith("--theme nope: not a theme of codebook")
    with pytest.raises(ParameterError) as threshold:
        service.suggest(project, threshold=1.5)
    assert str(threshold.value) == "threshold=1.5: use a number from 0 to 1"
    with pytest.raises(ParameterError) as folds:
        evaluate(project, folds=1)
    assert (str(folds.value), folds.value.for_option()) == (
        "folds=1: use 2 or more",
        "--folds 1: use 2 or more",
    )
    with pytest.raises(QualkodError) as nothing:
        evaluate(project)
    assert str(nothing.value).endswith(
        "code some turns or give gold (codings read with gold_codings)"
    )
