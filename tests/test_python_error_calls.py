"""An error raised from Python names the Python call where the command line's message
names a command: a notebook user is told ``qualkod.suggest.suggest(p)``, not to run
``qualkod suggest`` in a cell; the command line keeps its own words."""

from __future__ import annotations

import sqlite3

import pytest

from qualkod import coding
from qualkod import project as api
from qualkod.coding.decisions import CodingError
from qualkod.errors import CodebookError, NotFoundError, ParameterError, ProjectError, QualkodError
from qualkod.importing import import_files
from qualkod.python_calls import commands_for_python
from qualkod.store import open_project, project_location
from tests.conftest import REPO

CODEBOOK = REPO / "codebooks" / "samsjuklighet.yaml"
CATALOGUE = REPO / "codebooks" / "tyrstrup-2014.yaml"

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
    error = QualkodError("k.csv: 'qualkod agreement' compares them; 'qualkod train' fits")
    assert str(error) == (
        "k.csv: 'qualkod agreement' (on the command line) compares them; "
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


def _said_in_python(caught: pytest.ExceptionInfo) -> str:
    """The Python wording, checked to name no command-line option."""
    said = str(caught.value)
    assert "--" not in said, said
    return said


def test_a_project_path_is_given_to_open_project_not_to_an_option(tmp_path):
    other = tmp_path / "annat.db"
    sqlite3.connect(other).execute("CREATE TABLE besok (dag)").connection.commit()
    with pytest.raises(ProjectError) as caught:
        open_project(other)
    assert _said_in_python(caught).endswith(
        "not a qualkod project; give open_project() another path"
    )
    assert caught.value.for_option().endswith("choose another path with --project")
    missing = tmp_path / "saknas.db"
    with pytest.raises(ProjectError) as caught:
        open_project(missing)
    assert _said_in_python(caught).endswith("or give open_project() an existing one")
    with pytest.raises(ProjectError) as caught:
        project_location(" ")
    assert _said_in_python(caught).startswith("the project's location is empty")


def test_a_catalogue_is_the_theory_argument(samtal, tmp_path):
    with pytest.raises(CodebookError) as caught:
        api.use_codebook(samtal, CATALOGUE)
    assert "(the theory argument, codebook.theory in the codebook" in _said_in_python(caught)
    text = CODEBOOK.read_text(encoding="utf-8").replace("tyrstrup-2014.yaml", "teori.yaml")
    (tmp_path / "kodbok.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CodebookError) as caught:
        api.use_codebook(samtal, tmp_path / "kodbok.yaml")
    assert _said_in_python(caught).endswith("or give theory=FILE")
    assert caught.value.for_option().endswith("or give --theory FILE")


def test_a_blank_coder_is_the_coder_argument():
    with pytest.raises(QualkodError) as caught:
        coding.resolve_coder("  ")
    assert _said_in_python(caught).startswith("coder / $QUALKOD_CODER: the coder name is empty")


def test_another_coders_work_is_changed_with_others_true(samtal):
    made = coding.add_coding(samtal, 1, 2, "samverkan", "anna")
    memo = coding.add_memo(samtal, "Kvällarna är korta.", "anna", theme="samverkan")
    link = coding.add_link(samtal, made.id, "organisatoriska_mellanrum", "anna")
    refusals = (
        lambda: coding.remove_coding(samtal, made.id, "bertil"),
        lambda: coding.feature_coding(samtal, made.id, "bertil"),
        lambda: coding.add_memo(samtal, "Min tolkning.", "bertil", coding_id=made.id),
        lambda: coding.remove_memo(samtal, memo.id, "bertil"),
        lambda: coding.remove_link(samtal, link.id, "bertil"),
        lambda: coding.add_link(samtal, made.id, "vertikal_styrning", "bertil"),
    )
    for refused in refusals:
        with pytest.raises(CodingError) as caught:
            refused()
        assert "pass others=True to " in _said_in_python(caught)
        assert "add --force to " in caught.value.for_option()
    assert [c.id for c in coding.codings(samtal)] == [made.id]  # nothing changed
    coding.remove_coding(samtal, made.id, "bertil", others=True)
    assert coding.codings(samtal) == []


def test_show_stats_chart_and_export_study_have_their_python_calls():
    assert commands_for_python("see 'qualkod show 3'") == (
        "see qualkod.project.turns(p, 3) (its turns' text redacted by "
        "qualkod.redaction.project.project_redactor(p))"
    )
    assert commands_for_python("or 'qualkod stats --chart ut.png'") == (
        "or qualkod.export.write_chart(material, 'ut.png')"
    )
    assert commands_for_python("then 'qualkod export study --out studie'") == (
        "then qualkod.export.export_study(p, 'studie')"
    )
    assert commands_for_python("run 'qualkod export study'") == (
        "run qualkod.export.export_study(p, FOLDER)"
    )
