"""Fixtures of the suggestion tests."""

from __future__ import annotations

import pytest

from qualkod.importing import import_files
from qualkod.project import use_codebook
from tests.conftest import REPO, SAMPLES


@pytest.fixture
def sample(project):
    import_files(
        project,
        [SAMPLES / "intervju-ifo-chef.vtt", SAMPLES / "fokusgrupp.docx"],
        interviewers=["Karin Lindqvist", "Johan Ek"],
    )
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    return project
