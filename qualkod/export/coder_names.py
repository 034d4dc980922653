"""How the exports for others (``export qdpx``, ``export study``) name coders.

Coders log in under their own names (``anna.lind``), and a team may not want those
shared with the data. By default an export names each coder as the chapter and
``qualkod stats --format csv`` do: ``Kodare A``, ``Kodare B``, ... by the order the
project's coders first decided anything (see
:func:`~qualkod.redaction.coder_labels.coder_label`), the same label in every file of
one export; a coder who is one of the speakers (the interviewer who codes) is shown as
the exports show that speaker. ``coder_names=True`` (``--coder-names``) keeps the logins.

A study folder names its coders by these labels in its codings and memos files, their
file names and ``chapter.coder``; ``qualkod reproduce`` then reads ``Kodare A`` as a
coder like any other, and the chapter shows a coder already named by a label as that
label (:func:`is_label`), so the reproduced chapter names each coder as the project's
own chapter does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from qualkod.redaction.coder_labels import LABEL, coder_label

__all__ = ["LabelledCoders", "coder_labels", "is_label", "study_coder_labels"]

_LABELLED = re.compile(rf"{LABEL} [A-Z]+")


def is_label(name: str) -> bool:
    """Whether ``name`` is a neutral coder label (``Kodare A``, ``Kodare AB``)."""
    return _LABELLED.fullmatch(name) is not None


def _order(names: Iterable[str], order: Sequence[str]) -> list[str]:
    """The project's coders in order of first decision, then any other coder by name
    (one who made no logged decision still gets a letter of her own)."""
    return list(dict.fromkeys([*order, *sorted(set(names) - set(order))]))


def coder_labels(
    names: Iterable[str], order: Sequence[str], shown: Callable[[str], str]
) -> dict[str, str]:
    """Each coder in ``names`` -> how an export names her: a name that is a label
    already (a project imported from a labelled export) as it is, so that the project
    exports the same file again; as ``shown`` (the redactor's ``coder``) where that names
    her otherwise (a speaker's pseudonym, or the label of a name several speakers have);
    else her label by ``order`` (the project's coders in order of first decision), the
    next free letter where a coder already holds that label."""
    names = list(dict.fromkeys(names))
    everyone = _order(names, order)
    taken = {name for name in names if is_label(name)}
    labels = {}
    for name in names:
        named = name if is_label(name) else shown(name)
        if named == name and not is_label(name):
            number = everyone.index(name) + 1
            named = coder_label(name, everyone)
            while named in taken:
                number += 1
                named = f"{LABEL} {_letters(number)}"
            taken.add(named)
        labels[name] = named
    return labels


def _letters(number: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA, as :func:`~qualkod.redaction.coder_labels.coder_label`."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def study_coder_labels(
    names: Iterable[str], order: Sequence[str], shown: Callable[[str], str]
) -> dict[str, str]:
    """As :func:`coder_labels`, for a study folder: a coder whose name is a speaker's
    (shown as her pseudonym) keeps the name, which the folder's transcripts hold anyway,
    so that ``reproduce`` shows her by her pseudonym again."""
    labels = coder_labels(names, order, shown)
    return {name: label if is_label(label) else name for name, label in labels.items()}


class LabelledCoders:
    """A :class:`~qualkod.redaction.project.ProjectRedactor` whose ``coder`` gives each
    coder's label (from :func:`coder_labels`); everything else is the redactor's."""

    def __init__(self, redactor, labels: Mapping[str, str]) -> None:
        self._redactor = redactor
        self._labels = dict(labels)

    def __getattr__(self, name: str):
        return getattr(self._redactor, name)

    def coder(self, name: str) -> str:
        """The coder's label; a name not labelled, as the redactor shows it."""
        return self._labels.get(name) or self._redactor.coder(name)
