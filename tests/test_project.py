"""Project-level API: transcripts by reference, correcting speakers."""

from __future__ import annotations

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


def test_unknown_speaker_name(two_interviews):
    with pytest.raises(NotFoundError, match="Nobody"):
        api.set_speaker(two_interviews, "Nobody", role=Role.INTERVIEWEE)
