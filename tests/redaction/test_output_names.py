"""An output's file name never names someone of the project: it travels with the file."""

from __future__ import annotations

import pytest
import yaml

from qualkod.redaction.project import names_someone, project_redactor
from tests.conftest import REPO, copy_study

CODE = "bristande_ansvar"
TALK = (
    "Birgitta Östman: Vem hjälper dig när det krånglar?\n"
    "Sune Åberg: Tord Ekholm på boendet, han ringer åt mig.\n"
    "Birgitta Östman: Och handläggaren?\n"
    "Sune Åberg: Henne har jag aldrig träffat.\n"
)


@pytest.fixture
def talked(cli, tmp_path):
    talk = tmp_path / "samtal.txt"
    talk.write_text(TALK, encoding="utf-8")
    assert cli("import", talk, "--interviewer", "Birgitta Östman").exit_code == 0
    assert cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml").exit_code == 0
    return cli


@pytest.mark.parametrize(
    "name",
    [
        "kapitel-sune.docx",  # a speaker's first name in lower case
        "Kapitel Åberg.docx",
        "citat_Åbergs.xlsx",  # genitive
        "KapitelSuneÅberg.docx",  # joined by capitals
        "analys-östman.qdpx",  # the interviewer
        "kapitel-tord.docx",  # named in passing, in lower case
        "Ekholm-citat.html",
    ],
)
def test_a_file_name_naming_someone_of_the_project_is_found(talked, project, name):
    assert names_someone(project_redactor(project), name)


@pytest.mark.parametrize(
    "name",
    [
        "kapitel.docx",
        "kapitel-4-2.docx",
        "Citat per tema.png",
        "rapport-maj-2026.docx",
        "kapitel-samverkan-ansvar.docx",
        "kapitel-lars-kommentarer.docx",  # a supervisor's name; nobody here is a Lars
    ],
)
def test_a_file_name_naming_nobody_of_the_project_is_left(talked, project, name):
    assert not names_someone(project_redactor(project), name)


def test_every_output_command_refuses_a_file_name_that_names_someone(talked, tmp_path):
    for command, out, option in (
        (("export", "chapter"), "kapitel-sune.docx", "--out"),
        (("export", "qdpx"), "Östman.qdpx", "--out"),
        (("table",), "citat_Tords.csv", "--out"),
        (("stats",), "diagram-ekholm.png", "--chart"),
    ):
        target = tmp_path / out
        result = talked(*command, option, target)
        assert result.exit_code == 1, (command, result.stdout)
        assert "names someone in the interviews" in result.stderr
        for name in ("sune", "östman", "tord", "ekholm"):  # the message hides it too
            assert name not in result.stderr.lower(), result.stderr
        assert not target.exists()
        assert "Traceback" not in result.stderr


def test_the_investigators_own_copy_may_carry_a_name(talked, tmp_path):
    out = tmp_path / "Östman.qdpx"
    result = talked("export", "qdpx", "--out", out, "--raw-names")
    assert result.exit_code == 0, result.stderr
    assert out.exists()


def test_a_replacement_naming_someone_the_interviews_name_is_refused(talked):
    result = talked("redact", "add", "boendet", "--as", "[Tords boende]")
    assert result.exit_code == 1
    assert "holds what outputs hide" in result.stderr
    assert talked("redact", "add", "boendet", "--as", "[boende]").exit_code == 0


def test_reproduce_refuses_an_output_named_after_a_participant(tmp_path):
    from qualkod.errors import QualkodError
    from qualkod.reproduce import reproduce

    manifest = copy_study(tmp_path / "studie")
    spec = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    spec["chapter"]["file"] = "kapitel-nyströms-version.docx"  # IP 1's surname, genitive
    manifest.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    with pytest.raises(QualkodError, match=r"chapter\.file kapitel-\[IP 1\]-version\.docx"):
        reproduce(manifest)
    assert list((tmp_path / "studie" / "outputs").iterdir()) == []


def test_a_coder_named_like_a_speaker_is_chosen_by_the_pseudonym_messages_show(talked, tmp_path):
    for coder in ("Birgitta Östman", "kodare1"):  # the interviewer codes under her own name
        result = talked("code", "add", "-t", "1", "--turn", "2", "-c", CODE, "--coder", coder)
        assert result.exit_code == 0, result.stderr
    out = tmp_path / "kapitel.docx"
    refused = talked("export", "chapter", "--out", out)
    assert refused.exit_code == 1
    assert "Intervjuare 1 and kodare1 both coded transcript 1" in refused.stderr
    for command in (
        ("export", "chapter", "--out", out),
        ("export", "qdpx", "--out", tmp_path / "studie.qdpx"),
        ("table", "--format", "csv"),
    ):
        result = talked(*command, "--coder", "Intervjuare 1")
        assert result.exit_code == 0, (command, result.stderr)
    assert "kodare1" not in talked("table", "--format", "csv", "--coder", "Intervjuare 1").stdout


def test_one_person_coding_under_two_names_is_told_apart_by_the_listing(talked, tmp_path):
    for coder in ("Birgitta Östman", "bostman"):  # both are the interviewer, Intervjuare 1
        result = talked("code", "add", "-t", "1", "--turn", "2", "-c", CODE, "--coder", coder)
        assert result.exit_code == 0, result.stderr
    refused = talked("export", "chapter", "--out", tmp_path / "kapitel.docx")
    assert refused.exit_code == 1
    assert "Intervjuare 1 and Intervjuare 1 both coded" in refused.stderr
    assert "one person coded under two names: 'qualkod coders --raw-names'" in refused.stderr
