"""Memo commands through the command line."""

from __future__ import annotations

import csv
import io

from tests.conftest import INGEST, REPO

CODEBOOK = REPO / "codebooks" / "samsjuklighet.yaml"


def _setup(cli, *other):
    """The small Teams interview and the default codebook, in ``cli``'s project or in
    ``-p other``."""
    mine = not other
    cli(
        "import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist", *other, project=mine
    )
    cli("codebook", "use", CODEBOOK, *other, project=mine)


def test_memo_on_a_theme_x_concept_link_is_listed(cli):
    _setup(cli)
    result = cli(
        "memo",
        "add",
        "--theme",
        "samverkan",
        "--concept",
        "integrering",
        "Samverkan fogar samman.",
        "--coder",
        "anna",
    )
    assert result.exit_code == 0 and "samverkan x integrering" in result.stdout
    assert "Samverkan fogar samman." in cli("memo", "list", "--format", "csv").stdout


def test_memos_travel_by_yaml_to_another_project_and_list_without_names(cli, tmp_path):
    _setup(cli)
    memo = "Maria Nyström beskriver en region som drar sig undan."
    assert cli("memo", "add", "--theme", "bristande_ansvar", memo, "--coder", "anna").exit_code == 0
    listed = list(csv.DictReader(io.StringIO(cli("memo", "list", "--format", "csv").stdout)))
    assert [(m["theme"], m["coder"]) for m in listed] == [("bristande_ansvar", "anna")]
    assert "Nyström" not in listed[0]["text"] and "[IP 1]" in listed[0]["text"]

    out = tmp_path / "memos.yaml"
    assert "Wrote 1 memo to" in cli("memo", "export", "--out", out).stdout
    other = tmp_path / "other.db"
    assert cli("init", other, project=False).exit_code == 0
    _setup(cli, "-p", other)
    imported = cli("memo", "-p", other, "import", out, project=False)
    assert "Imported 1 memo from" in imported.stdout and "(0 already present)" in imported.stdout
    again = cli("memo", "-p", other, "import", out, project=False)
    assert "Imported 0 memos from" in again.stdout and "(1 already present)" in again.stdout
    theirs = cli("memo", "-p", other, "list", "--format", "csv", project=False).stdout
    assert "drar sig undan" in theirs and "bristande_ansvar" in theirs
