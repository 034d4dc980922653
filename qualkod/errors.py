"""The qualkod error hierarchy.

Domain code raises these; only ``qualkod.cli`` turns them into a one-line message on
stderr and a non-zero exit. Every message names the file (and line, cue or option) and
says how to fix the problem.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from qualkod.python_calls import COMMAND, commands_for_python


def shown(path: str | os.PathLike) -> str:
    """A path (or any text) as it can be printed and stored: bytes of a file name that are
    not UTF-8 (Linux allows them) appear escaped, so ``lat\\xe9n.vtt`` and not a crash."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        return text.decode("utf-8", "backslashreplace")
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class QualkodError(Exception):
    """Base class for every error qualkod reports to a user.

    A message that names command-line options (``add --with-codings to remove both``)
    reads to a Python caller with what they give instead: ``in_python`` maps each option
    as the command line spells it to that (``{"--with-codings": "with_codings=True"}``);
    a command it names (``run 'qualkod suggest'``) reads as the Python call
    (``run qualkod.suggest.suggest(p)``, see :mod:`qualkod.python_calls`) without one.
    ``str()`` is the Python wording, :meth:`for_option` the command line's.
    """

    def __init__(self, message: str = "", *, in_python: Mapping[str, str] | None = None) -> None:
        self._said = message
        super().__init__(_for_python(message, in_python))

    def for_option(self) -> str:
        """The message as the command line says it: options, where Python has parameters."""
        return self._said


def _for_python(text: str, in_python: Mapping[str, str] | None) -> str:
    """``text`` as a Python caller reads it: options respelled, then commands as calls."""
    return commands_for_python(_respelled(text, in_python or {}))


def _respelled(text: str, in_python: Mapping[str, str]) -> str:
    """``text`` with each option it names (a key of ``in_python``, standing alone: not
    ``--coder`` in ``--coder-file``) put as a Python caller gives it. An option within a
    command the text names (``--force`` in ``'qualkod codebook use FILE --force'``) is
    the command's: the command is put as a whole (a key may be the whole command)."""
    for option, python in in_python.items():
        commands = [found.span() for found in COMMAND.finditer(text)]

        def put(found: re.Match, commands: list = commands, python: str = python) -> str:
            within = any(start < found.start() and found.end() < end for start, end in commands)
            return found.group() if within else python

        text = re.sub(rf"(?<![\w-]){re.escape(option)}(?![\w-])", put, text)
    return text


class ParameterError(QualkodError):
    """A value given for a parameter is refused.

    A Python caller reads it by the parameter (``coder='ana': has no codings``); the
    command line names its option instead (:meth:`for_option`: ``--coder ana: ...``).

    Args:
        parameter: the parameter's name in Python (``coders``).
        value: the value refused, or None to name the parameter alone.
        reason: what is wrong and how to fix it; options and commands it names are
            respelled for Python callers, as in :class:`QualkodError`.
        quoted: whether the command line shows the value quoted (``--pseudonym 'IP 3'``).
        option: the command-line option's name where it is not the parameter's
            (``coder`` for ``coders``: ``--coder``).
        also: further parameters refused together, with their values (``start=5, end=3``
            in Python, ``--start 5 --end 3`` on the command line).
        argument: whether the command line takes the value as an argument, not an
            option: it names it without dashes (``concept 'x': ...``).
    """

    def __init__(
        self,
        parameter: str,
        value: object,
        reason: str,
        *,
        quoted: bool = False,
        option: str | None = None,
        also: Mapping[str, object] | None = None,
        in_python: Mapping[str, str] | None = None,
        argument: bool = False,
    ) -> None:
        self.parameter = parameter
        self.argument = argument
        self.value = value
        self.reason = reason
        self.quoted = quoted
        self.option = option or parameter
        self.also = dict(also or {})
        named = {parameter: value, **self.also}
        where = ", ".join(p if v is None else f"{p}={v!r}" for p, v in named.items())
        super().__init__(f"{where}: {_for_python(reason, in_python)}")

    def for_option(self) -> str:
        """The message as the command line says it: the option ``--parameter-name``."""
        named = {self.option: self.value, **self.also}
        options = []
        for name, value in named.items():
            dashes = "" if self.argument and name == self.option else "--"
            option = dashes + name.replace("_", "-")
            if value is not None:
                option += f" {value!r}" if self.quoted else f" {value}"
            options.append(option)
        return f"{' '.join(options)}: {self.reason}"


class TranscriptError(QualkodError):
    """A transcript file cannot be read as an interview transcript."""

    def __init__(
        self, source: str | Path, message: str, *, line: int | None = None, unit: str = "line"
    ) -> None:
        self.source = str(source)
        self.line = line
        self.reason = message
        if line is None:
            where = self.source
        elif unit == "line":
            where = f"{self.source}:{line}"
        else:
            where = f"{self.source} ({unit} {line})"
        super().__init__(f"{where}: {message}")


class ProjectError(QualkodError):
    """The project database is missing, foreign, too new or otherwise unusable.

    The command line names the project with ``--project``; a Python caller gives it to
    ``open_project`` (:data:`PROJECT_IN_PYTHON` says each of its messages' phrases so).
    """

    def __init__(self, message: str = "", *, in_python: Mapping[str, str] | None = None) -> None:
        super().__init__(message, in_python={**(in_python or {}), **PROJECT_IN_PYTHON})


PROJECT_IN_PYTHON = {
    "point to one with --project or $QUALKOD_PROJECT": "give open_project() an existing one",
    "choose another path with --project": "give open_project() another path",
    "then use --project NEW.db": "then open_project('NEW.db')",
    "use that copy with --project": "open that copy with open_project()",
    "--project is empty": "the project's location is empty",
}
"""What a project's messages say of ``--project``, as a Python caller reads it."""


class ProjectBusyError(ProjectError):
    """Another process holds the project's write lock."""


class NotFoundError(QualkodError):
    """A transcript, speaker or other record the user named does not exist."""


class CodebookError(QualkodError):
    """A codebook or theory catalogue file has errors; ``problems`` lists every one."""

    def __init__(self, problems: list[str], *, in_python: Mapping[str, str] | None = None) -> None:
        self.problems = problems
        super().__init__("\n".join(problems), in_python=in_python)


class RedactionError(QualkodError):
    """A redaction decision or study-specific term cannot be recorded as asked."""


class RedactionParameterError(RedactionError, ParameterError):
    """A value given for a redaction (a category, a replacement, a file name) is refused."""
