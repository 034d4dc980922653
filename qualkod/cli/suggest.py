"""``qualkod suggest``, ``suggestions``, ``train`` and ``evaluate``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from qualkod import coding as coding_api
from qualkod import project as project_api
from qualkod.cli import render
from qualkod.cli._options import (
    CoderOption,
    FormatOption,
    OutputFormat,
    ProjectOption,
    RawNamesOption,
    SuggestionStatus,
)
from qualkod.cli._project import OptionsPassOn, opened_project
from qualkod.coding import resolve_coder
from qualkod.redaction.project import ProjectRedactor

if TYPE_CHECKING:
    from qualkod.suggest.passages import Passage

suggestions_app = typer.Typer(cls=OptionsPassOn, help="List, accept and reject suggestions.")

SUGGESTION_COLUMNS = [
    "id",
    "transcript",
    "turn",
    "speaker",
    "start",
    "end",
    "theme",
    "code",
    "score",
    "evidence",
    "text",
]


def suggest_cli(
    codebook: Annotated[
        Path | None,
        typer.Option("--codebook", help="Use this codebook (it becomes the project's)."),
    ] = None,
    transcript: Annotated[
        str | None, typer.Option("--transcript", "-t", help="Only this transcript.")
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold", min=0.0, max=1.0, help="Minimum score in [0, 1]. Default: 0.45."
        ),
    ] = None,
    interviewers: Annotated[
        bool, typer.Option("--interviewers", help="Also suggest codes for interviewer turns.")
    ] = False,
    learn: Annotated[
        bool,
        typer.Option(
            "--learn/--no-learn",
            help="Fit the classifier again first when 25 or more decisions were made since "
            "it was trained.",
        ),
    ] = True,
    project: ProjectOption = None,
) -> None:
    """Suggest codes for interviewee turns, with evidence; prints a per-theme summary."""
    from qualkod.suggest.engine import DEFAULT_THRESHOLD
    from qualkod.suggest.service import relearn, suggest

    with opened_project(project) as opened, render.progress("Suggesting") as update:
        if transcript is not None:  # before anything is trained or written
            project_api.get_transcript(opened, transcript)
        relearnt = (
            relearn(
                opened,
                announce=lambda made: render.info(
                    f"Training the classifier again first: {render.counted(made, 'decision')} made since "
                    "it was last trained ('--no-learn' skips this)"
                ),
                progress=update,
            )
            if learn and codebook is None
            else None
        )
        if relearnt is not None:
            render.info(
                f"Trained classifier {relearnt.version} "
                f"({render.counted(relearnt.coded_turns, 'interviewee turn')} of coded interviews, "
                f"{render.counted(relearnt.rejected, 'rejected suggestion')})"
            )
        result = suggest(
            opened,
            transcript=transcript,
            threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
            codebook_path=codebook,
            include_interviewers=interviewers,
            progress=update,
        )
    if result.model_version:
        model = f"lexicon + classifier {result.model_version}"
    elif result.classifier_of_codebook:
        model = (
            f"lexicon only: the classifier was trained for codebook "
            f"{result.classifier_of_codebook}; run 'qualkod train' for this one"
        )
    else:
        model = "lexicon only; run 'qualkod train' for a classifier"
    if result.method.endswith("e5"):
        model += " + sentence embeddings"
    render.info(
        f"{render.counted(result.suggestions, 'suggestion')} in "
        f"{result.suggested_turns} of {render.counted(result.turns, 'interviewee turn')} "
        f"(codebook {render.safe(result.codebook)}, {render.safe(model)})"
    )
    render.table(["theme", "suggestions"], [[t, n] for t, n in result.per_theme.items()])


@suggestions_app.callback(invoke_without_command=True)
def suggestions_cli(
    ctx: typer.Context,
    theme: Annotated[str | None, typer.Option("--theme", help="Only this theme.")] = None,
    status: Annotated[
        SuggestionStatus,
        typer.Option(
            "--status",
            help="Which suggestions: open, accepted, rejected or all.",
            case_sensitive=False,
        ),
    ] = SuggestionStatus.open,
    fmt: FormatOption = OutputFormat.table,
    raw_names: RawNamesOption = False,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """List suggestions as the coder sees them: open until they accept or reject one,
    whatever other coders decided. Columns: id, transcript, turn, speaker, span, theme,
    code, score, evidence, text (redacted); with --status all also each one's status,
    and but for open ones who decided it (the coder, as outputs show coders). A theme is
    scored on the whole turn: a long turn's passages of one theme show that score once,
    each with its own evidence. The table wraps to the screen (80 columns in a pipe);
    csv and json give every column."""
    if ctx.invoked_subcommand is not None:
        return
    from qualkod.suggest.passages import passages
    from qualkod.suggest.service import suggestions

    status = status.value
    with opened_project(project) as opened:
        found = suggestions(
            opened,
            theme=theme,
            status=None if status == "all" else status,
            coder=resolve_coder(coder),
        )
        outgoing = ProjectRedactor(opened, raw=raw_names)
    # several statuses: which each is; decided ones: who decided them (as outputs show coders)
    extra = (["status"] if status == "all" else []) + (["decided_by"] if status != "open" else [])
    rows = [
        [
            s.id,
            s.transcript_id,
            s.turn,
            s.speaker,
            s.start,
            s.end,
            s.theme,
            s.code,
            f"{s.score:.2f}",
            "; ".join(outgoing.evidence(s.transcript_id, s.turn, s.evidence)),
            outgoing.span(s.transcript_id, s.turn, s.start, s.end),
            *([s.status] if "status" in extra else []),
            *(
                [outgoing.coder(s.decided_by) if s.decided_by else ""]
                if "decided_by" in extra
                else []
            ),
        ]
        for s in found
    ]
    if fmt is not OutputFormat.table:
        render.listing(fmt.value, SUGGESTION_COLUMNS + extra, rows)
        return
    if not rows:
        which = "" if status == "all" else f"{status} "
        of_theme = f" of theme {render.safe(theme)}" if theme else ""
        advice = "; run 'qualkod suggest'" if status in ("open", "all") else ""
        render.info(f"No {which}suggestions{of_theme}{advice}")
        return
    # Where and who lead the text, which wraps: with the status and who decided each, the
    # table still fits 80 columns (a turn and a speaker column would not leave the text room).
    render.table(
        ["id", "code", "score", *(c.replace("_", " ") for c in extra), "text"],
        [
            [
                r[0],
                r[7],
                r[8] if passage.place == 1 else "",  # a run's score is the turn's: shown once
                *r[len(SUGGESTION_COLUMNS) :],
                f"turn {r[1]}:{r[2]}, {r[3]}: {r[10]}" + _about(passage, r[9]),
            ]
            for r, passage in zip(rows, passages(found), strict=True)
        ],
        title="Suggestions",
        wrap=("text",),
    )


def _about(passage: Passage, evidence: str) -> str:
    """The line under a suggestion's words: which passage of its turn's run it is (the
    first says that the score is the turn's) and the passage's own evidence."""
    said = []
    if passage.count > 1:
        said.append(f"passage {passage.place}/{passage.count}")
        if passage.place == 1:
            said.append("the score is the turn's")
    if evidence:
        said.append(f"evidence: {evidence}")
    return f"\n({'; '.join(said)})" if said else ""


@suggestions_app.command("accept")
def accept_cli(
    suggestion_id: Annotated[int, typer.Argument(help="Suggestion id.", show_default=False)],
    code: Annotated[str | None, typer.Option("--code", help="Code with this code instead.")] = None,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Accept a suggestion: it becomes your coding."""
    from qualkod.coding import accept_suggestion as accept

    with opened_project(project) as opened:
        coding = accept(opened, suggestion_id, resolve_coder(coder), code=code)
    render.info(f"Accepted suggestion {suggestion_id} as coding {coding.id} ({coding.code_id})")


@suggestions_app.command("reject")
def reject_cli(
    suggestion_id: Annotated[int, typer.Argument(help="Suggestion id.", show_default=False)],
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Reject a suggestion; the classifier learns from it at the next 'qualkod train'."""
    from qualkod.coding import reject_suggestion as reject

    with opened_project(project) as opened:
        found = reject(opened, suggestion_id, resolve_coder(coder))
    render.info(f"Rejected suggestion {suggestion_id} ({found.code})")


def train_cli(
    coder: Annotated[
        str | None,
        typer.Option("--coder", help="Learn from this coder's codings only (default: all coders)."),
    ] = None,
    semantic: Annotated[
        bool,
        typer.Option(
            "--semantic",
            help="Also fit a classifier on multilingual sentence embeddings (offline; "
            "pip install 'qualkod[semantic]'): better on new voices, far slower to suggest.",
        ),
    ] = False,
    project: ProjectOption = None,
) -> None:
    """Train the theme classifier from the codebook's examples and the project's codings."""
    from qualkod.suggest.service import train

    with opened_project(project) as opened, render.progress("Training", count=False) as update:
        result = train(opened, coder, semantic=semantic, progress=update)
    if coder is not None and result.coded_turns == 0:
        # a new blind coder's first model, or a misspelt name: say which
        render.warn(
            f"--coder {coder}: has coded no interview yet, so the classifier learnt from the "
            "codebook's examples alone; check the name with 'qualkod coders'"
        )
    render.info(
        f"Trained classifier {result.version}{' with sentence embeddings' * result.semantic} "
        f"on {render.counted(result.examples, 'example')} "
        f"({render.counted(result.codebook_examples, 'codebook example')}, "
        f"{render.counted(result.coded_turns, 'interviewee turn')} of coded interviews, "
        f"{render.counted(result.rejected, 'rejected suggestion')}) in {result.seconds:.1f} s"
    )
    render.table(
        ["theme", "examples showing it", "examples not showing it"],
        [[theme, shown, not_shown] for theme, (shown, not_shown) in result.per_theme.items()],
        title="Evidence per theme",
    )
    from qualkod.suggest.classifier import MIN_PER_SIDE
    from qualkod.suggest.service import MIN_EXAMPLES

    unlearnt = [t for t, sides in result.per_theme.items() if min(sides) < MIN_PER_SIDE]
    thin = [t for t in result.thin_themes() if t not in unlearnt]
    if unlearnt:
        render.warn(
            f"fewer than {render.counted(MIN_PER_SIDE, 'example')} on a side for "
            f"{', '.join(unlearnt)}: the classifier does not learn "
            f"{'it' if len(unlearnt) == 1 else 'them'}, and their suggestions rest on the "
            "codebook's lexicon alone (none without one); code more turns and train again"
        )
    if thin:
        render.warn(
            f"fewer than {render.counted(MIN_EXAMPLES, 'example')} on a side for "
            f"{', '.join(thin)}: {'its' if len(thin) == 1 else 'their'} suggestions will be "
            "unreliable (many wrong); code more turns and train again"
        )


def evaluate_cli(
    coder: Annotated[
        str | None, typer.Option("--coder", help="Measure against this coder's codings.")
    ] = None,
    gold: Annotated[
        Path | None, typer.Option("--gold", help="Measure against a codings file instead.")
    ] = None,
    folds: Annotated[
        int,
        typer.Option(
            "--folds", min=2, help="K for K-fold cross-validation (at most one fold per interview)."
        ),
    ] = 5,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold", min=0.0, max=1.0, help="Score threshold in [0, 1]. Default: 0.45."
        ),
    ] = None,
    semantic: Annotated[
        bool,
        typer.Option(
            "--semantic",
            help="Also measure the sentence-embedding classifier, alone and combined "
            "(pip install 'qualkod[semantic]').",
        ),
    ] = False,
    fmt: FormatOption = OutputFormat.table,
    project: ProjectOption = None,
) -> None:
    """Cross-validated precision, recall, F1 and kappa per theme at turn level."""
    from qualkod.suggest.engine import DEFAULT_THRESHOLD
    from qualkod.suggest.project_evaluation import evaluate

    with opened_project(project) as opened:
        found = coding_api.gold_codings(opened, gold) if gold is not None else None
        with render.progress("Evaluating", count=False) as update:
            reports = evaluate(
                opened,
                coder=coder,
                gold=found,
                folds=folds,
                threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
                semantic=semantic,
                progress=update,
            )
    columns = [
        "mode",
        "theme",
        "precision",
        "recall",
        "f1",
        "kappa",
        "subcode_accuracy",
        "gold",
        "predicted",
        "subcodes_judged",
        "subcodes_right",
    ]
    rows = []
    for mode, report in reports.items():
        for s in (*report.themes, report.micro):
            accuracy = s.subcode_accuracy
            rows.append(
                [
                    mode,
                    s.theme,
                    f"{s.precision:.3f}",
                    f"{s.recall:.3f}",
                    f"{s.f1:.3f}",
                    "" if s.kappa is None else f"{s.kappa:.3f}",
                    "" if accuracy is None else f"{accuracy:.3f}",
                    s.support,
                    s.predicted,
                    s.subcodes_judged,
                    s.subcodes_right,
                ]
            )
        rows.append([mode, "macro", "", "", f"{report.macro_f1:.3f}", "", "", "", "", "", ""])
    any_report = next(iter(reports.values()))
    if any_report.folds < folds:  # a fold is whole interviews: no more folds than interviews
        render.warn(
            f"--folds {folds}: the codings cover {render.counted(any_report.folds, 'interview')}, "
            f"so {any_report.folds} folds were run (each interview left out in turn)"
        )
    if fmt is not OutputFormat.table:
        render.listing(fmt.value, columns, rows)
        return
    render.info(
        f"{render.counted(any_report.turns, 'coded interviewee turn')}, {any_report.folds}-fold cross-validation, "
        f"threshold {any_report.threshold}; modes: naive = theme name in turn, lexicon, "
        "classifier, combined; sub-code: of the turns where the theme is right and you gave "
        "a sub-code, those where a suggested quote carries it"
    )
    for mode in reports:  # a table per mode, narrow enough for 80 columns
        render.table(
            ["theme", "P", "R", "F1", "kappa", "sub-code"],
            [
                row[1:6] + [f"{row[10]}/{row[9]}" if row[9] else ""]
                for row in rows
                if row[0] == mode
            ],
            title=mode,
        )
