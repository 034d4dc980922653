"""Saying which pseudonyms and generic titles were numbered again, one line each kind."""

from __future__ import annotations

from collections.abc import Iterable

from qualkod.cli import render
from qualkod.transcript_titles import is_generic_title


def say_renamed(changes: Iterable[tuple[str, str]], *, warn: bool = True) -> None:
    """``IP 2 -> IP 1, IP 1 -> IP 4`` on one line for pseudonyms and one for titles, so
    that a chain of renumberings reads as one change (new speakers, ``("", …)``, are not
    listed)."""
    changed = [(old, new) for old, new in changes if old and old != new]
    for what, pairs in (
        ("pseudonyms", [c for c in changed if not is_generic_title(c[0])]),
        ("titles", [c for c in changed if is_generic_title(c[0])]),
    ):
        if not pairs:
            continue
        listed = ", ".join(f"{old} -> {new}" for old, new in pairs)
        text = f"{what} numbered again: {listed}; outputs made before use the old ones"
        if warn:
            render.warn(text)
        else:
            render.info(render.safe(text))
