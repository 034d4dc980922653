"""Importing transcript files into a project: parse, pseudonymise, store.

Every file is parsed before anything is written, so one bad file stops the whole
import with nothing half-done; the files are then stored in one transaction, so that an
import interrupted (Ctrl-C, a crash) leaves none of them, and a file already in the
project (same sha256) is reported, never duplicated.

From a notebook::

    results = import_files(p, ["intervju.vtt"], interviewers=["Karin Lindqvist"])
    results[0].transcript_id, results[0].speakers  # (1, ('Intervjuare 1', 'IP 1'))
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection

from qualkod.errors import ParameterError, QualkodError, TranscriptError, shown
from qualkod.import_copies import (
    near_copy,
    refuse_other_speakers,
    refuse_regrouped,
    same_words,
    shown_path,
    stored_words,
)
from qualkod.ingest import nfc, read_transcript
from qualkod.models import Role, Speaker, Transcript
from qualkod.pseudonyms import display_key, guess_roles, match_key
from qualkod.redaction import Redactor
from qualkod.redaction.project import project_people
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import speakers as speaker_store
from qualkod.store import transcripts as transcript_store
from qualkod.transcript_titles import (
    check_title_form,
    check_title_is_free,
    generic_title,
    given_title,
    retitle_by_roles,
)

__all__ = ["ImportFailed", "ImportResult", "import_files", "store_transcript"]


class ImportFailed(QualkodError):
    """One or more files could not be read; nothing was imported."""

    def __init__(self, errors: list[QualkodError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    def for_option(self) -> str:
        return "\n".join(e.for_option() for e in self.errors)


@dataclass(frozen=True)
class ImportResult:
    """What happened to one file."""

    path: str = field(repr=False)  # file names hold names (name_in_file_name hides them)
    """The file as given."""
    transcript_id: int
    """The project's id for the transcript (new or existing)."""
    title: str
    """The transcript's title as outputs show it (names in a given title redacted)."""
    source_format: str
    """Layout recognised."""
    turns: int
    """Number of turns."""
    words: int
    """Number of words."""
    speakers: tuple[str, ...]
    """Pseudonyms of the speakers in order of appearance."""
    duration_ms: int | None
    """Recording length, None when untimed."""
    already: bool
    """True when the same file (by sha256) was already in the project."""
    renamed: tuple[tuple[str, str], ...] = ()
    """Existing pseudonyms, and generic titles of interviews whose kind a role given
    here changed, that changed because of this import (old, new)."""
    name_in_file_name: str | None = None
    """The file name with a speaker's name in it replaced, when it had one (else None)."""
    same_words: bool = False
    """With ``already``: another file, but every turn's words as in the transcript there
    (the same interview exported again, re-saved, or with a timestamp edited)."""
    interviewees: int | None = None
    """Speakers in it who are interviewees (None for a file already imported); with none,
    the transcript has nothing to code."""
    cue_times_filled: int = 0
    """With ``already`` (the same file): turns of a transcript imported before the
    project kept cue starts that now have them, so their quotes are timed by their cue."""
    made_interviewers: tuple[str, ...] = ()
    """Pseudonyms of people an earlier import took for interviewees whom
    ``interviewers`` names: interviewers now (their earlier turns too)."""
    kept_roles: tuple[str, ...] = ()
    """Pseudonyms of people ``interviewers`` names whose role was set by hand with
    ``speakers set``: kept, and worth a warning."""
    time_runs_back: tuple[int, int, int] | None = None
    """(turn, its start, the turn before's start in ms) where a turn starts before the
    one before it: the file's times are wrong there, and quotes are cited by them."""
    near_copy_of: tuple[int, tuple[int, ...]] | None = None
    """(transcript, turns) when the new transcript has another's words but for these
    few turns: a corrected copy of it, most likely (the interview is in twice now)."""
    roles_guessed: bool = False
    """The interviewer was guessed from who asks the questions (no ``interviewers`` named
    one, no label said it): worth checking with ``qualkod speakers``."""
    no_interviewer: bool = False
    """Two speakers or more, none of them an interviewer: nobody asked most of the
    questions, so the interviewer (if any) is taken for an interviewee."""
    cut_after_line: int | None = None
    """The line of the last cue's timing when the file seems cut off after that cue (see
    :attr:`~qualkod.models.Transcript.cut_after_line`): worth a warning."""
    tables_left_out: tuple[int, ...] = ()
    """Word tables left out as no speech (see
    :attr:`~qualkod.models.Transcript.tables_left_out`): worth a warning."""


def import_files(
    project: Project,
    paths: Sequence[str | Path] | str | Path,
    *,
    interviewers: Sequence[str] | str = (),
    title: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    interviewers_from: Callable[[int], str] | None = None,
    again: bool = False,
) -> list[ImportResult]:
    """Import transcript files into a project.

    Args:
        project: an open project.
        paths: transcript files in any supported format (or one file).
        interviewers: display names of the interviewers (or one name) (matched after removing
            suffixes such as ``(Gäst)``); other speakers in those files become
            interviewees. Without it, roles are guessed from who asks the questions.
        title: a title for the transcript (only with a single file).
        interviewers_from: where the n-th interviewer was given, for the error naming
            one no file has (``study.yaml:8:5: interviewers.1``); by default the
            parameter (``--interviewer`` on the command line).
        progress: called as ``progress(done, total)`` before the first step and after
            each: reading a file is one step and storing it another, so ``total`` is
            twice the number of files.
        again: import a file removed from the project before (``transcripts remove``:
            consent withdrawn, or a wrong import); refused otherwise.

    Returns:
        One result per file, in the order given.

    Raises:
        ImportFailed: when any file cannot be read (nothing is imported then).
        QualkodError: when a file was removed from the project before (without
            ``again``); :class:`~qualkod.errors.ParameterError`, naming the parameter,
            when an interviewer name matches no speaker, or ``title`` is given for
            several files, is digits alone (read as an id), is of the form qualkod
            numbers itself (``Intervju 3``) or is another transcript's already.
    """
    if isinstance(paths, (str, os.PathLike)):  # one file, not the letters of its name
        paths = [paths]
    if isinstance(interviewers, str):
        interviewers = [interviewers]
    if title is not None and len(paths) != 1:
        raise ParameterError("title", None, "give a title for one file at a time")
    title = given_title(title)
    if title is not None:
        check_title_form(title)
    interviewers = [nfc(name) for name in interviewers]
    steps = 2 * len(paths)
    report = progress or (lambda done, total: None)
    report(0, steps)
    parsed: list[tuple[str, Transcript]] = []
    errors: list[QualkodError] = []
    for done, path in enumerate(paths, 1):
        try:
            parsed.append((nfc(shown(path)), read_transcript(path)))
        except TranscriptError as exc:
            errors.append(exc)
        report(done, steps)
    if errors:
        raise ImportFailed(errors)
    _check_interviewers(interviewers, [t for _, t in parsed], interviewers_from)
    results = []
    with project.write() as conn:  # all or nothing, also when interrupted
        if not again:
            _refuse_removed(conn, parsed)
        for done, (path, transcript) in enumerate(parsed, len(paths) + 1):
            results.append(_store_in(conn, path, transcript, interviewers, title, title_free=True))
            report(done, steps)
    return results


def store_transcript(project: Project, transcript: Transcript, *, title: str | None = None) -> int:
    """Store an already parsed transcript (from a REFI-QDA project, say); returns its id.

    Speakers get pseudonyms and guessed roles as in :func:`import_files`.
    """
    return _store(project, transcript.source_name, transcript, (), given_title(title)).transcript_id


def _refuse_removed(conn: Connection, parsed: list[tuple[str, Transcript]]) -> None:
    """A file removed from the project (an interviewee withdrew consent) comes back only
    when the investigator says so."""
    removed = coding_store.removed_files(conn)
    for path, transcript in parsed:
        when = removed.get(transcript.sha256)
        if (
            when is not None
            and transcript_store.transcript_id_by_sha(conn, transcript.sha256) is None
        ):
            raise QualkodError(
                f"{shown_path(conn, path)}: this file was removed from the project on "
                f"{when} ('qualkod transcripts remove'); if it may come back (consent "
                "given again, removed by mistake), import it with --again",
                in_python={"--again": "again=True"},
            )


def _check_interviewers(
    interviewers: Sequence[str],
    parsed: list[Transcript],
    given_as: Callable[[int], str] | None,
) -> None:
    present = {display_key(raw) for t in parsed for raw in t.speakers}
    for n, name in enumerate(interviewers):
        if display_key(name) not in present:
            reason = (
                "no speaker of that name in the imported files; check the spelling against "
                "the transcript"
            )
            if given_as is not None:
                raise QualkodError(f"{given_as(n)} {name!r}: {reason}")
            raise ParameterError("interviewers", name, reason, quoted=True, option="interviewer")


def _store(
    project: Project,
    path: str,
    transcript: Transcript,
    interviewers: Sequence[str],
    title: str | None,
) -> ImportResult:
    """Store one parsed transcript in a transaction of its own."""
    with project.write() as conn:
        return _store_in(conn, path, transcript, interviewers, title)


def _store_in(
    conn: Connection,
    path: str,
    transcript: Transcript,
    interviewers: Sequence[str],
    title: str | None,
    *,
    title_free: bool = False,
) -> ImportResult:
    """Store one parsed transcript in the transaction ``conn``; with ``title_free``, a
    given title another transcript has already (in any case) is refused."""
    existing = transcript_store.transcript_id_by_sha(conn, transcript.sha256)
    stored = stored_words(conn) if existing is None else {}
    copied = existing is None and (existing := same_words(stored, transcript)) is not None
    filled = 0
    if copied:
        refuse_other_speakers(conn, path, transcript, existing)
        # Codings made on the copy (a colleague imported this file) name its sha256.
        transcript_store.add_copy(conn, transcript.sha256, existing)
    elif existing is not None:
        filled = transcript_store.fill_cue_starts(conn, existing, transcript)
    else:
        refuse_regrouped(conn, path, transcript, stored)
    if existing is not None:
        summary = transcript_store.find_transcript(conn, str(existing))[0]
        pseudonyms = {
            t.speaker.pseudonym: None for t in transcript_store.transcript_turns(conn, existing)
        }
        redactor = Redactor(project_people(conn))
        return ImportResult(
            path,
            existing,
            redactor.file_name(summary.title),
            summary.source_format,
            summary.turns,
            summary.words,
            tuple(pseudonyms),
            summary.duration_ms,
            already=True,
            name_in_file_name=_name_in_file_name(path, redactor),
            same_words=copied,
            cue_times_filled=filled,
        )
    known = _known_speakers(conn)
    given = {display_key(name) for name in interviewers}
    guesses = guess_roles(transcript, interviewers, {k: s.role for k, s in known.items()})
    ids_by_key = {key: speaker.id for key, speaker in known.items()}
    speaker_ids: dict[str, int] = {}
    made_interviewers: list[int] = []
    kept_roles: list[int] = []
    for raw in transcript.speakers:
        key = match_key(raw, transcript.sha256)
        speaker_id = ids_by_key.get(key)
        guess = guesses[raw]
        if speaker_id is None:
            speaker_id = speaker_store.add_speaker(conn, raw, key, guess.role, guess.source)
            ids_by_key[key] = speaker_id
        elif key in given and known[key].role is not Role.INTERVIEWER:
            # --interviewer names someone an earlier import took for an interviewee:
            # it wins over a guess, not over a role set with 'speakers set'
            if known[key].role_source == "set":
                kept_roles.append(speaker_id)
            else:
                speaker_store.update_speaker(
                    conn, speaker_id, role=Role.INTERVIEWER, role_source="given"
                )
                made_interviewers.append(speaker_id)
        speaker_store.add_name(conn, speaker_id, raw)
        speaker_ids[raw] = speaker_id
    changes = speaker_store.renumber(conn, also_speaking=speaker_ids.values())
    if made_interviewers:  # an earlier interview's title may name the wrong kind now
        changes += retitle_by_roles(conn)
    everyone = speaker_store.list_speakers(conn)
    pseudonyms = {s.id: s.pseudonym for s in everyone}
    interviewees = {
        s.id for s in everyone if s.id in speaker_ids.values() and s.role is Role.INTERVIEWEE
    }
    titled = transcript_store.list_transcripts(conn)
    if title is not None and title_free:
        check_title_is_free(title, titled)
    title = title or generic_title([t.title for t in titled], len(interviewees))
    close = near_copy(stored, transcript)
    transcript_id = transcript_store.add_transcript(conn, transcript, speaker_ids, title)
    redactor = Redactor(project_people(conn))
    return ImportResult(
        path=path,
        transcript_id=transcript_id,
        title=redactor.file_name(title),
        source_format=transcript.source_format.value,
        turns=len(transcript.turns),
        words=transcript.words,
        # Several raw names of one person (``Berg, Anna``, ``Anna Berg``) are one speaker.
        speakers=tuple(dict.fromkeys(pseudonyms[speaker_ids[raw]] for raw in transcript.speakers)),
        duration_ms=transcript.duration_ms,
        already=False,
        renamed=tuple((old, new) for old, new in changes if old),
        name_in_file_name=_name_in_file_name(path, redactor),
        interviewees=len(interviewees),
        time_runs_back=_time_running_back(transcript),
        made_interviewers=tuple(pseudonyms[i] for i in made_interviewers),
        kept_roles=tuple(pseudonyms[i] for i in kept_roles),
        near_copy_of=close,
        roles_guessed=any(  # an interviewer named or labelled makes the others sure
            guesses[raw].source == "guessed" and guesses[raw].role is Role.INTERVIEWER
            for raw in transcript.speakers
        ),
        cut_after_line=transcript.cut_after_line,
        tables_left_out=transcript.tables_left_out,
        no_interviewer=len(speaker_ids) > 1
        and bool(interviewees)  # else 'every speaker is an interviewee' is untrue
        and not any(s.role is Role.INTERVIEWER for s in everyone if s.id in speaker_ids.values()),
    )


def _known_speakers(conn) -> dict[str, Speaker]:
    """The project's speakers by match key, each also under the key its first display name
    gives today: a project made before brackets were dropped for matching holds
    ``per nordin (region norrbotten)``, and the same person imported now is ``per nordin``."""
    known = speaker_store.speakers_by_key(conn)
    for key, speaker in list(known.items()):
        if not key.startswith(("unknown:", "label:")):
            known.setdefault(match_key(speaker.raw_name, ""), speaker)
    return known


def _time_running_back(transcript: Transcript) -> tuple[int, int, int] | None:
    """The first turn that starts a second or more before the turn before it, with both
    starts (cues a fraction of a second out of order are no error worth a warning)."""
    timed = [t for t in transcript.turns if t.start_ms is not None]
    for before, turn in zip(timed, timed[1:], strict=False):
        if turn.start_ms <= before.start_ms - 1000:
            return turn.index, turn.start_ms, before.start_ms
    return None


def _name_in_file_name(path: str, redactor: Redactor) -> str | None:
    """The path as given with speakers' names replaced in its file name and folders
    (``intervjuer/intervju-[IP 1].vtt``, ``[IP 1]/intervju.vtt``), when it had any;
    else None."""
    parts = Path(path).parts
    redacted = [redactor.file_name(part) for part in parts]
    return str(Path(*redacted)) if redacted != list(parts) else None
