"""Store: the project database. The only package that contains SQL."""

from qualkod.store.db import (
    DEFAULT_PROJECT,
    PROJECT_ENV,
    Project,
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
    "open_project",
    "project_location",
    "schema_version",
]
