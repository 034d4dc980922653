"""Commands on the project and its transcripts: init, import, transcripts, show."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from qualkod import coding as coding_api
from qualkod import project as project_api
from qualkod.cli import render
from qualkod.cli._interrupted import making_a_new_project
from qualkod.cli._options import (
    CoderOption,
    FormatOption,
    OutputFormat,
    ProjectOption,
    RawNamesOption,
)
from qualkod.cli._project import OptionsPassOn, init_path_named, opened_project
from qualkod.cli._renamed import say_renamed
from qualkod.cli._usage import USAGE_ERROR
from qualkod.errors import ParameterError, QualkodError
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
        raise ParameterError(
            "codebook_out", str(codebook_out), "give it only with --from", quoted=True
        )
    if path is not None and not path.strip():  # an unset shell variable: not ./qualkod.db
        raise typer.BadParameter(
            "is empty; give the project's file or database URL", param_hint="PATH"
        )
    with init_path_named(path is not None):
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
    again: Annotated[
        bool,
        typer.Option(
            "--again",
            help="Import a file removed from the project before ('transcripts remove'), "
            "when it may come back (consent given again, removed by mistake).",
        ),
    ] = False,
    project: ProjectOption = None,
) -> None:
    """Import transcripts; speakers get pseudonyms (IP 1, IP 2, ..., Intervjuare 1)."""
    if title is not None and len(files) > 1:
        raise USAGE_ERROR("--title: give a title for one file at a time")
    with opened_project(project) as opened, render.progress("Importing", count=False) as update:
        results = import_files(
            opened,
            files,
            interviewers=interviewer or [],
            title=title,
            progress=update,
            again=again,
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
                + (
                    f"; stored where the cues of {render.counted(result.cue_times_filled, 'turn')} "
                    "start, so their quotes are timed by their own cue"
                    if result.cue_times_filled
                    else "; nothing changed"
                )
            )
            continue
        render.info(
            f"Imported {render.safe(path)} as transcript {result.transcript_id} "
            f"'{render.safe(result.title)}' ({result.source_format}): {render.counted(result.turns, 'turn')}, "
            f"{render.counted(result.words, 'word')}, speakers {render.safe(speakers)}, duration {duration}"
        )
        say_renamed(result.renamed)
        if result.no_interviewer:
            render.warn(
                f"transcript {result.transcript_id}: nobody was taken for the interviewer "
                "(no speaker asks most of the questions), so every speaker is an "
                "interviewee; if one is the interviewer, say so: 'qualkod speakers set NAME "
                "--role interviewer'"
            )
        elif result.roles_guessed:
            render.info(
                "  [dim]roles guessed from who asks the questions; check them with 'qualkod "
                "speakers', or name the interviewer with --interviewer[/dim]"
            )
        if result.near_copy_of is not None:
            other, turns = result.near_copy_of
            listed = ", ".join(str(n) for n in turns[:5]) + (", …" if len(turns) > 5 else "")
            render.warn(
                f"it has the words of transcript {other} but for turn"
                f"{'s' if len(turns) > 1 else ''} {listed}: if it is a corrected version, "
                f"the interview is in the project twice now; keep one ('qualkod transcripts "
                f"remove {other}' or {result.transcript_id})"
            )
        for who in result.made_interviewers:
            render.warn(
                f"{who} was taken for an interviewee in an earlier import and is an "
                "interviewer now, as --interviewer says (in every transcript)"
            )
        for who in result.kept_roles:
            render.warn(
                f"{who} stays an interviewee, as set with 'qualkod speakers set'; if "
                f"--interviewer is right, say so: 'qualkod speakers set \"{who}\" --role interviewer'"
            )
        if result.interviewees == 0:
            render.warn(
                "no speaker in it is an interviewee, so it has nothing to code; if one is, "
                "say so: 'qualkod speakers set NAME --role interviewee'"
            )
        if result.cut_after_line is not None:
            render.warn(
                f"{path}:{result.cut_after_line}: the file ends without a line break after "
                "this cue, whose words stop mid-sentence where its other turns end theirs: "
                "the download may have been cut off there; if the interview went on, "
                "export the transcript again"
            )
        for table in result.tables_left_out:
            render.warn(
                f"{path}: Word table {table} is left out: its rows name people who speak in no "
                "paragraph and ask nothing, a record (of meetings or contacts) rather than "
                "speech; if it holds turns of this interview, put them in the paragraphs as "
                "'Name: text' and import the file again"
            )
        if result.time_runs_back:
            turn, start, previous = result.time_runs_back
            render.warn(
                f"turn {turn} starts at {format_clock(start)}, before the turn before it "
                f"({format_clock(previous)}): the file's times run back there, and quotes "
                "are cited by them; check the export"
            )
        if result.name_in_file_name:
            shown = Path(result.name_in_file_name)
            in_name_only = shown.parent == Path(result.path).parent
            speaker = any(f"[{p} " in result.name_in_file_name for p in ("IP", "Intervjuare"))
            render.warn(  # warn prints text as it is: no markup escapes here
                f"the file {'name' if in_name_only else 'path'} "
                f"contains {'a speaker' if speaker else 'someone'}'s name "
                f"({result.name_in_file_name}); "
                f"outputs call the interview '{result.title}' and never show the file name"
            )


transcripts_app = typer.Typer(
    cls=OptionsPassOn,
    help="List the transcripts in the project, export them pseudonymised, or remove one.",
)


@transcripts_app.callback(invoke_without_command=True)
def transcripts_cli(
    ctx: typer.Context,
    fmt: FormatOption = OutputFormat.table,
    raw_names: RawNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """List the transcripts in the project (titles redacted)."""
    if ctx.invoked_subcommand is not None:
        return
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


@transcripts_app.command("remove")
def remove_cli(
    transcript: Annotated[
        str, typer.Argument(help="Transcript id, sha256 prefix or exact title.", show_default=False)
    ],
    with_codings: Annotated[
        bool,
        typer.Option(
            "--with-codings",
            help="Also when it has been coded: its codings, their memos and links go with it.",
        ),
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask before removing.")] = False,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Delete a transcript and everything about it (cannot be undone).

    For a wrong import, or an interviewee who withdraws consent: its turns,
    suggestions and, with --with-codings, its codings are deleted, not marked.
    Speakers stay, so that their names are still redacted where others mention them.
    """
    who = coding_api.resolve_coder(coder)
    with opened_project(project) as opened:
        plan = coding_api.removal_plan(opened, transcript)
        outgoing = ProjectRedactor(opened)
        title = outgoing.title(plan.title)
        what = f"transcript {plan.transcript_id} '{title}': {_removal_counts(plan, outgoing.coder)}"
        coding_api.check_removable(plan, with_codings=with_codings, shown=outgoing.coder)
        if not yes:
            if not _can_ask():
                raise QualkodError(
                    f"{what} would be deleted for good: add --yes to remove it without being asked"
                )
            if not typer.confirm(f"Remove {render.safe(what)}? This cannot be undone", err=True):
                render.info("Nothing removed")
                raise typer.Exit(1)
        removed = coding_api.remove_transcript(
            opened, str(plan.transcript_id), who, with_codings=with_codings
        )
        opened_is_sqlite = opened.engine.dialect.name == "sqlite"
    render.info(
        f"Removed transcript {removed.transcript_id} '{render.safe(title)}': "
        + _removal_counts(removed, outgoing.coder)
    )
    say_renamed(removed.renamed)
    if removed.models:
        render.info(
            f"Deleted {render.counted(removed.models, 'stored classifier')} that may have learnt "
            "from it; run 'qualkod train' to fit one again"
        )
    if not removed.purged:
        render.warn(
            "another program has the project open (a coding session?), so the removed words "
            "may stay in the project's files: close it and run 'qualkod project purge'"
            if opened_is_sqlite
            else "the PostgreSQL server keeps the deleted rows' bytes until its own VACUUM; "
            "ask its administrator for VACUUM FULL if the interview must be gone from disk"
        )


@transcripts_app.command("title")
def title_cli(
    transcript: Annotated[
        str, typer.Argument(help="Transcript id, sha256 prefix or exact title.", show_default=False)
    ],
    title: Annotated[
        str | None,
        typer.Argument(help="The new title, such as 'Samtal om boendet'.", show_default=False),
    ] = None,
    generic: Annotated[
        bool,
        typer.Option(
            "--generic",
            help="Give it back its generic title (Intervju n, Fokusgrupp n), numbered as "
            "import numbers it.",
        ),
    ] = False,
    project: ProjectOption = None,
) -> None:
    """Give a transcript a title of its own, as 'import --title' does, or its generic one back.

    Quotes are cited by title in the chapter and the tables. Titles of the form qualkod
    numbers itself (Intervju 3, Fokusgrupp 2) are refused; the others are numbered again.
    """
    if (title is None) != generic:
        raise USAGE_ERROR(
            "give a TITLE or --generic, not both" if generic else "give a TITLE or --generic"
        )
    with opened_project(project) as opened:
        try:
            if generic:
                summary, changes = project_api.set_generic_title(opened, transcript)
            else:
                summary, changes = project_api.set_title(opened, transcript, title)
        except ParameterError as refused:  # the argument, not an option --title
            value = "" if refused.value is None else f" {refused.value!r}"
            raise QualkodError(f"TITLE{value}: {refused.reason}") from None
        shown = ProjectRedactor(opened).title(summary.title)
    if generic and not changes:
        render.info(f"Transcript {summary.id} has its generic title '{render.safe(shown)}' already")
        return
    render.info(f"Transcript {summary.id} is now titled '{render.safe(shown)}'")
    say_renamed(changes[1:])


class TranscriptFileFormat(StrEnum):
    """The file format of an exported transcript."""

    txt = "txt"
    docx = "docx"


@transcripts_app.command("export")
def export_cli(
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            metavar="DIR",
            help="The folder to write into (it must exist).",
            show_default=False,
        ),
    ],
    transcripts: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="TRANSCRIPT...",
            help="Transcript ids, sha256 prefixes or exact titles (or --all).",
            show_default=False,
        ),
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="Every transcript of the project.")] = False,
    fmt: Annotated[
        TranscriptFileFormat,
        typer.Option("--format", "-f", help="File format: txt or docx.", case_sensitive=False),
    ] = TranscriptFileFormat.txt,
    force: Annotated[
        bool, typer.Option("--force", help="Replace files of the same names in the folder.")
    ] = False,
    project: ProjectOption = None,
) -> None:
    """Write transcripts pseudonymised, one file each, to hand to a supervisor or an archive.

    Files are named by the transcript's title (Intervju 1.txt), never by the imported
    file's name; speakers are pseudonyms and the text is redacted as 'qualkod show' shows it.
    """
    from qualkod.export.transcripts import export_transcripts

    if bool(transcripts) == every:
        raise USAGE_ERROR("give transcript ids (or titles), or --all, not both")
    with opened_project(project) as opened:
        written = export_transcripts(
            opened, None if every else transcripts, out, fmt.value, force=force
        )
    names = ", ".join(path.name for path in written)
    render.info(
        f"Wrote {render.counted(len(written), 'pseudonymised transcript')} to "
        f"{render.safe(out)}: {render.safe(names)}"
    )


def _can_ask() -> bool:
    """Whether someone at a terminal can answer a question (not a script or a pipe)."""
    return sys.stdin.isatty()


def _removal_counts(removal: coding_api.TranscriptRemoval, shown: Callable[[str], str]) -> str:
    """``3 turns, 2 codings (2 by anna), 1 memo, 0 suggestions, ...``; coders ``shown``
    as messages name them (a speaker's pseudonym when one codes)."""
    codings = sum(removal.codings.values())
    by_coder = ", ".join(f"{n} by {shown(who)}" for who, n in sorted(removal.codings.items()))
    parts = [
        render.counted(removal.turns, "turn"),
        render.counted(codings, "coding") + (f" ({by_coder})" if codings else ""),
    ]
    if removal.memos:
        parts.append(render.counted(removal.memos, "memo"))
    parts += [
        render.counted(removal.suggestions, "suggestion"),
        render.counted(removal.links, "link"),
        render.counted(removal.events, "audit-log line"),
    ]
    return ", ".join(parts)


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

    if codebook_out is not None and codebook_out.suffix.lower() not in (".yaml", ".yml"):
        raise ParameterError(
            "codebook_out", str(codebook_out), "give a .yaml file name", quoted=True
        )
    with making_a_new_project(location):
        result = init_from_qdpx(location, source, codebook_out=codebook_out, coder=resolve_coder())
    for warning in result.warnings:
        render.warn(warning)
    coders = ", ".join(result.coders) or "none"
    render.info(
        f"Created {render.safe(result.location)} from {render.safe(source)}: "
        f"{render.counted(result.transcripts, 'transcript')} ({render.counted(result.turns, 'turn')}), {render.counted(result.codings, 'coding')} "
        f"(coders {render.safe(coders)}), {render.counted(result.memos, 'memo')}"
        + (f", {render.counted(result.links, 'link')}" if result.theory_path else "")
        + (f", {render.counted(result.decided, 'decided-turn mark')}" if result.decided else "")
    )
    if result.codebook_path:
        render.info(f"Codebook written to {render.safe(result.codebook_path)} and chosen")
    if result.theory_path:
        render.info(f"Theory catalogue written to {render.safe(result.theory_path)}")
