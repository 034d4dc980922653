"""``qualkod table`` and ``qualkod stats`` on the sample study."""

from __future__ import annotations

import csv
import io
import re

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from qualkod.cli.app import app
from tests.conftest import SAMPLES, copy_study


def _shipped_passages(name: str) -> int:
    """The quotes in a shipped codings file: each passage once per theme, however many of
    the theme's sub-codes it carries."""
    with (SAMPLES / name).open(encoding="utf-8") as handle:
        return len(
            {
                (r["theme"], r["transcript_sha256"], r["turn"], r["start"], r["end"])
                for r in csv.DictReader(handle)
            }
        )


@pytest.fixture
def run(sample_study_db, monkeypatch):
    monkeypatch.delenv("QUALKOD_PROJECT", raising=False)
    monkeypatch.setenv("COLUMNS", "100")

    def invoke(*args):
        argv = [str(a) for a in args] + ["--project", str(sample_study_db)]
        return CliRunner().invoke(app, argv, catch_exceptions=False)

    return invoke


def test_table_in_the_terminal_is_grouped_by_theme_and_fits_100_columns(run):
    result = run("table", "--coder", "kodare1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Codebook samsjuklighet 1.5 · coders: kodare1")
    for title in ("Bristande ansvar (bristande_ansvar): 26 quotes", "Samverkan"):
        assert title in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()[1:]) <= 100


def test_a_theme_counts_quotes_and_says_when_codings_are_more(run, tmp_path):
    # Counted in codings-coder2.csv: kodare2 coded 25 passages of bristande_ansvar in 31
    # rows (some passages carry more than one of its sub-codes).
    result = run("table", "--coder", "kodare2", "--theme", "bristande_ansvar")
    assert "Bristande ansvar (bristande_ansvar): 25 quotes, 31 codings" in result.stdout
    markdown = run("table", "--coder", "kodare2", "--format", "md")
    assert "## Bristande ansvar (`bristande_ansvar`), 25 citat, 31 kodningar" in markdown.stdout
    # The Excel overview counts quotes and featured quotes the same way, and the codings
    # (its sheet's rows) beside them; by hand from the file: samverkan's 65 rows are 49
    # passages, its 6 featured rows 4 passages.
    out = tmp_path / "citat.xlsx"
    assert run("table", "--coder", "kodare2", "--out", out).exit_code == 0
    overview = {row[0]: row for row in load_workbook(out)["Översikt"].iter_rows(values_only=True)}
    assert overview["Tema"][2:4] == ("Citat", "Kodningar")
    assert (overview["samverkan"][2], overview["samverkan"][3]) == (49, 65)
    assert overview["samverkan"][6] == 4


def test_a_theme_is_named_by_its_id_or_its_name(run):
    by_id = run("table", "--format", "csv", "--theme", "samverkan")
    by_name = run(
        "table", "--format", "csv", "--theme", "samverkan – förutsättningar och förhoppningar"
    )
    assert by_name.exit_code == 0, by_name.stderr
    assert by_name.stdout == by_id.stdout


def test_table_csv_filters_by_theme_and_featured(run):
    result = run("table", "--format", "csv", "--theme", "samverkan", "--featured")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["theme"] for r in rows} == {"samverkan"}
    assert {r["featured"] for r in rows} == {"true"}


@pytest.mark.parametrize("fmt", ["xlsx", "html", "md", "csv"])
def test_table_writes_files(run, tmp_path, fmt):
    out = tmp_path / f"citat.{fmt}"
    result = run("table", "--format", fmt, "--out", out)
    assert result.exit_code == 0, result.stderr
    assert out.stat().st_size > 1000
    if fmt == "xlsx":
        assert load_workbook(out).sheetnames[0] == "Översikt"


def test_table_errors_are_one_line(run, tmp_path):
    xlsx = run("table", "--format", "xlsx")
    assert xlsx.exit_code == 2 and "add --out FILE.xlsx" in xlsx.stderr
    theme = run("table", "--theme", "nonsense")
    assert theme.exit_code == 1 and "--theme nonsense" in theme.stderr
    folder = run("table", "--format", "md", "--out", tmp_path / "missing" / "x.md")
    assert folder.exit_code == 1 and "does not exist" in folder.stderr
    at_odds = run("table", "--format", "xlsx", "--out", tmp_path / "citat.csv")
    assert at_odds.exit_code == 1 and "name the file citat.xlsx" in at_odds.stderr
    unknown = run("table", "--out", tmp_path / "citat.txt")
    assert unknown.exit_code == 1 and "add --format" in unknown.stderr
    assert not (tmp_path / "citat.csv").exists() and not (tmp_path / "citat.txt").exists()
    # a format given does not make any file a table's: the codebook stays as it was
    codebook = tmp_path / "kodbok.yaml"
    codebook.write_text("codebook: {}\n", encoding="utf-8")
    over = run("table", "--format", "md", "--out", codebook)
    assert over.exit_code == 1 and "name the file kodbok.md" in over.stderr
    assert codebook.read_text(encoding="utf-8") == "codebook: {}\n"
    for result in (xlsx, theme, folder, at_odds, unknown, over):
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_table_takes_the_format_from_the_out_files_extension(run, tmp_path):
    assert run("table", "--out", tmp_path / "citat.xlsx").exit_code == 0
    assert load_workbook(tmp_path / "citat.xlsx").sheetnames[0] == "Översikt"
    assert run("table", "--out", tmp_path / "citat.HTM").exit_code == 0
    assert (tmp_path / "citat.HTM").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_stats_terminal_csv_and_chart(run, tmp_path):
    result = run("stats", "--coder", "kodare1", "--chart", tmp_path / "chart.png")
    assert result.exit_code == 0, result.stderr
    for title in ("per theme, interview and speaker", "interviewee words", "same turn", "Concepts"):
        assert title in result.stdout
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    tidy = list(csv.DictReader(io.StringIO(run("stats", "--format", "csv").stdout)))
    tables = {r["table"] for r in tidy}
    assert tables == {"scope", "counts", "coverage", "cooccurrence", "concepts", "matrix"}
    assert tidy[0]["value"] == "samsjuklighet 1.5"
    quotes = sum(
        int(r["value"]) for r in tidy if r["table"] == "counts" and r["measure"] == "quotes"
    )
    assert quotes == _shipped_passages("codings.csv") + _shipped_passages("codings-coder2.csv")
    bad = run("stats", "--chart", tmp_path / "chart.jpg")
    assert bad.exit_code == 1 and "--chart" in bad.stderr
    missing = run("stats", "--chart", tmp_path / "nowhere" / "chart.png")
    assert missing.exit_code == 1 and "does not exist" in missing.stderr
    assert missing.stdout == ""  # refused before any work


def test_stats_fits_80_columns_without_cutting_a_number(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    result = run("stats", "--coder", "kodare1")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines[1:]) <= 80  # the first: the scope, wrapped softly
    coverage = next(i for i, line in enumerate(lines) if "interviewee words coded" in line)
    assert [c.strip() for c in lines[coverage + 2].split("┃")[1:-1]] == [
        "theme",
        "transcript",
        "coded",
        "words",
        "coverage",
    ]
    end = next(i for i in range(coverage, len(lines)) if lines[i].startswith("└"))
    shares = [line.split("│")[-2].strip() for line in lines[coverage + 4 : end : 2]]
    assert len(shares) == 9 and all(re.fullmatch(r"\d+\.\d%", share) for share in shares)


def test_export_chapter_writes_a_docx(run, tmp_path):
    out = tmp_path / "kapitel.docx"
    result = run("export", "chapter", "--out", out, "--number", "7.2", "--coder", "kodare1")
    assert result.exit_code == 0, result.stderr
    assert "3 themes" in result.stdout and out.read_bytes().startswith(b"PK")
    assert "warning" not in result.stderr.lower()
    english = run("export", "chapter", "--out", out, "--lang", "en", "--coder", "kodare1")
    assert english.exit_code == 0, english.stderr
    assert "the codebook is in 'sv'" in english.stderr  # its definitions stay Swedish
    bad = run("export", "chapter", "--out", tmp_path / "kapitel.pdf")
    assert bad.exit_code == 1 and "--out" in bad.stderr and "Traceback" not in bad.stderr
    merged = tmp_path / "alla.docx"
    both = run("export", "chapter", "--out", merged)  # kodare1 and kodare2 coded the same
    assert both.exit_code == 1 and not merged.exists()
    assert "kodare1 and kodare2 both coded transcript 1" in both.stderr
    assert len(both.stderr.strip().splitlines()) == 1


def test_a_chapter_language_of_the_wrong_kind_is_a_usage_error(run, tmp_path):
    out = tmp_path / "kapitel.docx"
    result = run("export", "chapter", "--out", out, "--lang", "de")
    assert result.exit_code == 2 and not out.exists()
    assert "'de' is not one of 'sv', 'en'" in result.stderr and "--lang" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


NUMBER_HINT = "use whole numbers from 1 joined by dots, such as 7 or 7.2"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("sju", "'sju'"),
        ("0", "'0'"),
        ("7.0", "'7.0'"),
        ("07", "'07'"),
        ("\u0663", "'\u0663'"),  # an Arabic-Indic three
        ("7.\u00b2", "'7.\u00b2'"),  # a superscript two
        ("", "''"),
    ],
)
@pytest.mark.parametrize("command", ["chapter", "study"])
def test_a_chapter_number_of_the_wrong_kind_is_named_quoted_like_other_values(
    run, tmp_path, command, value, shown
):
    out = tmp_path / ("kapitel.docx" if command == "chapter" else "studie")
    result = run("export", command, "--out", out, "--number", value)
    assert result.exit_code == 1 and not out.exists()
    assert result.stderr == f"Error: --number {shown}: {NUMBER_HINT}\n"


def test_reproduce_command_reports_a_changed_input(tmp_path, monkeypatch):
    copy_study(tmp_path)
    (tmp_path / "transcripts" / "memos.yaml").write_text("memos: []\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["reproduce", str(tmp_path / "study.yaml")])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("Error: transcripts/memos.yaml: sha256")
    assert len(result.stderr.strip().splitlines()) == 1


def test_reproduce_refuses_a_control_character_in_the_manifest_in_one_line(tmp_path):
    study = copy_study(tmp_path)
    study.write_text("study: x\n\x1b\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["reproduce", str(study)])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.strip().splitlines() == [
        f"Error: {study}:2:1: not valid YAML "
        "(control character U+001B is not allowed in YAML; remove it)"
    ]


def test_table_and_stats_say_when_two_coders_of_one_interview_are_counted_together(
    cli, coded_project
):
    from qualkod.coding import add_coding

    add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "1", 2, "samverkan", "eva")
    warning = (
        "Warning: anna and eva both coded transcript 1: counts add each coder's codings, a "
        "quote once per coder; give --coder for one coder's analysis"
    )
    for args in (("table", "--format", "csv"), ("stats", "--format", "csv")):
        pooled = cli(*args)
        assert pooled.exit_code == 0, pooled.stderr
        assert pooled.stderr.strip() == warning
        assert cli(*args, "--coder", "anna").stderr == ""


def test_stats_csv_names_coders_as_the_tables_do_never_by_login(cli, coded_project):
    from qualkod.coding import add_coding

    add_coding(coded_project, "1", 2, "samverkan", "anna.lind")  # the first to code: A
    add_coding(coded_project, "2", 2, "samverkan", "bo.ek")
    tidy = cli("stats", "--format", "csv")
    assert tidy.exit_code == 0, tidy.stderr
    rows = list(csv.DictReader(io.StringIO(tidy.stdout)))
    scope = {r["measure"]: r["value"] for r in rows if r["table"] == "scope"}
    assert scope["coders"] == "Kodare A; Kodare B"
    table = list(csv.DictReader(io.StringIO(cli("table", "--format", "csv").stdout)))
    assert sorted({r["coder"] for r in table}) == ["Kodare A", "Kodare B"]
    assert "anna.lind" not in tidy.stdout and "bo.ek" not in tidy.stdout
