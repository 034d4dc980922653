"""The project as a whole: create it, list what it holds, correct speakers.

Plain functions over an open :class:`~qualkod.store.Project`, usable from Python and
notebooks as well as from the CLI::

    with open_project("studie.db") as p:  # closed (its connections released) at the end
        [t.title for t in transcripts(p)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from qualkod.codebook import (
    load_codebook,
    load_theory,
    parse_codebook,
    parse_theory,
    theory_file,
)
from qualkod.counts import counted, few
from qualkod.errors import NotFoundError, ParameterError, QualkodError
from qualkod.models import Codebook, Role, Speaker, StoredTurn, TheoryCatalogue, TranscriptSummary
from qualkod.pseudonym_checks import (
    refuse_a_name,
    refuse_automatic_form,
    refuse_what_outputs_hide,
)
from qualkod.pseudonyms import display_key
from qualkod.store import Project, has_project, open_project, schema_version
from qualkod.store import codebooks as codebook_store
from qualkod.store import codings as coding_store
from qualkod.store import links as link_store
from qualkod.store import speakers as speaker_store
from qualkod.store import suggestions as suggestion_store
from qualkod.store import transcripts as transcript_store
from qualkod.store.codebooks import StoredCodebook
from qualkod.transcript_titles import give_generic_title, give_title, retitle_by_roles

__all__ = [
    "CodebookUse",
    "InitResult",
    "Project",
    "SpeakerRow",
    "codings_on_speaker",
    "current_codebook",
    "get_transcript",
    "init_project",
    "open_project",
    "set_speaker",
    "set_title",
    "speakers",
    "transcripts",
    "turns",
    "use_codebook",
]


@dataclass(frozen=True)
class InitResult:
    """What ``init`` did."""

    location: str
    """The project path or URL."""
    created: bool
    """False when a project was already there (it is then only migrated)."""
    schema_version: int
    """Schema version after init."""


def init_project(location: str | Path) -> InitResult:
    """Create a project database (one already there, of this schema version, is kept).

    Raises:
        ProjectError: when the location holds something that is not a qualkod project,
            or a qualkod project of another schema version.
    """
    location = str(location)
    existed = has_project(location)
    project = open_project(location, create=True, upgrade=False)
    try:
        return InitResult(project.location, not existed, schema_version(project))  # no password
    finally:
        project.close()


def transcripts(project: Project) -> list[TranscriptSummary]:
    """All transcripts in import order."""
    with project.read() as conn:
        return transcript_store.list_transcripts(conn)


def get_transcript(project: Project, reference: str | int) -> TranscriptSummary:
    """Find one transcript by id (a number, or its digits), sha256 prefix or exact title.

    Raises:
        NotFoundError: when nothing or more than one transcript matches.
        QualkodError: when ``reference`` is neither text nor a whole number.
    """
    if isinstance(reference, int) and not isinstance(reference, bool):
        reference = str(reference)
    if not isinstance(reference, str):
        raise QualkodError(f"transcript {reference!r}: give its id, a sha256 prefix or its title")
    with project.read() as conn:
        found = transcript_store.find_transcript(conn, reference)
    if not found:
        short = re.fullmatch(r"[0-9a-fA-F]{1,5}", reference) and not reference.isdigit()
        hint = "; a sha256 prefix needs 6 hex digits or more" if short else ""
        if re.fullmatch(r"\s*(-\d+|0+)\s*", reference):
            hint = "; transcript ids start at 1"
        raise NotFoundError(
            f"transcript {reference!r}: not in {project.location}{hint}; list them with "
            "'qualkod transcripts'"
        )
    if len(found) > 1:
        ids = ", ".join(str(t.id) for t in found)
        raise NotFoundError(f"transcript {reference!r}: matches {ids}; give the id instead")
    return found[0]


def set_title(
    project: Project, reference: str | int, title: str
) -> tuple[TranscriptSummary, list[tuple[str, str]]]:
    """Give a transcript a title of its own, as ``import --title`` gives one (``reproduce``
    gives a study's ``title:`` so). Generic titles (``Intervju 2``) are numbered again.

    Returns:
        The transcript as it is now, and the (old, new) titles that changed.

    Raises:
        NotFoundError: when ``reference`` names no transcript or several.
        ParameterError: naming ``title`` when it is empty, digits alone, of the form
            qualkod numbers itself (``Intervju 3``) or another transcript's.
    """
    summary = get_transcript(project, reference)
    with project.write() as conn:
        changes = give_title(conn, summary.id, title)
        now = transcript_store.find_transcript(conn, str(summary.id))[0]
    return now, changes


def set_generic_title(
    project: Project, reference: str | int
) -> tuple[TranscriptSummary, list[tuple[str, str]]]:
    """Give a transcript its generic title back (``Intervju 2``), numbered among the
    generic titles in import order as import numbers them; the undoing of
    :func:`set_title`. A study exported afterwards gives it no ``title:``.

    Returns:
        The transcript as it is now, and the (old, new) titles that changed (none when
        its title was generic already).

    Raises:
        NotFoundError: when ``reference`` names no transcript or several.
    """
    summary = get_transcript(project, reference)
    with project.write() as conn:
        changes = give_generic_title(conn, summary.id)
        now = transcript_store.find_transcript(conn, str(summary.id))[0]
    return now, changes


def turns(project: Project, reference: str | int) -> tuple[TranscriptSummary, list[StoredTurn]]:
    """A transcript and its turns, speakers resolved."""
    summary = get_transcript(project, reference)
    with project.read() as conn:
        return summary, transcript_store.transcript_turns(conn, summary.id)


@dataclass(frozen=True)
class SpeakerRow:
    """A speaker with the amount they said, for listing."""

    speaker: Speaker
    """The record (raw name included: show it only on request)."""
    names: tuple[str, ...] = field(repr=False)  # real names: not in a notebook's output
    """Every display name the speaker appeared under."""
    transcripts: int
    """Number of transcripts they speak in."""
    turns: int
    """Number of turns."""
    words: int
    """Number of words."""


def speakers(project: Project) -> list[SpeakerRow]:
    """All speakers in order of first appearance, with activity."""
    with project.read() as conn:
        activity = speaker_store.speaker_activity(conn)
        return [
            SpeakerRow(
                s, tuple(speaker_store.speaker_names_of(conn, s.id)), *activity.get(s.id, (0, 0, 0))
            )
            for s in speaker_store.list_speakers(conn)
        ]


def set_speaker(
    project: Project,
    name_or_pseudonym: str,
    *,
    role: Role | str | None = None,
    pseudonym: str | None = None,
) -> tuple[Speaker, list[tuple[str, str]]]:
    """Correct a speaker's role (a :class:`~qualkod.models.Role` or its value,
    ``"interviewer"``) and/or give them a fixed pseudonym.

    Automatic pseudonyms are renumbered afterwards so that ``IP n`` stays a gapless
    sequence in order of first appearance, around the fixed ones: a pseudonym another
    speaker has only by numbering (``IP 2``) may be given, and that speaker gets another.

    Returns:
        The updated speaker and the (old, new) pseudonyms that changed, and after a role
        change the generic titles (``Fokusgrupp 1`` -> ``Intervju 2``) that changed.

    Raises:
        NotFoundError: when no speaker or several speakers match.
        QualkodError: when neither is given; :class:`ParameterError` when the role is not
            one, or the pseudonym is another speaker's fixed one, empty or would identify
            someone.
    """
    if role is None and pseudonym is None:
        raise QualkodError("set_speaker: give a role and/or a pseudonym")
    if role is not None:
        role = _role(role)
    if pseudonym is not None:
        pseudonym = " ".join(pseudonym.split())
        if not pseudonym:
            raise ParameterError("pseudonym", None, "must not be empty")
    with project.write() as conn:
        found = speaker_store.find_speakers(conn, name_or_pseudonym, display_key(name_or_pseudonym))
        if not found:
            raise NotFoundError(
                f"speaker {name_or_pseudonym!r}: no such pseudonym or name; "
                "list them with 'qualkod speakers --raw-names'"
            )
        if len(found) > 1:
            options = ", ".join(s.pseudonym for s in found)
            raise NotFoundError(
                f"speaker {name_or_pseudonym!r}: matches {options}; give the pseudonym instead"
            )
        target = found[0]
        if pseudonym is not None:
            # A pseudonym another speaker has only by numbering (IP 2) may be taken: that
            # speaker is numbered again below, as import numbers around a fixed one.
            others = {
                s.pseudonym.casefold()
                for s in speaker_store.list_speakers(conn)
                if s.id != target.id and s.pseudonym_fixed
            }
            if pseudonym.casefold() in others:
                raise ParameterError(
                    "pseudonym", pseudonym, "already used by another speaker", quoted=True
                )
            refuse_automatic_form(pseudonym, role or target.role)
            refuse_a_name(pseudonym, speaker_store.list_speakers(conn))
            refuse_what_outputs_hide(project, pseudonym)
        speaker_store.update_speaker(conn, target.id, role=role, pseudonym=pseudonym)
        changes = speaker_store.renumber(conn)
        if role is not None and role is not target.role:  # "Fokusgrupp 1" may be one-to-one now
            changes += retitle_by_roles(conn)
        updated = next(s for s in speaker_store.list_speakers(conn) if s.id == target.id)
    return updated, changes


def _role(role: Role | str) -> Role:
    """``role`` as a :class:`Role`: one, or its value (``"interviewee"``, any case)."""
    try:
        return Role(role.lower() if isinstance(role, str) else role)
    except ValueError:
        known = ", ".join(repr(r.value) for r in Role)
        raise ParameterError("role", role, f"use {known} (or a Role)") from None


def codings_on_speaker(project: Project, speaker: Speaker) -> int:
    """How many live codings are on the speaker's turns (by any coder): an interviewer's
    turn is not coded, so a speaker made an interviewer with codings needs a look."""
    with project.read() as conn:
        return coding_store.live_codings_on_speaker(conn, speaker.id)


# --- codebooks -----------------------------------------------------------------------


@dataclass(frozen=True)
class CodebookUse:
    """What ``use_codebook`` did."""

    codebook: Codebook
    """The codebook now current."""
    theory: TheoryCatalogue | None
    """Its theory catalogue, when one was given or named."""
    already_current: bool
    """True when exactly this codebook was already the current one."""
    previous: StoredCodebook | None
    """The codebook that was current before, if any."""
    disappeared: tuple[str, ...]
    """Code ids of the previous codebook that the new one lacks."""
    unknown_concepts: tuple[tuple[str, int], ...] = ()
    """(concept id, links) of the links to concepts the new theory catalogue lacks: kept,
    but no chapter, table or export shows them while this catalogue is current."""
    uncoded: tuple[tuple[str, int], ...] = ()
    """(code id, codings) of live codings whose code the codebook lacks (only with
    ``force``): tables show each as a theme of its own, the chapter only in its appendix,
    agreement leaves them out."""
    same_version_changed: bool = False
    """True when the codebook differs from the previous one but has its id and version:
    the chapter and the audit trail name codebooks by version, so two would look one."""
    stale_suggestions: int = 0
    """Suggestions nobody has decided of codes the codebook lacks: 'qualkod suggest'
    replaces them (one a coder decided stays, with its decisions)."""
    stranded_memos: tuple[tuple[str, tuple[int, ...]], ...] = ()
    """(theme id, memo ids) of memos on themes the codebook lacks (a theme renamed): the
    chapter leaves them out until they are moved (``qualkod memo move``)."""


def use_codebook(
    project: Project, path: str | Path, theory: str | Path | None = None, *, force: bool = False
) -> CodebookUse:
    """Validate a codebook and record it in the project as the one to code with.

    The project keeps the codebook's text (and its catalogue's), id, version and
    sha256, so suggestions and codings can always be traced to the exact codebook.

    Raises:
        CodebookError: when the codebook or catalogue is invalid.
        QualkodError: when live codings use codes the codebook lacks (without ``force``):
            agreement, tables and the chapter could not report them truthfully.
    """
    path = Path(path)
    theory_path = theory_file(path, theory)
    catalogue = load_theory(theory_path) if theory_path else None
    codebook = load_codebook(path, catalogue)
    codebook_text = path.read_bytes().decode("utf-8-sig")
    theory_text = theory_path.read_bytes().decode("utf-8-sig") if theory_path else None
    with project.write() as conn:
        previous = codebook_store.current_codebook(conn)
        stored = codebook_store.find_codebook(
            conn, codebook.sha256, catalogue.sha256 if catalogue else None
        )
        if stored is None:
            row_id = codebook_store.add_codebook(
                conn,
                {
                    "codebook_id": codebook.id,
                    "version": codebook.version,
                    "name": codebook.name,
                    "sha256": codebook.sha256,
                    "yaml": codebook_text,
                    "code_ids": [c.id for c in codebook.codes()],
                    "theory_id": catalogue.id if catalogue else None,
                    "theory_version": catalogue.version if catalogue else None,
                    "theory_sha256": catalogue.sha256 if catalogue else None,
                    "theory_yaml": theory_text,
                },
            )
        else:
            row_id = stored.row_id
        new_ids = {c.id for c in codebook.codes()}
        used = coding_store.live_code_counts(conn)
        uncoded = tuple((c, n) for c, n in sorted(used.items()) if c not in new_ids)
        current = previous is not None and previous.row_id == row_id
        if uncoded and not force and not current:  # once forced, it stays usable
            total = sum(n for _, n in uncoded)
            raise QualkodError(
                f"{path}: {counted(total, 'coding')} {'uses' if total == 1 else 'use'} codes "
                f"this codebook lacks ({few(c for c, _ in uncoded)}); agreement, tables and "
                "the chapter could not report them truthfully: remove or recode them first "
                "('qualkod codings --format csv' lists them), or use it anyway with "
                "'qualkod codebook use FILE --force'"
            )
        codebook_store.set_current_codebook(conn, row_id)
        stranded: dict[str, list[int]] = {}
        for memo in coding_store.list_memos(conn):
            if memo.on_a_theme_outside(new_ids):
                stranded.setdefault(memo.code_id, []).append(memo.id)
        stale = sum(
            s.code not in new_ids for s in suggestion_store.list_suggestions(conn, status="open")
        )
        linked: dict[str, int] = {}
        for link in link_store.list_links(conn):
            linked[link.concept_id] = linked.get(link.concept_id, 0) + 1
    concepts = {c.id for c in catalogue.concepts} if catalogue else set()
    unknown = tuple((c, n) for c, n in sorted(linked.items()) if c not in concepts)
    disappeared = tuple(i for i in (previous.code_ids if previous else ()) if i not in new_ids)
    already = previous is not None and previous.row_id == row_id
    changed = (
        previous is not None
        and previous.sha256 != codebook.sha256
        and (previous.codebook_id, previous.version) == (codebook.id, codebook.version)
    )
    return CodebookUse(
        codebook,
        catalogue,
        already,
        previous,
        disappeared,
        unknown,
        uncoded,
        changed,
        stale,
        tuple((theme, tuple(ids)) for theme, ids in sorted(stranded.items())),
    )


def current_codebook(project: Project) -> tuple[Codebook, TheoryCatalogue | None]:
    """The project's current codebook and catalogue, rebuilt from the stored text.

    Raises:
        NotFoundError: when no codebook has been chosen yet.
    """
    with project.read() as conn:
        stored = codebook_store.current_codebook(conn)
    if stored is None:
        raise NotFoundError(
            f"{project.location}: no codebook chosen yet; run 'qualkod codebook use FILE'"
        )
    where = f"{project.location} (stored codebook {stored.codebook_id} {stored.version})"
    return _parsed(stored.yaml, stored.sha256, stored.theory_yaml, stored.theory_sha256, where)


@lru_cache(maxsize=2)
def _parsed(
    yaml: str, sha256: str, theory_yaml: str | None, theory_sha256: str | None, where: str
) -> tuple[Codebook, TheoryCatalogue | None]:
    """The stored codebook and catalogue parsed, once per text: a codebook of 3,000
    passages takes a few tenths of a second to validate, and every accepted suggestion
    and link asks for it (the parsed codebook is frozen, so it may be shared)."""
    catalogue = (
        parse_theory(theory_yaml, where, sha256=theory_sha256 or "", stored=True)
        if theory_yaml
        else None
    )
    codebook = parse_codebook(yaml, where, sha256=sha256, theory=catalogue, stored=True)
    return codebook, catalogue
