"""Pseudonyms and roles a study sets by hand, given to the speakers of a project.

A study names a speaker by a display name in its transcripts (as ``interviewers:``
does), never by a pseudonym, which import numbers anew. ``reproduce`` gives study.yaml's
``speakers:`` so after import; ``export study`` gives them to a trial import to find
which it must write. Both go through :func:`qualkod.project.set_speaker`, as ``qualkod
speakers set`` does, and titles through :func:`qualkod.project.set_title`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qualkod.errors import NotFoundError
from qualkod.models import Role, Speaker
from qualkod.project import set_speaker, speakers
from qualkod.pseudonyms import display_key
from qualkod.store import Project


@dataclass(frozen=True)
class SpeakerNaming:
    """A speaker's pseudonym and/or role, the speaker named by a display name."""

    name: str = field(repr=False)  # a real name
    pseudonym: str | None = None
    role: Role | None = None


def speaker_named(project: Project, name: str) -> Speaker:
    """The one speaker who appears in a transcript under the display name ``name``
    (matched as ``--interviewer`` names are: brackets, case and ``Efternamn, Förnamn``
    aside).

    Raises:
        NotFoundError: when no speaker, or several (one name in two transcripts, each of
            a person of its own), appear under it.
    """
    key = display_key(name)
    found = [
        row.speaker
        for row in speakers(project)
        if row.turns and any(display_key(n) == key for n in row.names)
    ]
    if not found:
        raise NotFoundError("no speaker of that name in the transcripts; check its spelling")
    if len(found) > 1:
        raise NotFoundError(
            f"names {len(found)} speakers ({', '.join(s.pseudonym for s in found)}); a study "
            "can set only a speaker whose display name is theirs alone"
        )
    return found[0]


def name_speaker(project: Project, naming: SpeakerNaming) -> list[tuple[str, str]]:
    """Give the speaker ``naming.name`` its pseudonym and/or role.

    Returns:
        The (old, new) pseudonyms and generic titles that changed.

    Raises:
        NotFoundError: see :func:`speaker_named`.
        ParameterError: naming ``pseudonym`` when it is taken or would identify someone.
    """
    speaker = speaker_named(project, naming.name)
    _, changes = set_speaker(
        project, speaker.pseudonym, role=naming.role, pseudonym=naming.pseudonym
    )
    return changes
