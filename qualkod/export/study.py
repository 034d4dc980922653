"""A project written out as a study folder that ``qualkod reproduce`` rebuilds.

:func:`export_study` writes the transcripts (as Teams WebVTT files that import back into
the same turns, see :mod:`qualkod.export.study_transcripts`), the codebook and theory
catalogue as the project stores them, one codings file per coder, the memos file, and a
``study.yaml`` naming each of these with its sha256, the interviewers, the titles,
pseudonyms and roles set by hand that import would give otherwise (see
:mod:`qualkod.export.study_check`), the redaction decisions and the chapter and table
settings. Codings and memos name transcripts by the sha256 of their file, so they are
rewritten to name the files written here.

Coders are named as the chapter names them in every file (neutral labels, ``Kodare A``;
a coder who is a speaker by her pseudonym, ``IP 1``) unless ``coder_names`` keeps their
logins; a login that reads as a speaker's name is named as in the chapter even then (see
:mod:`qualkod.export.coder_names`).

The folder is built in a temporary folder beside it and moved into place whole. It holds
the transcripts verbatim, with real names: it is for the research team and the archive.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

import yaml

from qualkod.coding.file import export_codings
from qualkod.coding.memos_file import export_memos
from qualkod.errors import QualkodError, shown
from qualkod.export.coder_names import coder_labels, kept_logins, labelled_logins, name_words
from qualkod.export.study_check import carried_names
from qualkod.export.study_transcripts import (
    StudyExportError,
    StudyExportParameterError,
    check_read_back,
    refuse_unwritable,
    transcript_vtt,
)
from qualkod.record_reprs import coder_name, repr_without_text
from qualkod.redaction.project import ProjectRedactor, shown_coder
from qualkod.store import Project
from qualkod.store import codebooks as codebook_store
from qualkod.store import codings as coding_store
from qualkod.store import links as link_store
from qualkod.store import redactions as redaction_store
from qualkod.store import speakers as speaker_store
from qualkod.store import transcripts as transcript_store
from qualkod.study_names import SpeakerNaming
from qualkod.temporary_project import temporary_folder

__all__ = ["ChapterOptions", "StudyExport", "StudyExportError", "export_study"]

STUDY_FILE = "study.yaml"
MEMOS_FILE = "memos.yaml"


@dataclass(frozen=True)
class ChapterOptions:
    """The chapter and table settings the study records (as ``qualkod export chapter``)."""

    coder: str | None = coder_name(default=None)  # a repr hides it
    number: str | None = None
    max_quotes: int = 4
    lang: str = "sv"

    __repr__ = repr_without_text


@dataclass(frozen=True)
class StudyExport:
    """What :func:`export_study` wrote."""

    folder: Path
    files: tuple[str, ...]
    """Every file written, relative to the folder, ``study.yaml`` last."""
    transcripts: int
    coders: tuple[str, ...] = coder_name()  # logins with coder_names: a repr hides them
    notes: tuple[str, ...] = field(default_factory=tuple)
    """What the study cannot carry over, so a reproduction may differ there (one line each)."""
    logins_labelled: int = 0
    """With ``coder_names``: coders whose login reads as a speaker's name, so named by
    their label (``Kodare A``) or the speaker's pseudonym (``IP 1``) instead."""

    __repr__ = repr_without_text


def export_study(
    project: Project,
    out: str | Path,
    *,
    study: str = "studie",
    title: str = "",
    chapter: ChapterOptions | None = None,
    force: bool = False,
    coder_names: bool = False,
) -> StudyExport:
    """Write the project as a study folder ``out`` (see the module docstring).

    Args:
        study: the study's id in ``study.yaml``.
        chapter: the chapter's and tables' settings (coder, number, max quotes, language).
        force: replace a folder that is not empty.
        coder_names: name coders by their logins in the codings and memos files, their
            file names and ``chapter.coder``; by default each is ``Kodare A``,
            ``Kodare B``, ... as in the chapter, a coder who is a speaker her pseudonym
            (``IP 1``; see :mod:`qualkod.export.coder_names`), and ``chapter.coder``
            still names the login. A login that reads as a speaker's name
            (``anna.berg`` beside the interviewee Anna Berg: ``IP 1``; ``berg_a``:
            ``Kodare A``) is named as in the chapter even so (counted in
            ``logins_labelled``).

    Raises:
        ParameterError: when ``chapter.coder`` has no codings in the project
            (``chapter.coder='eva': has no codings ...``; a :class:`StudyExportError` too).
        QualkodError: when ``out`` is a file or a folder that is not empty (without
            ``force``), the project has no codebook or no codings, or a transcript cannot
            be written back as it is stored.
    """
    out = Path(out)
    chapter = chapter or ChapterOptions()
    _refuse_target(out, force)
    with project.read() as conn:
        summaries = transcript_store.list_transcripts(conn)
        turns = {s.id: transcript_store.transcript_turns(conn, s.id) for s in summaries}
        speakers = speaker_store.list_speakers(conn)
        names = {s.id: speaker_store.speaker_names_of(conn, s.id) for s in speakers}
        stored = codebook_store.current_codebook(conn)
        codings = coding_store.list_codings(conn)
        imported = coding_store.imported_codings(conn)
        decisions = redaction_store.live_decisions(conn)
        writers = {m.coder for m in coding_store.list_memos(conn)}
        writers |= {k.coder for k in link_store.list_links(conn) if k.memo}
    if not summaries:
        raise StudyExportError(f"{project.location}: no transcripts; import them first")
    for summary in summaries:
        refuse_unwritable(summary, turns[summary.id])
    if stored is None:
        raise StudyExportError(
            f"{project.location}: no codebook chosen yet; run 'qualkod codebook use FILE'"
        )
    if not codings:
        raise StudyExportError(
            f"{project.location}: no codings; 'qualkod reproduce' needs the study's codings"
        )
    coders = _coders_in_order(codings)
    if chapter.coder is not None and chapter.coder not in coders:
        known = ", ".join(shown_coder(project, name) for name in coders)
        raise StudyExportParameterError(  # chapter=ChapterOptions(coder=...); --coder
            "chapter.coder",
            chapter.coder,
            f"has no codings in the project; coders: {known}",
            option="coder",
        )
    redactor = ProjectRedactor(project)
    everyone = [*coders, *sorted(writers - set(coders))]
    order, pseudonyms = redactor.redactor.coders, redactor.redactor.speakers.pseudonyms
    if coder_names:  # the logins, but none that reads as a speaker's name
        spoken = name_words([s.raw_name for s in speakers] + [n for v in names.values() for n in v])
        labels = kept_logins(everyone, order, redactor.coder, spoken, pseudonyms)
    else:  # the same label in every file, and in chapter.coder; a speaker's pseudonym
        labels = coder_labels(everyone, order, redactor.coder, pseudonyms)
    if chapter.coder is not None:
        chapter = replace(chapter, coder=labels[chapter.coder])

    files: dict[str, bytes] = {}
    renamed: dict[str, str] = {}  # the project's transcript sha256 -> the written file's
    entries = []
    width = max(2, len(str(len(summaries))))
    for n, summary in enumerate(summaries, start=1):
        name = f"transcripts/transkript-{n:0{width}d}.vtt"
        data = transcript_vtt(turns[summary.id])
        renamed[summary.sha256] = check_read_back(data, name, summary, turns[summary.id])
        files[name] = data
        entries.append(name)

    codebook_name, theory_name = _codebook_files(stored)
    files[codebook_name] = stored.yaml.encode("utf-8")
    if theory_name:
        files[theory_name] = stored.theory_yaml.encode("utf-8")

    with temporary_folder("qualkod-study-") as scratch:  # quotes: removed however it ends
        codings_files = []
        for k, coder in enumerate(coders, start=1):
            written = Path(scratch) / f"{k}.csv"
            export_codings(project, written, coder=coder)
            name = f"codings/{_file_stem(labels[coder], k)}.csv"
            files[name] = _codings_renamed(written.read_bytes(), renamed, labels)
            codings_files.append(name)
        memos = Path(scratch) / "memos.yaml"
        memos_name = None
        if export_memos(project, memos):
            memos_name = MEMOS_FILE
            files[memos_name] = _memos_renamed(memos.read_bytes(), renamed, labels)

    interviewers = sorted(
        {s.raw_name for s in speakers if s.role == "interviewer" and _speaks(s.id, turns)}
    )
    carried = carried_names([(p, files[p]) for p in entries], summaries, turns, interviewers)
    spec = {
        "study": study,
        "title": title,
        "transcripts": [
            _input(p, files) | ({"title": given} if given else {})
            for p, given in zip(entries, carried.titles, strict=True)
        ],
        "interviewers": interviewers,
    }
    if carried.speakers:
        spec["speakers"] = [_speaker_spec(naming) for naming in carried.speakers]
    spec["codebook"] = _input(codebook_name, files)
    if theory_name:
        spec["theory"] = _input(theory_name, files)
    spec["codings"] = [_input(p, files) for p in codings_files]
    if memos_name:
        spec["memos"] = _input(memos_name, files)
    spec["outputs"] = "outputs"
    spec["chapter"] = _chapter_spec(chapter)
    spec["tables"] = {"coder": chapter.coder} if chapter.coder else {}
    redaction = _redaction_spec(project, decisions)
    if redaction:
        spec["redaction"] = redaction
    files[STUDY_FILE] = _study_yaml(spec)
    _write_folder(out, files, force)
    notes = _notes(carried.notes, speakers, names, turns, codings, imported)
    shown_coders = tuple(labels[c] for c in coders)
    labelled = labelled_logins(labels) if coder_names else 0
    return StudyExport(out, tuple(files), len(summaries), shown_coders, tuple(notes), labelled)


def _refuse_target(out: Path, force: bool) -> None:
    """Refuse a file, a missing parent folder or (without ``force``) a folder with files."""
    if out.exists() and not out.is_dir():
        raise StudyExportError(
            f"{shown(out)}: is a file, not a folder; give a new or empty folder for the study"
        )
    if out.is_dir() and any(out.iterdir()) and not force:
        raise StudyExportError(
            f"{shown(out)}: the folder is not empty; give a new or empty folder, or add "
            "--force to replace what is in it",
            in_python={"--force": "force=True"},
        )
    parent = out.absolute().parent
    if not parent.is_dir():
        raise StudyExportError(
            f"{shown(out)}: the folder {shown(parent)} does not exist; create it first"
        )


def _coders_in_order(codings) -> list[str]:
    """The coders in the order they first coded (the chapter labels them so)."""
    first: dict[str, int] = {}
    for c in codings:
        first[c.coder] = min(first.get(c.coder, c.id), c.id)
    return sorted(first, key=first.get)


def _speaks(speaker_id: int, turns: dict) -> bool:
    return any(t.speaker.id == speaker_id for found in turns.values() for t in found)


def _file_stem(coder: str, number: int) -> str:
    """A file name for a coder's codings: the name as a slug, else ``kodare-N``."""
    slug = re.sub(r"[^a-z0-9]+", "-", coder.casefold()).strip("-")
    return slug[:40] or f"kodare-{number}"


def _codebook_files(stored) -> tuple[str, str | None]:
    """Where the codebook and its catalogue go: the catalogue where the codebook's
    ``codebook.theory`` names it (relative to the codebook), else by its id."""
    codebook_name = f"codebooks/{_file_stem(stored.codebook_id, 1)}.yaml"
    if not stored.theory_yaml:
        return codebook_name, None
    named = None
    try:
        data = yaml.safe_load(stored.yaml)
        named = data.get("codebook", {}).get("theory") if isinstance(data, dict) else None
    except yaml.YAMLError:
        named = None
    if isinstance(named, str) and named.strip():
        path = PurePosixPath(os.path.normpath(f"codebooks/{named.strip()}").replace("\\", "/"))
        if (
            path.is_absolute()
            or path.parts[0] in ("..", ".")
            or path.suffix not in (".yaml", ".yml")
            or path.as_posix() in (STUDY_FILE, MEMOS_FILE, codebook_name)
        ):
            raise StudyExportError(
                f"codebook {stored.codebook_id}: names its theory catalogue {named!r}, a "
                "path outside the study folder or of another file there; name it beside the "
                "codebook (codebook.theory: FILE.yaml), choose it again with 'qualkod "
                "codebook use', and export again"
            )
        return codebook_name, path.as_posix()
    return codebook_name, f"codebooks/{_file_stem(stored.theory_id or 'teori', 1)}-teori.yaml"


def _codings_renamed(data: bytes, renamed: dict[str, str], labels: dict[str, str]) -> bytes:
    """A codings file naming the written transcript files (column transcript_sha256)
    and each coder by her label (column coder)."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(rows[0])
    coder = rows[0].index("coder")
    for row in rows[1:]:  # kept in the project's order: imported, they get ids in it
        row[coder] = labels.get(row[coder], row[coder])
        writer.writerow([renamed.get(row[0], row[0]), *row[1:]])
    return buffer.getvalue().encode("utf-8")


def _memos_renamed(data: bytes, renamed: dict[str, str], labels: dict[str, str]) -> bytes:
    """A memos file whose link memos name the written transcript files, and whose memos
    and codings name each coder by her label (in the order written: the labels do not
    sort the file again, so that a reproduction imports the memos in the same order)."""
    content = yaml.safe_load(data.decode("utf-8"))
    for item in content["memos"]:
        if "coder" in item:
            item["coder"] = labels.get(item["coder"], item["coder"])
        coding = item.get("coding")
        if isinstance(coding, dict):
            coding["transcript"] = renamed.get(coding["transcript"], coding["transcript"])
            if "coder" in coding:
                coding["coder"] = labels.get(coding["coder"], coding["coder"])
    text = yaml.safe_dump(content, allow_unicode=True, sort_keys=False, width=88)
    return text.encode("utf-8")


def _input(path: str, files: dict[str, bytes]) -> dict[str, str]:
    return {"path": path, "sha256": hashlib.sha256(files[path]).hexdigest()}


def _speaker_spec(naming: SpeakerNaming) -> dict[str, str]:
    """A speaker's entry under ``speakers:`` (the display name the transcripts give)."""
    spec = {"name": naming.name}
    if naming.pseudonym is not None:
        spec["pseudonym"] = naming.pseudonym
    if naming.role is not None:
        spec["role"] = naming.role.value
    return spec


def _chapter_spec(chapter: ChapterOptions) -> dict:
    spec: dict = {"file": "kapitel.docx", "lang": chapter.lang}
    if chapter.number is not None:
        spec["number"] = chapter.number
    spec["max_quotes"] = chapter.max_quotes
    if chapter.coder is not None:
        spec["coder"] = chapter.coder
    return spec


def _redaction_spec(project: Project, decisions) -> dict:
    """The study's terms, ignored items and confirmed names, as ``study.yaml`` lists them;
    an item is named by its text where that names it alone, else by its id."""
    from qualkod.redaction import review

    terms = [
        {"text": d.text, "as": d.replacement}
        for d in decisions
        if d.decision == redaction_store.ADDED and d.replacement
    ]
    spec: dict = {"terms": terms} if terms else {}
    decided = [d for d in decisions if d.decision != redaction_store.ADDED]
    if not decided:
        return spec
    found = review.candidates(project)
    by_key = {c.key: c for c in found}
    for key, decision in (
        ("ignore", redaction_store.IGNORED),
        ("confirm", redaction_store.CONFIRMED),
    ):
        named = []
        for d in decided:
            item = by_key.get(d.key)
            if d.decision != decision or item is None:
                continue  # an item no transcript holds now (reproduce would refuse it)
            try:
                same = review.resolve(found, item.text).key == d.key
            except QualkodError:
                same = False
            named.append(item.text if same else item.id)
        if named:
            spec[key] = list(dict.fromkeys(named))
    return spec


def _study_yaml(spec: dict) -> bytes:
    header = (
        "# Written by 'qualkod export study': everything 'qualkod reproduce study.yaml'\n"
        "# needs, with checksums. Paths are relative to this file. The transcripts hold real\n"
        "# names: keep this folder within the research team or the archive.\n"
    )
    body = yaml.safe_dump(spec, allow_unicode=True, sort_keys=False, width=88)
    return (header + body).encode("utf-8")


def _write_folder(out: Path, files: dict[str, bytes], force: bool) -> None:
    """Write the files into a temporary folder beside ``out``, then move it into place;
    a folder replaced (``force``) goes only once the new one is complete."""
    parent = out.absolute().parent
    try:
        building = Path(tempfile.mkdtemp(prefix=".qualkod-study-", dir=parent))
    except OSError as exc:
        raise StudyExportError(
            f"{shown(out)}: cannot write in {shown(parent)} ({exc.strerror})"
        ) from None
    old = None
    try:
        for name, data in files.items():
            target = building / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        building.chmod(0o755 & ~_umask())
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=".qualkod-old-", dir=parent))
            os.replace(out, old / "folder")
        os.replace(building, out)
    except OSError as exc:
        if old is not None and not out.exists():
            os.replace(old / "folder", out)  # put back what was there
        raise StudyExportError(f"{shown(out)}: cannot be written ({exc.strerror})") from None
    finally:
        shutil.rmtree(building, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _notes(not_carried, speakers, names, turns, codings, imported) -> list[str]:
    """What the study folder cannot carry, so that a reproduction may differ there."""
    notes = list(not_carried)
    several = [s.pseudonym for s in speakers if len(names.get(s.id, ())) > 1]
    if several:
        notes.append(
            f"speakers known by several display names ({', '.join(several)}) are written "
            "under one: their other names are redacted only where a list finds them"
        )
    silent = [s.pseudonym for s in speakers if not _speaks(s.id, turns)]
    if silent:
        notes.append(
            f"speakers of removed transcripts ({', '.join(silent)}) are not in the study: "
            "add their names as redaction terms if other interviews mention them"
        )
    made_here = sum(c.id not in imported for c in codings)
    if made_here:
        notes.append(
            f"{made_here} codings were made in this project: in the reproduced chapter all "
            "codings are read from codings files, so its sentence on suggestions differs"
        )
    return notes
