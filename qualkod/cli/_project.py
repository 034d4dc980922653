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
