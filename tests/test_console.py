"""The console script: Ctrl-C while the command line is still loading, and Ctrl-C that
lands in a clean-up callback."""

from __future__ import annotations

import sys
import time
import weakref

import pytest

from qualkod import console


class _InterruptedLoading:
    """A finder that raises KeyboardInterrupt for the command line's module, as Ctrl-C
    during its imports would."""

    def find_spec(self, name, path=None, target=None):
        if name == "qualkod.cli.app":
            raise KeyboardInterrupt
        return None


def test_ctrl_c_while_loading_is_one_line_and_exit_code_130(monkeypatch, capsys):
    monkeypatch.delitem(sys.modules, "qualkod.cli.app", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_InterruptedLoading(), *sys.meta_path])
    with pytest.raises(SystemExit) as stopped:
        console.main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "Error: interrupted while starting; nothing was done\n"


def test_importing_qualkod_loads_no_models_until_asked():
    import subprocess

    code = "import sys, qualkod; print('qualkod.models' in sys.modules); qualkod.Role; print('qualkod.models' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["False", "True"]


def test_ctrl_c_lost_in_a_clean_up_callback_still_stops_the_command(monkeypatch):
    """Python ignores an exception in a weak reference's callback (it prints "Exception
    ignored"); the console script sends the interrupt again, to stop the command."""
    monkeypatch.setattr(sys, "unraisablehook", console._interrupt_again)

    class Thing:
        pass

    def interrupted(_):
        raise KeyboardInterrupt

    thing = Thing()
    reference = weakref.ref(thing, interrupted)
    with pytest.raises(KeyboardInterrupt):
        del thing  # the callback runs here; its KeyboardInterrupt cannot leave it
        time.sleep(5)  # the command goes on, until the interrupt is delivered again
    assert reference() is None
