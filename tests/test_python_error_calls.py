"""An error raised from Python names the Python call where the command line's message
names a command: a notebook user is told ``qualkod.suggest.suggest(p)``, not to run
``qualkod suggest`` in a cell; the command line keeps its own words."""

from __future__ import annotations

import pytest

from qualkod import coding
from qualkod import project as api
from qualkod.errors import NotFoundError, ParameterError, QualkodError
from qualkod.importing import import_files
from qualkod.store import open_project
from tests.conftest import REPO

CODEBOOK = REPO / "codebooks" / "samsjuklighet.yaml"

# Written for this test: a short interview about evening visits in home care.
SAMTAL = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ingrid Hallberg>Hur går kvällsbesöken till?</v>

00:00:05.000 --> 00:00:12.000
<v Pelle Rydén>Vi hinner sällan prata med distriktssköterskan innan vi åker vidare.</v>
"""


@pytest.fixture
def samtal(project, tmp_path):
    path = tmp_path / "kvall.vtt"
    path.write_text(SAMTAL, encoding="utf-8")
    import_files(project, path, interviewers="Ingrid Hallberg")
    api.use_codebook(project, CODEBOOK)
    return project


def test_an_unknown_speaker_points_to_the_python_listing(samtal):
    with pytest.raises(NotFoundError) as caught:
        api.set_speaker(samtal, "Birgitta", pseudonym="IP 9")
    assert str(caught.value) == (
        "speaker 'Birgitta': no such pseudonym or name; list them with "
        "qualkod.project.speakers(p) (each row's speaker.raw_name)"
    )
    assert caught.value.for_option() == (
        "speaker 'Birgitta': no such pseudonym or name; list them with "
        "'qualkod speakers --raw-names'"
    )


def test_a_suggestion_that_is_gone_points_to_suggest_and_suggestions(samtal):
    with pytest.raises(NotFoundError) as caught:
        coding.accept_suggestion(samtal, 41, "anna")
    assert str(caught.value) == (
        "suggestion 41: no such suggestion (each qualkod.suggest.suggest(p) run replaces the "
        "open ones); list them with qualkod.suggest.suggestions(p)"
    )
    assert "(each 'qualkod suggest' run" in caught.value.for_option()


def test_a_missing_project_is_created_with_init_project(tmp_path):
    missing = tmp_path / "saknas.db"
    with pytest.raises(QualkodError) as caught:
        open_project(missing)
    assert f"create one with qualkod.project.init_project('{missing}')" in str(caught.value)
    assert f"create one with 'qualkod init {missing}'" in caught.value.for_option()
    assert "'qualkod" not in str(caught.value)


def test_a_parameter_errors_reason_and_an_option_within_a_command():
    refused = ParameterError("theme", "x", "see 'qualkod codebook show'", quoted=True)
    assert str(refused) == "theme='x': see qualkod.project.current_codebook(p)[0].codes()"
    assert refused.for_option() == "--theme 'x': see 'qualkod codebook show'"
    # --force in the command is the command's; the one outside is an option
    forced = QualkodError(
        "k.yaml: run 'qualkod codebook use FILE --force', or add --force",
        in_python={"--force": "force=True"},
    )
    assert (
        str(forced)
        == "k.yaml: run qualkod.project.use_codebook(p, FILE, force=True), or add force=True"
    )
    assert forced.for_option() == "k.yaml: run 'qualkod codebook use FILE --force', or add --force"


def test_a_command_without_a_python_call_is_said_to_be_the_command_lines():
    error = QualkodError("c.png: 'qualkod stats --chart' draws one theme's; 'qualkod train' fits")
    assert str(error) == (
        "c.png: 'qualkod stats --chart' (on the command line) draws one theme's; "
        "qualkod.suggest.train(p) fits"
    )


def test_the_command_line_keeps_its_commands(samtal, cli):
    refused = cli("speakers", "set", "Birgitta", "--pseudonym", "IP 9")
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Error: speaker 'Birgitta': no such pseudonym or name; list them with "
        "'qualkod speakers --raw-names'\n"
    )


def test_a_memo_file_names_the_command_the_command_line_has(samtal, tmp_path):
    memos = tmp_path / "memon.yaml"
    memos.write_text(
        "memos:\n- theme: kvallsbesok\n  coder: anna\n  text: Stressen styr besöken.\n",
        encoding="utf-8",
    )
    with pytest.raises(QualkodError) as caught:
        coding.import_memos(samtal, memos)
    assert "as qualkod.project.current_codebook(p)[0].codes() lists them" in str(caught.value)
    assert "as 'qualkod codebook show' lists them" in caught.value.for_option()
    assert "qualkod.project" not in caught.value.for_option()
