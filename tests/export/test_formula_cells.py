"""Quotes and memos that look like formulas stay text in every spreadsheet qualkod writes."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import pytest
from typer.testing import CliRunner

from qualkod import analysis
from qualkod.cli.app import app
from qualkod.coding import add_coding
from qualkod.export import quote_tables
from qualkod.export.cells import csv_cell
from qualkod.importing import import_files
from qualkod.project import use_codebook
from tests.conftest import REPO

HOSTILE = ['=HYPERLINK("http://x","y")', "@SUM(1)", "-2+3", "+1", "\t=1", "\r=1"]
# In the project: no web address or @account, which the exports redact.
TEXTS = ['=HYPERLINK("x","y")', "@1+SUM(1)", "-2+3"]
CODER = "@kodare"

VTT = """WEBVTT

00:00:01.000 --> 00:00:02.000
<v Karin Lindqvist>Vad tänker du?</v>

00:00:03.000 --> 00:00:04.000
<v Maria Nyström>{0}</v>

00:00:05.000 --> 00:00:06.000
<v Karin Lindqvist>Och sedan?</v>

00:00:07.000 --> 00:00:08.000
<v Maria Nyström>{1}</v>

00:00:09.000 --> 00:00:10.000
<v Karin Lindqvist>Och till sist?</v>

00:00:11.000 --> 00:00:12.000
<v Maria Nyström>{2}</v>
"""


@pytest.fixture
def hostile_project(project, tmp_path):
    """A transcript whose answers are formulas, each coded with a formula memo by a coder
    whose name is one."""
    source = tmp_path / "=formler.vtt"
    source.write_text(VTT.format(*TEXTS), encoding="utf-8")
    import_files(project, [source], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    for turn, memo in zip((2, 4, 6), TEXTS, strict=True):
        add_coding(project, "1", turn, "samverkan", CODER, memo=memo)
    return project


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_cell_neutralises_what_a_spreadsheet_would_evaluate(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Hej", "", "'=1", "a=1", -2, 3.5, None, "– Ja"])
def test_csv_cell_leaves_other_values_alone(value):
    assert csv_cell(value) == value


def test_quote_table_csv_neutralises_quotes_and_memos(hostile_project):
    material = analysis.load_material(hostile_project)
    rows = list(
        csv.DictReader(io.StringIO(quote_tables.to_csv(analysis.quotes(material), material)))
    )
    assert sorted(r["quote"] for r in rows) == sorted("'" + t for t in TEXTS)
    assert sorted(r["memo"] for r in rows) == sorted("'" + t for t in TEXTS)


def test_xlsx_writes_formula_like_text_as_strings(hostile_project):
    material = analysis.load_material(hostile_project)
    data = quote_tables.to_xlsx(analysis.quotes(material), material)
    book = zipfile.ZipFile(io.BytesIO(data))
    sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/sheet")]
    xml = "".join(book.read(n).decode("utf-8") for n in sheets)
    assert "<f>" not in xml and "<f " not in xml
    for text in TEXTS:
        cells = re.findall(rf'<c r="\w+"([^>]*)><is><t>{re.escape(text)}</t>', xml)
        assert len(cells) == 2, text  # quote and memo
        assert all('t="inlineStr"' in attributes for attributes in cells)


@pytest.mark.parametrize(
    ("args", "columns"),
    [
        (["table", "--format", "csv"], ("quote", "memo")),
        (["codings", "--format", "csv"], ("quote", "memo")),
        (["show", "1", "--format", "csv"], ("text",)),
    ],
)
def test_csv_listings_neutralise_formulas(hostile_project, project_path, args, columns):
    result = CliRunner().invoke(app, [*args, "--project", str(project_path)])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    for column in columns:
        cells = [r[column] for r in rows if r[column].lstrip("'") in TEXTS]
        assert sorted(cells) == sorted("'" + t for t in TEXTS), column
    # the quote table names the coder by label (Kodare A), the listing by login
    assert f"'{CODER}" in result.stdout or args[0] in ("show", "table")
    assert not re.search(r'(^|,)"?[=+@\-]', result.stdout, re.MULTILINE)


def test_stats_csv_neutralises_names(hostile_project, project_path):
    result = CliRunner().invoke(app, ["stats", "--format", "csv", "--project", str(project_path)])
    assert result.exit_code == 0, result.stderr
    # the coder by label, as the quote table names coders: the formula is not there at all
    assert "coders,Kodare A" in result.stdout and CODER not in result.stdout
    assert not re.search(r'(^|,)"?[=+@\-]', result.stdout, re.MULTILINE)
