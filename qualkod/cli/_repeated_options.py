"""An option that takes one value, given twice, is a usage error.

Click keeps the last value silently: ``qualkod code add --code ansvar --code samverkan``
would code one theme, and ``--coder anna --coder eva`` decide as eva. Options that take
several values (``--interviewer``, declared as lists) and flags may repeat.
"""

from __future__ import annotations

from typer.core import TyperOption

from qualkod.cli._usage import USAGE_ERROR


def refuse_repeated_options(command) -> None:
    """Make every command below ``command`` refuse a single-valued option given twice."""
    for sub in getattr(command, "commands", {}).values():
        refuse_repeated_options(sub)
    parse_args = command.parse_args
    group = getattr(command, "commands", None) is not None

    def parse_refusing_repeats(ctx, args: list[str]) -> list[str]:
        # a group's own options come before its sub-command's name
        written = [name for _, name in given_options(command, args, group=group)]
        twice = next((name for name in written if written.count(name) > 1), None)
        if twice is not None:
            raise USAGE_ERROR(f"Option '{twice}' is given twice; give it once", ctx=ctx)
        return parse_args(ctx, args)

    command.parse_args = parse_refusing_repeats


def given_options(command, args: list[str], *, group: bool = False) -> list[tuple[str, str]]:
    """The single-valued options of ``command`` that ``args`` give, in order: (parameter
    name, the option as written first for that parameter, so ``-p`` and ``--project``
    count as one). For a ``group``, only those before the first argument (its
    sub-command)."""
    options = {}
    for param in command.params:
        if isinstance(param, TyperOption):
            for name in (*param.opts, *param.secondary_opts):
                options[name] = param
    found: list[tuple[str, str]] = []
    first_written: dict[str, str] = {}
    position = 0
    while position < len(args):
        token = args[position]
        position += 1
        if token == "--" or (group and not token.startswith("-")):
            break
        name, inline, _ = token.partition("=")
        if not inline and name not in options and len(token) > 2 and token[1] != "-":
            name, inline = token[:2], "="  # a short option with its value: -csamverkan
        param = options.get(name) if token.startswith("-") else None
        if param is None or param.is_flag:
            continue
        if not inline:
            position += 1  # its value, which may itself start with '-'
        if not param.multiple:
            found.append((param.name, first_written.setdefault(param.name, name)))
    return found
