"""The project database: creation, checks, migrations, SQLite settings, busy writers."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from qualkod.errors import ProjectBusyError, ProjectError
from qualkod.project import init_project
from qualkod.store import SCHEMA_VERSION, open_project, project_location, schema_version
from qualkod.store.migrations import MIGRATIONS


def test_init_creates_a_wal_database_with_the_schema_version(tmp_path):
    path = tmp_path / "ny.db"
    result = init_project(path)
    assert result.created and result.schema_version == SCHEMA_VERSION
    again = init_project(path)
    assert not again.created
    project = open_project(path)
    try:
        assert schema_version(project) == SCHEMA_VERSION
        with project.read() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            names = [r[0] for r in conn.execute(text("SELECT name FROM qualkod_migrations"))]
        assert names[:2] == ["0001_meta", "0002_transcripts_and_speakers"]
    finally:
        project.close()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda p: None,
            r"no qualkod project here; create one with qualkod\.project\.init_project\('",
        ),
        (lambda p: p.write_text("hej"), "not SQLite"),
        (lambda p: p.mkdir(), "is a folder"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE x (a)").connection.commit(),
            "a database, but not a qualkod project",
        ),
        (
            lambda p: sqlite3.connect(p).close() or p.touch(),
            "not a qualkod project \\(empty file\\)",
        ),
        (
            lambda p: sqlite3.connect(p).execute("PRAGMA user_version = 1").connection.close(),
            "the database is empty",
        ),
    ],
)
def test_paths_that_are_not_projects_are_refused(tmp_path, make, expected):
    path = tmp_path / "inte-projekt.db"
    make(path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(ProjectError, match=expected) as caught:
        open_project(path)
    assert str(path) in str(caught.value)
    # Refusing writes nothing: the file is unchanged and no -wal/-shm files appear.
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def _zip(path, member):
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, "<x/>")


@pytest.mark.parametrize(
    ("name", "make", "expected"),
    [
        (
            "studie.qdpx",
            lambda p: _zip(p, "project.qde"),
            "{p}: a REFI-QDA project, not a qualkod project database; read it with "
            "'qualkod init NEW.db --from {p}', then use --project NEW.db",
        ),
        (
            "citat.xlsx",
            lambda p: _zip(p, "xl/workbook.xml"),
            "{p}: an Excel workbook, not a qualkod project database (not SQLite); "
            "choose another path with --project",
        ),
        (
            "kodbok.yaml",
            lambda p: p.write_text("codebook: k\nversion: '1'\nthemes: []\n"),
            "{p}: a codebook, not a qualkod project database (not SQLite); "
            "choose another path with --project",
        ),
    ],
)
def test_another_file_given_as_the_project_is_named_for_what_it_is(tmp_path, name, make, expected):
    path = tmp_path / name
    make(path)
    before = path.read_bytes()
    with pytest.raises(ProjectError) as caught:
        open_project(path)
    assert caught.value.for_option() == expected.format(p=path)  # as the command line says
    assert path.read_bytes() == before


def test_a_project_from_a_newer_qualkod_is_refused(project):
    with project.write() as conn:
        conn.execute(
            text(
                "INSERT INTO qualkod_migrations (name, applied_at) "
                "VALUES ('9999_future', '2030-01-01')"
            )
        )
    with pytest.raises(ProjectError, match="newer"):
        open_project(project.engine.url.render_as_string(hide_password=False))


def test_location_from_option_environment_or_default(monkeypatch):
    monkeypatch.delenv("QUALKOD_PROJECT", raising=False)
    assert project_location(None) == "qualkod.db"
    monkeypatch.setenv("QUALKOD_PROJECT", "/data/studie.db")
    assert project_location(None) == "/data/studie.db"
    assert project_location("annan.db") == "annan.db"
    # An empty option (an unset shell variable) is no reason to fall back on another.
    with pytest.raises(ProjectError, match=r"^the project's location is empty; give the") as e:
        project_location("  ")
    assert e.value.for_option().startswith("--project is empty; give the project's file")


@pytest.mark.sqlite_only
def test_a_second_writer_gets_a_clear_busy_error(project_path, monkeypatch):
    monkeypatch.setattr("qualkod.store.db.BUSY_TIMEOUT_MS", 100)
    project = open_project(project_path)
    holder = sqlite3.connect(project_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ProjectBusyError, match="busy.*retry"), project.write() as conn:
            conn.execute(text("SELECT 1"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with project.write() as conn:  # free again once the other writer is done
        conn.execute(text("SELECT 1"))
    project.close()


@pytest.mark.sqlite_only
def test_an_older_suggestions_table_is_rebuilt_keeping_its_rows(coded_project, project_path):
    from qualkod.coding import reject_suggestion
    from qualkod.suggest import service

    service.suggest(coded_project)
    reject_suggestion(coded_project, 1, "anna")
    kept = [(s.id, s.status, s.text) for s in service.suggestions(coded_project, status=None)]
    coded_project.close()
    with sqlite3.connect(project_path) as conn:
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'suggestions'"
        ).fetchone()[0]
        conn.execute("ALTER TABLE suggestions RENAME TO copy")
        conn.execute("DROP INDEX suggestions_by_transcript")
        conn.execute(sql.replace("AUTOINCREMENT", ""))  # as step 0005 made it before
        conn.execute("INSERT INTO suggestions SELECT * FROM copy")
        conn.execute("DROP TABLE copy")
        # and as it was before step 0014: the decision in the suggestion's own columns
        conn.execute(
            "UPDATE suggestions SET (status, decided_by) = (SELECT status, coder FROM "
            "suggestion_decisions WHERE suggestion_id = suggestions.id) WHERE id IN "
            "(SELECT suggestion_id FROM suggestion_decisions)"
        )
        conn.execute("DROP TABLE suggestion_decisions")
        conn.execute(
            "DELETE FROM qualkod_migrations WHERE name IN "
            "('0007_suggestion_ids_not_reused', '0014_suggestion_decisions')"
        )
    project = open_project(project_path)
    try:
        assert schema_version(project) == SCHEMA_VERSION
        again = [(s.id, s.status, s.text) for s in service.suggestions(project, status=None)]
        with project.read() as conn:
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'suggestions'"
            ).scalar()
            index = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'suggestions'"
            ).all()
    finally:
        project.close()
    assert "AUTOINCREMENT" in sql.upper()
    assert again == kept and kept[0][1] == "rejected"
    assert [r[0] for r in index] == ["suggestions_by_transcript"]


def test_init_on_a_project_of_another_schema_version_says_so_and_stops(project_path):
    project = open_project(project_path)
    with project.write() as conn:
        conn.execute(
            text("DELETE FROM qualkod_migrations WHERE name = :last"),
            {"last": MIGRATIONS[-1].name},
        )
    project.close()
    older = f"already holds a qualkod project of schema version {SCHEMA_VERSION - 1} "
    with pytest.raises(ProjectError, match=older):
        init_project(project_path)
    project = open_project(project_path)  # any other command upgrades it
    assert schema_version(project) == SCHEMA_VERSION
    project.close()
    assert not init_project(project_path).created


@pytest.mark.sqlite_only
def test_turns_imported_before_cue_times_were_kept_are_timed_by_their_turn(
    coded_project, project_path
):
    from qualkod.store import transcripts as transcript_store

    coded_project.close()
    with sqlite3.connect(project_path) as conn:  # the project as migration 0012 left it
        conn.execute("ALTER TABLE turns DROP COLUMN cue_starts")
        conn.execute("DELETE FROM qualkod_migrations WHERE name = '0013_turns_cue_starts'")
    project = open_project(project_path)
    try:
        assert schema_version(project) == SCHEMA_VERSION
        with project.read() as conn:
            (turn,) = [t for t in transcript_store.transcript_turns(conn, 1) if t.index == 2]
    finally:
        project.close()
    # Turn 2 of teams-new.vtt starts at 00:00:10.000; its second cue (15.5 s) is unknown.
    assert turn.cue_starts == () and turn.time_at(60) == turn.start_ms == 10000


def test_a_full_disk_is_told_apart_from_a_damaged_database(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from sqlalchemy.exc import OperationalError

    from qualkod.store import db_errors as db

    def error(message):
        return OperationalError("INSERT ...", None, sqlite3.OperationalError(message))

    location = str(tmp_path / "p.db")
    assert db.disk_full(location, error("database or disk is full"))
    assert not db.disk_full(location, error("database disk image is malformed"))
    # an I/O error opening the WAL file is a full disk only when the disk has no room
    monkeypatch.setattr(db.shutil, "disk_usage", lambda path: SimpleNamespace(free=4096))
    assert db.disk_full(location, error("disk I/O error"))
    monkeypatch.setattr(db.shutil, "disk_usage", lambda path: SimpleNamespace(free=10**9))
    assert not db.disk_full(location, error("disk I/O error"))
    assert str(db.full_disk(location)) == (
        f"{location}: the disk is full; nothing was changed; free some space and run again"
    )


def test_a_project_with_decided_suggestions_keeps_every_decision_per_coder(
    request, backend, tmp_path
):
    """A project as step 0013 left it, each suggestion's one decision in its own
    columns: step 0014 gives each decision to its coder, at the time its event was logged."""
    from sqlalchemy import insert

    from qualkod.coding import undo
    from qualkod.store import schema
    from qualkod.store import suggestions as suggestion_store
    from qualkod.store.migrations import record
    from tests.conftest import new_project_location
    from tests.raw_sql import connect, scalars

    location = new_project_location(request, backend, tmp_path)
    text_ = "Ingen tar ansvar. Vi samverkar bra."
    with connect(location) as conn:
        schema.metadata.drop_all(conn)  # a server's new database is a new project already
        schema.migrations.create(conn)
        for step in MIGRATIONS[:-1]:
            step.apply(conn)
            record(conn, step)

        def add(table, **values):
            return conn.execute(insert(table).values(**values)).inserted_primary_key[0]

        speaker = add(
            schema.speakers,
            raw_name="Lena Berg",
            match_key="lena berg",
            role="interviewee",
            role_source="file",
            pseudonym="IP 1",
            pseudonym_fixed=False,
        )
        transcript = add(
            schema.transcripts,
            sha256="a" * 64,
            title="Intervju",
            source_name="intervju.txt",
            format="txt",
            imported_at="2026-01-01T09:00:00+00:00",
            turns=1,
            words=6,
        )
        add(schema.turns, transcript_id=transcript, idx=1, speaker_id=speaker, text=text_, words=6)
        codebook = add(
            schema.codebooks,
            codebook_id="cb",
            version="1",
            name="Kodbok",
            sha256="b" * 64,
            yaml="",
            code_ids="[]",
            loaded_at="2026-01-01T09:00:00+00:00",
        )
        coding = add(
            schema.codings,
            transcript_id=transcript,
            turn_idx=1,
            span_start=0,
            span_end=17,
            code_id="bristande_ansvar",
            coder="kodare1",
            created_at="2026-01-02T10:00:00+00:00",
            memo="",
            featured=False,
            deleted=False,
        )
        common = {
            "transcript_id": transcript,
            "turn_idx": 1,
            "theme_id": "bristande_ansvar",
            "score": 0.8,
            "lexicon_score": 0.8,
            "evidence": "[]",
            "method": "qualkod.lexicon_matcher.v1",
            "codebook_row": codebook,
            "created_at": "2026-01-01T10:00:00+00:00",
        }
        accepted = add(
            schema.suggestions,
            **common,
            span_start=0,
            span_end=17,
            code_id="bristande_ansvar",
            status="accepted",
            decided_by="kodare1",
            coding_id=coding,
        )
        rejected = add(
            schema.suggestions,
            **common,
            span_start=18,
            span_end=35,
            code_id="samverkan",
            status="rejected",
            decided_by="kodare2",
        )
        untouched = add(
            schema.suggestions,
            **common,
            span_start=0,
            span_end=35,
            code_id="samverkan",
            status="open",
        )
        add(
            schema.events,
            at="2026-01-02T10:00:00+00:00",
            coder="kodare1",
            action="create",
            coding_id=coding,
            after="{}",
        )
        add(
            schema.events,
            at="2026-01-03T11:00:00+00:00",
            coder="kodare2",
            action="reject",
            after=f'{{"suggestion": {rejected}, "code": "samverkan"}}',
        )
    project = open_project(location)
    try:
        assert schema_version(project) == SCHEMA_VERSION
        with project.read() as conn:
            views = {
                coder: [
                    (s.id, s.status, s.decided_by, s.text)
                    for s in suggestion_store.list_suggestions(conn, coder=coder, status=None)
                ]
                for coder in ("kodare1", "kodare2", "kodare3")
            }
            assert suggestion_store.accepted_as(conn, coding) == accepted
        # each decision at the time its event was logged
        assert scalars(
            location,
            "SELECT decided_at FROM suggestion_decisions WHERE coder = 'kodare1'",
            "SELECT decided_at FROM suggestion_decisions WHERE coder = 'kodare2'",
        ) == ("2026-01-02T10:00:00+00:00", "2026-01-03T11:00:00+00:00")
        assert views == {
            "kodare1": [
                (accepted, "accepted", "kodare1", "Ingen tar ansvar."),
                (untouched, "open", None, text_),
                (rejected, "open", None, "Vi samverkar bra."),
            ],
            "kodare2": [
                (accepted, "open", None, "Ingen tar ansvar."),
                (untouched, "open", None, text_),
                (rejected, "rejected", "kodare2", "Vi samverkar bra."),
            ],
            "kodare3": [
                (accepted, "open", None, "Ingen tar ansvar."),
                (untouched, "open", None, text_),
                (rejected, "open", None, "Vi samverkar bra."),
            ],
        }
        # the decision on the accepted one is kodare1's still: undo reopens it to them
        assert undo(project, "kodare2")[1] == f"opened suggestion {rejected} again"
        assert undo(project, "kodare1")[1] == (
            f"removed coding {coding} again and opened suggestion {accepted} again"
        )
    finally:
        project.close()
    assert scalars(
        location,
        "SELECT count(*) FROM suggestions WHERE status = 'open' AND decided_by IS NULL "
        "AND coding_id IS NULL",
        "SELECT count(*) FROM suggestion_decisions",
    ) == (3, 0)
