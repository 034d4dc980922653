"""``qualkod speakers``: list speakers and correct roles and pseudonyms."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from qualkod import project as project_api
from qualkod.cli import render
from qualkod.cli._options import FormatOption, OutputFormat, ProjectOption, RawNamesOption
from qualkod.cli._project import OptionsPassOn, opened_project
from qualkod.cli._renamed import say_renamed
from qualkod.cli._usage import USAGE_ERROR
from qualkod.models import Role

speakers_app = typer.Typer(
    cls=OptionsPassOn, help="List speakers and correct their roles and pseudonyms."
)


class RoleChoice(StrEnum):
    """Roles a user can set."""

    interviewer = "interviewer"
    interviewee = "interviewee"
    unknown = "unknown"


@speakers_app.callback(invoke_without_command=True)
def speakers_cli(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.table,
    raw_names: RawNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """List speakers by pseudonym, role and how much they said."""
    if ctx.invoked_subcommand is not None:
        return
    with opened_project(project) as opened:
        rows = project_api.speakers(opened)
    columns = ["pseudonym", "role", "role_source", "transcripts", "turns", "words"]
    if raw_names:
        columns.append("raw_names")
    data = []
    for row in rows:
        s = row.speaker
        line: list[object] = [
            s.pseudonym,
            s.role.value,
            s.role_source,
            row.transcripts,
            row.turns,
            row.words,
        ]
        if raw_names:
            line.append("; ".join(row.names))
        data.append(line)
    if fmt is OutputFormat.table and not data:
        render.info("No speakers yet; import transcripts with 'qualkod import FILE...'")
        return
    if fmt is OutputFormat.table and raw_names:
        # Keep the names readable in 80 columns; csv and json carry every column.
        keep = [columns.index(c) for c in ("pseudonym", "role", "turns", "words", "raw_names")]
        columns = [columns[i] for i in keep]
        data = [[line[i] for i in keep] for line in data]
    render.listing(fmt.value, columns, data, title="Speakers", wrap=("raw_names",))


@speakers_app.command("set")
def set_cli(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME_OR_PSEUDONYM",
            help="A pseudonym (IP 2) or display name.",
            show_default=False,
        ),
    ],
    role: Annotated[
        RoleChoice | None, typer.Option("--role", help="The speaker's role.", case_sensitive=False)
    ] = None,
    pseudonym: Annotated[
        str | None, typer.Option("--pseudonym", help='A fixed pseudonym, e.g. "IP 4".')
    ] = None,
    project: ProjectOption = None,
) -> None:
    """Correct a speaker's role or give them a fixed pseudonym."""
    if role is None and pseudonym is None:
        raise USAGE_ERROR("give --role and/or --pseudonym")
    with opened_project(project) as opened:
        speaker, changes = project_api.set_speaker(
            opened, name, role=Role(role.value) if role else None, pseudonym=pseudonym
        )
        coded = (
            project_api.codings_on_speaker(opened, speaker)
            if speaker.role is Role.INTERVIEWER
            else 0
        )
    render.info(f"{render.safe(speaker.pseudonym)}: role {speaker.role.value}")
    say_renamed(changes, warn=False)
    if coded:
        render.warn(
            f"{render.counted(coded, 'coding')} {'is' if coded == 1 else 'are'} on "
            f"{render.safe(speaker.pseudonym)}'s turns: tables still list them, the chapter "
            "leaves them out (an interviewer's turn is not coded); remove them ('qualkod "
            "code remove') or set the role back"
        )
