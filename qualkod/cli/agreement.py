"""``qualkod agreement``: inter-coder agreement per theme and the disagreements to reconcile."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from qualkod import project as project_api
from qualkod.analysis import agreement, agreement_with_others
from qualkod.cli import render
from qualkod.cli._options import FormatOption, OutputFormat, ProjectOption, RawNamesOption
from qualkod.cli._project import opened_project
from qualkod.errors import QualkodError
from qualkod.redaction.project import ProjectRedactor


class Unit(StrEnum):
    """What one decision is about."""

    turn = "turn"
    sentence = "sentence"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def agreement_cli(
    coder: Annotated[
        list[str],
        typer.Option("--coder", help="A coder to compare (at least two).", show_default=False),
    ],
    unit: Annotated[
        Unit, typer.Option("--unit", help="Decision unit.", case_sensitive=False)
    ] = Unit.turn,
    with_others: Annotated[
        bool,
        typer.Option(
            "--with-others",
            help="With one --coder: compare that coder with the second coder of each of "
            "their transcripts, pooled (a second coder for some interviews, a third for others).",
        ),
    ] = False,
    fmt: FormatOption = OutputFormat.table,
    raw_names: RawNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """Percent agreement, Cohen's kappa and Krippendorff's alpha per theme, and disagreements."""
    if with_others and len(coder) != 1:
        raise QualkodError("--with-others: give exactly one --coder, the one to compare")
    with opened_project(project) as opened:
        codebook, _ = project_api.current_codebook(opened)
        if with_others:
            report = agreement_with_others(opened, coder[0], codebook, unit=unit.value)
        else:
            report = agreement(opened, coder, codebook, unit=unit.value)
        # A coder named as a speaker (the interviewer coding) is shown by her pseudonym.
        shown = ProjectRedactor(opened, raw=raw_names).coder
    for who, done, total in report.not_reached():
        render.warn(
            f"{shown(who)} has coded or marked done {done} of the {total} interviewee turns "
            "compared: the turns not reached count as every theme left out, so the figures "
            "understate agreement until that coding is finished (a turn with nothing to "
            "code: 'qualkod code done')"
        )
    columns = ["theme", "units", "percent_agreement", "cohen_kappa", "krippendorff_alpha"]
    rows = [
        [a.theme, a.units, f"{a.percent:.3f}", _number(a.kappa), _number(a.alpha)]
        for a in (*report.themes, report.overall)
    ]
    if fmt is not OutputFormat.table:
        render.listing(fmt.value, columns, rows)
        return
    transcripts = ", ".join(str(t) for t in report.transcripts)
    render.info(
        "agree = percent agreement; kappa = Cohen's kappa (two coders); "
        "alpha = Krippendorff's alpha (nominal)"
    )
    render.table(
        ["theme", "units", "agree", "kappa", "alpha"],
        rows,
        title=(
            f"Agreement of {shown(report.against)} with the second coder of each transcript "
            f"({', '.join(shown(c) for c in report.coders if c != report.against)}) "
            f"by {report.unit} (transcripts {transcripts})"
            if report.against
            else f"Agreement of {', '.join(map(shown, report.coders))} by {report.unit} "
            f"(transcripts {transcripts})"
        ),
    )
    if not report.disagreements:
        render.info("No disagreements.")
        return
    render.table(
        ["turn", "speaker", "theme", "applied by", "not by", "text"],
        [
            [
                f"{d.transcript_id}:{d.turn}" + (f".{d.sentence}" if d.sentence else ""),
                d.speaker,
                d.theme,
                ", ".join(map(shown, d.applied_by)),
                ", ".join(map(shown, d.not_by)),
                d.text,
            ]
            for d in report.disagreements
        ],
        title=f"{render.counted(len(report.disagreements), 'disagreement')} to reconcile",
        wrap=("text",),
    )
