"""The console script: Ctrl-C while the command line is still loading."""

from __future__ import annotations

import sys

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
