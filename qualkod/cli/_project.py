"""Opening the project a command works on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from qualkod.store import Project, open_project, project_location


@contextlib.contextmanager
def opened_project(option: str | None) -> Iterator[Project]:
    """Open the project named by --project, $QUALKOD_PROJECT or ./qualkod.db."""
    project = open_project(project_location(option))
    try:
        yield project
    finally:
        project.close()


def passes_to_subcommand(ctx) -> bool:
    """For a command group's own callback: whether a subcommand runs instead.

    The group's options given before the subcommand then pass on to it as its defaults
    (``qualkod speakers -p study.db set ...`` works on ``study.db``, not ``./qualkod.db``),
    and one the subcommand does not take is refused, never silently dropped.

    Raises:
        QualkodError: naming the option the subcommand does not take.
    """
    from qualkod.errors import QualkodError

    name = ctx.invoked_subcommand
    if name is None:
        return False
    takes = {param.name for param in ctx.command.get_command(ctx, name).params}
    given = {}
    for param in ctx.command.params:
        source = ctx.get_parameter_source(param.name)
        if source is None or source.name != "COMMANDLINE":
            continue
        if param.name not in takes:
            raise QualkodError(
                f"{param.opts[0]} does not apply to 'qualkod {ctx.info_name} {name}'; "
                f"leave it out, or give it to 'qualkod {ctx.info_name}' alone"
            )
        given[param.name] = ctx.params[param.name]
    ctx.default_map = {**(ctx.default_map or {}), name: given}
    return True
