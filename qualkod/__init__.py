"""qualkod: offline, Swedish, reproducible qualitative interview analysis."""

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "ProjectError": "qualkod.errors",
    "QualkodError": "qualkod.errors",
    "TranscriptError": "qualkod.errors",
    "Role": "qualkod.models",
    "SourceFormat": "qualkod.models",
    "Speaker": "qualkod.models",
    "Transcript": "qualkod.models",
    "Turn": "qualkod.models",
    "to_frame": "qualkod.frames",
}
"""Loaded when first used, so that ``import qualkod`` (and the console script's start,
where Ctrl-C is not yet caught) loads nothing."""

__all__ = [*sorted(_EXPORTS), "__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'qualkod' has no attribute {name!r}")
