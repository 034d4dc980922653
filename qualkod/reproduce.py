"""Reproducing a study from its manifest (``study.yaml``) with one command.

The manifest names every input with its sha256: transcripts, codebook, theory
catalogue, codings files and memos, plus the chapter and table settings. ``reproduce``
checks every checksum first (a changed input stops the run, naming the file), builds
a fresh project in a temporary folder, imports, applies the codings and memos, and
writes the chapter, the quote tables, the chart and ``MANIFEST.json`` (sha256 of every
input and output, the codebook version and the versions of everything that shapes the
outputs, see :mod:`qualkod.manifest`) into the output folder. Each output is written
atomically and carries no dates, so two runs give byte-identical files.

Paths in the manifest are relative to the manifest's folder. A manifest is untrusted:
inputs must lie inside that folder and outputs inside its outputs folder (see
:mod:`qualkod.study_file`), checked before anything is read or written.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qualkod import manifest as manifest_file
from qualkod.codebook import load_codebook
from qualkod.counts import counted
from qualkod.errors import NotFoundError, ParameterError, QualkodError
from qualkod.models import Role
from qualkod.output_files import folder_writable
from qualkod.output_folder import write_all_or_none
from qualkod.project import set_title
from qualkod.study_file import InputFile, StudySpec, load_study, study_settings
from qualkod.study_names import SpeakerNaming, name_speaker
from qualkod.study_paths import check_inputs, check_paths, output_names, sha256_of
from qualkod.temporary_project import temporary_folder

__all__ = [
    "InputFile",
    "ReproduceResult",
    "StudySpec",
    "check",
    "check_inputs",
    "check_paths",
    "load_study",
    "reproduce",
    "sha256_of",
]


@dataclass(frozen=True)
class ReproduceResult:
    """What a run wrote."""

    outputs: dict[str, Path]
    manifest: Path


Step = Callable[[str], None]


def reproduce(
    path: str | Path, *, step: Step | None = None, into: Path | None = None
) -> ReproduceResult:
    """Rebuild the study from its manifest (see the module docstring).

    ``into`` writes the outputs to that existing folder instead of the manifest's
    outputs folder (``reproduce --check`` uses a temporary one).
    """
    from qualkod import analysis
    from qualkod.analysis.material import read_material
    from qualkod.coding import codings as listed_codings
    from qualkod.coding import import_codings, import_memos
    from qualkod.export import quote_tables
    from qualkod.export.chapter import ChapterSettings, build_chapter
    from qualkod.export.chart import quotes_chart
    from qualkod.importing import import_files
    from qualkod.project import init_project, use_codebook
    from qualkod.redaction.project import ProjectRedactor, refuse_a_named_file
    from qualkod.store import open_project

    say = step or (lambda _: None)
    manifest = Path(path)
    spec = load_study(manifest)
    root = manifest.resolve().parent
    say("checking inputs")
    out = check_paths(spec, root, manifest)
    inputs = check_inputs(spec, root, manifest)
    theory = root / spec.theory.path if spec.theory is not None else None
    load_codebook(root / spec.codebook.path, theory)  # a wrong one stops the run before any work
    # Said as the user would find it: the manifest's folder as given, then the outputs.
    shown = Path(os.path.normpath(manifest.parent / spec.outputs))
    if into is not None:
        out = shown = into
    elif out.exists() and not out.is_dir():
        raise QualkodError(f"{manifest}: outputs {spec.outputs} is a file; give a folder")
    _writable_outputs(manifest, spec.outputs, out, shown)  # before any work is done
    written: dict[str, bytes] = {}
    # The temporary project holds the transcripts verbatim (see temporary_project).
    with temporary_folder() as folder:
        location = folder / "study.db"
        init_project(location)
        project = open_project(location)
        try:
            say(f"importing {counted(len(spec.transcripts), 'transcript')}")
            imported = import_files(
                project,
                [root / t.path for t in spec.transcripts],
                interviewers=spec.interviewers,
                interviewers_from=lambda n: (
                    f"{spec.where(manifest, 'interviewers', n)}: interviewers.{n}"
                ),
            )
            _apply_names(project, spec, [r.transcript_id for r in imported], manifest)
            _apply_redaction(project, spec, manifest)
            outgoing = ProjectRedactor(project)
            for key, name in output_names(spec):  # they go into MANIFEST.json as given
                at = spec.where(manifest, *key.split("."))
                refuse_a_named_file(outgoing.redactor, name, f"{at}: {key}")
            say("choosing the codebook")
            # the manifest's catalogue, also where the codebook names none (--theory)
            use_codebook(project, root / spec.codebook.path, theory)
            for codings in spec.codings:
                say(f"applying codings from {codings.path}")
                import_codings(project, root / codings.path)
            _check_coders(manifest, spec, {c.coder for c in listed_codings(project)})
            if spec.memos is not None:
                say(f"applying memos from {spec.memos.path}")
                import_memos(project, root / spec.memos.path)
            chapter = spec.chapter
            say(f"writing the chapter {chapter.file}")
            written[chapter.file] = build_chapter(
                project,
                ChapterSettings(
                    lang=chapter.lang,
                    number=chapter.number,
                    max_quotes=chapter.max_quotes,
                    coder=chapter.coder,
                ),
            )
            say("writing the quote tables and the chart")
            material = read_material(project, coder=spec.tables.coder)
            frame = analysis.quotes(material)
            written[spec.tables.xlsx] = quote_tables.to_xlsx(frame, material)
            written[spec.tables.html] = quote_tables.to_html(frame, material).encode("utf-8")
            written[spec.tables.csv] = quote_tables.to_csv(frame, material).encode("utf-8")
            written[spec.tables.chart] = quotes_chart(material)
            codebook = material.codebook
        finally:
            project.close()
    written["MANIFEST.json"] = manifest_file.record(
        outgoing.title(spec.study),  # a study id may hold a name too
        {"id": codebook.id, "version": codebook.version},
        # Input file names can name an interviewee: they are redacted like any title.
        _redacted_names(inputs, outgoing.title),
        {name: hashlib.sha256(data).hexdigest() for name, data in written.items()},
        study_settings(spec, root),
    )
    # All or none: a run that fails or is stopped leaves the outputs folder as it was.
    try:
        paths = write_all_or_none(out, written)
    except OSError as exc:  # made read-only during the run
        raise _read_only_outputs(manifest, spec.outputs, shown, exc.strerror) from None
    manifest_out = paths.pop("MANIFEST.json")
    say(f"wrote {len(paths)} files and MANIFEST.json to {shown}/")
    return ReproduceResult(paths, manifest_out)


def _writable_outputs(manifest: Path, outputs: str, out: Path, shown: Path) -> None:
    """Check that the outputs folder can be written, or made where it is missing
    (nothing is made yet: a run that fails leaves no folder behind).

    Raises:
        QualkodError: naming the manifest's ``outputs:`` and how to fix it, when the
            folder cannot be made or written to (a read-only folder or file system).
    """
    if out.exists():
        if not folder_writable(out):
            raise _read_only_outputs(manifest, outputs, shown, "read-only")
        return
    parent, above = out.parent, shown.parent
    while not parent.exists():
        parent, above = parent.parent, above.parent
    if not parent.is_dir() or not folder_writable(parent):
        raise QualkodError(
            f"{manifest}: outputs {outputs}: cannot create the folder {shown} (read-only); "
            f"make {above} writable, or name another folder under outputs:"
        )


def _read_only_outputs(manifest: Path, outputs: str, shown: Path, reason: str) -> QualkodError:
    return QualkodError(
        f"{manifest}: outputs {outputs}: cannot write in the folder {shown} ({reason}); "
        "make it writable, or name another folder under outputs:"
    )


def _check_coders(manifest: Path, spec: StudySpec, known: set[str]) -> None:
    """Refuse a coder the codings files lack before any output is made."""
    if not known:  # the line of codings:, or where it belongs when it is missing
        what = "the files listed hold no codings" if spec.codings else "missing or empty"
        raise QualkodError(
            f"{spec.where(manifest, 'codings')}: codings: {what}; list a file exported "
            "with 'qualkod codings export' under codings:"
        )
    for key, coder in (("chapter.coder", spec.chapter.coder), ("tables.coder", spec.tables.coder)):
        if coder is not None and coder not in known:
            raise QualkodError(
                f"{spec.where(manifest, *key.split('.'))}: {key} {coder}: has no codings in "
                "the study's codings files; "
                f"coders: {', '.join(sorted(known)) or 'none'}"
            )


def _redacted_names(inputs: dict[str, str], redact: Callable[[str], str]) -> dict[str, str]:
    """Path -> sha256 with names in paths redacted; paths that then coincide are numbered."""
    named: dict[str, str] = {}
    for path, digest in sorted(inputs.items()):
        shown = redact(path)
        number = 1
        while shown in named:
            number += 1
            shown = f"{redact(path)} ({number})"
        named[shown] = digest
    return named


def _apply_names(project, spec: StudySpec, transcript_ids: list[int], manifest: Path) -> None:
    """Give the speakers the manifest's pseudonyms and roles, then the transcripts their
    titles, as ``qualkod speakers set`` and ``import --title`` do (roles first: a role
    changed may retitle ``Fokusgrupp 1`` as ``Intervju 2``).

    Raises:
        QualkodError: naming the manifest's key, for a speaker no transcript has under
            that name, or a pseudonym or title the project refuses.
    """
    for n, item in enumerate(spec.speakers):
        naming = SpeakerNaming(item.name, item.pseudonym, Role(item.role) if item.role else None)
        try:
            name_speaker(project, naming)
        except NotFoundError as exc:
            at = spec.where(manifest, "speakers", n, "name")
            said = exc.for_option()
            raise QualkodError(f"{at}: speakers.{n}.name: {said}") from None  # no name shown
        except ParameterError as exc:
            given = "" if exc.value is None else f" {exc.value!r}"
            at = spec.where(manifest, "speakers", n, exc.parameter)
            raise QualkodError(f"{at}: speakers.{n}.{exc.parameter}{given}: {exc.reason}") from None
    for n, (item, transcript_id) in enumerate(zip(spec.transcripts, transcript_ids, strict=True)):
        if item.title is None:
            continue
        try:
            set_title(project, transcript_id, item.title)
        except ParameterError as exc:
            at = spec.where(manifest, "transcripts", n, "title")
            raise QualkodError(
                f"{at}: transcripts.{n}.title {item.title!r}: {exc.reason}"
            ) from None


STUDY_CODER = "study.yaml"
"""The coder named in the audit log for the redaction decisions a manifest makes."""


def _apply_redaction(project, spec: StudySpec, manifest: Path) -> None:
    """Record the manifest's study terms, ignored items and confirmed names in the project.

    Raises:
        QualkodError: when an ignored or confirmed item is found nowhere in the transcripts.
    """
    from qualkod.redaction import review
    from qualkod.store.redactions import CONFIRMED, IGNORED

    for term in spec.redaction.terms:
        review.add_term(project, term.text, term.replacement, STUDY_CODER)
    for key, texts, decision in (
        ("ignore", spec.redaction.ignore, IGNORED),
        ("confirm", spec.redaction.confirm, CONFIRMED),
    ):
        if not texts:
            continue
        found = review.candidates(project)
        for n, text in enumerate(texts):
            try:
                item = review.resolve(found, text)
            except NotFoundError:
                raise QualkodError(
                    f"{spec.where(manifest, 'redaction', key, n)}: redaction.{key}.{n} {text!r} "
                    "is not found in the transcripts; "
                    "remove it or copy the text from 'qualkod redact'"
                ) from None
            if decision == IGNORED and not review.may_ignore(item):
                raise QualkodError(
                    f"{spec.where(manifest, 'redaction', key, n)}: redaction.{key}.{n} {text!r} "
                    "is a speaker's name, always "
                    "replaced by the speaker's pseudonym; remove it"
                )
        review.decide(project, texts, decision, STUDY_CODER, found=found)


def check(study: str | Path, manifest: str | Path, *, step=None) -> manifest_file.CheckResult:
    """Re-run the study into a temporary folder and compare it with ``manifest``.

    The study's own outputs folder is never written. The manifest is read first, so a
    missing or broken one stops the check before the run.

    Raises:
        QualkodError: for a missing or invalid manifest, or anything ``reproduce`` refuses.
    """
    manifest = Path(manifest)
    recorded = manifest_file.load_recorded(manifest)

    def say(message: str) -> None:  # not where the outputs went: that folder goes next
        if step is not None and not message.startswith("wrote "):
            step(message)

    with tempfile.TemporaryDirectory(prefix="qualkod-check-") as folder:
        result = reproduce(study, step=say, into=Path(folder))
        written = manifest_file.load_recorded(result.manifest)
    return manifest_file.compare(recorded, written, manifest)
