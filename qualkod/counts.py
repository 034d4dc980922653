"""Counts in English messages: ``1 coding``, ``3 codings``, ``1,024 turns``."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` with ``noun`` in the right number (``plural`` when not noun + s)."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def are(number: int) -> str:
    """The verb after a count: ``1 item is``, ``2 items are``."""
    return "is" if number == 1 else "are"


def few(items, shown: int = 5) -> str:
    """``a, b, c, d, e and 9 more``: a list cut short for a one-line message."""
    items = list(items)
    if len(items) <= shown + 1:
        return ", ".join(items)
    return ", ".join(items[:shown]) + f" and {len(items) - shown} more"
