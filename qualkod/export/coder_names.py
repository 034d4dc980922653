"""How the exports for others (``export qdpx``, ``export study``) name coders.

Coders log in under their own names (``anna.lind``), and a team may not want those
shared with the data. By default an export names each coder as the chapter and
``qualkod stats --format csv`` do: ``Kodare A``, ``Kodare B``, ... by the order the
project's coders first decided anything (see
:func:`~qualkod.redaction.coder_labels.coder_label`), the same label in every file of
one export; a coder who is one of the speakers (the interviewer who codes, or ``anna``
beside the interviewee Anna Berg, as the redactor reads a coder's name) is named by that
speaker's pseudonym (``IP 1``), as the chapter names her. ``coder_names=True``
(``--coder-names``) keeps the logins, but for a login that reads as a speaker's name
(:func:`kept_logins`): a login the redactor reads as a speaker is named by her
pseudonym all the same, and one with a word of a speaker's name in it (``berg_a``,
``annab``) by her label, so that no participant's name reaches an export through a
login; the export says how many (``logins_labelled``).

A study folder names its coders so in its codings and memos files, their file names
(``codings/kodare-a.csv``, ``codings/ip-1.csv``) and ``chapter.coder``; ``qualkod
reproduce`` then reads ``Kodare A`` and ``IP 1`` as coders like any other, and the
chapter shows a coder already named by a label or by a speaker's pseudonym as it is
(:func:`is_label`, :func:`coder_labels`), so the reproduced chapter names each coder as
the project's own chapter does.
"""

from __future__ import annotations

from collections.abc import Mapping

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
]


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
