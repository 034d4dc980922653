"""Team work on one project: who has coded what, and moving a project between databases.

A team shares a PostgreSQL project (``postgresql://user@host/dbname``); a single
investigator or an archive keeps a SQLite file. :func:`copy_project` moves a whole
project from one to the other; :func:`coders` says who has done what in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qualkod.errors import ProjectError
from qualkod.record_reprs import coder_name, repr_without_text
from qualkod.store import Project, has_project, open_project
from qualkod.store import codings as coding_store
from qualkod.store.copy import CopyResult
from qualkod.store.copy import copy_project as _copy_rows
from qualkod.store.db import forget_saved, transactions_saved
from qualkod.store.db_errors import hide_password


@dataclass(frozen=True)
class CoderActivity:
    """One coder's share of the project."""

    coder: str = coder_name()  # a repr hides it; qualkod.to_frame shows a label
    codings: int
    """Live codings."""
    turns: int
    """Turns coded or marked as decided."""
    decisions: int
    """Entries in the audit log (undos included)."""
    last_activity: str
    """Time of the latest decision (UTC, ISO 8601), or empty."""

    __repr__ = repr_without_text


def coders(project: Project) -> list[CoderActivity]:
    """Every coder who has coded, decided a turn or made any logged decision."""
    with project.read() as conn:
        rows = coding_store.coder_activity(conn)
    return [
        CoderActivity(r["coder"], r["codings"], r["turns"], r["decisions"], r["last"]) for r in rows
    ]


def copy_project(
    source: str,
    target: str,
    *,
    progress: Callable[[str, int], None] | None = None,
) -> tuple[str, str, CopyResult]:
    """Copy the project at ``source`` into a new project at ``target`` (file or URL).

    The target is created; a file or database that already holds a project with data
    is refused, and a failed copy leaves the target empty.

    Returns:
        The two locations as shown (passwords hidden) and what was copied.

    Raises:
        ProjectError: when the source is not a project, or the target is taken.
    """
    if source == target or (
        "://" not in source + target
        and Path(target).exists()
        and Path(source).resolve() == Path(target).resolve()  # a link to the same file
    ):
        raise ProjectError(
            f"{hide_password(target)}: the source and the target are the same project"
        )
    if not has_project(source):
        open_project(source).close()  # raises the precise error about the source
    # Only a file this call creates may be removed again when the copy fails.
    new_file = "://" not in target and not Path(target).exists()
    saved = transactions_saved()
    result = None
    opened_source = open_project(source)
    try:
        opened_target = open_project(target, create=True, upgrade=False)
        try:
            result = _copy_rows(opened_source, opened_target, progress=progress)
            return opened_source.location, opened_target.location, result
        finally:
            opened_target.close()
    except BaseException:
        # A copy already committed is kept, whole, when Ctrl-C comes while closing.
        if new_file and result is None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            forget_saved(transactions_saved() - saved)  # the new project's setup is gone
        raise
    finally:
        opened_source.close()
