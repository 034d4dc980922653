"""Removing a transcript: everything about it goes, nothing about the others does.

The expected counts are read with plain SQL (tests/raw_sql.py), a second look beside
qualkod's store, from two hand-written interviews made here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualkod.coding import (
    accept_suggestion,
    add_coding,
    add_link,
    add_memo,
    codings,
    feature_coding,
    mark_decided,
    reject_suggestion,
    removal_plan,
    remove_coding,
    remove_transcript,
    undo,
)
from qualkod.coding.decisions import CodingError
from qualkod.importing import import_files
from qualkod.project import speakers, transcripts, turns, use_codebook
from qualkod.redaction.project import ProjectRedactor
from qualkod.suggest.service import suggest, suggestions
from tests.conftest import REPO
from tests.raw_sql import scalars

KEPT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Karin Lindqvist>Hur fungerar samarbetet med regionen?</v>

00:00:04.500 --> 00:00:12.000
<v Lena Berg>Vi har ett avtal, men ingen på regionen tar ansvar när det väl gäller. Olof sa samma sak förra veckan.</v>

00:00:12.100 --> 00:00:12.400
<v Karin Lindqvist>Och sedan?</v>

00:00:12.500 --> 00:00:20.000
<v Lena Berg>Vi försöker ändå träffas varannan vecka med psykiatrin och socialtjänsten.</v>
"""

# The interview to remove; MARKER occurs nowhere else (codebook, the other interview).
MARKER = "kvällsfikat på Tallbackens fritidsgård"
REMOVED = f"""WEBVTT

00:00:01.000 --> 00:00:04.000
<v Karin Lindqvist>Berätta om en vanlig vecka.</v>

00:00:04.500 --> 00:00:12.000
<v Olof Strand>Vi möter dem där de är, ibland på {MARKER}, och regionen skickar ingen.</v>

00:00:12.100 --> 00:00:12.400
<v Karin Lindqvist>Hur löser ni det?</v>

00:00:12.500 --> 00:00:20.000
<v Olof Strand>Ingen tar ansvar för helheten, så vi samverkar med skolan i stället.</v>

00:00:20.100 --> 00:00:20.400
<v Karin Lindqvist>Och efter jobbet?</v>

00:00:20.500 --> 00:00:24.000
<v Olof Strand>Sedan går jag hem.</v>
"""


@pytest.fixture
def study(project, tmp_path):
    kept, removed = tmp_path / "a.vtt", tmp_path / "b.vtt"
    kept.write_text(KEPT, encoding="utf-8")
    removed.write_text(REMOVED, encoding="utf-8")
    import_files(project, [kept, removed], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    return project


def _count(project_path, sql: str) -> int:
    return scalars(str(project_path), sql)[0]


def _decide_on_both(project):
    """Codings, memos, links, reviews, a rejection, a removal and an undo on each."""
    suggest(project)
    on_b = [s for s in suggestions(project) if s.transcript_id == 2]
    assert on_b, "the lexicon suggests something in interview 2"
    reject_suggestion(project, on_b[0].id, "anna")
    b = add_coding(project, "2", 2, "samverkan", "anna", memo="Möter dem där de är")
    add_link(project, b.id, "organisatoriska_mellanrum", "anna", memo="mellan skola och region")
    feature_coding(project, b.id, "anna", True)
    gone = add_coding(project, "2", 4, "bristande_ansvar", "bo")
    remove_coding(project, gone.id, "bo")
    undo(project, "bo")  # brings the removed coding back, an undo event pointing at it
    mark_decided(project, "2", 6, "anna")
    add_memo(project, "Om skolan", "anna", coding_id=b.id)
    a = add_coding(project, "1", 2, "bristande_ansvar", "anna")
    add_link(
        project, a.id, "organisatoriska_mellanrum", "bo", memo="avtal utan ansvar", others=True
    )
    mark_decided(project, "1", 4, "bo")
    return a


TABLES = (
    "codings",
    "links",
    "reviews",
    "suggestions",
    "suggestion_decisions",
    "turns",
    "events",
    "memos",
)


def _per_table(project_path) -> dict[str, int]:
    return {t: _count(project_path, f"SELECT count(*) FROM {t}") for t in TABLES}


def test_a_coded_transcript_is_removed_only_with_its_codings(study, project_path):
    _decide_on_both(study)
    before = _per_table(project_path)
    plan = removal_plan(study, "2")
    assert (plan.transcript_id, plan.turns, plan.codings) == (2, 6, {"anna": 1, "bo": 1})
    with pytest.raises(CodingError, match=r"2 codings \(1 by anna, 1 by bo\).*with_codings=True"):
        remove_transcript(study, "2", "anna")
    assert _per_table(project_path) == before  # nothing changed


def test_removal_deletes_everything_about_the_transcript_and_nothing_else(study, project_path):
    kept_coding = _decide_on_both(study)
    on_a = {
        "codings": "SELECT count(*) FROM codings WHERE transcript_id = 1",
        "links": "SELECT count(*) FROM links l JOIN codings c ON c.id = l.coding_id "
        "WHERE c.transcript_id = 1",
        "reviews": "SELECT count(*) FROM reviews WHERE transcript_id = 1",
        "suggestions": "SELECT count(*) FROM suggestions WHERE transcript_id = 1",
        "turns": "SELECT count(*) FROM turns WHERE transcript_id = 1",
    }
    kept = {name: _count(project_path, sql) for name, sql in on_a.items()}
    # Interview 1's events, counted by hand from _decide_on_both: anna's coding, bo's
    # link, bo's review.
    highest = scalars(
        str(project_path), "SELECT max(id) FROM codings", "SELECT max(id) FROM events"
    )
    removed = remove_transcript(study, "2", "cecilia", with_codings=True)
    assert removed.codings == {"anna": 1, "bo": 1} and removed.turns == 6
    assert [t.id for t in transcripts(study)] == [1]
    assert {name: _count(project_path, sql) for name, sql in on_a.items()} == kept
    for table in ("codings", "reviews", "suggestions", "turns"):
        assert _count(project_path, f"SELECT count(*) FROM {table} WHERE transcript_id = 2") == 0
    orphans = {
        "links": "SELECT count(*) FROM links WHERE coding_id NOT IN (SELECT id FROM codings)",
        "memos": "SELECT count(*) FROM memos WHERE coding_id IS NOT NULL "
        "AND coding_id NOT IN (SELECT id FROM codings)",
        "events": "SELECT count(*) FROM events WHERE coding_id IS NOT NULL "
        "AND coding_id NOT IN (SELECT id FROM codings)",
        "undos": "SELECT count(*) FROM events WHERE undoes IS NOT NULL "
        "AND undoes NOT IN (SELECT id FROM events)",
        "decisions": "SELECT count(*) FROM suggestion_decisions "  # anna's rejection on 2
        "WHERE suggestion_id NOT IN (SELECT id FROM suggestions)",
    }
    assert {name: _count(project_path, sql) for name, sql in orphans.items()} == dict.fromkeys(
        orphans, 0
    )
    actions = scalars(
        str(project_path),
        "SELECT count(*) FROM events WHERE action = 'create'",
        "SELECT count(*) FROM events WHERE action = 'link'",
        "SELECT count(*) FROM events WHERE action = 'review'",
        "SELECT count(*) FROM events WHERE action IN ('reject', 'remove', 'undo', 'feature')",
        "SELECT coder FROM events WHERE action = 'remove-transcript'",
    )
    assert actions == (1, 1, 1, 0, "cecilia")
    assert [c.id for c in codings(study)] == [kept_coding.id]
    new = add_coding(study, "1", 4, "samverkan", "anna")
    assert new.id > highest[0]
    assert scalars(str(project_path), "SELECT max(id) FROM events")[0] > highest[1] + 1
    # The speaker stays, so that "Olof" in interview 1 is still redacted, now as anyone
    # else named in passing: "[IP 2]" would tell that an interview with IP 2 was removed.
    assert "IP 2" in {row.speaker.pseudonym for row in speakers(study)}
    summary, _ = turns(study, "1")
    redacted = ProjectRedactor(study).turn(summary.id, 2)
    assert "[person] sa samma sak förra veckan." in redacted and "IP 2" not in redacted


def test_a_suggestion_accepted_as_a_passage_already_coded_leaves_no_log_line(study, project_path):
    suggest(study)
    on_b = next(s for s in suggestions(study) if s.transcript_id == 2)
    coding = add_coding(study, "2", on_b.turn, on_b.code, "anna", start=on_b.start, end=on_b.end)
    assert accept_suggestion(study, on_b.id, "anna").id == coding.id  # the coding it found
    naming = f"SELECT count(*) FROM events WHERE action = 'accept' AND after LIKE '%: {on_b.id},%'"
    assert _count(project_path, naming) == 1
    remove_transcript(study, "2", "anna", with_codings=True)
    assert _count(project_path, naming) == 0


def test_undo_passes_over_a_removal_only_when_told_to(study):
    """Who removed an interview by mistake and types undo means the removal: undo says
    it cannot bring it back instead of reversing an older coding in another interview."""
    from qualkod.errors import QualkodError

    kept = _decide_on_both(study)
    remove_transcript(study, "2", "anna", with_codings=True)
    with pytest.raises(QualkodError, match=r"your last decision removed a transcript \(event"):
        undo(study, "anna")
    assert kept.id in {c.id for c in codings(study)}  # nothing undone
    _, what = undo(study, "anna", past_removal=True)
    assert what == f"removed coding {kept.id} again"
    with pytest.raises(QualkodError, match="anna has no decision left to undo"):
        undo(study, "anna")  # the removal was passed: no flag needed to go further back


def test_an_uncoded_transcript_needs_no_flag(study, project_path, tmp_path):
    copy = tmp_path / "b-kopia.vtt"  # the same words, other line endings
    copy.write_bytes(REMOVED.replace("\n", "\r\n").encode("utf-8"))
    assert import_files(study, [copy])[0].already
    suggest(study)
    removed = remove_transcript(study, "2", "anna")
    assert removed.codings == {} and removed.suggestions > 0
    assert _count(project_path, "SELECT count(*) FROM turns WHERE transcript_id = 2") == 0
    # The copy went with it: imported now, it is a transcript of its own again.
    again = import_files(study, [copy])[0]
    assert not again.already
    # Ids are not given twice: not even the highest one, which SQLite would give again.
    assert [t.id for t in transcripts(study)] == [1, 3]


@pytest.mark.one_backend
def test_the_removed_words_are_gone_from_the_database_file(study, project_path):
    _decide_on_both(study)
    study.purge_deleted()  # the log written into the file, as SQLite does every 1,000 pages
    assert MARKER.encode("utf-8") in Path(project_path).read_bytes()
    remove_transcript(study, "2", "anna", with_codings=True)
    files = [Path(project_path), Path(f"{project_path}-wal")]
    for path in files:
        if path.exists():
            data = path.read_bytes()
            assert MARKER.encode("utf-8") not in data, path.name
            assert b"Tallbackens" not in data, path.name


@pytest.mark.one_backend
def test_deleted_rows_are_overwritten_whatever_sqlite_was_built_with(project):
    # Debian's SQLite overwrites deleted rows by default; python.org's builds do not.
    with project.read() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_ids_of_deleted_rows_are_not_given_again(study, project_path):
    add_coding(study, "1", 2, "samverkan", "anna")
    last = add_coding(study, "2", 2, "samverkan", "anna")  # the highest coding id
    last_event = _count(project_path, "SELECT max(id) FROM events")
    remove_transcript(study, "2", "anna", with_codings=True)
    # The removal's own log line comes after every deleted one.
    assert _count(project_path, "SELECT max(id) FROM events") == last_event + 1
    assert add_coding(study, "1", 4, "samverkan", "anna").id == last.id + 1


def test_a_copy_of_the_project_does_not_give_deleted_ids_again(study, project_path, tmp_path):
    from qualkod.coding import copy_project
    from qualkod.store import open_project

    add_coding(study, "1", 2, "samverkan", "anna")
    last = add_coding(study, "2", 2, "samverkan", "anna")
    remove_transcript(study, "2", "anna", with_codings=True)
    target = tmp_path / "kopia.db"  # a SQLite file, from either backend
    copy_project(str(project_path), str(target))
    copied = open_project(target)
    try:
        assert add_coding(copied, "1", 4, "samverkan", "anna").id == last.id + 1
    finally:
        copied.close()


def test_a_training_that_overlaps_a_removal_stores_nothing(study, project_path, monkeypatch):
    from qualkod.errors import QualkodError
    from qualkod.suggest import service

    add_coding(study, "2", 2, "samverkan", "anna")
    real = service.train_classifier

    def removing_meanwhile(*args, **kwargs):
        fitted = real(*args, **kwargs)  # trained on interview 2's coding
        remove_transcript(study, "2", "bo", with_codings=True)
        return fitted

    monkeypatch.setattr(service, "train_classifier", removing_meanwhile)
    with pytest.raises(QualkodError, match="removed while the classifier was being trained"):
        service.train(study)
    assert _count(project_path, "SELECT count(*) FROM models") == 0


def test_suggestions_made_while_a_transcript_is_removed_store_nothing(study, project_path):
    from qualkod.errors import QualkodError
    from qualkod.suggest import service

    service.train(study)
    before = _count(project_path, "SELECT count(*) FROM suggestions")
    removed = []

    def removing_meanwhile(done, total):  # the run has read the turns and the model
        if done and not removed:
            removed.append(remove_transcript(study, "2", "bo", with_codings=True))

    with pytest.raises(QualkodError, match="removed while suggestions were being made"):
        service.suggest(study, progress=removing_meanwhile)
    assert removed
    assert _count(project_path, "SELECT count(*) FROM suggestions") == before
    assert service.suggest(study).turns > 0  # run again: it works


def test_vectors_made_before_a_removal_are_not_stored_after_it(study, project_path):
    from qualkod.errors import QualkodError
    from qualkod.suggest.embedding_cache import ProjectVectors

    vectors = ProjectVectors(study)  # an embedding run begins
    remove_transcript(study, "2", "anna")
    with pytest.raises(QualkodError, match="removed while its texts were being embedded"):
        vectors.save({"0" * 64: b"\x00" * 1536})
    assert _count(project_path, "SELECT count(*) FROM embeddings") == 0


def test_the_numbers_of_those_who_speak_have_no_gap_after_a_removal(study, tmp_path):
    # Lena Berg (IP 1) speaks in interview 1, Olof Strand (IP 2) in interview 2.
    removed = remove_transcript(study, "1", "anna")
    assert set(removed.renamed) == {
        ("IP 2", "IP 1"),  # Lena, silent now, moves to IP 2 unlisted: no output shows her
        ("Intervju 2", "Intervju 1"),  # the titles close up too
    }
    third = tmp_path / "c.vtt"
    third.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Karin Lindqvist>Hur började det?</v>\n\n"
        "00:00:03.500 --> 00:00:08.000\n<v Pia Ek>Med ett samtal från skolan.</v>\n",
        encoding="utf-8",
    )
    import_files(study, [third])
    by_pseudonym = {row.speaker.pseudonym: row.turns for row in speakers(study)}
    # Olof and Pia speak: IP 1 and IP 2; Lena, who no longer does, comes last.
    assert by_pseudonym == {"Intervjuare 1": 4, "IP 1": 3, "IP 2": 1, "IP 3": 0}
    assert [t.title for t in transcripts(study)] == ["Intervju 1", "Intervju 2"]


def test_undo_right_after_a_coders_only_decision_a_removal_says_what_it_was(study):
    """A file imported by mistake and removed at once: undo names the removal, not
    'no decision left', and says there is nothing before it (also past it)."""
    from qualkod.errors import QualkodError

    remove_transcript(study, "2", "eva")
    with pytest.raises(QualkodError) as refused:
        undo(study, "eva")
    assert str(refused.value).startswith("your last decision removed a transcript (event ")
    assert str(refused.value).endswith(
        "which undo cannot bring back (import its file again with "
        "qualkod.importing.import_files(p, FILE, again=True)); there is no decision before it "
        "to undo"
    )
    with pytest.raises(QualkodError, match="^eva has no decision left to undo$"):
        undo(study, "eva", past_removal=True)
