"""'Did you mean …?' for a misspelt key or id, one wording for every file qualkod reads
(codebooks, theory catalogues, study.yaml)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """``"; did you mean 'chapter'?"`` for the known word closest to ``word`` (difflib's
    default cut-off), or ``""`` when none is close; ``word`` itself is never offered."""
    guess = difflib.get_close_matches(word, [k for k in known if k != word], n=1)
    return f"; did you mean '{guess[0]}'?" if guess else ""
