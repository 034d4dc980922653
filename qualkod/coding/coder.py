"""Who is coding: ``--coder``, else ``$QUALKOD_CODER``, else the operating-system user."""

from __future__ import annotations

import getpass
import os

CODER_ENV = "QUALKOD_CODER"


def resolve_coder(option: str | None = None) -> str:
    """The coder's name for this command."""
    name = option or os.environ.get(CODER_ENV)
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "unknown"
    return " ".join(name.split())
