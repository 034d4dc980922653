"""Suggestion commands through the command line."""

from __future__ import annotations

import csv
import io

from tests.conftest import REPO


def test_evaluate_names_a_gold_file_that_cannot_be_read(cli, tmp_path):
    (tmp_path / "loop1.csv").symlink_to("loop2.csv")
    (tmp_path / "loop2.csv").symlink_to("loop1.csv")
    loop = tmp_path / "loop1.csv"
    for gold, expected in [
        (tmp_path, f"{tmp_path}: is a folder; give the codings file"),
        (loop, f"{loop}: cannot be read (Too many levels of symbolic links); check the path"),
    ]:
        result = cli("evaluate", "--gold", gold)
        assert result.exit_code == 1
        assert "Traceback" not in result.stderr + result.stdout
        assert result.stderr.strip().splitlines() == [f"Error: {expected}"]


def test_suggestions_of_every_status_show_each_status_and_who_decided_it(cli):
    from tests.coding.test_session import SESSION_VTT

    cli("import", SESSION_VTT, "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    assert cli("suggest").exit_code == 0
    # the interviewer codes under her own name: shown as outputs show her
    assert cli("suggestions", "accept", "1", "--coder", "Karin Lindqvist").exit_code == 0
    assert cli("suggestions", "reject", "2", "--coder", "anna").exit_code == 0
    listed = cli("suggestions", "--status", "all", "--format", "csv")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(listed.stdout))}
    assert [(r["status"], r["decided_by"]) for r in rows.values()][:2] == [
        ("accepted", "Intervjuare 1"),
        ("rejected", "anna"),
    ]
    assert {r["status"] for r in list(rows.values())[2:]} == {"open"}
    assert {r["decided_by"] for r in list(rows.values())[2:]} == {""}
    assert "Karin" not in listed.stdout
    table = cli("suggestions", "--status", "all").stdout
    header = next(line for line in table.splitlines() if "score" in line)
    assert "status" in header and "decided by" in header
    first = next(line for line in table.splitlines() if line.startswith("│  1 "))
    assert "accepted" in first and "Intervjuare 1" in first
    # one status: as before, no status column; decided ones say who decided them
    assert "status" not in cli("suggestions", "--format", "csv").stdout.splitlines()[0]
    accepted = cli("suggestions", "--status", "accepted", "--format", "csv").stdout
    assert list(csv.DictReader(io.StringIO(accepted)))[0]["decided_by"] == "Intervjuare 1"
