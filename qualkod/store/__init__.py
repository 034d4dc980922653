"""Store: the project database. The only package that contains SQL."""

from qualkod.store.db import (
    DEFAULT_PROJECT,
    PROJECT_ENV,
    Project,
    has_project,
    open_project,
    project_location,
    schema_version,
)
from qualkod.store.migrations import SCHEMA_VERSION

__all__ = [
    "DEFAULT_PROJECT",
    "PROJECT_ENV",
    "SCHEMA_VERSION",
    "Project",
    "has_project",
    "open_project",
    "project_location",
    "schema_version",
]
