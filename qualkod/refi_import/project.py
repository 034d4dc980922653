"""A ``.qdpx`` REFI-QDA project into a new qualkod project: transcripts, codebook,
codings (exact offsets and coders) and memos; all or nothing.

:mod:`~qualkod.refi_import.qdpx` reads and checks the whole file first; this module then
creates the project and stores it. A qualkod export gives back more (see
:mod:`qualkod.refi_markers`): its code ids, criteria and examples, its theory catalogue
(written as a YAML next to the codebook), each concept coding of a coded selection as a
link (its note the link memo), theme x concept memos, featured quotes (the notes of the
set ``Featured``), the coders' marks that a turn is decided (its ``Avgjord`` notes on
turns), the speakers' roles (from its cases), the interview dates and
formats, and the times of links and memos."""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

from qualkod.coding import import_codings, import_reviews
from qualkod.coding.file import COLUMNS
from qualkod.errors import QualkodError
from qualkod.importing import store_transcript
from qualkod.output_files import write_atomic
from qualkod.project import init_project, set_speaker, speakers, use_codebook
from qualkod.record_reprs import coder_name, repr_without_text
from qualkod.refi_import.catalogue import theory_path_for
from qualkod.refi_import.qdpx import Plan, read_qdpx
from qualkod.store import codings as coding_store
from qualkod.store import links as link_store
from qualkod.store import open_project
from qualkod.transcript_titles import is_generic_title

_SAID = {"'init --from'": "init_from_qdpx", "--codebook-out": "codebook_out"}
"""What a Python caller uses where the command line has these."""


@dataclass(frozen=True)
class ProjectImport:
    """What ``init --from`` made."""

    location: str
    """The new project."""
    codebook_path: str | None
    """The codebook YAML written and chosen (None when the project had no codes)."""
    transcripts: int
    """Text sources imported as transcripts."""
    turns: int
    """Turns in them."""
    codings: int
    """Codings stored."""
    coders: tuple[str, ...] = coder_name()  # a repr hides them: logins may be names
    """Coders of those codings."""
    memos: int
    """Memos stored (on codes, and on codings)."""
    warnings: tuple[str, ...]
    """What was adapted or skipped, one line each."""
    theory_path: str | None = None
    """The theory catalogue YAML written (a qualkod export's catalogue), else None."""
    links: int = 0
    """Links of codings to concepts stored (from a qualkod export)."""
    decided: int = 0
    """Marks that a coder has decided a turn (from a qualkod export)."""

    __repr__ = repr_without_text


def init_from_qdpx(
    location: str | Path,
    qdpx: str | Path,
    *,
    codebook_out: str | Path | None = None,
    coder: str = "okänd",
) -> ProjectImport:
    """Create a new project from a REFI-QDA ``.qdpx`` project.

    Everything is read and checked before the project is created; if storing still
    fails, the new project (and the codebook file written) is removed again.

    Args:
        location: the new project's database file; must not exist yet.
        qdpx: the ``.qdpx`` file.
        codebook_out: where to write the codebook YAML (default: ``kodbok.yaml`` next
            to the project); must not exist yet.
        coder: the coder for codings and notes that name no user.

    Raises:
        RefiError: when the file is invalid, truncated or unsafe.
        QualkodError: when the project or codebook file already exists.
    """
    location = Path(str(location))
    if "://" in str(location):
        raise QualkodError(
            f"{location}: 'init --from' creates a project file; give a path", in_python=_SAID
        )
    if location.exists() and location.stat().st_size > 0:
        raise QualkodError(
            f"{location}: already exists; 'init --from' makes a new project, give a new path",
            in_python=_SAID,
        )
    codebook_path = Path(codebook_out) if codebook_out else location.parent / "kodbok.yaml"
    plan = read_qdpx(Path(qdpx), coder)
    if plan.codebook is not None and codebook_path.exists():
        raise QualkodError(
            f"{codebook_path}: already exists; give another --codebook-out", in_python=_SAID
        )
    theory_path = theory_path_for(codebook_path) if plan.catalogue is not None else None
    if theory_path is not None and theory_path.exists():
        raise QualkodError(
            f"{theory_path}: already exists (the theory catalogue goes next to the codebook); "
            "move it or give another --codebook-out",
            in_python=_SAID,
        )
    # recorded before init_project: the path was just checked to be absent or empty, so a
    # Ctrl-C inside init_project must not leave an empty project that blocks a re-run
    created_files: list[Path] = [location]
    try:
        init_project(location)
        return _store(location, plan, codebook_path, theory_path, created_files)
    except BaseException:
        for path in created_files:
            for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
                extra.unlink(missing_ok=True)
        raise


def usable_titles(names: list[str]) -> list[str | None]:
    """The sources' names as titles commands can find one by: a name of digits alone
    (which ``qualkod show 7`` would read as an id) becomes ``Källa 7`` (not ``Intervju 7``,
    a generic title imports number), a name of the generic form (``Intervju 5``,
    ``fokusgrupp 2``, as a qualkod export names untitled transcripts) None: the generic
    title ``import`` gives, numbered and of the kind its interviewees make it, since
    ``import --title`` refuses such a title (:func:`check_title_form`); a name another
    source has already (in any case) gets `` (2)``, `` (3)``."""
    titles: list[str | None] = []
    taken: set[str] = set()
    for name in names:
        base = " ".join(name.split()) or "Källa"
        if is_generic_title(base):
            titles.append(None)
            continue
        base = f"Källa {base}" if base.isdigit() else base
        title, number = base, 1
        while title.casefold() in taken:
            number += 1
            title = f"{base} ({number})"
        taken.add(title.casefold())
        titles.append(title)
    return titles


def _store(
    location: Path, plan: Plan, codebook_path: Path, theory_path: Path | None, created: list[Path]
) -> ProjectImport:
    project = open_project(location)
    try:
        titles = usable_titles([s.name for s in plan.sources])
        ids = [
            store_transcript(project, s.transcript, title=title)
            for s, title in zip(plan.sources, titles, strict=True)
        ]
        _roles(project, plan)
        if plan.codebook is not None:
            codebook_yaml = plan.codebook.yaml
            if plan.catalogue is not None and theory_path is not None:
                write_atomic(
                    theory_path, plan.catalogue.yaml.encode("utf-8"), replaces="theory catalogue"
                )
                created.append(theory_path)
                codebook_yaml = plan.catalogue.codebook_yaml(plan.codebook.codebook, theory_path)
            write_atomic(codebook_path, codebook_yaml.encode("utf-8"), replaces="codebook")
            created.append(codebook_path)
            use_codebook(project, codebook_path)
        added, coders, linked = 0, (), 0
        if plan.selections:
            added, coders = _codings(project, plan, ids)
            linked = _links(project, plan)
        _memos(project, plan)
        decided = import_reviews(
            project,
            (
                (plan.sources[index].transcript.sha256, turn, coder, when)
                for index, turn, coder, when in plan.decided
            ),
        )
        memos = len(plan.code_memos) + sum(1 for s in plan.selections if s.memo)
    finally:
        project.close()
    return ProjectImport(
        str(location),
        str(codebook_path) if plan.codebook is not None else None,
        len(plan.sources),
        sum(len(s.transcript.turns) for s in plan.sources),
        added,
        coders,
        memos,
        tuple(plan.warnings),
        str(theory_path) if plan.catalogue is not None and theory_path is not None else None,
        linked,
        decided,
    )


def _roles(project, plan: Plan) -> None:
    """Give speakers the roles a qualkod export's cases name, where the name is one
    speaker's (a pseudonym such as ``Intervjuare 1`` in several sources is several
    speakers here, each with the role its label gives)."""
    current = {}
    for row in speakers(project):
        for name in {row.speaker.raw_name, *row.names}:
            current.setdefault(name, []).append(row.speaker)
    for name, role in plan.roles.items():
        found = current.get(name, [])
        if len(found) == 1 and found[0].role is not role:
            try:
                set_speaker(project, name, role=role)
            except QualkodError:  # the name matches a pseudonym too: leave the guess
                continue


def _memos(project, plan: Plan) -> None:
    """Memos on codes (and theme x concept), then the study's conclusions in their order,
    with their authors and times."""
    if not plan.code_memos and not plan.conclusions:
        return
    memos = [(m.code, m.concept, m.note) for m in plan.code_memos]
    memos += [(None, None, note) for note in plan.conclusions]
    with project.write() as conn:
        for code, concept, note in memos:
            memo_id = coding_store.insert_memo(
                conn,
                {
                    "code_id": code,
                    "concept_id": concept,
                    "text": note.text,
                    "coder": note.coder,
                    "created_at": note.created or coding_store.now(),
                    "deleted": False,
                },
            )
            coding_store.add_event(conn, note.coder, "import", memo_id=memo_id)


def _links(project, plan: Plan) -> int:
    """Link the stored codings to the concepts coded on their selections."""
    wanted: dict[tuple, list] = {}
    for s in plan.selections:
        if not s.links:
            continue
        source = plan.sources[s.source]
        for turn, start, end in source.turns.locate(s.start, s.end):
            key = (source.transcript.sha256, turn, start, end, s.code, s.coder)
            wanted.setdefault(key, []).extend(s.links)
    if not wanted:
        return 0
    made = 0
    with project.write() as conn:
        stored = {
            (c.transcript_sha256, c.turn, c.start, c.end, c.code_id, c.coder): c.id
            for c in coding_store.list_codings(conn)
        }
        for key, links in wanted.items():
            done: set[str] = set()
            for link in links:
                if link.concept in done:
                    continue
                done.add(link.concept)
                link_store.link_coding(
                    conn,
                    stored[key],
                    link.concept,
                    link.coder,
                    memo=" ".join(link.memo.split()),
                    created_at=link.created or None,
                )
                made += 1
    return made


def _codings(project, plan: Plan, ids: list) -> tuple[int, tuple[str, ...]]:
    """Store the codings through the codings-file import: one checked transaction."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for s in plan.selections:
        source = plan.sources[s.source]
        turn_text = {t.index: t.text for t in source.transcript.turns}
        for turn, start, end in source.turns.locate(s.start, s.end):
            writer.writerow(
                {
                    "transcript_sha256": source.transcript.sha256,
                    "turn": turn,
                    "start": start,
                    "end": end,
                    "code": s.code,
                    "coder": s.coder,
                    "featured": "yes" if s.featured else "no",
                    "memo": s.memo,
                    "created_at": s.created,
                    "quote": turn_text[turn][start:end],
                }
            )
    with tempfile.TemporaryDirectory(prefix="qualkod-refi-") as folder:
        path = Path(folder) / "codings.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8")
        result = import_codings(project, path)
    return result.added, result.coders
