"""A 'code done' mark on an interviewer's turn counts nowhere.

'code done' refuses an interviewer's turn (nothing is coded there, so nothing is left to
decide), but a project can hold such a mark from before it did. The mark is written here
straight into the store, as an older qualkod left it: progress, the coders' overview and
the REFI-QDA export leave it out, and it counts again once the speaker is no longer the
interviewer (it was kept, not deleted).
"""

from __future__ import annotations

from qualkod.coding import coders, decided_marks, decided_turns, mark_decided
from qualkod.export.refi_qda import write_qdpx
from qualkod.models import Role
from qualkod.project import set_speaker
from tests.raw_sql import execute, scalars


def _old_mark(location, turn: int) -> None:
    """Anna's mark on turn ``turn`` of transcript 1, as a version without the check
    stored it."""
    execute(
        location,
        "INSERT INTO reviews (id, transcript_id, turn_idx, coder, reviewed_at, deleted) "
        f"VALUES (9001, 1, {turn}, 'anna', '2025-03-04T09:30:00+00:00', false)",
    )


def test_an_old_mark_on_an_interviewer_turn_is_ignored_everywhere(
    coded_project, project_path, tmp_path
):
    # teams-new.vtt: turn 1 is Karin Lindqvist's (the interviewer), turn 2 Maria's
    mark_decided(coded_project, "1", 2, "anna")
    _old_mark(project_path, 1)
    assert scalars(project_path, "SELECT COUNT(*) FROM reviews WHERE deleted = false") == (2,)

    assert decided_turns(coded_project, "anna") == {(1, 2)}
    assert [(m.transcript_id, m.turn, m.coder) for m in decided_marks(coded_project)] == [
        (1, 2, "anna")
    ]
    (anna,) = coders(coded_project)
    assert anna.turns == 1
    assert write_qdpx(coded_project, tmp_path / "p.qdpx").decided == 1

    # Karin was taken for the interviewer by mistake: the mark counts again
    set_speaker(coded_project, "Karin Lindqvist", role=Role.INTERVIEWEE)
    assert decided_turns(coded_project, "anna") == {(1, 1), (1, 2)}
    assert write_qdpx(coded_project, tmp_path / "q.qdpx").decided == 2


def test_mark_decided_on_an_interviewer_turn_raises_a_parameter_error_naming_turn(
    coded_project, project_path
):
    import pytest

    from qualkod.errors import ParameterError

    # teams-new.vtt: turn 1 is Karin Lindqvist's question (the interviewer, Intervjuare 1)
    with pytest.raises(ParameterError) as refused:
        mark_decided(coded_project, "1", 1, "anna")
    assert refused.value.parameter == "turn" and refused.value.value == 1
    assert str(refused.value) == (
        "turn=1: it is the interviewer's (Intervjuare 1); interviewer turns are not coded, "
        "so there is nothing to mark decided; mark what the interviewees say, or correct "
        "the role with qualkod.project.set_speaker(p, ...)"
    )
    assert "Lindqvist" not in str(refused.value) and "Karin" not in str(refused.value)
    assert decided_marks(coded_project) == []  # nothing stored, nothing logged
    assert scalars(project_path, "SELECT COUNT(*) FROM reviews") == (0,)
    assert scalars(project_path, "SELECT COUNT(*) FROM events WHERE action = 'review'") == (0,)
