"""The chart of quotes per theme and interview from Python (``qualkod.export.write_chart``),
as ``qualkod stats --chart`` draws it: a PNG, whole or not at all, under a name that
names nobody; a crowded one names the Python way to draw one theme's."""

from __future__ import annotations

import pytest

from qualkod import analysis, coding
from qualkod import project as api
from qualkod.errors import ParameterError, QualkodError, RedactionError
from qualkod.export import write_chart
from qualkod.importing import import_files
from tests.conftest import REPO

CODEBOOK = REPO / "codebooks" / "samsjuklighet.yaml"

# Written for this test: a short interview on shared planning in home care.
SAMTAL = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ingrid Hallberg>Hur planerar ni tillsammans med regionen?</v>

00:00:05.000 --> 00:00:12.000
<v Pelle Rydén>Vi har ett gemensamt möte varje vecka där vi går igenom brukarna.</v>
"""


@pytest.fixture
def material(project, tmp_path):
    path = tmp_path / "planering.vtt"
    path.write_text(SAMTAL, encoding="utf-8")
    import_files(project, path, interviewers="Ingrid Hallberg")
    api.use_codebook(project, CODEBOOK)
    coding.add_coding(project, 1, 2, "samverkan", "anna")
    return analysis.load_material(project, coder="anna")


def test_the_chart_is_written_as_a_png(material, tmp_path):
    out = tmp_path / "diagram.png"
    assert write_chart(material, str(out)) == out
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_chart_under_another_name_is_refused_and_nothing_written(material, tmp_path):
    with pytest.raises(ParameterError) as refused:
        write_chart(material, tmp_path / "diagram.jpg")
    assert str(refused.value) == f"path='{tmp_path / 'diagram.jpg'}': give a .png file name"
    assert (
        refused.value.for_option() == f"--chart {tmp_path / 'diagram.jpg'}: give a .png file name"
    )
    with pytest.raises(RedactionError) as refused:
        write_chart(material, tmp_path / "pelle-ryden.png")  # the interviewee's name
    assert "Pelle" not in str(refused.value) and "Rydén" not in str(refused.value)
    assert refused.value.for_option().startswith("--chart ")
    assert list(tmp_path.glob("*.png")) + list(tmp_path.glob("*.jpg")) == []


def test_a_crowded_chart_says_how_python_draws_one_themes(material, monkeypatch, tmp_path):
    monkeypatch.setattr("qualkod.export.chart.MAX_BARS", 2)  # the codebook has 3 themes
    with pytest.raises(QualkodError) as caught:
        write_chart(material, tmp_path / "diagram.png")
    said = str(caught.value)
    assert "--" not in said
    assert said.endswith(
        "qualkod.export.write_chart(material, FILE.png) draws one theme's of a material "
        "loaded with theme=..."
    )
    assert caught.value.for_option().endswith(
        "'qualkod stats --chart' draws one theme's with --theme"
    )
    assert not (tmp_path / "diagram.png").exists()
