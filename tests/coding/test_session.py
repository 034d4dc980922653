"""The interactive session's actions, without a terminal: each saves through the API."""

from __future__ import annotations

import pytest

from qualkod.coding import codings, decided_turns, history
from qualkod.coding.session import CodingSession, SessionError
from qualkod.importing import import_files
from qualkod.project import use_codebook
from qualkod.suggest import service
from tests.conftest import DATA, REPO

SESSION_VTT = DATA / "coding" / "session.vtt"


@pytest.fixture
def suggested(project):
    """One interview: turns 2, 4, 6 are the interviewee's; 2 and 4 have suggestions."""
    import_files(project, [SESSION_VTT], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    service.suggest(project)
    return project


def _session(project, **options) -> CodingSession:
    return CodingSession(project, "kodare1", **options)


def test_walks_interviewee_turns_and_shows_context(suggested):
    session = _session(suggested)
    assert [turn for _, turn in session.turns] == [2, 4, 6]
    assert session.turn.speaker.pseudonym == "IP 1"
    before, after = session.neighbours()
    assert before.speaker.pseudonym == "Intervjuare 1" and after.index == 3
    items = session.items()
    assert [i.suggestion.code for i in items] == [
        "samarbete",
        "ansvar_skjuts_undan",
        "samverkan",
    ]
    assert session.progress().decided == 0 and session.progress().total == 3


def test_accept_narrowed_span_saves_a_coding_and_closes_the_suggestion(suggested):
    session = _session(suggested)
    session.next_item()  # ansvar_skjuts_undan, two sentences
    assert session.narrow() == "selection: 1 sentence"
    assert session.accept().startswith("accepted")
    (coding,) = codings(suggested, coder="kodare1")
    assert coding.quote == "Regionen backar undan och säger att det är vårt ärende."
    assert coding.code_id == "ansvar_skjuts_undan"
    accepted = service.suggestions(suggested, status="accepted")
    assert [s.code for s in accepted] == ["ansvar_skjuts_undan"]
    assert session.progress().decided == 1


def test_widen_at_start_and_end_by_sentence(suggested):
    session = _session(suggested)
    assert session.span() == (0, 31)  # the first suggestion: one sentence
    with pytest.raises(SessionError, match="first sentence"):
        session.widen(at_start=True)
    text = session.turn.text
    session.widen()
    assert text[slice(*session.span())].endswith("vårt ärende.")
    session.widen()
    assert text[slice(*session.span())].endswith("helheten.")
    session.narrow(at_start=True)
    assert text[slice(*session.span())].startswith("Regionen")
    session.narrow()
    assert text[slice(*session.span())] == (
        "Regionen backar undan och säger att det är vårt ärende."
    )


def test_reject_then_undo_opens_the_suggestion_again(suggested):
    session = _session(suggested)
    session.reject()
    assert [s.code for s in service.suggestions(suggested, status="rejected")] == ["samarbete"]
    assert session.items()[-1].suggestion.status == "rejected"
    assert "opened suggestion" in session.undo()
    assert service.suggestions(suggested, status="rejected") == []


def test_undo_of_an_accept_removes_the_coding_and_opens_the_suggestion(suggested):
    session = _session(suggested)
    session.accept()
    session.next()
    assert session.turn.index == 4
    message = session.undo()
    assert "opened suggestion" in message
    assert session.turn.index == 2  # the session goes to the undone decision's turn
    assert codings(suggested, coder="kodare1") == []
    assert len(service.suggestions(suggested, status="open")) == 4


def test_apply_another_code_memo_and_feature(suggested):
    session = _session(suggested)
    session.next()  # turn 4
    session.apply_code("situationsanpassning")
    focused = [i for i in session.items() if i.coding is not None]
    assert [i.coding.code_id for i in focused] == ["situationsanpassning"]
    assert session.memo("Planen gör att de kan anpassa sig.").startswith("memo saved")
    assert session.feature().endswith("featured")
    (coding,) = codings(suggested, coder="kodare1")
    assert coding.featured and coding.memo == "Planen gör att de kan anpassa sig."
    assert [e.action for e in history(suggested)][-3:] == ["create", "memo", "feature"]
    with pytest.raises(Exception, match="already coded"):
        session.apply_code("situationsanpassning")


def test_decide_marks_uncoded_turns_and_progress_counts_them(suggested):
    session = _session(suggested)
    session.next()
    session.next()  # turn 6: nothing suggested
    assert session.items() == []
    assert session.decide() == "turn 6 decided"
    assert decided_turns(suggested, "kodare1") == {(1, 6)}
    progress = session.progress()
    assert (progress.decided, progress.total) == (1, 3)
    assert "undecided again" in session.undo()
    assert decided_turns(suggested, "kodare1") == set()


def test_per_theme_progress(suggested):
    session = _session(suggested)
    assert session.progress().themes == {"bristande_ansvar": (0, 1), "samverkan": (0, 2)}
    session.next_item()
    session.reject()
    assert session.progress().themes["bristande_ansvar"] == (1, 1)


def test_resumes_at_the_first_undecided_turn(suggested):
    _session(suggested).accept()
    assert _session(suggested).turn.index == 4


def test_theme_and_only_suggested_narrow_the_walk(suggested):
    session = _session(suggested, theme="bristande_ansvar", only_suggested=True)
    assert [turn for _, turn in session.turns] == [2]
    assert [i.suggestion.code for i in session.items()] == ["ansvar_skjuts_undan"]
    with pytest.raises(SessionError, match="^theme='nonsense': not in the codebook"):
        _session(suggested, theme="nonsense")


def test_search_wraps_and_reports_misses(suggested):
    session = _session(suggested)
    assert "turn 6" in session.search("CYKELN")
    assert "turn 2" in session.search("skratt")
    with pytest.raises(SessionError, match="in no turn"):
        session.search("ubåt")


def test_errors_name_what_to_do(suggested):
    session = _session(suggested)
    session.next()
    session.next()
    with pytest.raises(SessionError, match="select a suggestion"):
        session.accept()
    with pytest.raises(SessionError, match="code the turn first"):
        session.feature()
    with pytest.raises(SessionError, match="last turn"):
        session.next()


def test_learns_from_every_n_decisions_when_a_classifier_is_trained(suggested):
    untrained = _session(suggested, learn_every=1)
    assert "learnt" not in untrained.reject()  # no classifier: the lexicon's suggestions stay
    service.train(suggested)
    service.suggest(suggested)
    session = _session(suggested, learn_every=2)
    first = session.decide()
    assert "learnt" not in first
    second = session.decide()
    assert "learnt from your decisions" in second
    assert service.decisions_since_training(suggested) == 0
    assert len(service.suggestions(suggested, status="rejected")) == 1  # decisions stay
    assert "learnt" not in _session(suggested, learn_every=0).decide()


def test_link_the_selected_coding_to_a_concept_codebook_concepts_first(suggested):
    from qualkod.coding import links

    session = _session(suggested)
    session.next_item()  # ansvar_skjuts_undan
    session.accept()
    session.next_item()  # past samverkan, the next suggestion, to the new coding
    choices = session.concept_choices()
    # The codebook links ansvar_skjuts_undan (and its theme) to these concepts (YAML).
    in_codebook = [cid for cid, _, linked in choices if linked]
    assert in_codebook == [
        "organisatoriska_mellanrum",
        "arbetskraftsintensiva_tjanster",
        "ansvarsgranser_och_organisationstillhorighet",
    ]
    assert [cid for cid, _, _ in choices][:3] == in_codebook and len(choices) == 12
    assert session.link("integrering").startswith("linked coding")
    coding = next(i.coding for i in session.items() if i.coding is not None)
    assert [k.concept_id for k in session.links_of(coding)] == ["integrering"]
    assert "integrering" not in [cid for cid, _, _ in session.concept_choices()]
    assert [k.concept_id for k in links(suggested)] == ["integrering"]
    assert session.undo().startswith("undone: removed link")
    assert links(suggested) == []


def test_a_project_without_transcripts_is_told_to_import_one(project):
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    with pytest.raises(
        SessionError,
        match=r"no transcripts; import one with qualkod\.importing\.import_files\(p, FILE\)$",
    ):
        _session(project)


def test_memo_link_feature_and_remove_never_fall_back_to_the_only_coding(suggested):
    session = _session(suggested)
    session.accept()  # samarbete; the focus is on the next suggestion
    for action in (session.remove, session.feature, session.concept_choices):
        with pytest.raises(SessionError, match="select one of your codings first"):
            action()
    with pytest.raises(SessionError, match="select one of your codings first"):
        session.memo("Tappas inte")
    (coding,) = codings(suggested, coder="kodare1")
    assert not coding.featured and not coding.memo
