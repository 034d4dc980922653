"""Pseudonymised transcripts as files, for a supervisor or an archive (such as SND).

Each transcript becomes one file named by its title as outputs show it (``Intervju 1.txt``,
never the imported file's name, which may hold a name): a short header, then every turn
as ``[hh:mm:ss] IP 1: text``, the text redacted as ``qualkod show`` redacts it (through
:class:`~qualkod.redaction.project.ProjectRedactor`, the project's one boundary)::

    with open_project("studie.db") as p:
        export_transcripts(p, None, "till-handledare", "docx")  # every transcript

The project is only read, so a read-only project is exported as well. Every file is
built before the first is written; each is written whole (a temporary file, then a
rename), and when one cannot be written the files this run created are removed again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from qualkod import project as project_api
from qualkod.errors import ParameterError, QualkodError
from qualkod.ingest import format_clock
from qualkod.models import StoredTurn, TranscriptSummary
from qualkod.output_files import folder_writable, write_atomic
from qualkod.redaction.project import ProjectRedactor, names_someone
from qualkod.store import Project

__all__ = ["FORMATS", "PSEUDONYMISED", "export_transcripts"]

FORMATS = ("txt", "docx")
"""The file formats a transcript is written in."""

PSEUDONYMISED = (
    "Pseudonymiserad av qualkod: talare som IP n / Intervjuare n; namn, kommuner, orter, "
    "telefonnummer, e-post m.m. ersatta"
)
"""The header line that tells the reader what was done to the text."""

# Characters no file name may hold on Windows, macOS or Linux (and control characters).
_NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
# Characters XML 1.0 cannot hold at all (python-docx refuses them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class _Exported:
    """One transcript as it is shown: its title, date and turns, redacted."""

    title: str
    """The title as outputs show it."""
    date: str
    """``YYYY-MM-DD``, or empty when unknown."""
    lines: tuple[tuple[str, str], ...]
    """Per turn, ``[hh:mm:ss] IP 1:`` (no time when untimed) and the redacted text."""


def export_transcripts(
    project: Project,
    transcripts: Sequence[str | int] | None,
    out: str | Path,
    fmt: str = "txt",
    *,
    force: bool = False,
) -> list[Path]:
    """Write transcripts, pseudonymised, one file each into the folder ``out``.

    Args:
        project: an open project (read only).
        transcripts: ids, sha256 prefixes or titles, as ``qualkod show`` takes them;
            ``None`` for every transcript of the project.
        out: an existing folder to write into.
        fmt: ``"txt"`` (UTF-8 text) or ``"docx"`` (Word).
        force: replace files of the same names already in ``out``.

    Returns:
        The files written, in the order of ``transcripts`` (import order for all).

    Raises:
        ParameterError: when ``out`` is not a folder qualkod may write to, or ``fmt`` is
            neither txt nor docx.
        NotFoundError: when a transcript is not in the project.
        QualkodError: when a file is there already (without ``force``), the project
            holds no transcripts, or a file cannot be written.
    """
    if fmt not in FORMATS:
        raise ParameterError("fmt", fmt, "give txt or docx")
    folder = _checked_folder(Path(out))
    every = project_api.transcripts(project)
    if transcripts is None:
        chosen = every
        if not chosen:
            raise QualkodError(
                f"{project.location}: holds no transcripts to export; import some with "
                "'qualkod import FILE...'"
            )
    else:
        found = [project_api.get_transcript(project, r) for r in transcripts]
        chosen = list({t.id: t for t in found}.values())  # each once, in the order given
    outgoing = ProjectRedactor(project)
    names = _file_names(every, outgoing)
    files: list[tuple[Path, bytes]] = []
    for summary in chosen:
        _, turns = project_api.turns(project, str(summary.id))
        shown = _shown(summary, turns, outgoing)
        data = _docx_bytes(shown) if fmt == "docx" else _text(shown).encode("utf-8")
        files.append((folder / f"{names[summary.id]}.{fmt}", data))
    if not force:
        there = [path for path, _ in files if path.exists() or path.is_symlink()]
        if there:
            also = f" (and {len(there) - 1} more)" if len(there) > 1 else ""
            raise QualkodError(
                f"{there[0]}: is there already{also}; nothing was written; add --force to "
                "replace it, or give another --out folder",
                in_python={"add --force": "pass force=True", "--out": "out"},
            )
    return _write_all(files)


def _checked_folder(out: Path) -> Path:
    """``out`` when it is a folder qualkod may write in."""
    if not out.exists():
        raise ParameterError(
            "out", str(out), "the folder does not exist; create it first (mkdir) or give another"
        )
    if not out.is_dir():
        raise ParameterError("out", str(out), "is a file, not a folder; give a folder to write in")
    if not folder_writable(out):
        raise ParameterError(
            "out", str(out), "the folder is not writable; make it writable, or give another folder"
        )
    return out


def _file_names(every: list[TranscriptSummary], outgoing: ProjectRedactor) -> dict[int, str]:
    """Transcript id -> file name (without suffix) of every transcript of the project:
    its title as outputs show it, made safe for any file system; ``Transkript N`` where
    that is empty or still names someone.

    Where two transcripts would get the same name (redaction makes ``Samtal med Anna``
    and ``Samtal med Eva`` both ``Samtal med [person]``; a file system may ignore case
    and Unicode composition), each gets its id after it, ``Samtal med [person] (3)``, the
    number ``qualkod transcripts`` lists; so does one whose own name is such a name
    (``Samtal med [person] (3)`` as a title). Names are made over the whole project, not
    the transcripts chosen, so a transcript's file has the same name whichever others
    are exported with it, and no export (``--force`` neither) writes one interview's
    file over another's."""
    names = {}
    for summary in every:
        name = _NOT_IN_FILE_NAMES.sub("_", outgoing.title(summary.title)).strip(" .")
        if not name or names_someone(outgoing.redactor, name):
            name = f"Transkript {summary.id}"
        names[summary.id] = name
    numbered: set[int] = set()
    while True:  # a name with its id is no other's: each round numbers one more at least
        by_name: dict[str, list[int]] = {}
        for number, name in names.items():
            by_name.setdefault(_same_file(name), []).append(number)
        shared = {n for ids in by_name.values() if len(ids) > 1 for n in ids} - numbered
        if not shared:
            return names
        for number in shared:
            names[number] = f"{names[number]} ({number})"
        numbered |= shared


def _same_file(name: str) -> str:
    """What a file system that ignores case and composition (macOS, Windows) compares."""
    return unicodedata.normalize("NFC", name).casefold()


def _shown(
    summary: TranscriptSummary, turns: list[StoredTurn], outgoing: ProjectRedactor
) -> _Exported:
    """The transcript as it leaves the project: speakers by pseudonym, text redacted."""
    lines = []
    for turn in turns:
        clock = format_clock(turn.start_ms)
        who = f"[{clock}] {turn.speaker.pseudonym}:" if clock else f"{turn.speaker.pseudonym}:"
        lines.append((who, outgoing.turn(summary.id, turn.index)))
    date = summary.date.isoformat() if summary.date else ""
    return _Exported(outgoing.title(summary.title), date, tuple(lines))


def _header(shown: _Exported) -> list[str]:
    return [shown.title, *([f"Datum: {shown.date}"] if shown.date else []), PSEUDONYMISED]


def _text(shown: _Exported) -> str:
    """The transcript as UTF-8 text: the header, a blank line, one line per turn."""
    body = [f"{who} {text}" for who, text in shown.lines]
    return "\n".join([*_header(shown), "", *body]) + "\n"


def _docx_bytes(shown: _Exported) -> bytes:
    """The transcript as a Word document: a heading, the header lines, a paragraph per
    turn with its time and speaker in bold."""
    from qualkod.export import _word

    document = _word.new_document("sv")
    document.add_heading(_xml(shown.title), level=1)
    header = _header(shown)[1:]
    for line in header:
        document.add_paragraph().add_run(_xml(line)).italic = line == PSEUDONYMISED
    for who, text in shown.lines:
        paragraph = document.add_paragraph()
        paragraph.add_run(_xml(who)).bold = True
        paragraph.add_run(" " + _xml(text))
    return _word.document_bytes(document, title=_xml(shown.title), language="sv")


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _write_all(files: list[tuple[Path, bytes]]) -> list[Path]:
    """Write every file whole; on an error remove the ones this run created."""
    created: list[Path] = []
    try:
        for path, data in files:
            new = not path.exists()
            write_atomic(path, data)
            if new:
                created.append(path)
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        raise
    return [path for path, _ in files]
