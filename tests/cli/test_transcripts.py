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


def test_title_gives_a_transcript_its_own_and_numbers_the_others_again(cli):
    _two_interviews(cli)  # Intervju 1 and Intervju 2
    given = cli("transcripts", "title", "1", "Samtal om boendet")
    assert given.exit_code == 0
    assert "Transcript 1 is now titled 'Samtal om boendet'" in given.stdout
    assert "Intervju 2 -> Intervju 1" in given.stderr  # the gap closed
    titles = {r["id"]: r["title"] for r in _csv(cli("transcripts", "--format", "csv").stdout)}
    assert titles == {"1": "Samtal om boendet", "2": "Intervju 1"}
    # a title that names the interviewer is shown redacted
    named = cli("transcripts", "title", "Intervju 1", "Samtal med Karin Lindqvist")
    assert "Transcript 2 is now titled 'Samtal med [Intervjuare 1]'" in named.stdout


def test_a_title_beginning_with_a_swedish_letter_names_its_transcript_in_any_case(cli):
    _two_interviews(cli)
    assert cli("transcripts", "title", "1", "Äldreboendet Öster").exit_code == 0
    for reference in ("äldreboendet öster", "ÄLDREBOENDET ÖSTER", "A\u0308ldreboendet O\u0308ster"):
        renamed = cli("transcripts", "title", reference, "Öppenvården")
        assert renamed.exit_code == 0, (reference, renamed.stderr)
        assert "Transcript 1 is now titled 'Öppenvården'" in renamed.stdout
        assert cli("transcripts", "title", "1", "Äldreboendet Öster").exit_code == 0


def test_title_generic_gives_the_generic_title_back_and_numbers_the_others_again(cli):
    _two_interviews(cli)  # Intervju 1 and Intervju 2
    assert cli("transcripts", "title", "1", "Samtal om boendet").exit_code == 0
    back = cli("transcripts", "title", "Samtal om boendet", "--generic")
    assert back.exit_code == 0, back.stderr
    assert "Transcript 1 is now titled 'Intervju 1'" in back.stdout
    assert "Intervju 1 -> Intervju 2" in back.stderr  # the other makes room again
    titles = {r["id"]: r["title"] for r in _csv(cli("transcripts", "--format", "csv").stdout)}
    assert titles == {"1": "Intervju 1", "2": "Intervju 2"}  # as import numbered them
    again = cli("transcripts", "title", "1", "--generic")
    assert again.exit_code == 0
    assert "Transcript 1 has its generic title 'Intervju 1' already" in again.stdout
    for words, said in (
        (("1", "Samtal", "--generic"), "give a TITLE or --generic, not both"),
        (("1",), "give a TITLE or --generic"),
    ):
        refused = cli("transcripts", "title", *words)
        assert refused.exit_code == 2
        assert refused.stderr.startswith(f"Error: {said}; see 'qualkod transcripts title --help'")


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Fokusgrupp 3", "TITLE 'Fokusgrupp 3': qualkod numbers titles of this form itself"),
        ("Samtal om boendet", "TITLE 'Samtal om boendet': transcript 1 already has this title"),
        ("   ", "TITLE: must not be empty"),
        ("42", "TITLE '42': a title of digits alone would be read as a transcript id"),
    ],
)
def test_a_title_refused_is_one_line_and_changes_nothing(cli, title, said):
    _two_interviews(cli)
    cli("transcripts", "title", "1", "Samtal om boendet")
    refused = cli("transcripts", "title", "2", title)
    assert refused.exit_code == 1
    lines = [line for line in refused.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"Error: {said}"), lines
    titles = {r["id"]: r["title"] for r in _csv(cli("transcripts", "--format", "csv").stdout)}
    assert titles == {"1": "Samtal om boendet", "2": "Intervju 1"}


@pytest.mark.parametrize("title", ["Intervju 5", "fokusgrupp 1"])
def test_import_refuses_a_title_of_the_generic_form_as_transcripts_title_does(cli, title):
    refused = cli("import", INGEST / "teams-new.vtt", "--title", title)
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"Error: --title '{title}': qualkod numbers titles of this form itself (Intervju n, "
        "Fokusgrupp n); choose another, such as 'Samtal om boendet'\n"
    )
    assert cli("transcripts", "--format", "csv").stdout.strip() == (
        "id,title,format,turns,words,speakers,duration_s"
    )  # nothing imported


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


def test_a_file_named_after_someone_who_does_not_speak_says_so(cli, tmp_path):
    named = tmp_path / "Intervju Åsa Ö 3.txt"  # nobody called Åsa speaks in it
    named.write_text(
        "Maja Fors: Hur ser det ut nu?\nOlle Strand: Det är lugnare nu.\n", encoding="utf-8"
    )
    result = cli("import", named, "--interviewer", "Maja Fors")
    assert result.exit_code == 0, result.stderr
    assert "Åsa" not in result.stdout + result.stderr
    assert "the file name contains someone's name (" in result.stderr.replace("\n", " ")


def test_a_file_named_after_a_speaker_is_shown_in_its_folder(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "intervjuer").mkdir()
    (tmp_path / "intervjuer" / "intervju-Sune-Åberg.txt").write_text(
        "Birgitta Östman: Hur gick det?\nSune Åberg: Ingen ringde tillbaka.\n", encoding="utf-8"
    )
    result = cli("import", "intervjuer/intervju-Sune-Åberg.txt", "--interviewer", "Birgitta Östman")
    assert result.exit_code == 0, result.stderr
    assert "Imported intervjuer/intervju-[IP 1].txt as transcript 1" in result.stdout
    assert "the file name contains a speaker's name (intervjuer/intervju-[IP 1].txt)" in (
        result.stderr
    )


def test_removal_and_import_say_each_renumbering_in_one_line(cli, tmp_path):
    for name, who, says in (
        ("forsta.txt", "Siv Lund", "Vi ses varje vecka."),
        ("andra.txt", "Dan Moberg", "Vi ringer när det behövs."),
    ):
        (tmp_path / name).write_text(
            f"Karin Lindqvist: Berätta om ert arbete.\n{who}: {says}\nKarin Lindqvist: Tack.\n",
            encoding="utf-8",
        )
        assert cli("import", tmp_path / name, "--interviewer", "Karin Lindqvist").exit_code == 0
    removed = cli("transcripts", "remove", "1", "--yes")
    assert removed.exit_code == 0, removed.stderr
    # Dan Moberg (IP 2) is the first interviewee who speaks now; Siv Lund, who says
    # nothing any more, goes last, unsaid (no output shows her); Intervju 2 is the only
    # interview.
    assert [line for line in removed.stderr.splitlines() if "VACUUM" not in line] == [
        "Warning: pseudonyms numbered again: IP 2 -> IP 1; outputs made before use the old ones",
        "Warning: titles numbered again: Intervju 2 -> Intervju 1; outputs made before use "
        "the old ones",
    ]


def _talk(tmp_path, name: str, who: str, says: str) -> Path:
    path = tmp_path / name
    path.write_text(
        f"Karin Lindqvist: Hur har det gått?\n{who}: {says}\nKarin Lindqvist: Tack.\n",
        encoding="utf-8",
    )
    return path


def test_a_removed_file_comes_back_only_with_again_and_its_codings_never(cli, tmp_path):
    first = _talk(tmp_path, "forsta.txt", "Åsa Tornberg", "Ingen ringde tillbaka.")
    cli("import", first, "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    cli("code", "add", "-t", "1", "--turn", "2", "-c", "bristande_ansvar", "--coder", "eva")
    codings = tmp_path / "eva.csv"
    assert cli("codings", "export", "--out", codings).exit_code == 0
    assert cli("transcripts", "remove", "1", "--with-codings", "--yes").exit_code == 0
    again = cli("import", first, "--interviewer", "Karin Lindqvist")
    assert again.exit_code == 1
    assert "forsta.txt: this file was removed from the project on" in again.stderr
    assert "--again" in again.stderr
    read = cli("codings", "import", codings)
    assert read.exit_code == 1
    assert "was removed from the project" in read.stderr
    assert "import that transcript file first" not in read.stderr
    back = cli("import", first, "--interviewer", "Karin Lindqvist", "--again")
    assert back.exit_code == 0, back.stderr


def test_a_file_with_the_same_words_but_another_speaker_is_no_copy(cli, tmp_path):
    cli(
        "import", _talk(tmp_path, "a.txt", "Åsa Tornberg", "Ingen ringde."), "-i", "Karin Lindqvist"
    )
    other = _talk(tmp_path, "b.txt", "Greta Nyhlén", "Ingen ringde.")
    result = cli("import", other, "-i", "Karin Lindqvist")
    assert result.exit_code == 1
    assert "the words of transcript 1, but other speakers on turn 2" in result.stderr
    assert "Greta" not in cli("speakers", "--raw-names", "--format", "csv").stdout


def test_one_cue_given_to_the_other_speaker_is_no_second_interview(cli, tmp_path):
    first = tmp_path / "intervju.txt"
    first.write_text(
        "Karin Lindqvist: Hur började det?\n"
        "Åsa Tornberg: Ingen ringde tillbaka.\n"
        "Åsa Tornberg: Så vi åkte dit själva.\n"
        "Karin Lindqvist: Och sedan?\n",
        encoding="utf-8",
    )
    assert cli("import", first, "-i", "Karin Lindqvist").exit_code == 0
    # corrected by hand: the question's follow-up was the interviewer's, so the
    # interviewee's turn ends one cue earlier and the interviewer's starts there
    corrected = tmp_path / "intervju-rattad.txt"
    corrected.write_text(
        "Karin Lindqvist: Hur började det?\n"
        "Åsa Tornberg: Ingen ringde tillbaka.\n"
        "Karin Lindqvist: Så vi åkte dit själva.\n"
        "Karin Lindqvist: Och sedan?\n",
        encoding="utf-8",
    )
    result = cli("import", corrected, "-i", "Karin Lindqvist")
    assert result.exit_code == 1
    assert "the words of transcript 1, but divided into turns otherwise (turns 2, 3 here" in (
        result.stderr
    )
    assert "qualkod transcripts remove 1" in result.stderr
    assert cli("transcripts", "--format", "csv").stdout.count("\n") == 2  # header + one


def test_import_says_when_roles_were_guessed_and_when_nobody_asks(cli, tmp_path):
    asked = tmp_path / "samtal.txt"
    asked.write_text(
        "Maja Ek: Hur började det?\nOlof Lind: Med ett samtal från skolan.\n"
        "Maja Ek: Och sedan?\nOlof Lind: Sedan hände ingenting.\n",
        encoding="utf-8",
    )
    result = cli("import", asked)
    assert result.exit_code == 0, result.stderr
    assert "roles guessed from who asks the questions" in result.stdout
    told = cli("import", _talk(tmp_path, "b.txt", "Åsa Tornberg", "Bra."), "-i", "Karin Lindqvist")
    assert "roles guessed" not in told.stdout
    statements = tmp_path / "uttalanden.txt"
    statements.write_text(
        "Sven Ny: Vi har ont om tid.\nLisa Berg: Vi också.\nSven Ny: Det blir sämre.\n",
        encoding="utf-8",
    )
    result = cli("import", statements)
    assert "transcript 3: nobody was taken for the interviewer" in result.stderr
    assert "qualkod speakers set NAME --role interviewer" in result.stderr


def test_numbered_voices_get_one_warning_that_nobody_is_an_interviewee(cli, tmp_path):
    # Voices a service could not name are unknown speakers: the warning that every
    # speaker was taken for an interviewee was untrue next to 'no speaker in it is one'.
    voices = tmp_path / "tjänst.txt"
    voices.write_text(
        "Talare 1: Hur länge har du jobbat här?\nTalare 2: Snart sex år.\n"
        "Talare 1: Vad fick dig att stanna?\nTalare 2: Kollegorna.\n",
        encoding="utf-8",
    )
    result = cli("import", voices)
    assert result.exit_code == 0, result.stderr
    assert "speakers Okänd talare 1, Okänd talare 2" in result.stdout
    assert "no speaker in it is an interviewee" in result.stderr
    assert "nobody was taken for the interviewer" not in result.stderr


def test_a_pseudonym_stays_when_a_removed_interview_comes_back(cli, tmp_path):
    """Numbered in order of first appearance: Pelle speaks in transcript 2, before the
    focus group imported again as transcript 3, so he stays IP 2."""
    one = _talk(tmp_path, "ett.txt", "Åsa Tornberg", "Det gick bra.")
    group = tmp_path / "grupp.txt"
    group.write_text(
        "Karin Lindqvist: Välkomna.\nOmid Rahimi: Tack.\nLotta Gren: Hej.\n", encoding="utf-8"
    )
    later = _talk(tmp_path, "tre.txt", "Pelle Strand", "Vi väntade länge.")
    cli("import", one, "-i", "Karin Lindqvist")
    cli("import", group, "-i", "Karin Lindqvist")
    cli("transcripts", "remove", "2", "--yes")
    between = cli("import", later, "-i", "Karin Lindqvist")
    # Omid and Lotta, silent since their interview was removed, move behind Pelle unsaid.
    assert "numbered again" not in between.stderr
    back = cli("import", group, "-i", "Karin Lindqvist", "--again")
    assert back.exit_code == 0, back.stderr
    rows = {
        r["raw_names"]: r["pseudonym"]
        for r in csv.DictReader(
            io.StringIO(cli("speakers", "--raw-names", "--format", "csv").stdout)
        )
    }
    assert rows["Åsa Tornberg"] == "IP 1"
    assert rows["Pelle Strand"] == "IP 2"
    assert rows["Omid Rahimi"] == "IP 3" and rows["Lotta Gren"] == "IP 4"
    assert "numbered again" not in back.stderr


def test_a_corrected_copy_is_imported_with_a_warning_naming_the_turns(cli, tmp_path):
    lines = [
        "Karin Lindqvist: Hur började det?",
        "Åsa Tornberg: Med ett brev från kommunen.",
        "Karin Lindqvist: Och sedan?",
        "Åsa Tornberg: Ingen svarade på flera veckor.",
        "Karin Lindqvist: Tack för att du berättade.",
    ]
    first, corrected = tmp_path / "forsta.txt", tmp_path / "rattad.txt"
    first.write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines[3] = "Åsa Tornberg: Ingen alls svarade på flera veckor."
    corrected.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cli("import", first, "-i", "Karin Lindqvist")
    result = cli("import", corrected, "-i", "Karin Lindqvist")
    assert result.exit_code == 0
    assert "it has the words of transcript 1 but for turn 4" in result.stderr
    # a different interview of the same length is not one
    other = tmp_path / "annan.txt"
    other.write_text(
        "Karin Lindqvist: Hur började det?\nGreta Nyhlén: Jag flyttade hit.\n"
        "Karin Lindqvist: Och sedan?\nGreta Nyhlén: Det blev bättre.\n"
        "Karin Lindqvist: Tack.\n",
        encoding="utf-8",
    )
    assert "words of transcript" not in cli("import", other, "-i", "Karin Lindqvist").stderr


def test_role_labels_with_names_in_brackets_are_people_and_their_names_are_hidden(cli, tmp_path):
    path = tmp_path / "grupp.txt"
    path.write_text(
        "Intervjuare (Klara): Hur började det?\n\nIP (Stig): Det började med ett samtal.\n\n"
        "IP (Ieva): Jag minns inte.\n\nIntervjuare (Klara): Tack Stig och Ieva.\n",
        encoding="utf-8",
    )
    assert cli("import", path).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(cli("speakers", "--format", "csv").stdout)))
    assert [(r["pseudonym"], r["role"]) for r in rows] == [
        ("Intervjuare 1", "interviewer"),
        ("IP 1", "interviewee"),
        ("IP 2", "interviewee"),
    ]
    shown = cli("show", "1").stdout
    assert "Tack [IP 1] och [IP 2]." in shown
    assert "Ieva" not in shown and "Stig" not in shown
