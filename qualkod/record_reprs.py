"""Reprs that keep interview words out of a notebook's saved output cells.

A notebook stores the repr of whatever a cell's last line gave. Records that carry
free text (a turn's words, a coded quote, a memo, an audit-log entry's JSON) may name
people in it, and redaction sits above the records (stage ``redaction`` imports
``models``, not the other way), so a repr cannot redact: it shows no free text at all,
only its length (``StoredTurn(transcript_id=1, index=12, ..., text=<503 chars>, ...)``).
The attribute still gives the words to code that asks (``turn.text``).

A record marks such a field with :func:`free_text` and takes :func:`repr_without_text`
as its ``__repr__`` (a dataclass keeps a ``__repr__`` its class body defines)::

    @dataclass(frozen=True)
    class Note:
        id: int
        text: str = free_text()

        __repr__ = repr_without_text
"""

from __future__ import annotations

from dataclasses import Field, field, fields
from typing import Any

_FREE_TEXT = "qualkod.free_text"
"""The field metadata key that marks free text."""


def free_text(**options: Any) -> Any:
    """A dataclass field that holds free text: :func:`repr_without_text` shows its length.

    ``options`` are :func:`dataclasses.field`'s (``default=""``)."""
    return field(repr=False, metadata={_FREE_TEXT: True}, **options)


def is_free_text(each: Field) -> bool:
    """Whether a dataclass field was declared with :func:`free_text`."""
    return bool(each.metadata.get(_FREE_TEXT))


def length_shown(value: object) -> str:
    """What a repr shows of a free-text value: ``<N chars>``; nothing (``''``, None) and
    a value that is no text (a number) as they are."""
    if isinstance(value, str) and value:
        return f"<{len(value)} chars>"
    return repr(value)


def repr_without_text(record: Any) -> str:
    """``Name(field=value, ...)`` as a dataclass shows it, each :func:`free_text` field by
    its length; a field declared ``repr=False`` otherwise (a real name) is left out."""
    shown = []
    for each in fields(record):
        value = getattr(record, each.name)
        if is_free_text(each):
            shown.append(f"{each.name}={length_shown(value)}")
        elif each.repr:
            shown.append(f"{each.name}={value!r}")
    return f"{type(record).__qualname__}({', '.join(shown)})"
