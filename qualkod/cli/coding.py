"""Coding from the command line: ``code``, ``codings``, ``log``, ``undo``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

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
)
from qualkod.cli._project import OptionsPassOn, opened_project
from qualkod.errors import NotFoundError, QualkodError
from qualkod.ingest import format_clock
from qualkod.output_files import check_output
from qualkod.redaction.project import ProjectRedactor, coder_meant, project_redactor, shown_coder

code_app = typer.Typer(
    cls=OptionsPassOn,
    help="Code interactively (no subcommand), or add, remove, recode and feature codings.",
    invoke_without_command=True,
)
codings_app = typer.Typer(cls=OptionsPassOn, help="List, export and import codings.")

CodingId = Annotated[
    int, typer.Argument(help="Coding id (see 'qualkod codings').", show_default=False)
]


def _describe(coding, project) -> str:
    # No quote here: the words would leave the project unredacted ('qualkod codings' shows
    # them); a coder named like a speaker is shown by pseudonym.
    return (
        f"coding {coding.id}: {coding.code_id} on transcript {coding.transcript_id} "
        f"turn {coding.turn} [{coding.start}:{coding.end}] by {shown_coder(project, coding.coder)} "
        f"({render.counted(coding.end - coding.start, 'character')})"
    )


TranscriptOption = Annotated[
    str | None,
    typer.Option(
        "--transcript", "-t", help="Transcript id, title or sha256 prefix.", show_default=False
    ),
]


RequiredTranscriptOption = Annotated[
    str,
    typer.Option(
        "--transcript", "-t", help="Transcript id, title or sha256 prefix.", show_default=False
    ),
]
TurnOption = Annotated[
    int, typer.Option("--turn", help="Turn number (see 'qualkod show').", show_default=False)
]


@code_app.callback()
def session_cli(
    ctx: typer.Context,
    transcript: TranscriptOption = None,
    theme: Annotated[
        str | None,
        typer.Option("--theme", help="Show only this theme's suggestions.", show_default=False),
    ] = None,
    only_suggested: Annotated[
        bool,
        typer.Option("--only-suggested", help="Walk only turns with open suggestions."),
    ] = False,
    raw_names: RawNamesOption = False,
    learn_every: Annotated[
        int,
        typer.Option(
            "--learn-every",
            min=0,
            help="After this many decisions, fit the classifier again and refresh the "
            "open suggestions (0: never; only when 'qualkod train' has been run).",
        ),
    ] = 25,
    blind: Annotated[
        bool,
        typer.Option(
            "--blind",
            help="Code for agreement: show no suggestion another coder decided or a "
            "classifier learnt from others' decisions (only your own codings, as always).",
        ),
    ] = False,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Code interactively: walk interviewee turns, accept or reject suggestions, code.

    Keys: a accept, r reject, c code (type-ahead), tab select, + - < > widen or narrow
    by sentence, m memo, l link, f feature, x remove (these four: the selected coding),
    d done, n/p next/previous, u undo, / search, PgUp/PgDn scroll, ? help, q quit. Every
    decision is saved at once; every --learn-every decisions the suggestions learn from
    them.
    """
    if ctx.invoked_subcommand is not None:
        return
    import sys

    from qualkod.coding.session import CodingSession

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise QualkodError(
            "'qualkod code' needs an interactive terminal; "
            "use 'qualkod code add' or 'qualkod suggestions accept' in scripts"
        )
    who = coding_api.resolve_coder(coder)
    with opened_project(project) as opened:
        session = CodingSession(
            opened,
            who,
            transcript=transcript,
            theme=theme,
            only_suggested=only_suggested,
            raw_names=raw_names,
            learn_every=learn_every,
            blind=blind,
        )
        if session.blind_note:
            render.warn(session.blind_note)
        from qualkod.tui.coding_app import CodingApp

        CodingApp(session).run()
        progress = session.progress()
    render.info(
        f"Decided {progress.decided} of {render.counted(progress.total, 'turn')}; every decision is saved"
    )


@code_app.command("done")
def done_cli(
    transcript: RequiredTranscriptOption,
    turn: TurnOption,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Mark a turn as decided: nothing (more) to code there; progress counts it."""
    who = coding_api.resolve_coder(coder)
    with opened_project(project) as opened:
        coding_api.mark_decided(opened, transcript, turn, who)
        shown = shown_coder(opened, who)
    render.info(f"Turn {turn} marked as decided by {render.safe(shown)}")


@code_app.command("add")
def add_cli(
    transcript: RequiredTranscriptOption,
    turn: TurnOption,
    code: Annotated[
        str, typer.Option("--code", "-c", help="Code id from the codebook.", show_default=False)
    ],
    text: Annotated[
        str | None,
        typer.Option("--text", help="The exact words to code (default: the whole turn)."),
    ] = None,
    start: Annotated[
        int | None, typer.Option("--start", help="First character (code point) of the span.")
    ] = None,
    end: Annotated[
        int | None, typer.Option("--end", help="One past the last character of the span.")
    ] = None,
    memo: Annotated[str, typer.Option("--memo", help="A note on this coding.")] = "",
    featured: Annotated[
        bool, typer.Option("--featured", help="Put this quote in the chapter.")
    ] = False,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Code a turn, or part of it, with a code from the project's codebook."""
    who = coding_api.resolve_coder(coder)
    with opened_project(project) as opened:
        coding = coding_api.add_coding(
            opened,
            transcript,
            turn,
            code,
            who,
            quote=text,
            start=start,
            end=end,
            memo=memo,
            featured=featured,
        )
        described = _describe(coding, opened)
        cut = coding_api.cut_words(opened, coding) if start is not None or end is not None else []
    render.info("Added " + render.safe(described))
    if cut:
        where = " and ".join(f"{w} inside a word" for w in cut)
        render.warn(
            f"the span {where}: tables and the chapter quote it so; to code whole words, "
            f"'qualkod code remove {coding.id}' and give --start/--end at word boundaries "
            "(or --text)"
        )


ForceOption = Annotated[
    bool, typer.Option("--force", help="Also when the coding is another coder's.")
]


@code_app.command("remove")
def remove_cli(
    coding_id: CodingId,
    coder: CoderOption = None,
    force: ForceOption = False,
    project: ProjectOption = None,
) -> None:
    """Delete a coding (kept in the audit log; 'qualkod undo' brings it back)."""
    with opened_project(project) as opened:
        coding = coding_api.remove_coding(
            opened, coding_id, coding_api.resolve_coder(coder), others=force
        )
        described = _describe(coding, opened)
    render.info("Removed " + render.safe(described))


@code_app.command("recode")
def recode_cli(
    old: Annotated[str, typer.Argument(help="The code the codings have now.", show_default=False)],
    new: Annotated[
        str,
        typer.Argument(help="The codebook's code to move them to.", show_default=False),
    ],
    transcript: TranscriptOption = None,
    coder: CoderOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Every coder's codings of OLD, not only yours.")
    ] = False,
    project: ProjectOption = None,
) -> None:
    """Move your codings of one code to another (a code renamed or merged in a new
    codebook version); ids, spans, memos and links stay, 'qualkod undo' moves them back."""
    with opened_project(project) as opened:
        done = coding_api.recode(
            opened,
            old,
            new,
            coding_api.resolve_coder(coder),
            transcript=transcript,
            others=force,
        )
        whose = ", ".join(shown_coder(opened, name) for name in done.coders)
    render.info(
        f"Recoded {render.counted(len(done.codings), 'coding')} of {render.safe(whose)} from "
        f"{render.safe(done.old)} to {render.safe(done.new)}; 'qualkod undo' moves them back"
    )


@code_app.command("feature")
def feature_cli(
    coding_id: CodingId,
    off: Annotated[
        bool, typer.Option("--off", help="Take the quote out of the chapter again.")
    ] = False,
    coder: CoderOption = None,
    force: ForceOption = False,
    project: ProjectOption = None,
) -> None:
    """Mark a coding's quote as featured: it goes into the chapter."""
    with opened_project(project) as opened:
        coding = coding_api.feature_coding(
            opened, coding_id, coding_api.resolve_coder(coder), not off, others=force
        )
    state = "featured" if coding.featured else "no longer featured"
    render.info(f"Coding {coding.id} is {state}")


@codings_app.callback(invoke_without_command=True)
def codings_cli(
    ctx: typer.Context,
    coder: Annotated[str | None, typer.Option("--coder", help="Only this coder's codings.")] = None,
    transcript: Annotated[
        str | None, typer.Option("--transcript", "-t", help="Only this transcript.")
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    raw_names: RawNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """List codings: id, transcript, turn, span, code, coder, featured, memo, quote (redacted)."""
    if ctx.invoked_subcommand is not None:
        return
    with opened_project(project) as opened:
        outgoing = ProjectRedactor(opened, raw=raw_names)
        if coder is not None:  # "Intervjuare 1", as outputs show the interviewer coding
            known = sorted({c.coder for c in coding_api.codings(opened)})
            coder = coder_meant(project_redactor(opened), coder, known)
            if coder not in known:
                shown = ", ".join(outgoing.coder(k) for k in known) or "none yet"
                raise QualkodError(f"--coder {coder}: has no codings; coders: {shown}")
        rows = coding_api.codings(opened, coder=coder, transcript=transcript)
        turns = {}
        for transcript_id in {c.transcript_id for c in rows}:
            _, stored = project_api.turns(opened, str(transcript_id))
            turns.update({(transcript_id, t.index): t for t in stored})
    columns = [
        "id",
        "transcript",
        "turn",
        "start_time",
        "speaker",
        "start",
        "end",
        "code",
        "coder",
        "featured",
        "memo",
        "quote",
    ]
    data = []
    for c in rows:
        turn = turns[(c.transcript_id, c.turn)]
        data.append(
            [
                c.id,
                c.transcript_id,
                c.turn,
                format_clock(turn.time_at(c.start)),  # when the quote's own cue starts
                turn.speaker.pseudonym,
                c.start,
                c.end,
                c.code_id,
                outgoing.coder(c.coder),
                "yes" if c.featured else "no",
                outgoing.text(c.memo),
                outgoing.span(c.transcript_id, c.turn, c.start, c.end),
            ]
        )
    if fmt is OutputFormat.table:
        if not data:
            render.info("No codings yet; add one with 'qualkod code add'")
            return
        several = len({c.coder for c in rows}) > 1
        table = [
            [
                f"{c.id}{'*' if c.featured else ''}",
                f"{c.transcript_id}:{c.turn}",
                row[4],
                c.code_id,
                *([row[8]] if several else []),
                row[-1],
            ]
            for c, row in zip(rows, data, strict=True)
        ]
        header = ["id", "turn", "speaker", "code", *(["coder"] if several else []), "quote"]
        render.listing("table", header, table, title="Codings (* = featured)", wrap=("quote",))
        return
    render.listing(fmt.value, columns, data)


@codings_app.command("export")
def export_cli(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="CSV file to write.", show_default=False)
    ],
    coder: Annotated[str | None, typer.Option("--coder", help="Only this coder's codings.")] = None,
    project: ProjectOption = None,
) -> None:
    """Write codings to a stable, sorted CSV file (diff-friendly; imports anywhere)."""
    check_output(out, (".csv",))
    with opened_project(project) as opened:
        count = coding_api.export_codings(opened, out, coder=coder)
    render.info(f"Wrote {render.counted(count, 'coding')} to {render.safe(out)}")
    if count:
        render.warn_verbatim(out)


@codings_app.command("import")
def import_cli(
    file: Annotated[Path, typer.Argument(help="A codings CSV file.", show_default=False)],
    coder: Annotated[
        str | None, typer.Option("--coder", help="Import the rows as this coder's.")
    ] = None,
    project: ProjectOption = None,
) -> None:
    """Import a codings file: all rows or none; rows already present are skipped."""
    with opened_project(project) as opened:
        result = coding_api.import_codings(opened, file, coder=coder)
    coders = f"; coders: {render.safe(', '.join(result.coders))}" if result.coders else ""
    render.info(
        f"Imported {render.counted(result.added, 'coding')} from {render.safe(file)} "
        f"({result.unchanged} already present{coders})"
    )
    if not result.added and not result.unchanged:  # a header and no rows
        render.warn(f"{file} holds no codings: only its header; nothing was imported")
    if result.other_theme:
        shown = ", ".join(result.other_theme[:3]) + (", ..." if len(result.other_theme) > 3 else "")
        render.warn(
            f"the theme column names another theme than the code's in "
            f"{render.counted(len(result.other_theme), 'row')} ({shown}); each coding was "
            "filed under its code's theme in the codebook"
        )


def log_cli(
    coding: Annotated[
        int | None, typer.Option("--coding", help="Only this coding's history.")
    ] = None,
    fmt: FormatOption = OutputFormat.table,
    raw_names: RawNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """Show the audit log: who did what, when, before and after (memos redacted)."""
    with opened_project(project) as opened:
        events = coding_api.history(opened, coding)
        outgoing = ProjectRedactor(opened, raw=raw_names)
    if coding is not None and not events:  # every coding is logged from its creation on
        raise NotFoundError(f"--coding {coding}: no such coding; list them with 'qualkod codings'")
    rows = [
        [
            e.id,
            e.at,
            outgoing.coder(e.coder),
            e.action,
            coding_api.event_coding(e) or "",
            e.memo_id or "",
            e.undoes or "",
            outgoing.logged(e.before or ""),
            outgoing.logged(e.after or ""),
        ]
        for e in events
    ]
    columns = ["event", "at", "coder", "action", "coding", "memo", "undoes", "before", "after"]
    if fmt is OutputFormat.table:
        if not rows:  # an empty table's header says nothing to a new user
            render.info("The audit log is empty: no decision has been made in this project yet")
            return
        keep = [0, 1, 2, 3, 4, 5, 6]
        render.listing(
            "table",
            [columns[i] for i in keep],
            [[r[i] for i in keep] for r in rows],
            title="Audit log",
        )
        return
    render.listing(fmt.value, columns, rows)


def undo_cli(
    coder: CoderOption = None,
    past_removal: Annotated[
        bool,
        typer.Option(
            "--past-removal",
            help="When your last decision removed a transcript (which cannot be undone), "
            "undo the decision before it.",
        ),
    ] = False,
    project: ProjectOption = None,
) -> None:
    """Reverse your last coding decision (repeat to go further back)."""
    who = coding_api.resolve_coder(coder)
    with opened_project(project) as opened:
        event, what = coding_api.undo(opened, who, past_removal=past_removal)
        shown = shown_coder(opened, who)
    render.info(
        f"Undid event {event.id} ({event.action}) by {render.safe(shown)}: {render.safe(what)}"
    )


__all__ = ["code_app", "codings_app", "log_cli", "undo_cli"]
