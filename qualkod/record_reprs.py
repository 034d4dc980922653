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
        coder: str = coder_name()

        __repr__ = repr_without_text

A coder's name (a login such as ``anna.lind``, or an interviewer's own name) is no
participant's, but a shared notebook need not carry it either: a field marked with
:func:`coder_name` shows ``<hidden>`` (``coder=<hidden>``), and ``qualkod.to_frame``
shows it as a label (``Kodare A``) unless asked for names. Several texts in one field
(a code's example passages) show as a tuple of lengths (``(<41 chars>, <63 chars>)``),
several names as ``(<hidden>, <hidden>)``.
"""

from __future__ import annotations

from dataclasses import Field, field, fields
from typing import Any

_FREE_TEXT = "qualkod.free_text"
"""The field metadata key that marks free text."""
_CODER = "qualkod.coder_name"
"""The field metadata key that marks a coder's name."""
HIDDEN = "<hidden>"
"""What a repr shows of a coder's name."""


def free_text(**options: Any) -> Any:
    """A dataclass field that holds free text: :func:`repr_without_text` shows its length.

    ``options`` are :func:`dataclasses.field`'s (``default=""``)."""
    return field(repr=False, metadata={_FREE_TEXT: True}, **options)


def coder_name(**options: Any) -> Any:
    """A dataclass field that holds a coder's name: :func:`repr_without_text` shows
    ``<hidden>``. ``options`` are :func:`dataclasses.field`'s (``default=None``)."""
    return field(repr=False, metadata={_CODER: True}, **options)


def is_free_text(each: Field) -> bool:
    """Whether a dataclass field was declared with :func:`free_text`."""
    return bool(each.metadata.get(_FREE_TEXT))


def is_coder_name(each: Field) -> bool:
    """Whether a dataclass field was declared with :func:`coder_name`."""
    return bool(each.metadata.get(_CODER))


def length_shown(value: object) -> str:
    """What a repr shows of a free-text value: ``<N chars>``; several texts (a tuple or
    list of them, None among them as it is) as a tuple of their lengths, ``(<41 chars>,
    <63 chars>)``; nothing (``''``, None, ``()``) and a value that is no text (a number)
    as they are."""
    if isinstance(value, str) and value:
        return f"<{len(value)} chars>"
    if isinstance(value, tuple | list) and any(isinstance(v, str) for v in value):
        if not all(isinstance(v, str) or v is None for v in value):
            return repr(value)
        shown = ", ".join(length_shown(v) for v in value)
        return f"({shown},)" if len(value) == 1 else f"({shown})"
    return repr(value)


def name_shown(value: object) -> str:
    """What a repr shows of a coder's name: ``<hidden>``; nothing (``''``, None) as it is.

    Several names (a tuple or list, and tuples within it: ``((2, 'anna'),)``, a
    transcript's second coder) show each name hidden and all else as it is:
    ``(<hidden>, <hidden>)``, ``((2, <hidden>),)``."""
    if isinstance(value, str):
        return HIDDEN if value else repr(value)
    if isinstance(value, tuple | list) and value:
        shown = ", ".join(name_shown(v) for v in value)
        if isinstance(value, list):
            return f"[{shown}]"
        return f"({shown},)" if len(value) == 1 else f"({shown})"
    return repr(value)


class Shown(str):
    """Text a repr shows as it is, unquoted (``<41 chars>``): what a pydantic model's
    ``__repr_args__`` gives for a field :func:`length_shown` shows."""

    def __repr__(self) -> str:
        return str(self)


def repr_without_text(record: Any) -> str:
    """``Name(field=value, ...)`` as a dataclass shows it, each :func:`free_text` field by
    its length, each :func:`coder_name` field as ``<hidden>``; a field declared
    ``repr=False`` otherwise (a real name) is left out."""
    shown = []
    for each in fields(record):
        value = getattr(record, each.name)
        if is_free_text(each):
            shown.append(f"{each.name}={length_shown(value)}")
        elif is_coder_name(each):
            shown.append(f"{each.name}={name_shown(value)}")
        elif each.repr:
            shown.append(f"{each.name}={value!r}")
    return f"{type(record).__qualname__}({', '.join(shown)})"
