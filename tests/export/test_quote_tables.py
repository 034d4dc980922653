"""The quote table in every format, from the sample study's shipped codings."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qualkod import analysis
from qualkod.errors import QualkodError
from qualkod.export import quote_tables
from qualkod.export.chart import quotes_chart
from tests.conftest import REPO, raw_name_forms, raw_names_in

THEMES = ["bristande_ansvar", "samverkan", "situationsanpassning"]


@pytest.fixture
def material(sample_study):
    return analysis.load_material(sample_study)


@pytest.fixture
def frame(material):
    return analysis.quotes(material)


def test_csv_has_the_contract_columns_and_a_row_per_coding(frame, material):
    rows = list(csv.reader(io.StringIO(quote_tables.to_csv(frame, material))))
    contract = "theme,code,speaker,transcript,start,quote,concepts,coder,memo,featured"
    assert rows[0][:10] == contract.split(",")
    assert rows[0][10:] == ["codebook", "transcript_id", "turn"]
    assert {r[10] for r in rows[1:]} == {"samsjuklighet 1.5"}
    assert len(rows) - 1 == len(frame)
    assert {r[9] for r in rows[1:]} == {"true", "false"}


def test_xlsx_has_an_overview_and_a_sheet_per_theme_with_filters(frame, material):
    data = quote_tables.to_xlsx(frame, material)
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Översikt", "Begrepp", *THEMES]
    # every concept of the catalogue has a linked quote in the sample (links-kodare1.json)
    assert book["Begrepp"].max_row == 2 + 12 and book["Begrepp"]["A2"].value == "Begrepp"
    overview = book["Översikt"]
    assert overview["B2"].value is None and "samsjuklighet 1.5" in overview["A2"].value
    for theme in THEMES:
        sheet = book[theme]
        count = int((frame["theme"] == theme).sum())
        assert sheet.max_row == count + 1
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:I{count + 1}"
        assert sheet["A1"].value == "Kod" and sheet["A1"].font.bold
        assert sheet["E2"].alignment.wrap_text  # the quote
        assert 10 < sheet.column_dimensions["E"].width <= 80
    assert book["samverkan"].sheet_properties.tabColor.rgb.endswith("2E86AB")
    assert book["samverkan"]["A1"].fill.fgColor.rgb.endswith("2E86AB")
    assert data == quote_tables.to_xlsx(frame, material)  # same input, same bytes


def test_html_is_self_contained_with_a_table_per_theme_and_a_filter(frame, material):
    page = quote_tables.to_html(frame, material)
    assert not re.search(r"(?:https?:)?//[\w.-]+\.\w", page)  # no external resources
    assert not re.search(r"<(?:link|img|iframe)\b|src=", page)
    assert page.count("<table>") == 1 and 'id="filter"' in page  # the matrix
    assert page.count('<table class="quotes">') == 3  # one per theme: the rows counted
    quote_rows = re.findall(r'<table class="quotes">.*?</table>', page, re.S)
    assert sum(t.count("<tr>") - 1 for t in quote_rows) == len(frame)
    assert 'querySelectorAll("table.quotes tbody tr")' in page  # "N citat visas" counts them
    assert '<h2 id="begrepp">' in page
    assert "samsjuklighet 1.5" in page
    assert "[IP 3]" in page and "&lt;" not in frame.to_string()


def test_markdown_has_a_section_per_theme_with_escaped_cells(frame, material):
    text = quote_tables.to_markdown(frame, material)
    assert text.count("\n## ") == 3
    table_rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(table_rows) == len(frame) + 3  # one header per theme
    assert all(line.count(" | ") == 8 for line in table_rows)
    assert "\\[IP 3\\]" in text


def test_no_raw_speaker_name_in_any_format(sample_study, frame, material):
    names = raw_name_forms(sample_study)
    xlsx = zipfile.ZipFile(io.BytesIO(quote_tables.to_xlsx(frame, material)))
    outputs = {
        "csv": quote_tables.to_csv(frame, material),
        "md": quote_tables.to_markdown(frame, material),
        "html": quote_tables.to_html(frame, material),
        "xlsx": "".join(
            xlsx.read(n).decode("utf-8") for n in xlsx.namelist() if n.endswith(".xml")
        ),
    }
    for name, text in outputs.items():
        assert raw_names_in(text, names) == [], name


def test_files_name_coders_as_the_chapter_does_never_by_login(frame, material):
    # kodare1 coded first, then kodare2: the chapter's Kodare A and Kodare B
    rows = list(csv.DictReader(io.StringIO(quote_tables.to_csv(frame, material))))
    assert {r["coder"] for r in rows} == {"Kodare A", "Kodare B"}
    assert sum(r["coder"] == "Kodare A" for r in rows) == 89  # codings.csv's rows
    xlsx = zipfile.ZipFile(io.BytesIO(quote_tables.to_xlsx(frame, material)))
    read = {
        "md": quote_tables.to_markdown(frame, material),
        "html": quote_tables.to_html(frame, material),
        "xlsx": "".join(
            xlsx.read(n).decode("utf-8") for n in xlsx.namelist() if n.endswith(".xml")
        ),
    }
    for name, text in read.items():
        assert "kodare: Kodare A, Kodare B" in text, name  # the scope line
        assert "kodare1" not in text and "kodare2" not in text, name
    assert "| Kodare B |" in read["md"] and '<td class="nowrap">Kodare A</td>' in read["html"]
    # the frame (Python, the terminal's table) keeps the names coders log in with
    assert set(frame["coder"]) == {"kodare1", "kodare2"}
    assert material.scope.coders == ("kodare1", "kodare2")


def test_chart_is_a_png_and_the_same_for_the_same_counts(material):
    data = quotes_chart(material)
    assert data.startswith(b"\x89PNG") and data == quotes_chart(material)
    assert b"Software" not in data[:400]


def test_a_chart_too_crowded_to_read_is_refused_in_one_line(material, monkeypatch):
    import qualkod.export.chart as chart

    monkeypatch.setattr(chart, "MAX_BARS", 5)  # the sample: 3 themes x 2 interviews
    with pytest.raises(QualkodError, match=r"would have 6 bars \(3 themes x 2 interviews"):
        quotes_chart(material)


def test_a_project_with_nothing_coded_gives_empty_tables_in_every_format(coded_project):
    material = analysis.load_material(coded_project)
    empty = analysis.quotes(material)
    assert len(empty) == 0
    book = load_workbook(io.BytesIO(quote_tables.to_xlsx(empty, material)))
    assert book.sheetnames[0] == "Översikt"
    for theme in THEMES:  # a header row and nothing under it
        assert book[theme].max_row == 1 and book[theme]["A1"].value == "Kod"
    assert quote_tables.to_csv(empty, material).count("\n") == 1


def test_a_quote_longer_than_an_excel_cell_is_cut_at_a_word_and_says_so(cli, tmp_path):
    sentence = "Vi ringde och ringde men ingen på vårdcentralen svarade den veckan. "
    long_turn = sentence * 600  # 40,800 characters, more than a cell's 32,767
    talk = tmp_path / "lang.txt"
    talk.write_text(
        f"Karin Lindqvist: Berätta.\nIrma Falk: {long_turn.strip()}\nKarin Lindqvist: Tack.\n",
        encoding="utf-8",
    )
    cli("import", talk, "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    cli("code", "add", "-t", "1", "--turn", "2", "-c", "bristande_ansvar", "--coder", "eva")
    out = tmp_path / "citat.xlsx"
    assert cli("table", "--out", out).exit_code == 0
    sheet = load_workbook(out)["bristande_ansvar"]
    quote = next(c.value for c in sheet[2] if isinstance(c.value, str) and "ringde" in c.value)
    assert len(quote) <= 32_767
    assert quote.endswith("[avkortat: hela citatet finns i HTML- och CSV-tabellen]")
    assert quote.split(" … [avkortat")[0].split()[-1] in sentence.split()  # a whole word
    html = tmp_path / "citat.html"
    assert cli("table", "--out", html).exit_code == 0
    assert html.read_text(encoding="utf-8").count("ingen på vårdcentralen svarade") == 600


def test_the_sheets_openpyxl_writes_to_disk_stay_in_a_private_folder_removed_after(
    frame, material, tmp_path, monkeypatch
):
    """openpyxl writes every sheet (the quotes) to a temporary file before zipping it; a
    killed export would leave it in the system's temporary folder for anyone to read."""
    import os
    import subprocess
    import sys
    import tempfile

    from openpyxl.worksheet import _writer

    system = tmp_path / "tmp"
    system.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system))
    dead = int(
        subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    abandoned = system / f"qualkod-workbook-{dead}-k9"  # an export killed outright
    abandoned.mkdir()
    (abandoned / "openpyxl.sheet").write_text("<c>ett citat</c>", encoding="utf-8")
    made = []
    original = _writer.create_temporary_file

    def recording(suffix=""):
        made.append(Path(original(suffix)))
        return str(made[-1])

    monkeypatch.setattr(_writer, "create_temporary_file", recording)
    quote_tables.to_xlsx(frame, material)
    assert made  # one file per sheet, all in this process's own folder
    assert {p.parent.parent for p in made} == {system}
    assert {p.parent.name.split("-")[2] for p in made} == {str(os.getpid())}
    assert list(system.iterdir()) == []  # removed, and the killed export's too
    assert tempfile.tempdir == str(system)
