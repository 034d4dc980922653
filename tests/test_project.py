"""Project-level API: transcripts by reference, correcting speakers."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualkod import project as api
from qualkod.errors import NotFoundError, QualkodError
from qualkod.importing import import_files
from qualkod.models import Role
from tests.conftest import INGEST


@pytest.fixture
def two_interviews(project):
    import_files(project, [INGEST / "teams-new.docx"], interviewers=["Karin Lindqvist"])
    import_files(project, [INGEST / "zoom.vtt"], interviewers=["Karin Lindqvist"])
    return project


def test_transcripts_are_found_by_id_title_or_sha_prefix(two_interviews):
    first = api.transcripts(two_interviews)[0]
    assert api.get_transcript(two_interviews, "1").id == first.id
    assert api.get_transcript(two_interviews, "fokusgrupp 1").id == first.id
    assert api.get_transcript(two_interviews, first.sha256[:8]).id == first.id
    with pytest.raises(NotFoundError, match="'99'"):
        api.get_transcript(two_interviews, "99")


def test_correcting_a_role_renumbers_pseudonyms(two_interviews):
    before = [r.speaker.pseudonym for r in api.speakers(two_interviews)]
    assert before == ["Intervjuare 1", "IP 1", "IP 2"]
    speaker, changes = api.set_speaker(two_interviews, "IP 1", role=Role.INTERVIEWER)
    assert speaker.pseudonym == "Intervjuare 2" and speaker.role_source == "set"
    assert ("IP 2", "IP 1") in changes
    after = {r.speaker.raw_name: r.speaker.pseudonym for r in api.speakers(two_interviews)}
    assert after == {
        "Karin Lindqvist": "Intervjuare 1",
        "Sara Holm (Gäst)": "Intervjuare 2",
        "Ahmed Karimi": "IP 1",
    }


def test_fixed_pseudonym_by_display_name(two_interviews):
    speaker, _ = api.set_speaker(two_interviews, "Holm, Sara", pseudonym="IP 7")
    assert speaker.pseudonym == "IP 7" and speaker.pseudonym_fixed
    pseudonyms = [r.speaker.pseudonym for r in api.speakers(two_interviews)]
    assert pseudonyms == ["Intervjuare 1", "IP 7", "IP 1"]
    with pytest.raises(QualkodError, match="IP 7"):
        api.set_speaker(two_interviews, "Ahmed Karimi", pseudonym="IP 7")


def test_a_pseudonym_another_speaker_has_only_by_numbering_is_given_and_they_get_another(
    two_interviews,
):
    # Sara Holm is IP 1 and Ahmed Karimi IP 2 by numbering; 'ip 1' in any case is IP 1
    speaker, changes = api.set_speaker(two_interviews, "Ahmed Karimi", pseudonym="ip 1")
    assert (speaker.pseudonym, speaker.pseudonym_fixed) == ("ip 1", True)
    assert ("IP 1", "IP 2") in changes  # Sara Holm, numbered around the fixed one
    after = {r.speaker.raw_name: r.speaker.pseudonym for r in api.speakers(two_interviews)}
    assert after == {
        "Karin Lindqvist": "Intervjuare 1",
        "Sara Holm (Gäst)": "IP 2",
        "Ahmed Karimi": "ip 1",
    }
    with pytest.raises(QualkodError, match="already used by another speaker"):
        api.set_speaker(two_interviews, "Sara Holm", pseudonym="IP 1")  # fixed: Ahmed's


def test_unknown_speaker_name(two_interviews):
    with pytest.raises(NotFoundError, match="Nobody"):
        api.set_speaker(two_interviews, "Nobody", role=Role.INTERVIEWEE)


def test_a_title_set_after_import_numbers_the_generic_titles_again(two_interviews):
    import_files(two_interviews, [INGEST / "teams-new.vtt"], interviewers=["Karin Lindqvist"])
    titles = [t.title for t in api.transcripts(two_interviews)]
    assert titles == ["Fokusgrupp 1", "Intervju 1", "Intervju 2"]
    summary, changes = api.set_title(two_interviews, 2, "  Uppföljande   samtal ")
    assert summary.title == "Uppföljande samtal"  # stored as import --title stores it
    assert changes == [("Intervju 1", "Uppföljande samtal"), ("Intervju 2", "Intervju 1")]
    titles = [t.title for t in api.transcripts(two_interviews)]
    assert titles == ["Fokusgrupp 1", "Uppföljande samtal", "Intervju 1"]
    assert api.set_title(two_interviews, "Uppföljande samtal", "Uppföljande samtal")[1] == []
    for refused, said in (
        ("uppföljande SAMTAL", "transcript 2 already has this title"),
        ("Intervju 4", "qualkod numbers titles of this form itself"),
        ("17", "a title of digits alone would be read as a transcript id"),
        ("   ", "must not be empty"),
    ):
        with pytest.raises(QualkodError, match=f"^title.*: {said}"):
            api.set_title(two_interviews, 1, refused)
    assert [t.title for t in api.transcripts(two_interviews)] == titles


def test_the_module_names_its_public_api():
    assert sorted(api.__all__) == [
        "CodebookUse",
        "InitResult",
        "Project",
        "SpeakerRow",
        "codings_on_speaker",
        "current_codebook",
        "get_transcript",
        "init_project",
        "open_project",
        "set_speaker",
        "set_title",
        "speakers",
        "transcripts",
        "turns",
        "use_codebook",
    ]
    assert all(hasattr(api, name) for name in api.__all__)


def _connections(request, backend: str, location) -> int:
    """The open connections to the project's database (SQLite: its ``-wal`` log file is
    there while any is open, and removed when the last one closes)."""
    if backend == "sqlite":
        return int(Path(f"{location}-wal").exists())
    import psycopg

    database = str(location).split("?")[0].rsplit("/", 1)[1]
    admin = request.getfixturevalue("postgres").admin_url
    with psycopg.connect(admin, autocommit=True) as conn:
        query = "SELECT count(*) FROM pg_stat_activity WHERE datname = %s"
        return conn.execute(query, (database,)).fetchone()[0]


def test_a_project_is_closed_at_the_end_of_a_with_block(request, backend, project_path):
    with api.open_project(project_path) as opened:
        assert api.transcripts(opened) == []
        assert _connections(request, backend, project_path) == 1
    assert _connections(request, backend, project_path) == 0
    with pytest.raises(NotFoundError), api.open_project(project_path) as opened:
        api.get_transcript(opened, "1")  # an error inside the block closes it too
    assert _connections(request, backend, project_path) == 0


def test_python_errors_name_the_parameter_not_a_command_line_option(two_interviews):
    with pytest.raises(QualkodError) as raised:
        api.set_speaker(two_interviews, "IP 1", pseudonym="IP 07")
    assert str(raised.value) == (
        "pseudonym='IP 07': looks like IP 7 to a reader; write the number without leading zeros"
    )
    with pytest.raises(QualkodError) as raised:
        api.set_speaker(two_interviews, "IP 1", pseudonym=" ")
    assert str(raised.value) == "pseudonym: must not be empty"
    with pytest.raises(QualkodError) as raised:
        api.set_speaker(two_interviews, "IP 1")
    assert str(raised.value) == "set_speaker: give a role and/or a pseudonym"


def test_a_title_given_by_hand_goes_back_to_the_generic_one_numbered_as_import_numbers_it(
    two_interviews,
):
    import_files(two_interviews, [INGEST / "teams-new.vtt"], interviewers=["Karin Lindqvist"])
    imported = ["Fokusgrupp 1", "Intervju 1", "Intervju 2"]  # as the test above found
    api.set_title(two_interviews, 1, "Samtal med enhetscheferna")
    api.set_title(two_interviews, 2, "Uppföljande samtal")
    titles = [t.title for t in api.transcripts(two_interviews)]
    assert titles == ["Samtal med enhetscheferna", "Uppföljande samtal", "Intervju 1"]
    summary, changes = api.set_generic_title(two_interviews, "uppföljande samtal")
    # the first of the one-to-one interviews again: the third is Intervju 2 again
    assert summary.title == "Intervju 1"
    assert changes == [("Uppföljande samtal", "Intervju 1"), ("Intervju 1", "Intervju 2")]
    summary, changes = api.set_generic_title(two_interviews, 1)  # two interviewees speak
    assert (summary.title, changes) == (
        "Fokusgrupp 1",
        [("Samtal med enhetscheferna", "Fokusgrupp 1")],
    )
    assert [t.title for t in api.transcripts(two_interviews)] == imported
    summary, changes = api.set_generic_title(two_interviews, 3)  # generic already
    assert (summary.title, changes) == ("Intervju 2", [])
    with pytest.raises(NotFoundError):
        api.set_generic_title(two_interviews, 9)
