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
    exported = cli("memo", "export", "--out", out)
    assert "Wrote 1 memo to" in exported.stdout
    assert "keeps quotes and memos verbatim, names included" in exported.stderr
    other = tmp_path / "other.db"
    assert cli("init", other, project=False).exit_code == 0
    _setup(cli, "-p", other)
    imported = cli("memo", "-p", other, "import", out, project=False)
    assert "Imported 1 memo from" in imported.stdout and "(0 already present)" in imported.stdout
    again = cli("memo", "-p", other, "import", out, project=False)
    assert "Imported 0 memos from" in again.stdout and "(1 already present)" in again.stdout
    theirs = cli("memo", "-p", other, "list", "--format", "csv", project=False).stdout
    assert "drar sig undan" in theirs and "bristande_ansvar" in theirs


def test_a_second_memo_on_a_coding_says_what_it_replaced_and_undo_restores_it(cli):
    _setup(cli)
    coded = cli(
        "code", "--coder", "anna", "add", "--transcript", "1", "--turn", "2", "--code", "samverkan"
    )
    assert coded.exit_code == 0, coded.stderr
    first = cli("memo", "add", "Första tanken om samarbetet.", "--coding", "1", "--coder", "anna")
    assert first.exit_code == 0 and "replaces" not in first.stderr
    second = cli("memo", "add", "En annan läsning.", "--coding", "1", "--coder", "anna")
    assert second.exit_code == 0, second.stderr
    assert "replaces the coding's earlier memo (Första tanken om samarbetet.)" in second.stderr
    assert "qualkod undo" in second.stderr
    assert cli("undo", "--coder", "anna").exit_code == 0
    listed = cli("memo", "list", "--format", "csv").stdout
    assert "Första tanken om samarbetet." in listed and "En annan läsning." not in listed


def test_the_memo_replaced_is_shown_redacted_and_control_characters_never_stored(cli, tmp_path):
    _setup(cli)  # Maria Nyström is IP 1
    cli("code", "--coder", "anna", "add", "--transcript", "1", "--turn", "2", "--code", "samverkan")
    cli("memo", "add", "Maria ringde från 070-174 06 51 [x].", "--coding", "1", "--coder", "anna")
    second = cli("memo", "add", "Ny\x01 läsning.", "--coding", "1", "--coder", "anna")
    assert second.exit_code == 0, second.stderr
    assert "earlier memo ([IP 1] ringde från [telefon] [x].)" in second.stderr
    assert "Maria" not in second.stderr and "070" not in second.stderr
    listed = cli("memo", "list", "--format", "csv").stdout
    assert "Ny läsning." in listed and "\x01" not in listed
    chapter = tmp_path / "kapitel.docx"
    assert cli("export", "chapter", "--out", chapter, "--coder", "anna").exit_code == 0


def test_a_conclusion_of_the_study_is_listed_exported_and_imported(cli, tmp_path):
    _setup(cli)
    conclusion = "Ansvaret följer uppdragen, inte behoven."
    saved = cli("memo", "add", "--conclusion", conclusion, "--coder", "anna")
    assert saved.exit_code == 0 and "Conclusion saved" in saved.stdout
    both = cli("memo", "add", "--conclusion", "--theme", "samverkan", "Vilket?", "--coder", "anna")
    assert both.exit_code == 2 and "give one of --theme" in both.stderr
    assert both.stderr.count("\n") == 1
    for targets in (["--coding", "1", "--theme", "samverkan"], [], ["--concept", "c1"]):
        wrong = cli("memo", "add", "Vart hör det?", *targets, "--coder", "anna")
        assert wrong.exit_code == 2 and "give one of --theme" in wrong.stderr
    on_theme = cli("memo", "add", "--theme", "samverkan", "Om temat.", "--coder", "anna")
    assert on_theme.exit_code == 0
    listed = list(csv.DictReader(io.StringIO(cli("memo", "list", "--format", "csv").stdout)))
    assert [(m["about"], m["theme"], m["text"]) for m in listed] == [
        ("conclusion", "", conclusion),
        ("theme", "samverkan", "Om temat."),
    ]
    # undo names the memo it removes by the id the list shows
    memo_id = listed[1]["id"]
    assert memo_id != listed[0]["id"]
    assert f"Memo {memo_id} on theme samverkan saved" in on_theme.stdout
    undone = cli("undo", "--coder", "anna")
    assert undone.exit_code == 0 and f"removed memo {memo_id}" in undone.stdout + undone.stderr
    assert cli("memo", "add", "--theme", "samverkan", "Om temat.", "--coder", "anna").exit_code == 0
    out = tmp_path / "memos.yaml"
    assert cli("memo", "export", "--out", out).exit_code == 0
    assert "- conclusion: true\n  coder: anna\n" in out.read_text(encoding="utf-8")
    other = tmp_path / "other.db"
    assert cli("init", other, project=False).exit_code == 0
    _setup(cli, "-p", other)
    imported = cli("memo", "-p", other, "import", out, project=False)
    assert "Imported 2 memos from" in imported.stdout, imported.stderr
    theirs = cli("memo", "-p", other, "list", "--format", "csv", project=False).stdout
    rows = list(csv.DictReader(io.StringIO(theirs)))
    assert ("conclusion", "", "anna", conclusion) in [
        (m["about"], m["theme"], m["coder"], m["text"]) for m in rows
    ]
    again = cli("memo", "-p", other, "import", out, project=False)
    assert "(2 already present)" in again.stdout


def test_memo_export_does_not_write_over_the_codebook(cli, tmp_path):
    _setup(cli)
    assert cli("memo", "add", "--theme", "samverkan", "Om temat.", "--coder", "anna").exit_code == 0
    codebook = tmp_path / "kodbok.yaml"
    codebook.write_bytes(CODEBOOK.read_bytes())
    result = cli("memo", "export", "--out", codebook)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {codebook}: is a codebook, an input of the study; it is not written over: "
        "give another file name"
    )
    assert codebook.read_bytes() == CODEBOOK.read_bytes()
    memos = tmp_path / "memon.yaml"
    assert cli("memo", "export", "--out", memos).exit_code == 0
    assert cli("memo", "export", "--out", memos).exit_code == 0  # its own file, again


def _small_codebook(path, version: str, theme: str):
    path.write_text(
        f"codebook:\n  id: liten\n  name: Liten\n  version: '{version}'\n"
        "themes:\n"
        "  - id: ansvar\n    name: Ansvar\n    definition: Ingen tar ansvar.\n"
        f"  - id: {theme}\n    name: Samverkan\n    definition: Arbete över gränser.\n",
        encoding="utf-8",
    )
    return path


def test_a_memo_on_a_renamed_theme_is_named_by_codebook_use_and_moved(cli, tmp_path):
    cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", _small_codebook(tmp_path / "v1.yaml", "0.1", "samarbete"))
    cli("memo", "add", "--theme", "samarbete", "Samverkan bär.", "--coder", "anna")
    cli("code", "add", "-t", "1", "--turn", "2", "-c", "ansvar", "--coder", "anna")
    used = cli("codebook", "use", _small_codebook(tmp_path / "v2.yaml", "0.2", "samverkan"))
    assert used.exit_code == 0, used.stderr
    assert "1 memo (1) is on a theme this codebook lacks (samarbete)" in used.stderr
    chapter = cli("export", "chapter", "--out", tmp_path / "kapitel.docx", "--coder", "anna")
    assert "1 memo (1) on themes the codebook lacks left out" in chapter.stderr
    moved = cli("memo", "move", "1", "--theme", "samverkan", "--coder", "anna")
    assert moved.exit_code == 0, moved.stderr
    rows = list(csv.DictReader(io.StringIO(cli("memo", "list", "--format", "csv").stdout)))
    assert [(r["id"], r["theme"]) for r in rows] == [("1", "samverkan")]
    again = cli("export", "chapter", "--out", tmp_path / "kapitel2.docx", "--coder", "anna")
    assert "left out" not in again.stderr
    assert "put memo 1 back on samarbete" in cli("undo", "--coder", "anna").stdout
    # another coder's memo only with --force; removal is undone the same way
    refused = cli("memo", "remove", "1", "--coder", "bo")
    assert refused.exit_code == 1 and "memo 1 is anna's, not bo's" in refused.stderr
    assert cli("memo", "remove", "1", "--coder", "anna").exit_code == 0
    assert cli("memo", "list", "--format", "csv").stdout.count("\n") == 1  # the header
    assert "restored memo 1" in cli("undo", "--coder", "anna").stdout
    missing = cli("memo", "move", "7", "--theme", "samverkan", "--coder", "anna")
    assert missing.exit_code == 1 and "no memo 7" in missing.stderr


def test_memo_list_fits_80_columns_and_shows_every_memo_whole(cli):
    _setup(cli)
    memo = (
        "Gränsen mellan missbruk och psykiatri används för att avgöra vems ärendet är; "
        "ansvarsgränserna följer organisationernas uppdrag i stället för personens behov, "
        "vilket är den andra förklaringen till misslyckad samverkan. SLUTORD"
    )
    concept = "ansvarsgranser_och_organisationstillhorighet"
    theme = ("--theme", "bristande_ansvar")
    assert (
        cli("memo", "add", *theme, "--concept", concept, memo, "--coder", "kodare1").exit_code == 0
    )
    assert cli("memo", "add", "--conclusion", "Kort slutsats.", "--coder", "kodare1").exit_code == 0
    listed = cli("memo", "list")  # piped: 80 columns
    assert listed.exit_code == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    cells = [line.split("│") for line in lines if line.startswith("│")]
    assert cells[0][1].strip() == "1"
    text = " ".join(c[4].strip() for c in cells if len(c) > 4 and c[4].strip())
    about = "".join(c[2].strip() for c in cells[:3])
    assert text == memo + " Kort slutsats."
    assert about == f"bristande_ansvar x{concept}"  # the concept folded on to its lines
    # the machine formats keep their columns
    header = cli("memo", "list", "--format", "csv").stdout.splitlines()[0]
    assert header == "id,about,theme,concept,coding,coder,text"


def test_a_theme_not_in_the_codebook_lists_the_themes_not_their_sub_codes(cli):
    # QA 25: the error listed the sub-codes among the themes, fifteen ids in one line
    _setup(cli)
    refused = cli("memo", "add", "Om inget.", "--theme", "samarbet", "--coder", "anna")
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Error: --theme samarbet: not in codebook samsjuklighet 1.5; themes: "
        "bristande_ansvar, samverkan, situationsanpassning (a memo on a sub-code takes the "
        "sub-code's id, as 'qualkod codebook show' lists them); did you mean samarbete?\n"
    )
    on_a_sub_code = cli("memo", "add", "Om samarbetet.", "--theme", "samarbete", "--coder", "anna")
    assert on_a_sub_code.exit_code == 0, on_a_sub_code.stderr


def test_a_conclusion_written_twice_is_refused(cli):
    # QA 25: the same conclusion could be added twice and stood twice in the chapter
    _setup(cli)
    first = cli("memo", "add", "--conclusion", "Samverkan bär.", "--coder", "anna")
    assert first.exit_code == 0, first.stderr
    again = cli("memo", "add", "--conclusion", "Samverkan  bär. ", "--coder", "bo")
    assert again.exit_code == 1
    assert again.stderr == (
        "Error: the same conclusion is already memo 1 (anna's); nothing was added "
        "('qualkod memo list' shows it)\n"
    )
    on_a_theme = cli("memo", "add", "--theme", "samverkan", "Samverkan bär.", "--coder", "anna")
    assert on_a_theme.exit_code == 0, on_a_theme.stderr  # another target: not the same memo
    twice = cli("memo", "add", "--theme", "samverkan", "Samverkan bär.", "--coder", "anna")
    assert twice.stderr.startswith("Error: the same memo on samverkan is already memo 2 ")
