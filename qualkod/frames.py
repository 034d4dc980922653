"""Listings as pandas DataFrames, for a notebook.

Each listing (``coding.codings(p)``, ``project.speakers(p)``, ``suggestions(p)`` ...)
returns a list of records; :func:`to_frame` turns one into a DataFrame, a row per record
and a column per field, a record inside a record spread over columns of its own
(``speaker.pseudonym``). A DataFrame is shown in full in a notebook's saved output, so
it keeps what a record's repr keeps out (see :mod:`qualkod.record_reprs`): real names
(``speaker.raw_name``) are left out, and free text (a turn's words, a quote, a memo) is
there only through ``redact``, a function that hides names in it, such as the
project's (``project_redactor(p)``).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Iterable
from typing import Any

from qualkod.errors import ParameterError
from qualkod.record_reprs import is_free_text


def to_frame(records: Iterable[Any] | Any, *, redact: Callable[[str], str] | None = None):
    """A DataFrame of ``records`` (a listing, or one record): a row per record, in order.

    Args:
        records: records of one type, as a listing returns them.
        redact: applied to each free-text field (``text``, ``quote``, ``memo`` ...),
            which is left out without it; ``qualkod.redaction.project.project_redactor(p)``
            hides what outputs hide.

    Raises:
        ParameterError: when ``records`` holds something other than records, or records
            of more than one type.
    """
    import pandas as pd

    rows = [records] if dataclasses.is_dataclass(records) else list(records)
    kinds = {type(row) for row in rows}
    if any(not dataclasses.is_dataclass(row) or isinstance(row, type) for row in rows):
        raise ParameterError(
            "records", None, "give a listing of qualkod records, such as coding.codings(p)"
        )
    if len(kinds) > 1:
        named = ", ".join(sorted(kind.__name__ for kind in kinds))
        raise ParameterError("records", None, f"give records of one type, not {named}")
    return pd.DataFrame([_row(row, redact) for row in rows])


def _row(record: Any, redact: Callable[[str], str] | None, prefix: str = "") -> dict:
    """A record's columns: fields a repr shows, free text through ``redact``."""
    row: dict[str, Any] = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        name = prefix + field.name
        if is_free_text(field):
            if redact is not None:
                row[name] = redact(value) if isinstance(value, str) and value else value
        elif not field.repr:  # a real name or a file's name
            continue
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            row.update(_row(value, redact, f"{name}."))
        else:
            row[name] = value.value if isinstance(value, enum.Enum) else value
    return row
