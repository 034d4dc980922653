"""Suggest: codebook-driven Swedish suggestions with evidence, and a classifier that learns.

The NLP side (:mod:`lexicon`, :mod:`classifier`, :mod:`engine`) works on text and
models only; :mod:`service` connects it to a project. From a notebook::

    from qualkod.suggest import suggest, suggestions, train

    suggest(p)  # SuggestResult: turns read, suggestions per theme
    open_ones = suggestions(p, coder="anna")  # as anna sees them; status="all" for every one

Deciding on a suggestion is a coding decision: :func:`qualkod.coding.accept_suggestion`
and :func:`qualkod.coding.reject_suggestion`.
"""

import importlib

_EXPORTS = {
    "DEFAULT_THRESHOLD": "qualkod.suggest.engine",
    "SuggestResult": "qualkod.suggest.service",
    "TrainResult": "qualkod.suggest.service",
    "evaluate": "qualkod.suggest.project_evaluation",
    "suggest": "qualkod.suggest.service",
    "suggestions": "qualkod.suggest.service",
    "train": "qualkod.suggest.service",
}
"""Loaded when first used, so that importing one module of the package (the command
line does, for one command) does not load the rest."""

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'qualkod.suggest' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
