"""The bundled sample study: the data every later feature demonstrates on."""

from __future__ import annotations

import importlib.util

import pytest

from qualkod.importing import import_files
from qualkod.ingest import read_transcript
from qualkod.models import Role, SourceFormat
from qualkod.project import speakers
from tests.conftest import SAMPLES


def _builder():
    spec = importlib.util.spec_from_file_location("build_samples", SAMPLES / "build_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "fmt", "speakers_count"),
    [
        ("intervju-ifo-chef.vtt", SourceFormat.TEAMS_VTT, 2),
        ("fokusgrupp.docx", SourceFormat.TEAMS_DOCX, 5),
    ],
)
def test_samples_are_newer_teams_exports_of_at_least_3000_words(name, fmt, speakers_count):
    transcript = read_transcript(SAMPLES / name)
    assert transcript.source_format is fmt
    assert transcript.words >= 3000
    assert len(transcript.speakers) == speakers_count
    assert transcript.timed


def test_committed_exports_are_what_the_builder_makes():
    builder = _builder()
    source = SAMPLES / "source"
    vtt = builder.teams_vtt(
        builder.utterances(source / "intervju-ifo-chef.txt"), "intervju-ifo-chef"
    )
    assert vtt.encode() == (SAMPLES / "intervju-ifo-chef.vtt").read_bytes()
    docx_bytes = builder.teams_docx(
        builder.utterances(source / "fokusgrupp.txt"),
        "Fokusgrupp vuxenenheten och socialpsykiatrin",
        "18 mars 2025, 13:02",
    )
    assert docx_bytes == (SAMPLES / "fokusgrupp.docx").read_bytes()


def test_roles_are_guessed_right_without_being_told(project):
    import_files(project, [SAMPLES / "intervju-ifo-chef.vtt", SAMPLES / "fokusgrupp.docx"])
    roles = {row.speaker.raw_name: row.speaker.role for row in speakers(project)}
    assert roles == {
        "Karin Lindqvist": Role.INTERVIEWER,
        "Maria Nyström": Role.INTERVIEWEE,
        "Lindberg, Petra": Role.INTERVIEWEE,
        "Johan Ek": Role.INTERVIEWER,
        "Sara Holm (Gäst)": Role.INTERVIEWEE,
        "Ahmed Karimi": Role.INTERVIEWEE,
    }
    pseudonyms = [row.speaker.pseudonym for row in speakers(project)]
    assert pseudonyms == ["Intervjuare 1", "IP 1", "IP 2", "Intervjuare 2", "IP 3", "IP 4"]
