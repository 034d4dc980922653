"""The sample study's shipped codings and memos."""

from __future__ import annotations

import pytest

from qualkod.analysis import agreement
from qualkod.coding import codings, export_codings, memos
from qualkod.project import current_codebook
from tests.conftest import SAMPLES


@pytest.fixture
def sample(sample_study):
    """The coded sample study (built once for the test run)."""
    return sample_study


def test_shipped_file_round_trips_byte_for_byte(sample, tmp_path):
    out = tmp_path / "codings.csv"
    export_codings(sample, out, coder="kodare1")
    assert out.read_bytes() == (SAMPLES / "codings.csv").read_bytes()


def test_every_theme_is_coded_featured_and_memoed(sample):
    codebook, _ = current_codebook(sample)
    main = codings(sample, coder="kodare1")
    assert {c.transcript_id for c in main} == {1, 2}
    for theme in codebook.themes:
        mine = [c for c in main if codebook.theme_of(c.code_id) is theme]
        assert len(mine) >= 15, theme.id
        assert any(c.featured for c in mine), theme.id
        assert len({c.transcript_id for c in mine if c.featured}) == 2, theme.id
    notes = {(m.code_id, m.concept_id) for m in memos(sample) if m.code_id}
    for theme in codebook.themes:
        assert (theme.id, None) in notes
        for concept in theme.concepts:
            assert (theme.id, concept) in notes, (theme.id, concept)


def test_the_second_coder_makes_agreement_demonstrable(sample):
    codebook, _ = current_codebook(sample)
    report = agreement(sample, ["kodare1", "kodare2"], codebook)
    assert report.transcripts == (1,)
    assert 0.6 < report.overall.kappa < 0.95
    assert report.disagreements
