"""Accounts said aloud, as speech recognition writes them: ``hennes konto är jessan
punkt k noll sju``, ``hans namn där är tompagren åttiofyra``.

After words that say an account's name follows (``kontot är``, ``namnet på Snapchat
heter``, ``snappen heter``), a word no dictionary has, then the account's other parts
said as words — ``punkt``, ``understreck``, letters and numbers — is an account where
at least one such part is said: ``kontot är spärrat tre dagar`` says no account
(``spärrat`` is a word), nor does ``namnet är Lisa`` (nothing follows the name).
Written accounts (``elvis_07``) are :mod:`qualkod.redaction.accounts`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qualkod.redaction.names import function_words, is_swedish_word
from qualkod.redaction.spoken_identity_numbers import digits_said

_SERVICE = r"(?:snap|snapchat|snappen|insta|instagram|instan|tiktok|discord|kik|facebook)"
_CUE = re.compile(
    r"\b(?i:(?:(?:konto|kontot|namn|namnet|användarnamn|användarnamnet|profil|profilen"
    rf"|nick|nicket)(?:\s+(?:där|på\s+{_SERVICE}|i\s+{_SERVICE}))?"
    rf"|{_SERVICE}(?:-?(?:konto|kontot|namn|namnet))?)"
    r"\s+(?:är|heter|hette|var)\s+(?:(?:typ|alltså|liksom)\s+)?)"
)
_SEPARATORS = frozenset("punkt understreck streck bindestreck".split())
_WORD = re.compile(r"[^\W\d_]+|\d+")
_GAP = re.compile(r"\s+")
_UNIT_AFTER = re.compile(
    r"\s+(?i:gånger|gång|år|dagar|dag|timmar|timme|minuter|kronor|kr|procent|st|stycken)\b"
)
"""A count, not an account's number: ``jättelångt två gånger``."""


def accounts_said_aloud(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, words) of each account said aloud (see the module docstring)."""
    for cue in _CUE.finditer(text):
        first = _WORD.match(text, cue.end())
        if first is None or not _account_start(first.group(0)):
            continue
        end, parts, position = first.end(), 0, first.end()
        while True:
            gap = _GAP.match(text, position)
            word = _WORD.match(text, gap.end()) if gap else None
            if word is None:
                break
            said = word.group(0).casefold()
            if said in _SEPARATORS:
                after = _GAP.match(text, word.end())
                part = _WORD.match(text, after.end()) if after else None
                if part is None:
                    break
                end = position = part.end()
            elif digits_said(said) is not None or said.isdigit() or len(said) == 1:
                end = position = word.end()
            else:
                break
            parts += 1
        if parts and not _UNIT_AFTER.match(text, end):
            yield first.start(), end, text[first.start() : end]


def _account_start(word: str) -> bool:
    """An account's first part: three letters or more in lower case, no word."""
    lower = word.casefold()
    return (
        word.islower()
        and len(word) >= 3
        and lower not in function_words()
        and not is_swedish_word(lower)
        and digits_said(lower) is None
    )
