"""How the exports for others (``export qdpx``, ``export study``) name coders.

Coders log in under their own names (``anna.lind``), and a team may not want those
shared with the data. By default an export names each coder as the chapter and
``qualkod stats --format csv`` do: ``Kodare A``, ``Kodare B``, ... by the order the
project's coders first decided anything (see
:func:`~qualkod.redaction.coder_labels.coder_label`), the same label in every file of
one export; a coder who is one of the speakers (the interviewer who codes) is shown as
the exports show that speaker. ``coder_names=True`` (``--coder-names``) keeps the logins,
but for a login that reads as a speaker's name (``anna`` or ``anna.berg`` beside the
interviewee Anna Berg, as the redactor reads a coder's name, or one with a word of a
speaker's name in it, ``berg_a``): that coder is named by her label all the same
(:func:`kept_logins`), so that no participant's name reaches an export through a login,
and the export says how many (``logins_labelled``).

A study folder names its coders by these labels in its codings and memos files, their
file names and ``chapter.coder``; ``qualkod reproduce`` then reads ``Kodare A`` as a
coder like any other, and the chapter shows a coder already named by a label as that
label (:func:`is_label`), so the reproduced chapter names each coder as the project's
own chapter does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from qualkod.redaction.coder_labels import (
    coder_labels,
    is_label,
    kept_logins,
    labelled_logins,
    name_words,
)

__all__ = [
    "LabelledCoders",
    "coder_labels",
    "is_label",
    "kept_logins",
    "labelled_logins",
    "name_words",
    "study_coder_labels",
]


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
