"""Team work: who coded what, conflicting decisions, blind coding, copying a project."""

from __future__ import annotations

import sys

import pytest

from qualkod.coding import (
    accept_suggestion,
    add_coding,
    add_link,
    add_memo,
    coders,
    codings,
    copy_project,
    export_codings,
    links,
    mark_decided,
    memos,
    reject_suggestion,
    remove_coding,
    remove_link,
    set_link_memo,
    undo,
)
from qualkod.coding.decisions import CodingError
from qualkod.coding.session import CodingSession
from qualkod.errors import ProjectError
from qualkod.importing import import_files
from qualkod.project import init_project
from qualkod.store import open_project
from qualkod.store import suggestions as suggestion_store
from qualkod.suggest import service
from tests.conftest import INGEST
from tests.raw_sql import execute, scalars


def test_coders_counts_codings_turns_and_decisions(coded_project):
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "1", 2, "bristande_ansvar", "anna")
    add_coding(coded_project, "1", 4, "samverkan", "anna")
    mark_decided(coded_project, "2", 2, "anna")  # an interviewee's turn in the other one
    third = add_coding(coded_project, "1", 2, "samverkan", "bo")
    remove_coding(coded_project, third.id, "bo")
    rows = {r.coder: r for r in coders(coded_project)}
    # anna: 3 live codings on turns 2 and 4, turn 2 of transcript 2 marked: 3 turns, 4
    # decisions.
    assert (rows["anna"].codings, rows["anna"].turns, rows["anna"].decisions) == (3, 3, 4)
    # bo: the coding was removed again: nothing live, 2 decisions (create, delete).
    assert (rows["bo"].codings, rows["bo"].turns, rows["bo"].decisions) == (0, 0, 2)
    assert rows["anna"].last_activity.startswith("20")


def test_removing_a_coding_another_coder_removed_says_who(coded_project):
    coding = add_coding(coded_project, "1", 2, "samverkan", "anna")
    remove_coding(coded_project, coding.id, "bo", others=True)
    with pytest.raises(CodingError, match=rf"coding {coding.id}: already removed by bo"):
        remove_coding(coded_project, coding.id, "anna")


def test_undo_does_not_wipe_out_another_coders_later_decision(coded_project):
    coding = add_coding(coded_project, "1", 2, "samverkan", "anna")
    remove_coding(coded_project, coding.id, "bo", others=True)
    with pytest.raises(CodingError, match="bo changed it \\('delete'\\) after your 'create'"):
        undo(coded_project, "anna")
    undo(coded_project, "bo")  # bo takes back the removal: anna's undo is free again
    undo(coded_project, "anna")
    assert [c.id for c in codings(coded_project)] == []


def _views(project, *coders):
    """Each coder's (status, decided_by) of every suggestion, by id."""
    return [
        {s.id: (s.status, s.decided_by) for s in service.suggestions(project, status=None, coder=c)}
        for c in coders
    ]


OPEN = ("open", None)


def test_each_coder_decides_every_suggestion_for_themselves(suggested):
    mine = accept_suggestion(suggested, 1, "kodare1")
    reject_suggestion(suggested, 2, "kodare1")
    one, two = _views(suggested, "kodare1", "kodare2")
    assert one == {1: ("accepted", "kodare1"), 2: ("rejected", "kodare1"), 3: OPEN, 4: OPEN}
    assert two == {1: OPEN, 2: OPEN, 3: OPEN, 4: OPEN}  # kodare1's decisions are not theirs
    assert [s.id for s in service.suggestions(suggested, coder="kodare2")] == [1, 2, 3, 4]
    theirs = accept_suggestion(suggested, 1, "kodare2")  # their own coding of it
    assert (mine.coder, mine.turn, mine.start, mine.end, mine.code_id) == (
        "kodare1",
        2,
        0,
        31,
        "samarbete",
    )
    assert (theirs.coder, theirs.turn, theirs.start, theirs.end, theirs.code_id) == (
        "kodare2",
        2,
        0,
        31,
        "samarbete",
    )
    assert theirs.id == mine.id + 1
    assert [c.id for c in codings(suggested, coder="kodare2")] == [theirs.id]
    with pytest.raises(CodingError, match=r"^suggestion 1 is already accepted by kodare1$"):
        accept_suggestion(suggested, 1, "kodare1")  # a coder decides once
    with pytest.raises(CodingError, match=r"^suggestion 1 is already accepted by kodare2$"):
        reject_suggestion(suggested, 1, "kodare2")
    with pytest.raises(CodingError, match=r"^suggestion 2 is already rejected by kodare1; "):
        reject_suggestion(suggested, 2, "kodare1")
    # every decision apart: two acceptances of 1, each as its coder's coding; one rejection
    with suggested.read() as conn:
        assert suggestion_store.accepted_as(conn, mine.id) == 1
        assert suggestion_store.accepted_as(conn, theirs.id) == 1
        rejected = suggestion_store.rejected_suggestions(conn)
    assert [(s.id, s.decided_by) for s in rejected] == [(2, "kodare1")]
    # without a coder: every decision (1 twice), and open is what nobody decided
    every = service.suggestions(suggested, status=None)
    assert [(s.id, s.status, s.decided_by) for s in every] == [
        (1, "accepted", "kodare1"),
        (1, "accepted", "kodare2"),
        (2, "rejected", "kodare1"),
        (3, "open", None),
        (4, "open", None),
    ]
    assert [s.id for s in service.suggestions(suggested)] == [3, 4]


def test_undo_opens_a_suggestion_again_to_its_coder_only(suggested):
    accept_suggestion(suggested, 1, "kodare1")
    theirs = accept_suggestion(suggested, 1, "kodare2")
    reject_suggestion(suggested, 2, "kodare2")
    reject_suggestion(suggested, 2, "kodare1")
    assert undo(suggested, "kodare2")[1] == "opened suggestion 2 again"
    assert undo(suggested, "kodare2")[1] == (
        f"removed coding {theirs.id} again and opened suggestion 1 again"
    )
    one, two = _views(suggested, "kodare1", "kodare2")
    assert one == {1: ("accepted", "kodare1"), 2: ("rejected", "kodare1"), 3: OPEN, 4: OPEN}
    assert two == {1: OPEN, 2: OPEN, 3: OPEN, 4: OPEN}
    again = accept_suggestion(suggested, 1, "kodare2")  # open to them again: a new coding
    assert again.id == theirs.id + 1 and again.coder == "kodare2"


def test_suggesting_again_keeps_every_coders_decisions(suggested):
    accept_suggestion(suggested, 1, "kodare1")
    reject_suggestion(suggested, 2, "kodare2")
    accept_suggestion(suggested, 2, "kodare1")
    service.suggest(suggested)  # the same lexicon: the same four passages again
    one, two = _views(suggested, "kodare1", "kodare2")
    # 1 and 2 stay with their decisions; 3 and 4, which nobody decided, are made anew
    # as 5 and 6 (an id is never given twice)
    assert one == {1: ("accepted", "kodare1"), 2: ("accepted", "kodare1"), 5: OPEN, 6: OPEN}
    assert two == {1: OPEN, 2: ("rejected", "kodare2"), 5: OPEN, 6: OPEN}
    shown = service.suggestions(suggested, status=None, coder="kodare2")
    assert [(s.turn, s.start, s.end, s.code) for s in shown] == [
        (2, 0, 31, "samarbete"),
        (2, 32, 126, "ansvar_skjuts_undan"),
        (2, 88, 126, "samverkan"),
        (4, 0, 132, "samordning"),
    ]
    with suggested.read() as conn:
        assert [c.id for c in codings(suggested, coder="kodare1")] == [1, 2]
        assert [suggestion_store.accepted_as(conn, i) for i in (1, 2)] == [1, 2]


def test_blind_session_shows_what_others_decided_as_open(suggested):
    reject_suggestion(suggested, 1, "anna")
    accept_suggestion(suggested, 2, "anna")
    blind = CodingSession(suggested, "bo", blind=True)
    shown = {
        s.id: (s.status, s.decided_by) for t in blind._transcripts.values() for s in t.suggestions
    }
    # the lexicon's suggestions learnt from no one: all four, none showing anna's decision
    assert shown == {1: OPEN, 2: OPEN, 3: OPEN, 4: OPEN}
    assert blind.blind_note is None
    reject_suggestion(suggested, 1, "bo")
    again = CodingSession(suggested, "bo", blind=True)
    shown = {
        s.id: (s.status, s.decided_by) for t in again._transcripts.values() for s in t.suggestions
    }
    assert shown == {1: ("rejected", "bo"), 2: OPEN, 3: OPEN, 4: OPEN}


def test_blind_session_hides_a_classifier_trained_on_others(coded_project):
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    service.train(coded_project)  # every coder's decisions: anna's
    service.suggest(coded_project)
    blind = CodingSession(coded_project, "bo", blind=True)
    shown = [s for t in blind._transcripts.values() for s in t.suggestions]
    assert shown == [] and "train --coder bo" in blind.blind_note
    assert blind.learn_every == 0
    service.train(coded_project, "bo")  # bo's own (none yet): the codebook's examples
    stale = CodingSession(coded_project, "bo", blind=True)  # suggestions still anna's model's
    assert [s for t in stale._transcripts.values() for s in t.suggestions] == []
    service.suggest(coded_project)
    again = CodingSession(coded_project, "bo", blind=True)
    assert again.blind_note is None
    shown = {s.id for t in again._transcripts.values() for s in t.suggestions}
    assert shown == {s.id for s in service.suggestions(coded_project)}  # all open ones


def test_copy_keeps_every_row_and_gives_no_id_twice(coded_project, project_path, tmp_path, request):
    first = add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "1", 4, "bristande_ansvar", "bo")
    remove_coding(coded_project, first.id, "anna")
    service.suggest(coded_project)
    reject_suggestion(coded_project, 1, "anna")
    reject_suggestion(coded_project, 1, "bo")
    before = tmp_path / "before.csv"
    export_codings(coded_project, before)
    source = str(project_path)
    # Through the other backend and back: file -> server -> file, or server -> file -> server.
    other = (
        str(tmp_path / "kopia.db")
        if source.startswith("postgresql")
        else _postgres_or_file(request, tmp_path)
    )
    copy_project(source, other)
    back = _second_location(request, source, tmp_path)
    copy_project(other, back)
    tables = (
        "events",
        "codings",
        "suggestions",
        "suggestion_decisions",
        "reviews",
        "speakers",
        "turns",
        "links",
    )
    counts = [f"SELECT count(*) FROM {t}" for t in tables]
    assert scalars(source, *counts) == scalars(other, *counts) == scalars(back, *counts)
    for location in (other, back):
        project = open_project(location)
        try:
            after = tmp_path / "after.csv"
            export_codings(project, after)
            assert after.read_bytes() == before.read_bytes()
            new = add_coding(project, "1", 2, "samverkan", "cecilia")
            assert new.id == 3  # 1 and 2 were given in the source, even though 1 is removed
            reject_suggestion(project, 1, "cecilia")  # a third decision of its own
            with project.read() as conn:
                rejected = suggestion_store.rejected_suggestions(conn)
            assert [s.decided_by for s in rejected] == ["anna", "bo", "cecilia"]
        finally:
            project.close()


def _postgres_or_file(request, tmp_path) -> str:
    try:
        server = request.getfixturevalue("postgres")
    except pytest.skip.Exception:
        return str(tmp_path / "mellan.db")
    return server.new_database()


def _second_location(request, source: str, tmp_path) -> str:
    if source.startswith("postgresql"):
        return request.getfixturevalue("postgres").new_database()
    return str(tmp_path / "tillbaka.db")


def test_copy_refuses_a_target_with_data_and_changes_nothing(coded_project, project_path, tmp_path):
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    taken = tmp_path / "upptagen.db"
    init_project(taken)
    project = open_project(taken)
    import_files(project, [INGEST / "teams-new.vtt"], interviewers=["Karin Lindqvist"])
    project.close()
    before = taken.read_bytes()
    with pytest.raises(ProjectError, match="already holds a project with data"):
        copy_project(str(project_path), str(taken))
    assert taken.read_bytes() == before


def test_copy_from_a_missing_project_names_it(tmp_path):
    with pytest.raises(ProjectError, match="saknas.db: no qualkod project here"):
        copy_project(str(tmp_path / "saknas.db"), str(tmp_path / "ny.db"))
    assert not (tmp_path / "ny.db").exists()


def test_a_server_url_without_the_driver_says_which_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(
        ProjectError, match=r"install it with pip install 'qualkod\[postgres\]'"
    ) as caught:
        open_project("postgresql://kodare:hemligt@localhost/studie")
    assert "hemligt" not in str(caught.value)


def test_undo_does_not_take_back_a_link_another_coder_changed(coded_project):
    coding = add_coding(coded_project, "1", 2, "samverkan", "anna")
    link = add_link(coded_project, coding.id, "integrering", "anna", memo="möten varje vecka")
    remove_link(coded_project, link.id, "bo", others=True)  # bo forces it
    with pytest.raises(CodingError, match=rf"link {link.id}: bo changed it \('unlink'\)"):
        undo(coded_project, "anna")


def test_copy_never_gives_a_deleted_id_again(coded_project, project_path, tmp_path):
    service.suggest(coded_project)
    top = scalars(project_path, "SELECT max(id) FROM suggestions")[0]
    execute(project_path, f"DELETE FROM suggestions WHERE id = {top}")  # as a re-run does
    target = str(tmp_path / "kopia.db")
    copy_project(str(project_path), target)
    copied = open_project(target)
    try:
        service.suggest(copied)
        assert min(s.id for s in service.suggestions(copied)) > top
    finally:
        copied.close()


def test_copy_onto_a_file_that_is_not_a_project_keeps_it(project_path, tmp_path):
    import sqlite3

    foreign = tmp_path / "annat-program.qda"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE source (name TEXT)")
        conn.execute("INSERT INTO source VALUES ('intervju')")
    before = foreign.read_bytes()
    with pytest.raises(ProjectError, match="not a qualkod project"):
        copy_project(str(project_path), str(foreign))
    assert foreign.read_bytes() == before


def test_another_coders_link_and_coding_memo_change_only_when_forced(coded_project):
    coding = add_coding(coded_project, "1", 2, "samverkan", "anna")
    link = add_link(coded_project, coding.id, "integrering", "anna", memo="möten varje vecka")
    for change in (
        lambda force: remove_link(coded_project, link.id, "bo", others=force),
        lambda force: set_link_memo(coded_project, link.id, "Annan läsning.", "bo", others=force),
    ):
        with pytest.raises(CodingError, match=rf"link {link.id} is anna's, not bo's"):
            change(False)
    with pytest.raises(CodingError, match=rf"coding {coding.id} is anna's, not bo's"):
        add_memo(coded_project, "Bos tanke.", "bo", coding_id=coding.id)
    assert [lk.memo for lk in links(coded_project)] == ["möten varje vecka"]
    add_memo(coded_project, "Bos tanke.", "bo", coding_id=coding.id, others=True)
    set_link_memo(coded_project, link.id, "Annan läsning.", "bo", others=True)
    assert [lk.memo for lk in links(coded_project)] == ["Annan läsning."]


def test_a_role_the_server_refuses_gets_one_line_and_nothing_is_saved(coded_project, project_path):
    if not str(project_path).startswith("postgresql"):
        pytest.skip("roles and grants are PostgreSQL's")
    import uuid

    import psycopg

    role = f"qk_reader_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(_conninfo(project_path), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
    reader = str(project_path).replace("postgresql://postgres@", f"postgresql://{role}@", 1)
    with pytest.raises(ProjectError) as refused:  # no grant at all: not "not a project"
        open_project(reader)
    assert "permission denied for table" in str(refused.value)
    assert "ask the project's owner to grant it" in str(refused.value)
    with psycopg.connect(_conninfo(project_path), autocommit=True) as conn:
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    read_only = open_project(reader)
    try:
        assert len(codings(read_only)) == 0  # a reviewer reads ...
        with pytest.raises(ProjectError) as refused:  # ... and may not write
            add_memo(read_only, "Lena Berg ringde igen.", "granskare", theme="samverkan")
        said = str(refused.value)
        assert "permission denied for table memos" in said and "\n" not in said
        assert "Lena Berg" not in said  # not the statement's values
    finally:
        read_only.close()
    assert memos(coded_project) == []
    with psycopg.connect(_conninfo(project_path), autocommit=True) as conn:
        conn.execute(f"DROP OWNED BY {role}")
        conn.execute(f"DROP ROLE {role}")


def _conninfo(url: str) -> str:
    """A project URL (``postgresql://postgres@/db?host=…&port=…``) as psycopg takes it."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
