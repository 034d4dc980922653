"""Which titles, pseudonyms and roles a study folder must carry, and whether it does.

``reproduce`` numbers pseudonyms and titles and decides roles anew from the files and
the interviewers listed, then gives study.yaml's ``title:`` and ``speakers:`` as
``import --title`` and ``qualkod speakers set`` do. :func:`carried_names` imports the
written transcripts into a temporary project the way ``reproduce`` does, gives each
title, fixed pseudonym and role of the project that import would give otherwise, in the
order ``reproduce`` gives them, and names what would still come out otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from qualkod.errors import ParameterError, QualkodError
from qualkod.importing import import_files
from qualkod.models import StoredTurn, TranscriptSummary
from qualkod.project import init_project, set_title
from qualkod.record_reprs import free_text, repr_without_text
from qualkod.store import Project, open_project
from qualkod.store import transcripts as transcript_store
from qualkod.study_names import SpeakerNaming, name_speaker
from qualkod.temporary_project import temporary_folder
from qualkod.transcript_titles import is_generic_title


@dataclass(frozen=True)
class CarriedNames:
    """What study.yaml says so that ``reproduce`` names and titles as the project does."""

    titles: list[str | None] = free_text()  # a repr shows lengths: set by hand, a name
    """Per transcript, in order: the title to give, or None for import's own."""
    speakers: list[SpeakerNaming]
    """The pseudonyms and roles to set, in the order to set them."""
    notes: list[str] = field(default_factory=list)
    """What the study cannot carry (pseudonyms only: no raw name is said)."""

    __repr__ = repr_without_text


def carried_names(
    files: Sequence[tuple[str, bytes]],
    summaries: Sequence[TranscriptSummary],
    turns: dict[int, list[StoredTurn]],
    interviewers: Sequence[str],
) -> CarriedNames:
    """The titles, pseudonyms and roles study.yaml must give (see the module docstring)."""
    with temporary_folder("qualkod-study-check-") as folder:
        paths = []
        for name, data in files:
            path = folder / name.replace("/", "-")
            path.write_bytes(data)
            paths.append(path)
        init_project(folder / "check.db")
        project = open_project(folder / "check.db")
        try:
            ids = [r.transcript_id for r in import_files(project, paths, interviewers=interviewers)]
            notes: list[str] = []
            speakers = _give_speakers(project, summaries, turns, ids, notes)
            titles = _give_titles(project, summaries, ids, notes)
            notes += _differences(project, summaries, turns, ids)
        finally:
            project.close()
    return CarriedNames(titles, speakers, notes)


def _turns_of(project: Project, ids: Sequence[int]) -> list[list[StoredTurn]]:
    with project.read() as conn:
        return [transcript_store.transcript_turns(conn, i) for i in ids]


def _give_speakers(project, summaries, turns, ids, notes: list[str]) -> list[SpeakerNaming]:
    """Each speaker whose role, or pseudonym fixed by hand, import gives otherwise, given
    it in the temporary project; one it refuses is named in ``notes``."""
    plain = {}  # the project's speaker id -> (its speaker, the one import made)
    for summary, again in zip(summaries, _turns_of(project, ids), strict=True):
        for mine, theirs in zip(turns[summary.id], again, strict=True):
            plain.setdefault(mine.speaker.id, (mine.speaker, theirs.speaker))
    given = []
    for mine, theirs in plain.values():
        role = mine.role if mine.role is not theirs.role else None
        fixed = mine.pseudonym_fixed and mine.pseudonym != theirs.pseudonym
        if role is None and not fixed:
            continue
        naming = SpeakerNaming(mine.raw_name, mine.pseudonym if fixed else None, role)
        try:
            name_speaker(project, naming)
        except QualkodError as exc:
            what = " and ".join(
                key for key, value in (("pseudonym", naming.pseudonym), ("role", role)) if value
            )
            verb = "are" if " and " in what else "is"
            notes.append(
                f"the {what} of {mine.pseudonym} set by hand {verb} not kept ({_why(exc)})"
            )
            continue
        given.append(naming)
    return given


def _give_titles(project, summaries, ids, notes: list[str]) -> list[str | None]:
    """Each title set by hand that import gives otherwise, given it in the temporary
    project (a title of the generic form is qualkod's own to number: named in ``notes``)."""
    titles: list[str | None] = []
    for summary, transcript_id in zip(summaries, ids, strict=True):
        with project.read() as conn:
            now = transcript_store.find_transcript(conn, str(transcript_id))[0].title
        if now == summary.title or is_generic_title(summary.title):
            titles.append(None)
            continue
        try:
            set_title(project, transcript_id, summary.title)
        except QualkodError as exc:
            notes.append(f"the title of transcript {summary.id} is not kept ({_why(exc)})")
            titles.append(None)
            continue
        titles.append(summary.title)
    return titles


def _differences(project, summaries, turns, ids) -> list[str]:
    """One line per transcript that the study would still title, or whose speakers it
    would name or cast, otherwise than the project (pseudonyms only: no raw name)."""
    with project.read() as conn:
        again = [transcript_store.find_transcript(conn, str(i))[0] for i in ids]
    found = []
    for summary, other, other_turns in zip(summaries, again, _turns_of(project, ids), strict=True):
        if other.title != summary.title:
            found.append(
                f"a reproduction would title transcript {summary.id} otherwise ({other.title})"
            )
            continue
        for mine, theirs in zip(turns[summary.id], other_turns, strict=True):
            was = (mine.speaker.pseudonym, mine.speaker.role)
            would = (theirs.speaker.pseudonym, theirs.speaker.role)
            if was != would:
                found.append(
                    f"in a reproduction, turn {mine.index} of transcript {summary.id} would be "
                    f"{would[0]} ({would[1]}), not {was[0]} ({was[1]})"
                )
                break
    return found


def _why(refused: QualkodError) -> str:
    """Why a title or name was refused, without the value (a title may hold a name)."""
    return refused.reason if isinstance(refused, ParameterError) else str(refused)
