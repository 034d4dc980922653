"""The qualkod error hierarchy.

Domain code raises these; only ``qualkod.cli`` turns them into a one-line message on
stderr and a non-zero exit. Every message names the file (and line, cue or option) and
says how to fix the problem.
"""

from __future__ import annotations

import os
from pathlib import Path


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
    """Base class for every error qualkod reports to a user."""


class ParameterError(QualkodError):
    """A value given for a parameter is refused.

    A Python caller reads it by the parameter (``coder='ana': has no codings``); the
    command line names its option instead (:meth:`for_option`: ``--coder ana: ...``).
    """

    def __init__(self, parameter: str, value: object, reason: str, *, quoted: bool = False) -> None:
        self.parameter = parameter
        self.value = value
        self.reason = reason
        self.quoted = quoted
        """Whether the command line shows the value quoted (``--pseudonym 'IP 3'``)."""
        where = parameter if value is None else f"{parameter}={value!r}"
        super().__init__(f"{where}: {reason}")

    def for_option(self) -> str:
        """The message as the command line says it: the option ``--parameter-name``."""
        option = "--" + self.parameter.replace("_", "-")
        if self.value is not None:
            option += f" {self.value!r}" if self.quoted else f" {self.value}"
        return f"{option}: {self.reason}"


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
    """The project database is missing, foreign, too new or otherwise unusable."""


class ProjectBusyError(ProjectError):
    """Another process holds the project's write lock."""


class NotFoundError(QualkodError):
    """A transcript, speaker or other record the user named does not exist."""


class CodebookError(QualkodError):
    """A codebook or theory catalogue file has errors; ``problems`` lists every one."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class RedactionError(QualkodError):
    """A redaction decision or study-specific term cannot be recorded as asked."""
