"""The ``qualkod`` console script: Ctrl-C while the program is still loading is one line
and exit code 130 too, like Ctrl-C during a command (:func:`qualkod.cli.app.main`)."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time


def main() -> None:
    """Load the command line and run it."""
    try:
        from qualkod.cli.app import main as run  # the imports Ctrl-C may interrupt
    except KeyboardInterrupt:
        sys.stderr.write("Error: interrupted while starting; nothing was done\n")
        raise SystemExit(130) from None
    sys.unraisablehook = _interrupt_again
    try:
        run()
    finally:
        # The command has finished or said why not. A Ctrl-C from here on would land
        # in Python's teardown and print "Exception ignored ... KeyboardInterrupt".
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _interrupt_again(unraisable) -> None:
    """A Ctrl-C that lands in a clean-up callback (a weak reference's, during garbage
    collection) cannot stop the command there; Python would print "Exception ignored"
    and go on. Send it again from another thread, so that it stops the command where
    it can (raised in the hook itself it would be ignored the same way)."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        threading.Thread(target=_send_interrupt, daemon=True).start()
        return
    sys.__unraisablehook__(unraisable)


def _send_interrupt() -> None:
    time.sleep(0.05)  # until the main thread has left the callback
    os.kill(os.getpid(), signal.SIGINT)
