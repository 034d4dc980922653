"""Fixtures of the coding tests."""

from __future__ import annotations

import pytest

from qualkod.importing import import_files
from qualkod.suggest import service


@pytest.fixture
def suggested(project):
    """session.vtt suggested on by the lexicon: suggestions 1-3 on turn 2 (samarbete
    0-31, ansvar_skjuts_undan 32-126, samverkan 88-126), 4 on turn 4 (samordning 0-132)."""
    from qualkod.project import use_codebook
    from tests.coding.test_session import SESSION_VTT
    from tests.conftest import REPO

    import_files(project, [SESSION_VTT], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    service.suggest(project)
    return project
