"""Commands on the project and its transcripts: init, import, transcripts, show."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qualkod import project as project_api
from qualkod.cli import render
from qualkod.cli._options import FormatOption, OutputFormat, ProjectOption, RawNamesOption
from qualkod.cli._project import opened_project
from qualkod.importing import import_files
from qualkod.ingest import format_clock
from qualkod.redaction.project import ProjectRedactor
from qualkod.store import project_location


def init_cli(
    path: Annotated[
        str | None,
        typer.Argument(
            help="Where to create the project database. Default: --project, $QUALKOD_PROJECT or ./qualkod.db.",
            show_default=False,
        ),
    ] = None,
    project: ProjectOption = None,
    source: Annotated[
        Path | None,
        typer.Option(
            "--from",
            help="Make the new project from a REFI-QDA project (.qdpx): sources, codes, codings, notes.",
            show_default=False,
        ),
    ] = None,
    codebook_out: Annotated[
        Path | None,
        typer.Option(
            "--codebook-out",
            help="With --from: where to write the codebook YAML. Default: kodbok.yaml next to the project.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Create a project database: a SQLite file, or a PostgreSQL URL for a team."""
    if source is not None:
        _init_from(project_location(path or project), source, codebook_out)
        return
    if codebook_out is not None:
        raise typer.BadParameter("only with --from", param_hint="--codebook-out")
    result = project_api.init_project(project_location(path or project))
    verb = "Created" if result.created else "Already a project:"
    render.info(f"{verb} {render.safe(result.location)} (schema version {result.schema_version})")


def import_cli(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Transcript files: Teams .vtt/.docx, Zoom .vtt, .srt or text.", show_default=False
        ),
    ],
    interviewer: Annotated[
        list[str] | None,
        typer.Option(
            "--interviewer",
            "-i",
            help="Display name of an interviewer (repeat for several). Others become interviewees.",
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="Title for the transcript (one file only).")
    ] = None,
    project: ProjectOption = None,
) -> None:
    """Import transcripts; speakers get pseudonyms (IP 1, IP 2, ..., Intervjuare 1)."""
    with opened_project(project) as opened, render.progress("Importing", count=False) as update:
        results = import_files(
            opened, files, interviewers=interviewer or [], title=title, progress=update
        )
    for result in results:
        duration = format_clock(result.duration_ms) or "untimed"
        speakers = ", ".join(result.speakers)
        # A file name that names a speaker is not repeated, even to the terminal.
        path = result.name_in_file_name or result.path
        if result.already:
            render.info(
                f"Already imported: {render.safe(path)} is transcript {result.transcript_id} "
                f"'{render.safe(result.title)}' "
                + (
                    "(the same words in another file: a re-saved or re-exported copy, "
                    "whose codings are read onto it)"
                    if result.same_words
                    else "(same sha256)"
                )
                + "; nothing changed"
            )
            continue
        render.info(
            f"Imported {render.safe(path)} as transcript {result.transcript_id} "
            f"'{render.safe(result.title)}' ({result.source_format}): {result.turns} turns, "
            f"{result.words:,} words, speakers {render.safe(speakers)}, duration {duration}"
        )
        for old, new in result.renamed:
            render.warn(f"pseudonym {old} is now {new}")
        if result.name_in_file_name:
            render.warn(  # warn prints text as it is: no markup escapes here
                f"the file name contains a speaker's name ({result.name_in_file_name}); "
                f"outputs call the interview '{result.title}' and never show the file name"
            )


def transcripts_cli(
    fmt: FormatOption = OutputFormat.table,
    raw_names: RawNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """List the transcripts in the project (titles redacted)."""
    with opened_project(project) as opened:
        items = project_api.transcripts(opened)
        outgoing = ProjectRedactor(opened, raw=raw_names)
    columns = ["id", "title", "format", "turns", "words", "speakers", "duration_s"]
    rows = []
    for t in items:
        # Whole seconds as the clock shows them (and the import message): cut, not rounded.
        seconds = t.duration_ms // 1000 if t.duration_ms is not None else None
        duration = seconds if fmt is not OutputFormat.table else format_clock(t.duration_ms)
        rows.append(
            [t.id, outgoing.title(t.title), t.source_format, t.turns, t.words, t.speakers, duration]
        )
    if fmt is OutputFormat.table:
        columns[-1] = "duration"
        if not rows:
            render.info("No transcripts yet; add some with 'qualkod import FILE...'")
            return
    render.listing(fmt.value, columns, rows, title="Transcripts", wrap=("title",))


def show_cli(
    transcript: Annotated[
        str, typer.Argument(help="Transcript id, sha256 prefix or exact title.", show_default=False)
    ],
    fmt: FormatOption = OutputFormat.table,
    raw_names: RawNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """Show a transcript's turns: speakers by pseudonym, identifying details redacted."""
    with opened_project(project) as opened:
        summary, turns = project_api.turns(opened, transcript)
        outgoing = ProjectRedactor(opened, raw=raw_names)
    columns = ["turn", "start", "end", "speaker", "role", "text"]
    rows = [
        [
            turn.index,
            format_clock(turn.start_ms),
            format_clock(turn.end_ms),
            turn.speaker.raw_name if raw_names else turn.speaker.pseudonym,
            turn.speaker.role.value,
            outgoing.turn(summary.id, turn.index),
        ]
        for turn in turns
    ]
    if fmt is OutputFormat.table:
        # The end time is in csv/json; the terminal keeps its width for the words.
        columns.remove("end")
        rows = [row[:2] + row[3:] for row in rows]
    render.listing(
        fmt.value,
        columns,
        rows,
        title=f"{summary.id}: {outgoing.title(summary.title)}",
        wrap=("text",),
    )


def _init_from(location: str, source: Path, codebook_out: Path | None) -> None:
    from qualkod.coding import resolve_coder
    from qualkod.refi_import import init_from_qdpx

    result = init_from_qdpx(location, source, codebook_out=codebook_out, coder=resolve_coder())
    for warning in result.warnings:
        render.warn(warning)
    coders = ", ".join(result.coders) or "none"
    render.info(
        f"Created {render.safe(result.location)} from {render.safe(source)}: "
        f"{result.transcripts} transcripts ({result.turns} turns), {result.codings} codings "
        f"(coders {render.safe(coders)}), {result.memos} memos"
        + (f", {result.links} links" if result.theory_path else "")
    )
    if result.codebook_path:
        render.info(f"Codebook written to {render.safe(result.codebook_path)} and chosen")
    if result.theory_path:
        render.info(f"Theory catalogue written to {render.safe(result.theory_path)}")
