"""Listings as pandas DataFrames, for a notebook.

Each listing (``coding.codings(p)``, ``project.speakers(p)``, ``suggestions(p)`` ...)
returns a list of records; :func:`to_frame` turns one into a DataFrame, a row per record
and a column per field, a record inside a record spread over columns of its own
(``speaker.pseudonym``). A DataFrame is shown in full in a notebook's saved output, so
it keeps what a record's repr keeps out (see :mod:`qualkod.record_reprs`): real names
(``speaker.raw_name``) are left out, free text (a turn's words, a quote, a memo, a
title) is there only through ``redact``, a function that hides names in it, such as the
project's (``project_redactor(p)``), and a coder is a label (``Kodare A``) unless the
caller asks for names (``coders="names"``).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Iterable
from typing import Any

from qualkod.errors import ParameterError
from qualkod.record_reprs import is_coder_name, is_free_text
from qualkod.redaction.coder_labels import coder_labels
from qualkod.redaction.project import coder_redactor_in
from qualkod.store import Project
from qualkod.store.codings import coders_in_order

LABELS = "labels"
NAMES = "names"


def to_frame(
    records: Iterable[Any] | Any,
    *,
    redact: Callable[[str], str] | None = None,
    coders: str | Project = LABELS,
):
    """A DataFrame of ``records`` (a listing, or one record): a row per record, in order.

    Args:
        records: records of one type, as a listing returns them.
        redact: applied to each free-text field (``text``, ``quote``, ``memo``,
            ``title`` ...), which is left out without it;
            ``qualkod.redaction.project.project_redactor(p)`` hides what outputs hide.
        coders: how a coder (``coder``, ``decided_by``) is shown. ``"labels"`` (the
            default): ``Kodare A``, ``Kodare B`` ... in the order the coders first come
            in ``records``; an open project (``coders=p``): as the chapter, the quote
            tables and ``qualkod stats --format csv`` name them (``Kodare A`` by the order
            the project's coders first coded, an interviewer who codes by her
            pseudonym); ``"names"``: the names they code under (``anna.lind``), for the
            team's own eyes.

    Raises:
        ParameterError: when ``records`` holds something other than records, or records
            of more than one type, or ``coders`` is none of those.
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
    coder = _coder_shown(rows, coders)
    return pd.DataFrame([_row(row, redact, coder) for row in rows])


def _coder_shown(rows: list, coders: str | Project) -> Callable[[str], str]:
    """How the frame shows a coder's name (see :func:`to_frame`'s ``coders``)."""
    if isinstance(coders, Project):
        names = list(dict.fromkeys(_names(rows)))
        with coders.read() as conn:
            order = coders_in_order(conn)
            order += [name for name in names if name not in order]  # none, but safe
            redactor = coder_redactor_in(conn)
            named = {name: redactor.coder(name) for name in names}  # a pseudonym?
        pseudonyms = redactor.speakers.pseudonyms  # a coder a study folder names so
        return coder_labels(names, order, named.__getitem__, pseudonyms).__getitem__
    if coders == NAMES:
        return str
    if coders == LABELS:
        seen = list(dict.fromkeys(_names(rows)))
        return coder_labels(seen, seen, str).__getitem__
    raise ParameterError(
        "coders",
        coders,
        "give 'labels' (Kodare A, B ...), 'names' (as coders code) or the open project "
        "(labels as the chapter names coders)",
    )


def _names(rows: list) -> Iterable[str]:
    """Every coder's name in ``rows`` (and the records within them), in order."""
    for row in rows:
        for field in dataclasses.fields(row):
            value = getattr(row, field.name)
            if is_coder_name(field) and isinstance(value, str) and value:
                yield value
            elif dataclasses.is_dataclass(value) and not isinstance(value, type):
                yield from _names([value])


def _row(
    record: Any, redact: Callable[[str], str] | None, coder: Callable[[str], str], prefix=""
) -> dict:
    """A record's columns: fields a repr shows, free text through ``redact``, a coder's
    name through ``coder``."""
    row: dict[str, Any] = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        name = prefix + field.name
        if is_free_text(field):
            if redact is not None:
                row[name] = _redacted(value, redact)
        elif is_coder_name(field):
            row[name] = coder(value) if isinstance(value, str) and value else value
        elif not field.repr:  # a real name or a file's name
            continue
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            row.update(_row(value, redact, coder, f"{name}."))
        else:
            row[name] = value.value if isinstance(value, enum.Enum) else value
    return row


def _redacted(value: Any, redact: Callable[[str], str]) -> Any:
    """A free-text value through ``redact``: each text of several (a tuple) in turn."""
    if isinstance(value, str) and value:
        return redact(value)
    if isinstance(value, tuple | list):
        return tuple(redact(v) if isinstance(v, str) and v else v for v in value)
    return value
