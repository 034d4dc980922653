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


def _listed(cli, *options: str) -> list[tuple[str, str, str]]:
    listed = cli("suggestions", *options, "--format", "csv")
    assert listed.exit_code == 0, listed.stderr
    return [
        (r["id"], r.get("status", ""), r.get("decided_by", ""))
        for r in csv.DictReader(io.StringIO(listed.stdout))
    ]


def test_suggestions_of_every_status_show_each_status_and_who_decided_it(cli):
    from tests.coding.test_session import SESSION_VTT

    cli("import", SESSION_VTT, "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    assert cli("suggest").exit_code == 0
    # the interviewer codes under her own name: shown as outputs show her
    karin = ("--coder", "Karin Lindqvist")
    assert cli("suggestions", "accept", "1", *karin).exit_code == 0
    assert cli("suggestions", "reject", "2", "--coder", "anna").exit_code == 0
    listed = cli("suggestions", "--status", "all", "--format", "csv", *karin)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(listed.stdout))}
    # her view: her own decision; anna's rejection of 2 is anna's alone
    assert [(r["status"], r["decided_by"]) for r in rows.values()][:2] == [
        ("accepted", "Intervjuare 1"),
        ("open", ""),
    ]
    assert {r["status"] for r in list(rows.values())[2:]} == {"open"}
    assert {r["decided_by"] for r in list(rows.values())[2:]} == {""}
    assert "Karin" not in listed.stdout
    table = cli("suggestions", "--status", "all", *karin).stdout
    header = next(line for line in table.splitlines() if "score" in line)
    assert "status" in header and "decided by" in header
    first = next(line for line in table.splitlines() if line.startswith("│  1 "))
    assert "accepted" in first and "Intervjuare 1" in first
    # one status: as before, no status column; decided ones say who decided them
    assert "status" not in cli("suggestions", "--format", "csv").stdout.splitlines()[0]
    accepted = cli("suggestions", "--status", "accepted", "--format", "csv", *karin).stdout
    assert list(csv.DictReader(io.StringIO(accepted)))[0]["decided_by"] == "Intervjuare 1"


def test_each_coder_lists_their_own_view_of_the_suggestions(cli):
    from tests.coding.test_session import SESSION_VTT

    cli("import", SESSION_VTT, "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    assert cli("suggest").exit_code == 0  # suggestions 1 to 4
    one, two = ("--coder", "kodare1"), ("--coder", "kodare2")
    accepted = cli("suggestions", "accept", "1", *one)
    assert accepted.stdout.strip() == "Accepted suggestion 1 as coding 1 (samarbete)"
    assert cli("suggestions", "reject", "2", *one).stdout.strip() == (
        "Rejected suggestion 2 (ansvar_skjuts_undan)"
    )
    assert _listed(cli, *two) == [("1", "", ""), ("2", "", ""), ("3", "", ""), ("4", "", "")]
    assert _listed(cli, *one) == [("3", "", ""), ("4", "", "")]
    assert _listed(cli, "--status", "accepted", *one) == [("1", "", "kodare1")]
    assert _listed(cli, "--status", "rejected", *one) == [("2", "", "kodare1")]
    assert _listed(cli, "--status", "accepted", *two) == []
    # kodare2 accepts 1 too: a coding of their own; kodare1 cannot decide it twice
    assert cli("suggestions", "accept", "1", *two).stdout.strip() == (
        "Accepted suggestion 1 as coding 2 (samarbete)"
    )
    again = cli("suggestions", "accept", "1", *one)
    assert again.exit_code == 1
    assert again.stderr.strip() == "Error: suggestion 1 is already accepted by kodare1"
    assert _listed(cli, "--status", "all", *two) == [
        ("1", "accepted", "kodare2"),
        ("2", "open", ""),
        ("3", "open", ""),
        ("4", "open", ""),
    ]
    undone = cli("undo", *two)
    assert undone.exit_code == 0, undone.stderr
    assert _listed(cli, "--status", "accepted", *two) == []
    assert _listed(cli, "--status", "accepted", *one) == [("1", "", "kodare1")]


def _suggest_in_the_long_turn(cli) -> None:
    """A project holding one long interviewee turn (tests/data/suggest/long-turn.txt),
    with the default codebook's suggestions made."""
    cli(
        "import",
        REPO / "tests" / "data" / "suggest" / "long-turn.txt",
        "--interviewer",
        "Karin Lindqvist",
    )
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    assert cli("suggest").exit_code == 0


def test_a_long_turns_passages_show_the_turns_score_once_and_their_own_evidence(cli, monkeypatch):
    # one interviewee turn; three of its sentences show ansvar_skjuts_undan, with other words
    _suggest_in_the_long_turn(cli)
    listed = list(csv.DictReader(io.StringIO(cli("suggestions", "--format", "csv").stdout)))
    assert [(r["turn"], r["code"], r["evidence"]) for r in listed] == [
        ("2", "ansvar_skjuts_undan", "backade; ingen; tog; ansvar"),
        ("2", "ansvar_skjuts_undan", "nekade"),
        ("2", "ansvar_skjuts_undan", "hänvisade"),
    ]
    score = listed[0]["score"]
    assert {r["score"] for r in listed} == {score}  # the theme's score in the whole turn
    monkeypatch.setenv("COLUMNS", "200")  # no wrapping: one line per line said
    table = cli("suggestions").stdout
    assert table.count(score) == 1
    header = next(line for line in table.splitlines() if line.startswith("┃ id"))
    at = [c.strip() for c in header.split("┃")[1:-1]].index("score")
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in table.splitlines()]
    rows = [row for row in cells if row and row[0]]  # the first line of each suggestion
    assert [row[at] for row in rows] == [score, "", ""]
    notes = [row[-1] for row in cells if row and row[-1].startswith("(")]
    assert notes == [
        "(passage 1/3; the score is the turn's; evidence: backade; ingen; tog; ansvar)",
        "(passage 2/3; evidence: nekade)",
        "(passage 3/3; evidence: hänvisade)",
    ]


def test_every_status_with_who_decided_it_fits_80_columns(cli, monkeypatch):
    _suggest_in_the_long_turn(cli)
    # the interviewer decides under her own name: shown as outputs show her; each coder
    # lists their own decisions (--coder), so each view is checked
    karin, anna = ("--coder", "Karin Lindqvist"), ("--coder", "anna")
    assert cli("suggestions", "accept", "1", *karin).exit_code == 0
    assert cli("suggestions", "reject", "2", *anna).exit_code == 0
    views = [
        (karin, [["accepted", "Intervjuare 1"], ["open", ""], ["open", ""]]),
        (anna, [["open", ""], ["rejected", "anna"], ["open", ""]]),
    ]
    for width in ("80", "100"):
        monkeypatch.setenv("COLUMNS", width)
        for coder, expected in views:
            table = cli("suggestions", "--status", "all", *coder).stdout
            lines = table.splitlines()
            assert max(len(line) for line in lines) <= int(width), table
            header = next(line for line in lines if line.startswith("┃ id"))
            assert [c.strip() for c in header.split("┃")[1:-1]] == [
                "id",
                "code",
                "score",
                "status",
                "decided by",
                "text",
            ]
            firsts = [line for line in lines if line.startswith("│") and line[1:4].strip()]
            decided = [[c.strip() for c in line.split("│")[1:-1]][3:5] for line in firsts]
            assert decided == expected, coder
            assert all("turn 1:2, IP" in line for line in firsts)  # where and who lead the text
            assert "Karin" not in table
    monkeypatch.setenv("COLUMNS", "80")
    accepted = cli("suggestions", "--status", "accepted", *karin).stdout.splitlines()
    assert max(len(line) for line in accepted) <= 80
    assert "Intervjuare 1" in next(line for line in accepted if line.startswith("│  1 "))


def test_an_empty_listing_says_which_suggestions_there_are_none_of(cli):
    """'run qualkod suggest' only where running it is the answer: a coder who has
    rejected nothing is not told to make suggestions."""
    from tests.coding.test_session import SESSION_VTT

    cli("import", SESSION_VTT, "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    before = cli("suggestions")
    assert before.exit_code == 0
    assert before.stdout.strip() == "No open suggestions; run 'qualkod suggest'"
    assert cli("suggest").exit_code == 0
    rejected = cli("suggestions", "--status", "rejected", "--coder", "eva")
    assert rejected.exit_code == 0
    assert rejected.stdout.strip() == "No rejected suggestions"
    accepted = cli("suggestions", "--status", "accepted", "--theme", "samverkan")
    assert accepted.stdout.strip() == "No accepted suggestions of theme samverkan"
