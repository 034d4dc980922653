"""Accounts on social media: an ``@handle``, or an account the speaker says is one
(``hennes snap heter elvis_07``, ``sara_h86 på Instagram``), and the accounts a project's
turns name, so that they are found wherever they are written (read by
:mod:`qualkod.redaction.redactor`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from qualkod.redaction.names import person_names, plain_letters, without_invisibles
from qualkod.redaction.speakers import fold

AT_HANDLE = re.compile(r"(?<![\w.@])@[^\W_][\w.]*[^\W_]")
"""An ``@handle``."""
HANDLE_TOKEN = "[användarnamn]"
"""What an account no name is in becomes."""

_SERVICES = (
    r"(?:snap(?:chat)?|snappen|insta(?:gram)?|instan|tiktok|kik|discord|twitter|telegram"
    r"|facebook|youtube|threads)"
)
_HANDLE_LIKE = r"(?=[\w.]*(?:[_\d]|\.\w))(?=[\w.]*[^\W\d_]{3})[^\W_][\w.]*[^\W_.]"
"""A word made like an account name: three letters or more in a row, with a digit, ``_``
or ``.`` in it (``elvis_07``, ``lisa.k``); not an everyday word (``jättebra``) nor an
abbreviation (``t.ex``, ``kl.22``)."""
_SERVICE_NAMED = re.compile(rf"(?i:\b{_SERVICES})")
HANDLE_SAID = re.compile(
    rf"(?i:\b{_SERVICES}(?:-?(?:konto|kontot|namn|namnet|användare|användarnamn))?\s+"
    rf"(?:heter|är)\s+)(?P<handle>{_HANDLE_LIKE})"
    rf"|(?<![\w.@])(?P<said>{_HANDLE_LIKE})(?=\s+(?i:på\s+{_SERVICES})\b)"
)
"""An account without ``@`` where the speaker says it is one: ``hennes snap heter
elvis_07``, ``sara_h86 på Instagram``."""


def accounts_named(texts: Iterable[str]) -> frozenset[str]:
    """The accounts (``lisa_k07``, without ``@``) that the texts say are accounts, by an
    ``@`` or a service named beside them; only words made like an account name, so
    that ``@sara`` does not make every Sara an account."""
    found: set[str] = set()
    shaped = re.compile(_HANDLE_LIKE)
    for text in texts:
        text = without_invisibles(plain_letters(text))[0]
        if "@" not in text and _SERVICE_NAMED.search(text) is None:
            continue
        words = [m.group(0)[1:] for m in AT_HANDLE.finditer(text)]
        words += [m["handle"] or m["said"] for m in HANDLE_SAID.finditer(text)]
        found.update(w for w in words if shaped.fullmatch(w))
    return frozenset(found)


def listed_name_in(handle: str) -> str | None:
    """``[person]`` when a listed name of four or more letters stands inside a handle."""
    folded = fold(handle)
    for name in person_names():
        if len(name) >= 4 and fold(name) in folded:
            return "[person]"
    return None
