"""Click's usage error, as Typer bundles it, for the command line's own checks."""

from __future__ import annotations

import typer

USAGE_ERROR = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
"""Click's UsageError, as Typer bundles it (not importable under a public name)."""
