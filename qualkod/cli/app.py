"""The ``qualkod`` command: sub-commands assembled from one module per group."""

from __future__ import annotations

import re
import sys

import typer
from typer.core import TyperGroup

from qualkod import __version__
from qualkod.cli import render
from qualkod.cli._help import readable_help
from qualkod.cli._interrupted import left_behind
from qualkod.cli._repeated_options import refuse_repeated_options
from qualkod.cli._usage import USAGE_ERROR
from qualkod.cli.agreement import agreement_cli
from qualkod.cli.codebook import codebook_app
from qualkod.cli.coding import code_app, codings_app, log_cli, undo_cli
from qualkod.cli.export import export_app, reproduce_cli
from qualkod.cli.links import link_app, links_cli
from qualkod.cli.memos import memo_app
from qualkod.cli.redact import redact_app
from qualkod.cli.speakers import speakers_app
from qualkod.cli.suggest import evaluate_cli, suggest_cli, suggestions_app, train_cli
from qualkod.cli.tables import stats_cli, table_cli
from qualkod.cli.team import coders_cli, project_app
from qualkod.cli.transcripts import import_cli, init_cli, show_cli, transcripts_app
from qualkod.errors import QualkodError
from qualkod.output_files import NO_SPACE
from qualkod.store.db import transactions_saved
from qualkod.temporary_project import Terminated, terminate_as_interrupt

_ARGV = "qualkod.argv"


def _plain(message: str) -> str:
    """A usage error in plain words, without the validator's phrasing."""
    message = message.replace("Value error, ", "").rstrip(".")
    for validator, plain in (
        ("Input should be a valid integer, unable to parse string as an integer", "a whole number"),
        ("Input should be a valid number, unable to parse string as a number", "a number"),
    ):
        message = message.replace(validator, f"give {plain}")
    # a range ("--threshold 1.5", "nan"): what to give, not the validator's comparison
    message = re.sub(
        r"Input should be less than or equal to (\S+)", r"give a number up to \1", message
    )
    message = re.sub(
        r"Input should be greater than or equal to (\S+)", r"give a number of \1 or more", message
    )
    return message


class QualkodGroup(TyperGroup):
    """Turns qualkod's own errors into one line on stderr and exit code 1, and a command's
    usage errors (an unknown option, a value of the wrong type) into one line and exit
    code 2; help shows placeholders (``FILE...``, ``NAME``), not Python types."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        readable_help(self)
        refuse_repeated_options(self)

    def parse_args(self, ctx, args):
        ctx.meta[_ARGV] = list(args)  # the words typed, for usage errors below
        first = args[0] if args else ""  # parsing consumes ``args``
        command = next((a for a in args[1:3] if a in self.commands), "COMMAND")
        try:  # qualkod's own options, before a command: ``qualkod --nope``
            return super().parse_args(ctx, args)
        except USAGE_ERROR as exc:
            if first in ("-p", "--project") or first.startswith(("--project=", "-p=")):
                render.error(
                    f"--project goes after the command: 'qualkod {command} -p FILE ...', "
                    f"not 'qualkod -p FILE {command} ...'"
                )
                raise typer.Exit(exc.exit_code) from None
            _usage_error(exc, ctx.command_path)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except QualkodError as exc:  # options named as typed here, parameters in Python
            render.error(exc.for_option())
            raise typer.Exit(1) from None
        except USAGE_ERROR as exc:
            # An option's value missing has no context: the subcommand being parsed.
            _usage_error(exc, " ".join(filter(None, (ctx.command_path, ctx.invoked_subcommand))))


def _usage_error(exc, where: str):
    """A usage error as one line on stderr, exit code 2; a group typed alone shows its help."""
    if type(exc).__name__ == "NoArgsIsHelpError":
        raise exc
    if exc.ctx is not None:
        where = exc.ctx.command_path
    elif getattr(exc, "command_path", None):  # set by a command group on the way up
        where = exc.command_path
    message = f"{_plain(exc.format_message())}; see '{where} --help'"
    negative = getattr(exc, "option_name", None) or ""
    if re.fullmatch(r"-\d+(?:\.\d+)?", negative):  # 'show -1': click reads an option
        message = (
            f"{negative}: a negative number, where ids and numbers start at 1; see '{where} --help'"
        )
    dashed = _file_taken_for_an_option(exc)
    if dashed:
        message = (
            f"{_plain(exc.format_message())}: to give the file {dashed}, write it "
            f"'./{dashed}' (a name that starts with '-' is read as an option)"
        )
    render.error(message)
    raise typer.Exit(exc.exit_code) from None


def _file_taken_for_an_option(exc) -> str | None:
    """The file name on the command line that click read as options (``-anna.docx``)."""
    import os
    import sys

    option = getattr(exc, "option_name", None)
    if not option or option.startswith("--"):
        return None
    typed = exc.ctx.find_root().meta.get(_ARGV) if exc.ctx is not None else None
    for word in sys.argv[1:] if typed is None else typed:
        if word.startswith(option) and word != option and os.path.exists(word):
            return word
    return None


app = typer.Typer(
    cls=QualkodGroup,
    name="qualkod",
    help="Qualitative interview analysis: offline, in Swedish, reproducible.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},  # every command: '-h' as well
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        render.info(f"qualkod {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Qualitative interview analysis: offline, in Swedish, reproducible."""


app.command("init")(init_cli)
app.command("import")(import_cli)
app.add_typer(transcripts_app, name="transcripts")
app.command("show")(show_cli)
app.add_typer(speakers_app, name="speakers")
app.add_typer(codebook_app, name="codebook")
app.add_typer(code_app, name="code")
app.add_typer(memo_app, name="memo")
app.add_typer(codings_app, name="codings")
app.add_typer(link_app, name="link")
app.command("links")(links_cli)
app.command("log")(log_cli)
app.command("undo")(undo_cli)
app.command("agreement")(agreement_cli)
app.command("coders")(coders_cli)
app.add_typer(project_app, name="project")
app.command("suggest")(suggest_cli)
app.add_typer(suggestions_app, name="suggestions")
app.command("train")(train_cli)
app.command("evaluate")(evaluate_cli)
app.command("table")(table_cli)
app.add_typer(export_app, name="export")
app.command("reproduce")(reproduce_cli)
app.command("stats")(stats_cli)
app.add_typer(redact_app, name="redact")


INTERRUPTED = 130
"""Exit code after Ctrl-C (128 + SIGINT), as Typer gives it."""

TERMINATED = 143
"""Exit code after SIGTERM (128 + 15), as a shell reports a terminated program."""


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether ``kind`` is among the exceptions that led to ``exc`` (Typer turns the
    KeyboardInterrupt into an exit that keeps it as context)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, kind):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def _text_streams_take_any_character() -> None:
    """Output that cannot be encoded is no traceback: a file or pipe in another encoding
    (Windows' ``> rader.csv``, ``PYTHONIOENCODING=cp1252``) gets UTF-8, which is what the
    CSV and YAML files qualkod writes are in; a terminal that cannot show a character
    (``LANG=C``) shows ``?`` for it."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding.startswith("utf") or not hasattr(stream, "reconfigure"):
            continue
        try:
            if stream.isatty():
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8")
        except (OSError, ValueError):  # a stream that cannot change: leave it
            continue


def _interrupted_message(how: str) -> str:
    """What an interrupted command left: whether it had saved a change to the project
    (an undo or a coding is saved before its message is printed), and that nothing was
    left half-written."""
    left = left_behind()
    if left is not None:  # a temporary project (reproduce): nothing of the user's changed
        return f"{how}: {left}; nothing half-written was kept"
    if transactions_saved():
        return (
            f"{how} after it had saved changes to the project ('qualkod log' lists the "
            "decisions); nothing half-written was kept"
        )
    return f"{how}: the project is unchanged, and nothing half-written was kept"


def main() -> None:
    """Entry point of the ``qualkod`` console script."""
    _text_streams_take_any_character()
    try:
        with terminate_as_interrupt():  # 'kill' or a closed session: cleanup as for Ctrl-C
            try:
                app()
            except KeyboardInterrupt as exc:  # before Typer's own handling began
                raise SystemExit(INTERRUPTED) from exc
    except SystemExit as exc:
        if exc.code == INTERRUPTED:  # Typer turns Ctrl-C into a silent exit
            terminated = _caused_by(exc, Terminated)
            render.error(_interrupted_message("terminated" if terminated else "interrupted"))
            if terminated:
                raise SystemExit(TERMINATED) from None
        raise
    except OSError as exc:  # output redirected to a full disk: '> /mnt/full/rader.csv'
        if exc.errno not in NO_SPACE:
            raise
        render.error(
            "the disk is full; what the command was writing is incomplete; free some space "
            "and run again"
        )
        raise SystemExit(1) from None
