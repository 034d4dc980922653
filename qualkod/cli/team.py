"""``qualkod project copy`` and ``qualkod coders``: team work on one project."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

import typer

from qualkod import coding as coding_api
from qualkod.cli import render
from qualkod.cli._options import FormatOption, OutputFormat, ProjectOption, RawNamesOption
from qualkod.cli._project import opened_project, project_group
from qualkod.errors import QualkodError
from qualkod.redaction.project import ProjectRedactor

project_app = project_group(
    "Whole projects: copy one between a SQLite file and a PostgreSQL server; purge "
    "what was deleted from a SQLite file's log.",
    no_args_is_help=True,
)


@project_app.command("copy")
def copy_cli(
    source: Annotated[
        str,
        typer.Argument(
            help="The project to copy: a SQLite file or a postgresql://user@host/dbname URL.",
            metavar="SOURCE",
            show_default=False,
        ),
    ],
    target: Annotated[
        str,
        typer.Argument(
            help="A new project to copy into: a file that does not exist yet, or an empty "
            "database (createdb).",
            metavar="TARGET",
            show_default=False,
        ),
    ],
) -> None:
    """Copy a whole project, every table and the audit log, into a new project."""
    shown_source, shown_target, result = coding_api.copy_project(source, target)
    render.info(
        f"Copied {render.safe(shown_source)} to {render.safe(shown_target)}: "
        f"{result.total:,} rows in {render.counted(len(result.rows), 'table')} "
        f"({render.counted(result.rows.get('codings', 0), 'coding')}, "
        f"{render.counted(result.rows.get('events', 0), 'logged decision')})"
    )


@project_app.command("purge")
def purge_cli(project: ProjectOption = None) -> None:
    """Write a SQLite project's log into its file and empty it, so that the words of a
    removed transcript are not kept there (needed only when 'transcripts remove' said so)."""
    with opened_project(project) as opened:
        if opened.engine.dialect.name != "sqlite":
            raise QualkodError(
                f"{opened.location}: a PostgreSQL server keeps deleted rows until its own "
                "VACUUM; ask its administrator for VACUUM FULL"
            )
        if not opened.purge_deleted():
            raise QualkodError(
                f"{opened.location}: another program still has the project open (a coding "
                "session?); close it and run 'qualkod project purge' again"
            )
        render.info(f"Purged {render.safe(opened.location)}: its log is empty")


def coders_cli(
    fmt: FormatOption = OutputFormat.table,
    raw_names: RawNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """List who has coded what: live codings, turns decided, decisions, last activity.

    An admin view for the team itself: coders by the names they code under (a login such
    as anna.lind; an interviewer who codes, by her pseudonym). The chapter, the quote
    tables and 'stats --format csv' name coders Kodare A, Kodare B, ... instead (in the
    order they first coded), never by login."""
    with opened_project(project) as opened:
        rows = coding_api.coders(opened)
        where = opened.location  # any password hidden
        # A coder named as a speaker (the interviewer coding) is shown by her pseudonym.
        shown = ProjectRedactor(opened, raw=raw_names).coder
    if not rows and fmt is OutputFormat.table:
        render.info(f"No one has coded in {render.safe(where)} yet")
        return
    render.listing(
        fmt.value,
        ["coder", "codings", "turns", "decisions", "last_activity"],
        [[shown(r.coder), r.codings, r.turns, r.decisions, r.last_activity] for r in rows],
        title="Coders",
    )
    labels = Counter(shown(r.coder) for r in rows)
    for label, accounts in labels.items():  # two accounts of the interviewer who codes
        if accounts > 1:
            render.warn(
                f"{label} is one person who coded under {accounts} names; "
                "'qualkod coders --raw-names' tells them apart"
            )
