"""The quote-by-theme table as CSV, Markdown, self-contained HTML and Excel.

Each writer takes the :func:`qualkod.analysis.quotes` frame and the
:class:`~qualkod.analysis.Material` it came from (for theme names, colours, the scope
line and the coders' labels) and returns the file's bytes or text; the same input
always gives the same output (Excel: fixed document properties and zip timestamps).
Coders are named as the chapter names them (``Kodare A``, or the pseudonym of an
interviewer who codes under her own name), never by login: these files are for
reviewers. The terminal's table (``qualkod table``) keeps the names coders log in with.
:func:`write_table` writes one of these files, its format from its extension.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import html
import io
from pathlib import Path

from qualkod.analysis.material import Material
from qualkod.analysis.tables import QUOTE_COLUMNS, quotes
from qualkod.errors import ParameterError
from qualkod.export.cells import csv_cell
from qualkod.export.chapter_text import coder_shown, speaker_key
from qualkod.output_files import normalise_zip, write_atomic
from qualkod.redaction.project import refuse_a_named_file
from qualkod.temporary_project import temporary_files_kept_private

CSV_COLUMNS = (*QUOTE_COLUMNS[:10], "codebook", "transcript_id", "turn")
"""The contract ``theme,code,speaker,transcript,start,quote,concepts,coder,memo,featured``,
then the codebook (id and version) and where the quote is (transcript id, turn)."""

LABELS = {
    "theme": "Tema",
    "code": "Kod",
    "code_name": "Kod",
    "speaker": "Talare",
    "transcript": "Intervju",
    "start": "Tid",
    "quote": "Citat",
    "concepts": "Begrepp",
    "concept_names": "Begrepp",
    "coder": "Kodare",
    "memo": "Memo",
    "featured": "Utvalt",
}
"""Swedish column headings for the formats people read."""
READ_COLUMNS = (
    "code_name",
    "speaker",
    "transcript",
    "start",
    "quote",
    "concept_names",
    "coder",
    "memo",
    "featured",
)
FALLBACK_COLOR = "#555555"
_FIXED_TIME = dt.datetime(2000, 1, 1)


def quote_count(rows) -> int:
    """The quotes among a theme's rows: a passage coded with two sub-codes has two rows
    but is one quote (``Material.passage``, as the chapter, the chart and ``stats``)."""
    return int(rows["passage"].nunique())


def count_label(rows) -> str:
    """``26 citat``, or ``26 citat, 31 kodningar`` when some carry several sub-codes."""
    quotes = quote_count(rows)
    return f"{quotes} citat" + (f", {len(rows)} kodningar" if len(rows) != quotes else "")


def themes_in_order(frame, material: Material) -> list[tuple[str, str, str]]:
    """(theme id, name, colour) of the codebook's themes (limited to one with --theme)."""
    wanted = material.scope.theme
    found = []
    for theme in material.codebook.themes:
        if wanted and wanted != theme.id and not any(c.id == wanted for c in theme.walk()):
            continue
        found.append((theme.id, theme.name, theme.color or FALLBACK_COLOR))
    extra = sorted(set(frame["theme"]) - {t for t, _, _ in found})
    return found + [(t, t, FALLBACK_COLOR) for t in extra]


def _labels(material: Material) -> dict[str, str]:
    """Each coder as outputs show coders (a speaker's pseudonym) -> as the chapter names
    them (``Kodare A``)."""
    shown = coder_shown(material, "sv")
    known = (*material.redactor.coders, *(c.coder for c in material.codings))
    return {material.coder(name): shown(name) for name in known}


def scope_for_reviewers(material: Material, scope=None):
    """The scope (by default the material's) with its coders named as the chapter names
    them (``Kodare A``), never by a login such as ``anna.lind``."""
    label = _labels(material)
    scope = scope or material.scope
    coders = sorted(dict.fromkeys(label.get(c, c) for c in scope.coders), key=speaker_key)
    return dataclasses.replace(scope, coders=tuple(coders))


def for_reviewers(frame, material: Material):
    """The frame with each coder named as the chapter names them (``Kodare A``) in its
    ``coder`` column and its scope (``frame.attrs["scope"]``)."""
    label = _labels(material)
    scope = scope_for_reviewers(material, frame.attrs.get("scope", material.scope))
    frame = frame.assign(coder=[label.get(c, c) for c in frame["coder"]])
    frame.attrs["scope"] = scope
    return frame


def _cell(column: str, value) -> str:
    if column == "featured":
        return "ja" if value else ""
    return "" if value is None else str(value)


def write_table(material: Material, path: str | Path, frame=None) -> Path:
    """Write the quote table (``frame``, by default :func:`~qualkod.analysis.quotes` of
    ``material``) to ``path`` as ``qualkod table --out`` does: CSV, Excel, HTML or
    Markdown by the extension (``.csv``, ``.xlsx``, ``.html``/``.htm``, ``.md``), whole
    or not at all. Returns the path.

    Raises:
        ParameterError: when the extension is none of those.
        RedactionError: when the file name names someone in the interviews.
        QualkodError: when the file cannot be written (see
            :func:`~qualkod.output_files.write_atomic`).
    """
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(SUFFIXES))
        raise ParameterError("path", str(path), f"name the file with one of {known}")
    refuse_a_named_file(material.redactor, path)
    data = FORMATS[fmt](quotes(material) if frame is None else frame, material)
    write_atomic(path, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def to_csv(frame, material: Material) -> str:
    """CSV with the contract columns, ``featured`` as ``true``/``false``.

    Text a spreadsheet would evaluate gets a leading ``'`` (see :mod:`qualkod.export.cells`).
    """
    frame = for_reviewers(frame, material)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    frame = frame.assign(codebook=frame.attrs["scope"].codebook)
    for row in frame[list(CSV_COLUMNS)].itertuples(index=False):
        cells = ["true" if v is True else "false" if v is False else v for v in row]
        writer.writerow([csv_cell(v) for v in cells])
    return out.getvalue()


def to_markdown(frame, material: Material) -> str:
    """A section per theme with a pipe table; cells escaped for Markdown."""
    frame = for_reviewers(frame, material)
    lines = ["# Citat per tema", "", f"_{_md(frame.attrs['scope'].describe())}_", ""]
    for theme, name, _ in themes_in_order(frame, material):
        rows = frame[frame["theme"] == theme]
        lines += [f"## {_md(name)} (`{theme}`), {count_label(rows)}", ""]
        if rows.empty:
            lines += ["Inga kodade citat.", ""]
            continue
        lines.append("| " + " | ".join(LABELS[c] for c in READ_COLUMNS) + " |")
        lines.append("|" + "---|" * len(READ_COLUMNS))
        for _, row in rows.iterrows():
            cells = [_md(_cell(c, row[c])) for c in READ_COLUMNS]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def _md(text: str) -> str:
    text = " ".join(str(text).split())
    for char in "\\|*_`[]<>":
        text = text.replace(char, "\\" + char)
    return text


_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem;
  color: #1d1d1f; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
.scope { color: #555; margin-top: 0; }
.filter { position: sticky; top: 0; background: #fff; padding: .5rem 0; z-index: 1; }
.filter input { font-size: 1rem; padding: .4rem .6rem; width: min(40rem, 100%);
  border: 1px solid #bbb; border-radius: 4px; }
.filter span { color: #555; margin-left: .75rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; padding-left: .6rem; border-left: .5rem solid; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th { text-align: left; color: #fff; padding: .4rem .5rem; position: sticky; top: 3rem; }
td { border-bottom: 1px solid #ddd; padding: .4rem .5rem; vertical-align: top;
  overflow-wrap: break-word; }
td.quote { min-width: 16rem; overflow-wrap: normal; }
td.wide { min-width: 8rem; }
td.nowrap { white-space: nowrap; }
tr:nth-child(even) td { background: #f7f7f7; }
tr.hidden { display: none; }
"""

_SCRIPT = """
const box = document.getElementById("filter");
const shown = document.getElementById("shown");
function filter() {
  const words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
  let count = 0;
  for (const row of document.querySelectorAll("table.quotes tbody tr")) {
    const text = row.textContent.toLowerCase();
    const keep = words.every(w => text.includes(w));
    row.classList.toggle("hidden", !keep);
    if (keep) count++;
  }
  shown.textContent = count + " citat visas";
}
box.addEventListener("input", filter);
filter();
"""


def to_html(frame, material: Material) -> str:
    """One self-contained page: a table per theme and a filter box; no network resources."""
    frame = for_reviewers(frame, material)
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Citat per tema</title>",
        f"<style>{_STYLE}</style></head>",
        "<body>",
        "<h1>Citat per tema</h1>",
        f'<p class="scope">{e(frame.attrs["scope"].describe())}</p>',
        '<div class="filter"><label>Filtrera: <input id="filter" type="search" '
        'placeholder="ord, talare, kod …"></label><span id="shown"></span></div>',
    ]
    parts += _matrix_html(material)
    for theme, name, color in themes_in_order(frame, material):
        rows = frame[frame["theme"] == theme]
        parts.append(
            f'<h2 id="{e(theme)}" style="border-color: {e(color)}">{e(name)} '
            f"<small>({e(theme)}, {e(count_label(rows))})</small></h2>"
        )
        parts.append('<table class="quotes"><thead><tr>')
        parts += [f'<th style="background: {e(color)}">{LABELS[c]}</th>' for c in READ_COLUMNS]
        parts.append("</tr></thead><tbody>")
        for _, row in rows.iterrows():
            cells = []
            for column in READ_COLUMNS:
                kind = {"quote": "quote", "concept_names": "wide", "memo": "wide"}.get(column, "")
                kind = "nowrap" if column in ("start", "speaker", "coder") else kind
                css = f' class="{kind}"' if kind else ""
                cells.append(f"<td{css}>{e(_cell(column, row[column]))}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</tbody></table>")
    parts += [f"<script>{_SCRIPT}</script>", "</body></html>", ""]
    return "\n".join(parts)


_WIDTHS = {"quote": 80, "memo": 40, "concept_names": 34, "transcript": 22, "code_name": 24}


def matrix_rows(material: Material) -> tuple[list[str], list[list[object]]]:
    """The theme x concept matrix for people: a row per concept with a linked quote,
    a column per theme, cells ``quotes (interviewees)``."""
    from qualkod.analysis import theory_matrix

    matrix = theory_matrix(material)
    themes = [t.name for t in material.codebook.themes]
    rows = []
    for _concept, cells in matrix.groupby("concept", sort=False):
        if cells["quotes"].sum() == 0:
            continue
        by_theme = {r.theme_name: r for r in cells.itertuples()}
        rows.append(
            [cells["concept_name"].iloc[0]]
            + [
                f"{by_theme[t].quotes} ({by_theme[t].interviewees})" if by_theme[t].quotes else ""
                for t in themes
            ]
        )
    return ["Begrepp", *themes], rows


def _matrix_html(material: Material) -> list[str]:
    e = html.escape
    header, rows = matrix_rows(material)
    if not rows:
        return []
    parts = [
        '<h2 id="begrepp">Teman och begrepp</h2>',
        "<p>Citat länkade till varje begrepp per tema (antal intervjupersoner inom parentes).</p>",
        "<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr></thead>",
        "<tbody>",
    ]
    for row in rows:
        parts.append("<tr>" + "".join(f"<td>{e(str(cell))}</td>" for cell in row) + "</tr>")
    parts.append("</tbody></table>")
    return parts


EXCEL_CELL_LIMIT = 32_767
"""The most characters an Excel cell holds (openpyxl cuts longer text without a word)."""
CUT_MARK = " … [avkortat: hela citatet finns i HTML- och CSV-tabellen]"


def _within_excel(text: str) -> str:
    """Text longer than a cell holds (a whole untimed interview coded as one turn), cut at
    a word and marked as cut, so no reader takes the rest for missing words."""
    if len(text) <= EXCEL_CELL_LIMIT:
        return text
    kept = text[: EXCEL_CELL_LIMIT - len(CUT_MARK)]
    return kept[: kept.rfind(" ")].rstrip() + CUT_MARK if " " in kept else kept + CUT_MARK


def to_xlsx(frame, material: Material) -> bytes:
    """An overview sheet and one sheet per theme: wrapped text, frozen header, filters."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    frame = for_reviewers(frame, material)
    book = Workbook()
    overview = book.active
    overview.title = "Översikt"
    overview.append(["Citat per tema"])
    overview["A1"].font = Font(bold=True, size=14)
    overview.append([frame.attrs["scope"].describe()])
    overview.append([])
    # "Kodningar" is the number of rows on the theme's sheet: a passage with two sub-codes
    # is one quote in two rows
    overview.append(["Tema", "Namn", "Citat", "Kodningar", "Talare", "Intervjuer", "Utvalda"])
    header_row = overview.max_row
    for cell in overview[header_row]:
        cell.font = Font(bold=True)
    for theme, name, color in themes_in_order(frame, material):
        rows = frame[frame["theme"] == theme]
        overview.append(
            [
                theme,
                name,
                quote_count(rows),
                len(rows),
                rows["speaker"].nunique(),
                rows["transcript"].nunique(),
                quote_count(rows[rows["featured"].astype(bool)]),
            ]
        )
        overview.cell(overview.max_row, 1).font = Font(bold=True, color=color.lstrip("#"))
    overview.freeze_panes = overview.cell(header_row + 1, 1)
    overview.auto_filter.ref = f"A{header_row}:G{overview.max_row}"
    for column, width in zip("ABCDEFG", (24, 44, 8, 11, 8, 11, 9), strict=True):
        overview.column_dimensions[column].width = width
    header, matrix = matrix_rows(material)
    if matrix:
        concepts = book.create_sheet("Begrepp")
        concepts.append(["Citat länkade till begrepp per tema (intervjupersoner inom parentes)"])
        concepts["A1"].font = Font(bold=True, size=12)
        concepts.append(header)
        for cell in concepts[2]:
            cell.font = Font(bold=True)
        for row in matrix:
            concepts.append(row)
        concepts.column_dimensions["A"].width = 44
        for i in range(2, len(header) + 1):
            concepts.column_dimensions[get_column_letter(i)].width = 22
        concepts.freeze_panes = "B3"

    columns = list(READ_COLUMNS)
    for theme, _name, color in themes_in_order(frame, material):
        sheet = book.create_sheet(theme[:31])
        sheet.sheet_properties.tabColor = color.lstrip("#")
        sheet.append([LABELS[c] for c in columns])
        fill = PatternFill("solid", fgColor=color.lstrip("#"))
        for cell in sheet[1]:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill
            cell.alignment = Alignment(vertical="top")
        rows = frame[frame["theme"] == theme]
        for _, row in rows.iterrows():
            sheet.append([_within_excel(_cell(c, row[c])) for c in columns])
        for number, column in enumerate(columns, start=1):
            letter = get_column_letter(number)
            longest = max([len(LABELS[column]), *(len(_cell(column, v)) for v in rows[column])])
            sheet.column_dimensions[letter].width = min(_WIDTHS.get(column, 24), longest + 2)
            for cell in sheet[letter][1:]:
                cell.alignment = Alignment(wrap_text=column in _WIDTHS, vertical="top")
        for number, (_, row) in enumerate(rows.iterrows(), start=2):
            # Row heights from the wrapped text, so that every program shows it whole.
            lines = max(
                -(
                    -len(_cell(c, row[c]))
                    // max(int(sheet.column_dimensions[get_column_letter(i)].width) - 2, 1)
                )
                for i, c in enumerate(columns, start=1)
            )
            sheet.row_dimensions[number].height = 15 * max(lines, 1)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(sheet.max_row, 1)}"
    for sheet in book.worksheets:  # printing: landscape, one page wide, header repeated
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        if sheet.title != overview.title:
            sheet.print_title_rows = "1:1"
    for sheet in book.worksheets:  # text from transcripts and codebooks is never a formula
        for line in sheet.iter_rows():
            for cell in line:
                if cell.data_type == "f":
                    cell.data_type = "s"
    book.properties.creator = "qualkod"
    book.properties.lastModifiedBy = "qualkod"
    book.properties.created = _FIXED_TIME
    book.properties.modified = _FIXED_TIME
    out = io.BytesIO()
    with temporary_files_kept_private():  # openpyxl writes each sheet to a temporary file
        book.save(out)  # it stamps the time of saving as "modified": put the fixed one back
    return normalise_zip(out.getvalue(), rewrite={"docProps/core.xml": _fixed_modified})


def _fixed_modified(core: bytes) -> bytes:
    import re

    return re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
        rb"\g<1>2000-01-01T00:00:00Z\g<2>",
        core,
    )


FORMATS = {"csv": to_csv, "xlsx": to_xlsx, "html": to_html, "md": to_markdown}
"""Each file format's writer: the quote table and the material -> its text or bytes."""
SUFFIXES = {".csv": "csv", ".xlsx": "xlsx", ".html": "html", ".htm": "html", ".md": "md"}
"""The format a file's extension names (``qualkod table --out``, :func:`write_table`)."""
