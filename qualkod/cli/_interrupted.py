"""What a command stopped by Ctrl-C or SIGTERM says it left behind, where that is not
the user's project (``qualkod reproduce`` works in a temporary project)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from qualkod.store.db import forget_saved, transactions_saved

_LEFT: list[str] = []
"""What the interrupted command left, said instead of whether it changed the project."""


@contextlib.contextmanager
def in_a_temporary_project(left: str) -> Iterator[None]:
    """While inside, what this process saves goes to a temporary project that is removed
    however the command ends: an interruption says ``left`` rather than that it had saved
    changes to the project ('qualkod log' could not list them)."""
    saved = transactions_saved()
    try:
        yield
    except KeyboardInterrupt:  # also SIGTERM (temporary_project.Terminated)
        forget_saved(transactions_saved() - saved)  # the temporary project is gone
        _LEFT.append(left)
        raise


@contextlib.contextmanager
def making_a_new_project(location: str | Path) -> Iterator[None]:
    """While inside, a new project is made at ``location`` (``init --from``), removed
    again when the command fails: an interruption after which it is gone says that it
    was not created, rather than that changes were saved ('qualkod log' on what?)."""
    saved = transactions_saved()
    try:
        yield
    except KeyboardInterrupt:
        if not Path(str(location)).exists():
            forget_saved(transactions_saved() - saved)
            _LEFT.append(f"{location} was not created")
        raise


def left_behind() -> str | None:
    """What the interrupted command said it left (see :func:`in_a_temporary_project`)."""
    return _LEFT[-1] if _LEFT else None
