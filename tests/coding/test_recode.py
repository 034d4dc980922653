"""Recoding: a coder's codings of one code moved to another, and undone as one decision."""

from __future__ import annotations

import json

import pytest

from qualkod.coding import (
    add_coding,
    add_link,
    add_memo,
    codings,
    feature_coding,
    history,
    links,
    recode,
    remove_coding,
    undo,
)
from qualkod.errors import QualkodError


def _codes(project, coder: str) -> dict[int, str]:
    return {c.id: c.code_id for c in codings(project, coder=coder)}


def test_the_coders_codings_move_with_their_id_span_memo_and_links(coded_project):
    first = add_coding(coded_project, "1", 2, "samarbete", "anna")
    second = add_coding(coded_project, "1", 4, "samarbete", "anna", quote="De backar undan")
    feature_coding(coded_project, second.id, "anna")
    other_code = add_coding(coded_project, "2", 2, "samordning", "anna")
    theirs = add_coding(coded_project, "1", 2, "samarbete", "bo")
    add_memo(coded_project, "en notering", "anna", coding_id=first.id)
    link = add_link(coded_project, first.id, "organisatoriska_mellanrum", "anna")

    done = recode(coded_project, "samarbete", "samordning", "anna")

    assert done.codings == (first.id, second.id) and done.coders == ("anna",)
    assert _codes(coded_project, "anna") == {
        first.id: "samordning",
        second.id: "samordning",
        other_code.id: "samordning",
    }
    assert _codes(coded_project, "bo") == {theirs.id: "samarbete"}  # not anna's to change
    moved = {c.id: c for c in codings(coded_project, coder="anna")}
    assert (moved[second.id].start, moved[second.id].end) == (0, 15)
    assert moved[second.id].featured and moved[first.id].memo == "en notering"
    assert [(x.id, x.coding_id) for x in links(coded_project)] == [(link.id, first.id)]
    logged = [e for e in history(coded_project, first.id) if e.action == "recode"]
    assert len(logged) == 1
    assert json.loads(logged[0].before)["code"] == "samarbete"
    assert json.loads(logged[0].after)["code"] == "samordning"


def test_undo_moves_every_coding_of_the_recoding_back_at_once(coded_project):
    a = add_coding(coded_project, "1", 2, "samarbete", "anna")
    b = add_coding(coded_project, "2", 2, "samarbete", "anna")
    recode(coded_project, "samarbete", "samordning", "anna")
    event, what = undo(coded_project, "anna")
    assert event.action == "recode"
    assert what == f"moved codings {a.id}, {b.id} back from samordning to samarbete"
    assert _codes(coded_project, "anna") == {a.id: "samarbete", b.id: "samarbete"}
    # the next undo goes to the decision before the recoding: coding b's creation
    event, _ = undo(coded_project, "anna")
    assert (event.action, event.coding_id) == ("create", b.id)


def test_two_recodings_in_a_row_are_two_decisions(coded_project):
    a = add_coding(coded_project, "1", 2, "samarbete", "anna")
    b = add_coding(coded_project, "1", 4, "fall_till_fall", "anna")
    recode(coded_project, "samarbete", "samordning", "anna")
    recode(coded_project, "fall_till_fall", "flexibla_arbetssatt", "anna")
    undo(coded_project, "anna")
    assert _codes(coded_project, "anna") == {a.id: "samordning", b.id: "fall_till_fall"}


def test_others_and_one_transcript(coded_project):
    mine = add_coding(coded_project, "1", 2, "samarbete", "anna")
    elsewhere = add_coding(coded_project, "2", 2, "samarbete", "anna")
    theirs = add_coding(coded_project, "1", 2, "samarbete", "bo")
    done = recode(coded_project, "samarbete", "samordning", "anna", transcript="1", others=True)
    assert done.codings == (mine.id, theirs.id) and done.coders == ("anna", "bo")
    assert _codes(coded_project, "anna") == {mine.id: "samordning", elsewhere.id: "samarbete"}
    assert _codes(coded_project, "bo") == {theirs.id: "samordning"}


def test_refusals_change_nothing(coded_project):
    a = add_coding(coded_project, "1", 2, "samarbete", "anna")
    clash = add_coding(coded_project, "1", 2, "samordning", "anna", quote="I fyra år")
    removed = add_coding(coded_project, "1", 4, "fall_till_fall", "anna")
    remove_coding(coded_project, removed.id, "anna")
    cases = [
        (("samarbete", "finns_inte"), "finns_inte: not in codebook samsjuklighet 1.5"),
        (("samarbete", "samarbete"), "the codings have that code already"),
        (("fall_till_fall", "samarbete"), "anna has no live codings of fall_till_fall"),
        (
            ("samarbete", "samordning"),
            f"coding {a.id} (samarbete) and coding {clash.id} (samordning) of anna share "
            "words of turn 2; nothing was recoded",
        ),
    ]
    for (old, new), said in cases:
        with pytest.raises(QualkodError) as caught:
            recode(coded_project, old, new, "anna")
        assert said in str(caught.value)
        assert "\n" not in str(caught.value)
    assert _codes(coded_project, "anna") == {a.id: "samarbete", clash.id: "samordning"}
    assert not [e for e in history(coded_project) if e.action == "recode"]


def test_undo_is_refused_when_another_coder_changed_a_recoded_coding(coded_project):
    a = add_coding(coded_project, "1", 2, "samarbete", "anna")
    recode(coded_project, "samarbete", "samordning", "anna")
    feature_coding(coded_project, a.id, "bo", others=True)
    with pytest.raises(QualkodError, match="changed it \\('feature'\\) after your 'recode'"):
        undo(coded_project, "anna")
    assert _codes(coded_project, "anna") == {a.id: "samordning"}


def test_recode_on_the_command_line(coded_project, cli):
    add_coding(coded_project, "1", 2, "samarbete", "anna")
    add_coding(coded_project, "2", 2, "samarbete", "anna")
    result = cli("code", "recode", "samarbete", "samordning", "--coder", "anna")
    assert result.exit_code == 0, result.output
    assert "Recoded 2 codings of anna from samarbete to samordning" in result.stdout
    result = cli("code", "recode", "samarbete", "samordning", "--coder", "anna")
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("Error: anna has no live codings of samarbete")
    result = cli("undo", "--coder", "anna")
    assert result.exit_code == 0 and "back from samordning to samarbete" in result.stdout
