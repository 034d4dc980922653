"""The ``qualkod`` console script: Ctrl-C while the program is still loading is one line
and exit code 130 too, like Ctrl-C during a command (:func:`qualkod.cli.app.main`)."""

from __future__ import annotations

import sys


def main() -> None:
    """Load the command line and run it."""
    try:
        from qualkod.cli.app import main as run  # the imports Ctrl-C may interrupt
    except KeyboardInterrupt:
        sys.stderr.write("Error: interrupted while starting; nothing was done\n")
        raise SystemExit(130) from None
    run()
