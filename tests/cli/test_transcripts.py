"""``qualkod init``, ``import``, ``transcripts`` and ``show`` through the command line."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from qualkod.cli.app import app
from tests.conftest import INGEST, REPO


def _csv(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


def test_init_creates_and_then_reports_an_existing_project(cli, tmp_path):
    path = tmp_path / "studie.db"
    result = cli("init", path, project=False)
    assert result.exit_code == 0 and "Created" in result.stdout
    result = cli("init", path, project=False)
    assert result.exit_code == 0 and "Already a project" in result.stdout


def test_import_prints_what_it_imported(cli):
    result = cli("import", INGEST / "teams-new.docx", "--interviewer", "Karin Lindqvist")
    assert result.exit_code == 0, result.stderr
    # The meeting title is not used: titles from files can name the interviewee.
    assert "as transcript 1 'Fokusgrupp 1' (teams-docx): 4 turns" in result.stdout
    assert "speakers Intervjuare 1, IP 1, IP 2" in result.stdout
    assert "duration 01:02:40" in result.stdout
    again = cli("import", INGEST / "teams-new.docx")
    assert again.exit_code == 0 and "Already imported" in again.stdout


def test_import_warns_where_the_files_times_run_back(cli, tmp_path):
    backwards = tmp_path / "samtal.vtt"
    backwards.write_text(
        "WEBVTT\n\n00:00:20.000 --> 00:00:25.000\n<v Anna Berg>Hur länge har du varit här?</v>\n\n"
        "00:00:05.000 --> 00:00:09.000\n<v Bengt Ström>Sedan tjugo år.</v>\n",
        encoding="utf-8",
    )
    result = cli("import", backwards)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == (
        "Warning: turn 2 starts at 00:00:05, before the turn before it (00:00:20): the "
        "file's times run back there, and quotes are cited by them; check the export"
    )
    in_order = cli("import", INGEST / "zoom.vtt")
    assert "Warning: turn" not in in_order.stderr


def test_transcripts_csv_contract(cli):
    cli("import", INGEST / "teams-new.vtt", INGEST / "labels.txt")
    result = cli("transcripts", "--format", "csv")
    assert result.stdout.splitlines()[0] == "id,title,format,turns,words,speakers,duration_s"
    rows = _csv(result.stdout)
    assert rows[0] == {
        "id": "1",
        "title": "Intervju 1",
        "format": "teams-vtt",
        "turns": "4",
        "words": "39",
        "speakers": "2",
        "duration_s": "26",
    }
    assert rows[1]["duration_s"] == "" and rows[1]["format"] == "text"


def test_show_csv_contract_uses_pseudonyms(cli):
    cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist")
    result = cli("show", "1", "--format", "csv")
    assert result.stdout.splitlines()[0] == "turn,start,end,speaker,role,text"
    rows = _csv(result.stdout)
    assert rows[0] == {
        "turn": "1",
        "start": "00:00:03",
        "end": "00:00:09",
        "speaker": "Intervjuare 1",
        "role": "interviewer",
        "text": "Hej, hör du mig? Då börjar vi. Hur länge har du jobbat här?",
    }
    assert "Maria" not in result.stdout and "Karin" not in result.stdout


def test_show_raw_names_only_on_request(cli):
    cli("import", INGEST / "teams-new.vtt")
    plain = cli("show", "1", "--format", "json")
    raw = cli("show", "1", "--format", "json", "--raw-names")
    assert "Maria Nyström" not in plain.stdout
    assert json.loads(raw.stdout)[1]["speaker"] == "Maria Nyström"


def test_table_shows_brackets_literally(cli):
    cli("import", INGEST / "teams-new.vtt")
    result = cli("show", "1")
    assert result.exit_code == 0
    assert "[skratt]" in result.stdout


def test_empty_project_lists_nothing_helpfully(cli):
    result = cli("transcripts")
    assert result.exit_code == 0 and "qualkod import" in result.stdout
    assert cli("transcripts", "--format", "json").stdout.strip() == "[]"


def test_environment_variable_names_the_project(cli, project_path, monkeypatch):
    monkeypatch.setenv("QUALKOD_PROJECT", str(project_path))
    result = cli("import", INGEST / "zoom.vtt", project=False)
    assert result.exit_code == 0, result.stderr
    assert cli("transcripts", "--format", "csv").stdout.count("\n") == 2


def test_import_and_transcripts_agree_on_the_duration(cli, tmp_path):
    path = tmp_path / "intervju.vtt"
    path.write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Karin Lindqvist>Hur är läget?</v>\n\n"
        "00:00:03.000 --> 00:00:09.600\n<v Maria Nyström>Bra, tack.</v>\n",
        encoding="utf-8",
    )
    imported = cli("import", path, "--interviewer", "Karin Lindqvist")
    assert "duration 00:00:09" in imported.stdout  # 9.6 s: whole seconds, not rounded up
    assert "00:00:09" in cli("transcripts").stdout
    assert _csv(cli("transcripts", "--format", "csv").stdout)[0]["duration_s"] == "9"
    assert json.loads(cli("transcripts", "--format", "json").stdout)[0]["duration_s"] == 9


def _two_interviews(cli):
    cli("import", INGEST / "teams-new.vtt", INGEST / "labels.txt", "-i", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")


def test_remove_names_a_coder_who_is_a_speaker_by_pseudonym(cli):
    _two_interviews(cli)  # Karin Lindqvist interviews in transcript 1: Intervjuare 1
    add = ("code", "add", "--transcript", "1", "--turn", "2", "--code", "samverkan")
    assert cli(*add, "--coder", "klindqvist").exit_code == 0
    refused = cli("transcripts", "remove", "1", "--yes")
    assert "has 1 coding (1 by Intervjuare 1); removing it" in refused.stderr
    removed = cli("transcripts", "remove", "1", "--yes", "--with-codings", "--coder", "bo")
    assert "1 coding (1 by Intervjuare 1)" in removed.stdout
    assert "lindqvist" not in (refused.stderr + removed.stdout).lower()


def test_remove_asks_for_yes_when_it_cannot_ask_and_removes_nothing(cli):
    _two_interviews(cli)
    refused = cli("transcripts", "remove", "2")
    assert refused.exit_code == 1
    lines = [line for line in refused.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "--yes" in lines[0] and "transcript 2" in lines[0], lines
    assert len(_csv(cli("transcripts", "--format", "csv").stdout)) == 2


def test_remove_a_coded_transcript_needs_with_codings(cli):
    _two_interviews(cli)
    coded = cli(
        "code", "--coder", "anna", "add", "--transcript", "1", "--turn", "2", "--code", "samverkan"
    )
    assert coded.exit_code == 0, coded.stderr
    memo = cli("memo", "add", "Tydligt om samarbetet.", "--coding", "1", "--coder", "anna")
    assert memo.exit_code == 0, memo.stderr
    refused = cli("transcripts", "remove", "1", "--yes")
    assert refused.exit_code == 1 and "--with-codings" in refused.stderr
    assert (
        "has 1 coding (1 by anna) and 1 memo on it; removing it deletes them too" in refused.stderr
    )
    removed = cli("transcripts", "remove", "1", "--yes", "--with-codings", "--coder", "bo")
    assert removed.exit_code == 0, removed.stderr
    assert removed.stdout.startswith("Removed transcript 1 ")
    assert "1 coding (1 by anna), 1 memo, 0 suggestions, 0 links" in removed.stdout
    assert "qualkod train" not in removed.stdout  # no classifier was trained to delete
    assert [row["id"] for row in _csv(cli("transcripts", "--format", "csv").stdout)] == ["2"]
    assert cli("codings", "--format", "csv").stdout.count("\n") == 1  # the header only
    log = cli("log", "--format", "csv").stdout
    assert "remove-transcript" in log and ",bo," in log


def test_remove_asks_at_a_terminal(cli, monkeypatch):
    from qualkod.cli import transcripts as transcripts_cli

    _two_interviews(cli)
    monkeypatch.setattr(transcripts_cli, "_can_ask", lambda: True)
    kept = cli.runner.invoke(
        app, ["transcripts", "remove", "2", "-p", str(cli.project_path)], input="n\n"
    )
    assert kept.exit_code == 1 and "Nothing removed" in kept.stdout
    assert len(_csv(cli("transcripts", "--format", "csv").stdout)) == 2
    gone = cli.runner.invoke(
        app, ["transcripts", "remove", "2", "-p", str(cli.project_path)], input="y\n"
    )
    assert gone.exit_code == 0 and "Removed transcript 2" in gone.stdout
    assert "This cannot be undone" in gone.stderr


def test_remove_an_unknown_transcript_is_one_line(cli):
    _two_interviews(cli)
    result = cli("transcripts", "remove", "9", "--yes")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "transcript '9'" in lines[0], lines


@pytest.mark.one_backend
def test_a_removal_while_another_program_reads_says_to_purge_later(cli):
    _two_interviews(cli)
    reader = sqlite3.connect(cli.project_path)  # as an open coding session would
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM turns").fetchone()
    removed = cli("transcripts", "remove", "2", "--yes")
    assert removed.exit_code == 0 and "qualkod project purge" in removed.stderr
    refused = cli("project", "purge")
    assert refused.exit_code == 1 and "another program still has the project open" in refused.stderr
    reader.close()
    purged = cli("project", "purge")
    assert purged.exit_code == 0 and purged.stdout.startswith("Purged ")
    log = Path(f"{cli.project_path}-wal")  # emptied, or deleted by the last connection
    assert not log.exists() or log.stat().st_size == 0


def test_a_transcript_where_only_the_interviewer_speaks_says_it_has_nothing_to_code(cli, tmp_path):
    alone = tmp_path / "ensam.vtt"
    alone.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Karin Lindqvist>Hör du mig nu?\n",
        encoding="utf-8",
    )
    result = cli("import", alone, "--interviewer", "Karin Lindqvist")
    assert result.exit_code == 0
    assert result.stderr.strip().splitlines() == [
        "Warning: no speaker in it is an interviewee, so it has nothing to code; if one is, "
        "say so: 'qualkod speakers set NAME --role interviewee'"
    ]
    # one with an interviewee says nothing of the kind
    assert cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist").stderr == ""


def test_a_folder_named_after_a_speaker_is_not_repeated_by_import(cli, tmp_path):
    folder = tmp_path / "Sune Åberg"
    folder.mkdir()
    (folder / "intervju.txt").write_text(
        "Birgitta Östman: Hur gick det?\nSune Åberg: Ingen ringde tillbaka.\n", encoding="utf-8"
    )
    result = cli("import", folder / "intervju.txt", "--interviewer", "Birgitta Östman")
    assert result.exit_code == 0, result.stderr
    shown = result.stdout + result.stderr
    assert "Sune" not in shown and "Åberg" not in shown
    assert "the file path contains a speaker's name" in result.stderr
