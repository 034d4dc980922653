"""``qualkod redact``: review what identifies people, add study-specific words, check."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from qualkod import project as project_api
from qualkod.cli import render
from qualkod.cli._options import CoderOption, ProjectOption
from qualkod.cli._project import OptionsPassOn, opened_project
from qualkod.cli._usage import USAGE_ERROR
from qualkod.coding import resolve_coder
from qualkod.redaction import review
from qualkod.redaction.redactor import CATEGORIES
from qualkod.store.redactions import CONFIRMED, IGNORED

redact_app = typer.Typer(
    cls=OptionsPassOn,
    help="Review the names, numbers and addresses qualkod redacts in everything it writes.",
)

COLUMNS = ["id", "transcript", "category", "text", "count", "status", "replacement", "context"]


class ListingFormat(StrEnum):
    """How ``qualkod redact`` lists."""

    table = "table"
    csv = "csv"


Category = StrEnum("Category", {c: c for c in CATEGORIES})
"""The categories of redaction items, as an option's choices."""

ItemIds = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="ID_OR_TEXT...",
        help="Item ids from 'qualkod redact' (or their start), or the items' exact text.",
        show_default=False,
    ),
]
AllOption = Annotated[
    bool, typer.Option("--all", help="Every item not yet reviewed (of --category, if given).")
]
CategoryOption = Annotated[
    Category | None,
    typer.Option("--category", help="With --all: only this category.", case_sensitive=False),
]


@redact_app.callback(invoke_without_command=True)
def redact_cli(
    ctx: typer.Context,
    transcript: Annotated[
        str | None, typer.Option("--transcript", "-t", help="Only this transcript.")
    ] = None,
    fmt: Annotated[
        ListingFormat,
        typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
    ] = ListingFormat.table,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Exit 1 while any item is unreviewed (for scripts before publishing)."
        ),
    ] = False,
    project: ProjectOption = None,
) -> None:
    """List what identifies people, per transcript: category, text, count, context, status.

    Status: automatic (redacted, not reviewed), to confirm (a possible name, redacted
    only once confirmed), confirmed, ignored (left in outputs), added (a study term).
    """
    if ctx.invoked_subcommand is not None:
        return
    with opened_project(project) as opened:
        transcript_id = (
            project_api.get_transcript(opened, transcript).id if transcript is not None else None
        )
        items = review.candidates(opened, transcript_id)
    if check:
        waiting = review.unreviewed(items)
        if waiting:
            ids = len({c.id for c in waiting})
            render.error(
                f"{render.counted(ids, 'redaction item')} {render.are(ids)} not reviewed yet; list them with 'qualkod redact', "
                "then 'qualkod redact confirm ID' or 'qualkod redact ignore ID'"
            )
            raise typer.Exit(1)
        reviewed = len({c.id for c in items})
        if reviewed == 0:
            render.info("Nothing identifying found: no redaction item to review")
        else:
            render.info(
                "The one redaction item is reviewed"
                if reviewed == 1
                else f"All {render.counted(reviewed, 'redaction item')} are reviewed"
            )
        return
    rows = [
        [c.id, c.transcript_id, c.category, c.text, c.count, c.status, c.replacement, c.context]
        for c in items
    ]
    if fmt is ListingFormat.table and not rows:
        render.info("Nothing identifying found; add study-specific words with 'qualkod redact add'")
        return
    if fmt is ListingFormat.table:
        keep = [0, 1, 2, 3, 4, 5, 7]
        render.listing(
            "table",
            [COLUMNS[i] for i in keep],
            [[r[i] for i in keep] for r in rows],
            title="Redaction (raw text: for your review only)",
            wrap=("context",),
        )
        return
    render.listing("csv", COLUMNS, rows)


def _decide(decision: str, ids, every, category, coder, project) -> None:
    if bool(ids) == every:
        raise USAGE_ERROR("give item ids (or texts), or --all, not both")
    with opened_project(project) as opened:
        decided = review.decide(
            opened,
            ids or [],
            decision,
            resolve_coder(coder),
            every=every,
            category=category.value if category else None,
        )
    verb = "Confirmed" if decision == CONFIRMED else "Ignored"
    if not decided:
        if every:
            with opened_project(project) as opened:
                found = review.candidates(opened)
            what = f"{category.value} " if category else ""
            any_found = any(category is None or c.category == category.value for c in found)
            message = (
                f"Nothing to decide: every {what}item is reviewed"
                if any_found
                else f"Nothing to decide: no {what}item was found"
            )
        else:
            message = "Nothing changed: a study term is in force once added ('ignore' withdraws it)"
        render.info(message)
        return
    what = ", ".join(f"{c.id} ({c.category})" for c in decided[:10])
    more = f" and {len(decided) - 10} more" if len(decided) > 10 else ""
    render.info(f"{verb} {render.counted(len(decided), 'item')}: {render.safe(what)}{more}")


def _decision_command(decision: str, summary: str):
    """A command that records ``decision`` on the items named (confirm and ignore)."""

    def command(
        ids: ItemIds = None,
        every: AllOption = False,
        category: CategoryOption = None,
        coder: CoderOption = None,
        project: ProjectOption = None,
    ) -> None:
        _decide(decision, ids, every, category, coder, project)

    command.__doc__ = summary
    return command


redact_app.command("confirm")(
    _decision_command(
        CONFIRMED,
        "Mark items as rightly redacted (a possible name is redacted from then on).",
    )
)
redact_app.command("ignore")(
    _decision_command(
        IGNORED, "Mark items as not identifying (a surname that is also a word): they stay."
    )
)


@redact_app.command("add")
def add_cli(
    text: Annotated[
        str, typer.Argument(help="A place, workplace, name or other identifying word.")
    ],
    replacement: Annotated[
        str,
        typer.Option("--as", help='What it becomes in outputs, such as "[kommun]".'),
    ],
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Redact a study-specific word everywhere (any case, genitive, compounds): Fjällby -> [kommun]."""
    with opened_project(project) as opened:
        item = review.add_term(opened, text, replacement, resolve_coder(coder))
    render.info(f"Added item {item}: it is now {render.safe(replacement)} in every output")
