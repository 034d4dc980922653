"""Coding commands through the command line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.conftest import DATA, INGEST, REPO


def _setup(cli):
    cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")


def test_add_list_feature_remove_undo(cli):
    _setup(cli)
    added = cli(
        "code",
        "add",
        "-t",
        "1",
        "--turn",
        "4",
        "--code",
        "ansvar_skjuts_undan",
        "--text",
        "De backar undan",
        "--coder",
        "anna",
    )
    assert added.exit_code == 0, added.stderr
    assert (
        "Added coding 1: ansvar_skjuts_undan on transcript 1 turn 4 [0:15] by anna" in added.stdout
    )
    listing = cli("codings", "--format", "csv")
    row = next(csv.DictReader(io.StringIO(listing.stdout)))
    assert (row["speaker"], row["quote"], row["featured"]) == ("IP 1", "De backar undan", "no")
    assert "Coding 1 is featured" in cli("code", "feature", "1", "--coder", "anna").stdout
    assert cli("code", "remove", "1", "--coder", "anna").exit_code == 0
    assert "No codings yet" in cli("codings").stdout
    undone = cli("undo", "--coder", "anna")
    assert "Undid event 3 (delete)" in undone.stdout
    assert "De backar undan" in cli("codings").stdout
    theirs = cli("code", "remove", "1", "--coder", "bo")  # anna's coding
    assert theirs.exit_code == 1 and "coding 1 is anna's, not bo's" in theirs.stderr
    assert "add --force" in theirs.stderr and "De backar undan" in cli("codings").stdout
    misspelt = cli("codings", "--coder", "ana")
    assert (
        misspelt.exit_code == 1 and "--coder ana: has no codings; coders: anna" in misspelt.stderr
    )
    log = cli("log", "--coding", "1", "--format", "csv").stdout
    assert [r["action"] for r in csv.DictReader(io.StringIO(log))] == [
        "create",
        "feature",
        "delete",
        "undo",
    ]


def test_coder_from_environment(cli, monkeypatch):
    _setup(cli)
    monkeypatch.setenv("QUALKOD_CODER", "miljo")
    cli("code", "add", "-t", "1", "--turn", "2", "--code", "samverkan")
    assert "miljo" in cli("codings", "--format", "csv").stdout


def test_export_and_import(cli, tmp_path):
    _setup(cli)
    cli("code", "add", "-t", "1", "--turn", "2", "--code", "samverkan", "--coder", "anna")
    out = tmp_path / "c.csv"
    exported = cli("codings", "export", "--out", out)
    assert "Wrote 1 coding to" in exported.stdout
    # the file keeps quotes verbatim: the user is told whom it may go to
    assert "keeps quotes and memos verbatim, names included" in exported.stderr
    assert "only with people who may see the transcripts" in exported.stderr
    result = cli("codings", "import", out, "--coder", "bo")
    assert "Imported 1 coding from" in result.stdout and "coders: bo" in result.stdout
    agreement = cli("agreement", "--coder", "anna", "--coder", "bo", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(agreement.stdout)))
    assert rows[-1]["theme"] == "overall" and rows[-1]["percent_agreement"] == "1.000"
    paired = cli("agreement", "--coder", "anna", "--with-others", "--format", "csv")
    assert paired.stdout == agreement.stdout  # one other coder: the same comparison


def test_a_codings_file_with_only_its_header_says_so(cli, tmp_path):
    _setup(cli)
    empty = tmp_path / "tom.csv"
    empty.write_text(
        "transcript_sha256,transcript,turn,start,end,speaker,theme,code,coder,featured,"
        "concepts,memo,created_at,quote\n",
        encoding="utf-8",
    )
    result = cli("codings", "import", empty)
    assert f"Imported 0 codings from {empty} (0 already present)" in result.stdout
    assert "coders: )" not in result.stdout
    assert f"{empty} holds no codings: only its header; nothing was imported" in result.stderr


def test_agreement_warns_of_a_coder_who_has_not_reached_most_turns(cli):
    cli("import", DATA / "coding" / "session.vtt", "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    for turn in ("2", "4", "6"):  # the interviewee's three turns
        cli("code", "add", "-t", "1", "--turn", turn, "--code", "samverkan", "--coder", "anna")
    cli("code", "add", "-t", "1", "--turn", "2", "--code", "samverkan", "--coder", "bo")
    result = cli("agreement", "--coder", "anna", "--coder", "bo")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("Warning:") == 1
    assert "Warning: bo has coded or marked done 1 of the 3 interviewee turns compared" in (
        result.stderr.replace("\n", " ")
    )
    for turn in ("4", "6"):
        cli("code", "done", "--transcript", "1", "--turn", turn, "--coder", "bo")
    assert "Warning" not in cli("agreement", "--coder", "anna", "--coder", "bo").stderr


def test_codings_takes_the_interviewer_coding_by_the_name_outputs_show(cli):
    _setup(cli)  # Karin Lindqvist interviews, and codes under her own name
    cli(
        "code", "add", "-t", "1", "--turn", "2", "--code", "samverkan", "--coder", "Karin Lindqvist"
    )
    listed = cli("codings", "--coder", "Intervjuare 1", "--format", "csv")
    assert listed.exit_code == 0, listed.stderr
    [row] = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert row["coder"] == "Intervjuare 1"
    nobody = cli("codings", "--coder", "nobody")
    assert nobody.exit_code == 1
    assert nobody.stderr.strip() == "Error: --coder nobody: has no codings; coders: Intervjuare 1"


def test_errors_are_one_line(cli):
    _setup(cli)
    for args, expected in [
        (
            ("code", "add", "-t", "1", "--turn", "2", "--code", "nope"),
            "--code nope: not in codebook",
        ),
        (("code", "add", "-t", "1", "--turn", "99", "--code", "samverkan"), "--turn 99"),
        (("code", "remove", "42"), "coding 42: no such coding"),
        (("undo", "--coder", "ingen"), "ingen has no decision left to undo"),
        (("agreement", "--coder", "a"), "at least two coders"),
        (("agreement", "--coder", "a", "--coder", "b", "--with-others"), "exactly one --coder"),
        (("agreement", "--coder", "ingen", "--with-others"), "nobody else has coded"),
        (("memo", "add", "Om inget.", "--theme", "nosuch"), "--theme nosuch: not in codebook"),
        (("log", "--coding", "9999"), "--coding 9999: no such coding"),
    ]:
        result = cli(*args)
        assert result.exit_code == 1, args
        assert result.stderr.startswith("Error: ") and expected in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_coder_name_longer_than_a_project_keeps_is_refused_before_anything_is_written(
    cli, monkeypatch
):
    _setup(cli)
    longest = "å" * 200  # the schema keeps 200 characters, on SQLite as on PostgreSQL
    kept = cli("code", "add", "-t", "1", "--turn", "2", "--code", "samverkan", "--coder", longest)
    assert kept.exit_code == 0, kept.stderr
    refused = cli(
        "code", "add", "-t", "1", "--turn", "4", "--code", "samverkan", "--coder", "å" * 201
    )
    assert refused.exit_code == 1
    assert refused.stderr.strip() == (
        "Error: --coder / $QUALKOD_CODER: the coder name is 201 characters long; "
        "use one of at most 200"
    )
    monkeypatch.setenv("QUALKOD_CODER", "x" * 300)
    assert (
        "is 300 characters long" in cli("memo", "add", "--theme", "samverkan", "Ett memo.").stderr
    )
    rows = list(csv.DictReader(io.StringIO(cli("codings", "--format", "csv").stdout)))
    assert [(r["turn"], r["coder"]) for r in rows] == [("2", longest)]


def test_options_given_to_code_before_add_pass_on_to_it(cli, monkeypatch):
    monkeypatch.setenv("QUALKOD_CODER", "miljo")  # the typed --coder outranks it
    _setup(cli)
    argv = ["code", "-p", cli.project_path, "--coder", "anna", "add"]
    result = cli(*argv, "-t", "1", "--turn", "2", "--code", "samverkan", project=False)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(cli("codings", "--format", "csv").stdout)))
    assert [(r["turn"], r["code"], r["coder"]) for r in rows] == [("2", "samverkan", "anna")]


def test_a_blank_coder_name_is_refused_not_replaced_by_another(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("QUALKOD_CODER", "miljo")
    _setup(cli)
    for blank in ("", "   "):
        result = cli(
            "code", "add", "-t", "1", "--turn", "2", "--code", "samverkan", "--coder", blank
        )
        assert result.exit_code == 1
        assert result.stderr.strip() == (
            "Error: --coder / $QUALKOD_CODER: the coder name is empty; give the coder's "
            "name or initials"
        )
    assert cli("codings", "--format", "csv").stdout.count("\n") == 1  # the header alone


def test_the_codings_listing_times_a_quote_by_its_own_cue(cli):
    _setup(cli)
    # teams-new.vtt turn 2: cues at 00:00:10.000 and (from offset 56) 00:00:15.500.
    for text in ("I fyra år", "Och där trivdes jag"):
        added = cli(
            "code", "add", "-t", "1", "--turn", "2", "--code", "samverkan", "--text", text,
            "--coder", "anna",
        )  # fmt: skip
        assert added.exit_code == 0, added.stderr
    rows = list(csv.DictReader(io.StringIO(cli("codings", "--format", "csv").stdout)))
    assert [r["start_time"] for r in rows] == ["00:00:10", "00:00:15"]


def test_input_files_that_cannot_be_read_are_one_line(cli, tmp_path):
    _setup(cli)
    (tmp_path / "loop1.yaml").symlink_to("loop2.yaml")
    (tmp_path / "loop2.yaml").symlink_to("loop1.yaml")
    loop = tmp_path / "loop1.yaml"
    memos = tmp_path / "memos.yaml"
    memos.write_text("memos:\n  - theme: samverkan\n    text: bra\x00\n", encoding="utf-8")
    for args, expected in [
        (
            ("codings", "import", tmp_path, "--coder", "t"),
            f"{tmp_path}: is a folder; give the codings file",
        ),
        (
            ("codings", "import", loop, "--coder", "t"),
            f"{loop}: cannot be read (Too many levels of symbolic links); check the path",
        ),
        (("memo", "import", tmp_path), f"{tmp_path}: is a folder; give the memos file"),
        (
            ("memo", "import", loop),
            f"{loop}: cannot be read (Too many levels of symbolic links); check the path",
        ),
        (
            ("memo", "import", memos),
            f"{memos}:3:14: not a readable YAML file "
            "(control character U+0000 is not allowed in YAML; remove it)",
        ),
    ]:
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "Traceback" not in result.stderr + result.stdout
        assert result.stderr.strip().splitlines() == [f"Error: {expected}"]
    listed = cli("codings")
    assert "No codings yet" in listed.stdout + listed.stderr


def test_project_before_the_subcommand_works_for_memo_link_codebook_and_project(cli, tmp_path):
    _setup(cli)
    where = cli.project_path
    memo = cli(
        "memo",
        "-p",
        where,
        "add",
        "--theme",
        "samverkan",
        "--coder",
        "anna",
        "Ett memo.",
        project=False,
    )
    assert memo.exit_code == 0, memo.stderr
    listed = cli("memo", "-p", where, "list", "--format", "csv", project=False)
    assert "Ett memo." in listed.stdout
    current = cli("codebook", "-p", where, "current", project=False)
    assert current.exit_code == 0 and "samsjuklighet" in current.stdout
    refused = cli("codebook", "-p", where, "validate", "nothing.yaml", project=False)
    assert refused.exit_code == 1
    assert "--project does not apply to 'qualkod codebook validate'" in refused.stderr
    out = tmp_path / "projekt.qdpx"
    exported = cli("export", "-p", where, "qdpx", "--out", out, project=False)
    assert exported.exit_code == 0, exported.stderr
    assert out.stat().st_size > 0


def test_a_row_whose_theme_column_disagrees_with_its_code_is_imported_with_a_warning(cli, tmp_path):
    import hashlib

    _setup(cli)
    sha = hashlib.sha256((INGEST / "teams-new.vtt").read_bytes()).hexdigest()
    # Written by hand: samarbete is a sub-code of samverkan; row 2 says bristande_ansvar.
    rows = tmp_path / "kollega.csv"
    rows.write_text(
        "transcript_sha256,turn,start,end,theme,code,coder,quote\n"
        f"{sha},2,0,9,bristande_ansvar,samarbete,kollega,I fyra år\n"
        f"{sha},2,11,19,samverkan,samarbete,kollega,ungefär.\n",
        encoding="utf-8",
    )
    result = cli("codings", "import", rows)
    assert result.exit_code == 0, result.stderr
    assert "Imported 2 codings" in result.stdout
    assert result.stderr.strip().splitlines() == [
        f"Warning: the theme column names another theme than the code's in 1 row ({rows}:2); "
        "each coding was filed under its code's theme in the codebook"
    ]


def test_messages_name_a_coder_who_is_a_speaker_by_pseudonym(cli):
    _setup(cli)  # Karin Lindqvist interviews, so she is "Intervjuare 1"
    added = cli("code", "add", "-t", "1", "--turn", "4", "--code", "samverkan", "--coder", "karin")
    assert "by Intervjuare 1 (" in added.stdout and "karin" not in added.stdout.lower()
    decided = cli("code", "done", "-t", "1", "--turn", "2", "--coder", "k.lindqvist")
    assert decided.stdout.strip() == "Turn 2 marked as decided by Intervjuare 1"
    removed = cli("code", "remove", "1", "--coder", "karin")
    assert "by Intervjuare 1 (" in removed.stdout
    undone = cli("undo", "--coder", "karin")
    assert "(delete) by Intervjuare 1:" in undone.stdout and "karin" not in undone.stdout
    other = cli("code", "add", "-t", "1", "--turn", "4", "--code", "samverkan", "--coder", "bo")
    assert "by bo (" in other.stdout  # a coder who speaks nowhere keeps the name given


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["codings", "export"], "give a .csv file name"),
        (["memo", "export"], "give a .yaml or .yml file name"),
    ],
)
def test_an_export_never_writes_over_the_project(cli, argv, said):
    if not Path(str(cli.project_path)).is_file():
        pytest.skip("the project is a PostgreSQL database, not a file")
    before = Path(cli.project_path).read_bytes()
    result = cli(*argv, "--out", cli.project_path)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: --out {cli.project_path}: {said}"
    assert Path(cli.project_path).read_bytes() == before
    assert cli("transcripts").exit_code == 0


def test_a_span_given_by_offsets_that_cuts_a_word_is_coded_with_a_warning(cli):
    _setup(cli)
    # turn 2 is "I fyra år, ungefär. …": code points 3 to 9 are "yra år"
    cut = cli("code", "add", "-t", "1", "--turn", "2", "--start", "3", "--end", "9", "-c",
              "ansvar_skjuts_undan", "--coder", "anna")  # fmt: skip
    assert cut.exit_code == 0, cut.stderr
    assert "Warning: the span starts inside a word: tables and the chapter quote it so" in (
        cut.stderr
    )
    assert "'qualkod code remove 1'" in cut.stderr
    whole = cli("code", "add", "-t", "1", "--turn", "2", "--start", "2", "--end", "9", "-c",
                "bristande_ansvar", "--coder", "anna")  # fmt: skip
    assert whole.exit_code == 0 and whole.stderr == ""


def test_code_done_on_an_interviewer_turn_is_refused_naming_the_turn(cli):
    _setup(cli)  # turns 1 and 3 are Karin Lindqvist's questions (Intervjuare 1)
    refused = cli("code", "done", "-t", "1", "--turn", "3", "--coder", "anna")
    assert refused.exit_code == 1
    assert refused.stderr.strip() == (
        "Error: --turn 3: it is the interviewer's (Intervjuare 1); interviewer turns are not "
        "coded, so there is nothing to mark decided; mark what the interviewees say, or "
        "correct the role with 'qualkod speakers set'"
    )
    assert "Lindqvist" not in refused.stderr and "Traceback" not in refused.stderr
    coders = cli("coders", "--format", "csv").stdout.strip()
    assert coders == "coder,codings,turns,decisions,last_activity"  # nothing was recorded
    assert cli("code", "done", "-t", "1", "--turn", "4", "--coder", "anna").exit_code == 0
