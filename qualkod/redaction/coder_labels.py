"""The label a coder is shown by when the coder's name is several speakers' name.

A coder named ``anna`` in a study with two interviewees called Anna cannot be shown as
either one's pseudonym, nor by the name, which is theirs. Such a coder is shown as
``Kodare`` with a letter by the order of the project's coders (their first logged
decision): ``Kodare C`` is the third to have coded. Letters, not numbers, so that the
label is not mistaken for a coder called ``kodare1``; the same coder keeps the letter
while no earlier decision is removed.
"""

from __future__ import annotations

from collections.abc import Sequence

LABEL = "Kodare"
"""What the label starts with (and all of it, for a coder the project does not list)."""


def coder_label(name: str, coders: Sequence[str]) -> str:
    """The label of the coder ``name`` among the project's ``coders`` (in order of first
    decision): ``Kodare A`` for the first, ``Kodare AA`` for the 27th; ``Kodare`` alone
    when ``name`` is not among them."""
    if name not in coders:
        return LABEL
    return f"{LABEL} {_letters(list(coders).index(name) + 1)}"


def _letters(number: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (as spreadsheet columns are named)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
