"""``qualkod table`` and ``qualkod stats``: the reviewers' tables and the chart."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from qualkod.cli import render
from qualkod.cli._options import ProjectOption
from qualkod.cli._project import opened_project
from qualkod.cli._usage import USAGE_ERROR
from qualkod.errors import QualkodError


class TableFormat(StrEnum):
    """Formats of the quote table."""

    terminal = "terminal"
    csv = "csv"
    xlsx = "xlsx"
    html = "html"
    md = "md"


class StatsFormat(StrEnum):
    """Formats of the statistics."""

    terminal = "terminal"
    csv = "csv"


ThemeOption = Annotated[
    str | None,
    typer.Option(
        "--theme", help="Only this theme (or code): its id or its name.", show_default=False
    ),
]
CodersOption = Annotated[
    list[str] | None,
    typer.Option(
        "--coder", help="Only this coder's codings (repeat for several). Default: all coders."
    ),
]
OutOption = Annotated[
    Path | None,
    typer.Option(
        "--out", "-o", help="Write to this file instead of the terminal.", show_default=False
    ),
]


def _write(out: Path | None, data: str | bytes) -> None:
    from qualkod.output_files import write_atomic

    if out is None:  # text only: table_cli refuses xlsx without --out before any work
        sys.stdout.write(data)
        return
    write_atomic(out, data.encode("utf-8") if isinstance(data, str) else data)
    render.info(f"Wrote {render.safe(out)}")


def table_cli(
    theme: ThemeOption = None,
    coder: CodersOption = None,
    featured: Annotated[
        bool, typer.Option("--featured", help="Only quotes featured for the chapter.")
    ] = False,
    fmt: Annotated[
        TableFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format. Default: the terminal, or the --out file's extension.",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    out: OutOption = None,
    project: ProjectOption = None,
) -> None:
    """The quote-by-theme table: terminal, csv, xlsx, html (self-contained) or md."""
    from qualkod.analysis import quotes
    from qualkod.analysis.material import read_material
    from qualkod.export import quote_tables
    from qualkod.redaction.project import refuse_a_named_file

    fmt = _table_format(fmt, out)
    if out is None and fmt is TableFormat.xlsx:
        raise USAGE_ERROR("--format xlsx writes a file: add --out FILE.xlsx")
    if out is not None and fmt is TableFormat.terminal:
        raise USAGE_ERROR("--format terminal prints to the terminal; leave out --out")
    with opened_project(project) as opened:
        material = read_material(opened, theme=theme, coder=coder, featured=featured)
    if out is not None:
        refuse_a_named_file(material.redactor, out)
    frame = quotes(material)
    if fmt is TableFormat.terminal:
        _terminal(frame, material)
        _warn_shared(material)
        _warn_empty(material, theme=theme, coder=coder, featured=featured)
        return
    _write(out, quote_tables.FORMATS[fmt.value](frame, material))
    _warn_shared(material)  # after the output, which a refusal to write would stop
    _warn_empty(material, theme=theme, coder=coder, featured=featured)


def _warn_empty(material, *, theme, coder, featured: bool = False, what: str = "table") -> None:
    """Say why a table has no quotes: nothing coded yet, or nothing the options chose."""
    if material.codings:
        return
    empty = "the statistics are empty" if what == "statistics" else f"the {what} is empty"
    given = [
        option
        for option, value in (("--theme", theme), ("--coder", coder), ("--featured", featured))
        if value
    ]
    if given:
        render.warn(f"no codings match {' and '.join(given)}, so {empty}")
        return
    render.warn(
        f"the project has no codings yet, so {empty}; code with 'qualkod code add' or "
        "'qualkod suggestions accept ID'"
    )


def _warn_shared(material) -> None:
    """Say when coders who coded the same interview are counted together."""
    shared = material.shared_transcripts()
    if not shared:
        return
    transcript_id, coders = next(iter(shared.items()))
    more = f" (and {render.counted(len(shared) - 1, 'more interview')})" if len(shared) > 1 else ""
    together = f"{', '.join(coders[:-1])} and {coders[-1]}"
    render.warn(
        f"{together} {'both' if len(coders) == 2 else 'all'} coded transcript {transcript_id}"
        f"{more}: counts add each coder's codings, a quote once per coder; give --coder for "
        "one coder's analysis"
    )


def _table_format(fmt: TableFormat | None, out: Path | None) -> TableFormat:
    """The format asked for, or the one ``--out``'s extension names; never one at odds
    with the extension (an Excel workbook named ``.csv``)."""
    from qualkod.export.quote_tables import SUFFIXES

    named = SUFFIXES.get(out.suffix.lower()) if out else None
    if fmt is None and out is None:
        return TableFormat.terminal
    if fmt is None:
        if named is None:
            raise QualkodError(
                f"--out {out}: cannot tell the format from the extension; add --format "
                "csv, xlsx, html or md (or name the file .csv, .xlsx, .html or .md)"
            )
        return TableFormat(named)
    if out is not None and named != fmt.value and fmt is not TableFormat.terminal:
        # another extension may be a transcript or the codebook: never written over
        said = f"the extension says {named}" if named else "the extension is no table's"
        raise QualkodError(
            f"--out {out}: {said} but --format is {fmt.value}; "
            f"name the file {out.with_suffix('.' + fmt.value).name} or change --format"
        )
    return fmt


def _terminal(frame, material) -> None:
    from qualkod.export.quote_tables import quote_count, themes_in_order

    render.line(material.scope.describe("en"), style="dim")
    several = len(set(frame["coder"])) > 1
    for theme, name, color in themes_in_order(frame, material):
        rows = frame[frame["theme"] == theme]
        cells = []
        for r in rows.itertuples():
            source = f"{r.code}\n{r.speaker} · {r.transcript_id} · {r.start or '-'}"
            quote = r.quote
            if r.concept_names:
                quote += f"\nConcepts: {r.concept_names}"
            if r.memo:
                quote += f"\nMemo: {r.memo}"
            cells.append([source + (f"\n{r.coder}" if several else ""), quote, "★" * r.featured])
        render.table(
            ["code, speaker, interview, time", "quote", "★"],
            cells,
            title=f"{name} ({theme}): {render.counted(quote_count(rows), 'quote')}"
            + (
                f", {render.counted(len(rows), 'coding')}" if len(rows) != quote_count(rows) else ""
            ),
            wrap=("quote",),
            title_style=f"bold {color}",
        )


def stats_cli(
    theme: ThemeOption = None,
    coder: CodersOption = None,
    fmt: Annotated[
        StatsFormat,
        typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
    ] = StatsFormat.terminal,
    chart: Annotated[
        Path | None,
        typer.Option("--chart", help="Also draw coded quotes per theme and interview (PNG)."),
    ] = None,
    project: ProjectOption = None,
) -> None:
    """Counts, coverage, co-occurrence and concept coverage; optionally a bar chart."""
    from qualkod.analysis import (
        ALL_TRANSCRIPTS,
        concept_coverage,
        cooccurrence,
        counts,
        coverage,
        theory_matrix,
    )
    from qualkod.analysis.material import read_material
    from qualkod.export.quote_tables import scope_for_reviewers
    from qualkod.redaction.project import refuse_a_named_file

    if chart is not None and chart.suffix.lower() != ".png":
        raise QualkodError(f"--chart {chart}: give a .png file name")
    if chart is not None and not chart.parent.is_dir():
        raise QualkodError(f"--chart {chart}: the folder {chart.parent} does not exist; create it")
    with opened_project(project) as opened:
        material = read_material(opened, theme=theme, coder=coder)
    if chart is not None:
        refuse_a_named_file(material.redactor, chart, "--chart")
    tables = {
        "counts": counts(material),
        "coverage": coverage(material),
        "cooccurrence": cooccurrence(material).reset_index(),
        "concepts": concept_coverage(material).drop(columns=["reference"]),
        "matrix": theory_matrix(material).drop(columns=["theme_name", "concept_name"]),
    }
    if fmt is StatsFormat.csv:  # a file that travels: coders as the tables name them
        sys.stdout.write(_tidy_csv(tables, scope_for_reviewers(material)))
    else:  # the team's own terminal, as 'qualkod table' there: coders by their names
        render.line(material.scope.describe("en"), style="dim")
        titles = {
            "counts": "Coded quotes and turns per theme, interview and speaker",
            "coverage": "Share of interviewee words coded per theme",
            "cooccurrence": "Turns coded with both themes (same turn)",
            "concepts": "Concepts: linked quotes and interviewees",
            "matrix": "Themes x concepts: linked quotes (interviewees)",
        }
        for name, frame in tables.items():
            if name == "matrix":
                frame = frame[frame["quotes"] > 0]
                if frame.empty:
                    continue
            if name == "coverage":
                # Short headers, so that the table fits 80 columns (the title says what
                # the words are); CSV keeps coded_words and interviewee_words.
                frame = frame.assign(coverage=frame["coverage"].map(lambda v: f"{v:.1%}"))
                frame = frame.rename(columns={"coded_words": "coded", "interviewee_words": "words"})
            if name == "concepts":
                frame = frame.drop(columns=["name"])  # the id says it too, and fits 80 columns
            if "transcript" in frame.columns:  # the reports' Swedish total, in English here
                frame = frame.assign(
                    transcript=frame["transcript"].replace(ALL_TRANSCRIPTS, "all interviews")
                )
            render.table(
                list(frame.columns),
                frame.itertuples(index=False),
                title=titles[name],
                wrap=("transcript", "concept", "themes"),
            )
    if chart is not None:
        from qualkod.export.chart import write_chart

        write_chart(material, chart)
        render.info(f"Wrote {render.safe(chart)}")
    _warn_shared(material)
    _warn_empty(material, theme=theme, coder=coder, what="statistics")


def _tidy_csv(tables: dict, scope) -> str:
    """All statistics as one long CSV: table,theme,transcript,speaker,item,measure,value.

    The first rows (table ``scope``) name the codebook, the coders and the transcripts.
    """
    import io

    from qualkod.export.cells import write_csv_rows

    rows: list[list[object]] = []  # names and ids come from shared files: cells neutralised
    rows.append(["table", "theme", "transcript", "speaker", "item", "measure", "value"])
    rows.append(["scope", "", "", "", "", "codebook", scope.codebook])
    rows.append(["scope", "", "", "", "", "coders", "; ".join(scope.coders)])
    rows.append(["scope", "", "", "", "", "transcripts", "; ".join(scope.transcripts)])
    for row in tables["counts"].itertuples(index=False):
        for measure in ("quotes", "turns"):
            value = getattr(row, measure)
            rows.append(["counts", row.theme, row.transcript, row.speaker, "", measure, value])
    for row in tables["coverage"].itertuples(index=False):
        for measure in ("coded_words", "interviewee_words", "coverage"):
            value = getattr(row, measure)
            rows.append(["coverage", row.theme, row.transcript, "", "", measure, value])
    frame = tables["cooccurrence"]
    for row in frame.itertuples(index=False):
        for other in frame.columns[1:]:
            value = getattr(row, other)
            rows.append(["cooccurrence", row.theme, "", "", other, "turns", value])
    for row in tables["concepts"].itertuples(index=False):
        for measure in ("quotes", "interviewees", "featured"):
            value = getattr(row, measure)
            rows.append(["concepts", row.themes, "", "", row.concept, measure, value])
    for row in tables["matrix"].itertuples(index=False):
        for measure in ("quotes", "interviewees"):
            value = getattr(row, measure)
            rows.append(["matrix", row.theme, "", "", row.concept, measure, value])
    out = io.StringIO()
    write_csv_rows(out, rows)
    return out.getvalue()
