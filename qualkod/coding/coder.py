"""Who is coding: ``--coder``, else ``$QUALKOD_CODER``, else the operating-system user."""

from __future__ import annotations

import getpass
import os
import unicodedata

from qualkod.errors import QualkodError
from qualkod.redaction.project import coder_shown_in
from qualkod.store.schema import NAME_LENGTH

CODER_ENV = "QUALKOD_CODER"

OTHERS = {"add --force": "pass others=True"}
"""How a message tells a coder to change another coder's work anyway: ``--force`` on the
command line, ``others=True`` in Python."""
_CODER = {"--coder": "coder"}
"""The coder's name as a Python caller gives it."""


def resolve_coder(option: str | None = None) -> str:
    """The coder's name for this command.

    Raises:
        QualkodError: when ``option`` or ``$QUALKOD_CODER`` is given but blank (it
            would otherwise fall back to another name), or the name is too long to keep.
    """
    if option is not None:
        return check_coder(" ".join(option.split()), "--coder / $QUALKOD_CODER")
    name = os.environ.get(CODER_ENV)
    if name is not None and not name.strip():  # set but blank: not silently the user name
        raise QualkodError(
            f"${CODER_ENV} is set but empty; set it to the coder's name or initials, or unset it"
        )
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "unknown"
    return check_coder(" ".join(name.split()), "--coder / $QUALKOD_CODER")


def check_coder(name: str, where: str) -> str:
    """``name`` if a project can keep it as a coder's name.

    Raises:
        QualkodError: when it is blank, or longer than the database keeps (naming
            ``where`` it came from).
    """
    if not isinstance(name, str):  # None from a notebook: not silently the user's name
        raise QualkodError(
            f"{where}: give the coder's name or initials as text, not {name!r} "
            "(resolve_coder() gives $QUALKOD_CODER or your user name)",
            in_python=_CODER,
        )
    if not name.strip():
        raise QualkodError(
            f"{where}: the coder name is empty; give the coder's name or initials", in_python=_CODER
        )
    hidden = next((c for c in name if unicodedata.category(c) in ("Cc", "Cf")), None)
    if hidden is not None:  # "anna\u200b" would be a second coder who looks like anna
        raise QualkodError(
            f"{where}: the coder name holds an invisible character (U+{ord(hidden):04X}), "
            "pasted with it perhaps; type the name again",
            in_python=_CODER,
        )
    if len(name) > NAME_LENGTH:
        raise QualkodError(
            f"{where}: the coder name is {len(name)} characters long; "
            f"use one of at most {NAME_LENGTH}",
            in_python=_CODER,
        )
    return name


def shown_coder(conn, name: str) -> str:
    """Another coder's name as outputs show coders (a speaker's pseudonym when it names a
    speaker: ``Intervjuare 1`` for an interviewer coding under her own name), for
    messages one coder reads about another's work; ``conn`` is any open connection."""
    return coder_shown_in(conn, name)
