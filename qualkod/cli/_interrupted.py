"""What a command stopped by Ctrl-C or SIGTERM says it left behind, where that is not
the user's project (``qualkod reproduce`` works in a temporary project)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

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


def left_behind() -> str | None:
    """What the interrupted command said it left (see :func:`in_a_temporary_project`)."""
    return _LEFT[-1] if _LEFT else None
