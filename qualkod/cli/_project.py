"""Opening the project a command works on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import typer
from typer.core import TyperGroup

from qualkod.cli._options import ProjectOption
from qualkod.cli._repeated_options import given_options
from qualkod.cli._usage import USAGE_ERROR
from qualkod.errors import ProjectError
from qualkod.store import Project, open_project, project_location

_ANOTHER_PATH = "choose another path with --project"


@contextlib.contextmanager
def opened_project(option: str | None) -> Iterator[Project]:
    """Open the project named by --project, $QUALKOD_PROJECT or ./qualkod.db."""
    project = open_project(project_location(option))
    try:
        yield project
    finally:
        project.close()


@contextlib.contextmanager
def init_path_named(given: bool) -> Iterator[None]:
    """An error about the file 'qualkod init PATH' was given (a transcript, another
    program's database) says to give init another name, not --project, which the user
    did not type."""
    try:
        yield
    except ProjectError as exc:
        said = exc.for_option()
        if not given or _ANOTHER_PATH not in said:
            raise
        named = said.replace(_ANOTHER_PATH, "give 'qualkod init' the name of a new file")
        raise ProjectError(named) from None


def project_group(help: str, **settings) -> typer.Typer:
    """A command group that also takes ``--project`` before its subcommand and passes it
    on (``qualkod memo -p study.db add ...``), through :class:`OptionsPassOn`."""
    group = typer.Typer(cls=OptionsPassOn, help=help, **settings)

    @group.callback()
    def takes_project(project: ProjectOption = None) -> None:
        del project  # passed on to the subcommand by OptionsPassOn

    return group


class CommandGroup(TyperGroup):
    """A command group under ``qualkod`` whose usage errors name the subcommand's help."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except USAGE_ERROR as exc:
            # An option's value missing (``code add -t``) comes without the context of
            # the subcommand being parsed: name it here, where it is known.
            if exc.ctx is None and not getattr(exc, "command_path", None):
                exc.command_path = f"{ctx.command_path} {ctx.invoked_subcommand}"
            raise


class OptionsPassOn(CommandGroup):
    """A command group whose options, given before a subcommand, are given to it as if
    written after its name (``qualkod speakers -p study.db set ...`` works on
    ``study.db``). Passed on as arguments, they outrank an environment variable
    (``$QUALKOD_PROJECT``, ``$QUALKOD_CODER``) as a typed option does; the same option
    written after the subcommand wins. One the subcommand does not take is refused,
    never silently dropped."""

    def resolve_command(self, ctx, args):
        from qualkod.errors import QualkodError

        name, command, rest = super().resolve_command(ctx, args)
        if command is None:
            return name, command, rest
        takes = {param.name: param for param in command.params}
        after = {name for name, _ in given_options(command, rest)}
        passed: list[str] = []
        for param in _given(ctx, self):
            if param.name in after:
                continue  # the same option written after the subcommand wins
            if param.name not in takes:
                raise QualkodError(
                    f"{param.opts[0]} does not apply to 'qualkod {ctx.info_name} {name}'; "
                    f"leave it out, or give it to 'qualkod {ctx.info_name}' alone"
                )
            passed += _as_arguments(takes[param.name], ctx.params.get(param.name))
        return name, command, [*passed, *rest]


def _given(ctx, command) -> list:
    """The options of ``command`` typed on the command line."""
    found = []
    for param in command.params:
        source = ctx.get_parameter_source(param.name)
        if source is not None and source.name == "COMMANDLINE":
            found.append(param)
    return found


def _as_arguments(param, value) -> list[str]:
    """Command-line arguments that give ``param`` the parsed ``value``."""
    if not getattr(param, "opts", None) or param.param_type_name != "option":
        return []
    if getattr(param, "is_flag", False):
        if value:
            return [param.opts[0]]
        return [param.secondary_opts[0]] if param.secondary_opts else []
    if value is None:
        return []
    option = next((o for o in param.opts if o.startswith("--")), param.opts[0])
    values = value if isinstance(value, list | tuple) else [value]
    # "--coder=-x": a value that starts with a dash is still the option's value
    return [f"{option}={getattr(v, 'value', v)}" for v in values]
