"""Readable ``--help``: ``FILE...``, ``PATH``, ``NAME`` and ``[table|csv|json]``.

Typer writes a value's Python type where a placeholder goes (``{files}...``,
``<list[Path]>``, ``<str>``). :func:`readable_help` gives every parameter of the
command tree a placeholder instead, once, when the ``qualkod`` group is built: the
one a declaration names with ``metavar=``, else one made from the choices, the
type or the parameter's name.
"""

from __future__ import annotations

from enum import Enum
from pathlib import PurePath
from typing import get_args, get_origin

from typer.core import TyperArgument

_BY_NAME = {
    "interviewer": "NAME",
    "coder": "NAME",
    "project": "PATH",
    "replacement": "TEXT",
    "memo": "TEXT",
    "coding": "ID",
    "coding_id": "ID",
    "suggestion_id": "ID",
    "link": "ID",
    "transcript": "TRANSCRIPT",
}
"""Placeholders by parameter name where the name itself would not say it."""


def readable_help(command) -> None:
    """Give the parameters of ``command`` and of all its sub-commands readable placeholders."""
    for param in command.params:
        if getattr(param, "is_flag", False) or getattr(param, "count", False):
            continue
        if param.metavar is None:
            param.metavar = _placeholder(param)
        if isinstance(param, TyperArgument):
            param.__class__ = _ReadableArgument
    for sub in getattr(command, "commands", {}).values():
        readable_help(sub)


def _placeholder(param) -> str:
    descriptor = param.type_descriptor
    if descriptor.is_choice and descriptor.choices:
        values = [c.value if isinstance(c, Enum) else str(c) for c in descriptor.choices]
        return f"[{'|'.join(values)}]"
    if param.name in _BY_NAME:
        return _BY_NAME[param.name]
    annotation = descriptor.annotation
    if get_origin(annotation) is list:
        (annotation,) = get_args(annotation)
    if isinstance(annotation, type) and issubclass(annotation, PurePath):
        return "FILE"
    if annotation is int:
        return "N"
    if annotation is float:
        return "NUMBER"
    return param.name.upper()


class _ReadableArgument(TyperArgument):
    """An argument shown as ``FILE...`` (required) or ``[PATH]`` (optional), never typed."""

    def _shown(self) -> str:
        name = self.metavar or self.name.upper()
        many = self.nargs != 1 and not name.endswith("...")
        return name + "..." * many

    def get_usage_pieces(self, ctx) -> list[str]:
        shown = self._shown()
        if self.required:
            return [shown]
        return [f"[{shown.removesuffix('...')}]" + "..." * shown.endswith("...")]

    def get_help_record(self, ctx):
        record = super().get_help_record(ctx)
        return None if record is None else (self._shown(), record[1])
