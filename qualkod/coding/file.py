"""Codings files: a stable, diff-friendly CSV that moves codings between machines.

Rows are sorted by transcript sha256, turn, start, end, code and coder, so that the
same codings always give the same bytes. A row names its transcript by the sha256 of
the source file and carries the quoted text, so an import can check that it still
fits the transcript it is applied to.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from qualkod import project as project_api
from qualkod.coding._row_problems import problems_by_rows
from qualkod.coding.provenance import COLUMNS as PROVENANCE_COLUMNS
from qualkod.coding.provenance import Provenance, provenances, read_provenance
from qualkod.errors import QualkodError
from qualkod.input_files import read_input
from qualkod.models import Coding
from qualkod.output_files import study_file_kind, write_atomic
from qualkod.record_reprs import coder_name, free_text, repr_without_text
from qualkod.store import Project
from qualkod.store import codebooks as codebook_store
from qualkod.store import codings as store
from qualkod.store import links as link_store
from qualkod.store import transcripts as transcript_store
from qualkod.store.schema import NAME_LENGTH

COLUMNS = [
    "transcript_sha256",
    "transcript",
    "turn",
    "start",
    "end",
    "speaker",
    "theme",
    "code",
    "coder",
    "featured",
    "concepts",
    "memo",
    "created_at",
    *PROVENANCE_COLUMNS,
    "quote",
]
"""The columns written. ``concepts`` (the concept ids the quote is linked to, separated
by ``;``; their memos travel in the memos file) and ``source``, ``suggestion_score`` and
``suggestion_evidence`` (where the coding came from, :mod:`qualkod.coding.provenance`)
are optional on import: older files without them still import."""
REQUIRED = {"transcript_sha256", "turn", "start", "end", "code", "coder", "quote"}


class CodingsFileError(QualkodError):
    """A codings file cannot be imported; every bad row is listed."""


_CODER = {"(--coder)": "(coder=...)", "give --coder": "give coder=..."}
"""What a Python caller gives where a row's problem names the option."""


@dataclass(frozen=True)
class CodingsImport:
    """What an import did."""

    added: int
    """New codings stored."""
    unchanged: int
    """Rows that were already in the project."""
    coders: tuple[str, ...] = coder_name()  # a repr hides them: logins may be names
    """Coders in the file (after ``--coder``)."""
    other_theme: tuple[str, ...] = ()
    """``file:line`` of rows whose theme column names another theme than their code's
    (the code decides: the codebook may have moved it, or the column was edited)."""

    __repr__ = repr_without_text


@dataclass(frozen=True)
class CodingRow:
    """One row of a codings file."""

    line: int
    transcript_sha256: str
    turn: int
    start: int
    end: int
    code: str
    coder: str = coder_name()  # a repr hides it; qualkod.to_frame shows a label
    featured: bool
    memo: str = free_text()  # a repr shows lengths: memos and quotes may name people
    created_at: str
    quote: str = free_text()
    concepts: tuple[str, ...] = ()
    theme: str = ""
    """The theme column as written (empty when the file has none)."""
    provenance: Provenance = Provenance()
    """Where the coding came from, as the file says (``unknown`` when it does not)."""

    __repr__ = repr_without_text


def export_codings(project: Project, path: str | Path, *, coder: str | None = None) -> int:
    """Write the live codings (of one coder, or all) to a CSV file; returns the row count.

    Each row says where its coding came from (``source``: typed, an accepted suggestion
    with its score and evidence, or unknown; see :mod:`qualkod.coding.provenance`)."""
    codebook = None
    try:
        codebook = project_api.current_codebook(project)[0]
    except QualkodError:
        codebook = None
    with project.read() as conn:
        _refuse_another_studys_file(conn, Path(path))
        rows = store.list_codings(conn, coder=coder)
        linked: dict[int, list[str]] = {}
        for link in link_store.list_links(conn):
            linked.setdefault(link.coding_id, []).append(link.concept_id)
        titles = {t.id: t.title for t in transcript_store.list_transcripts(conn)}
        origins = provenances(conn, [c.id for c in rows])
        speakers = {}
        for transcript_id in {c.transcript_id for c in rows}:
            for turn in transcript_store.transcript_turns(conn, transcript_id):
                speakers[(transcript_id, turn.index)] = turn.speaker.pseudonym
    rows.sort(key=lambda c: (c.transcript_sha256, c.turn, c.start, c.end, c.code_id, c.coder))
    buffer = io.StringIO()
    # Cells are written verbatim, not neutralised against spreadsheet formulas like the
    # tables for people (qualkod.export.cells): this is an exchange file that qualkod
    # reads back, and a memo or quote must round-trip byte for byte.
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for c in rows:
        theme = codebook.theme_of(c.code_id) if codebook else None
        writer.writerow(
            [
                c.transcript_sha256,
                titles.get(c.transcript_id, ""),
                c.turn,
                c.start,
                c.end,
                speakers.get((c.transcript_id, c.turn), ""),
                theme.id if theme else "",
                c.code_id,
                c.coder,
                "yes" if c.featured else "no",
                ";".join(sorted(linked.get(c.id, ()))),
                c.memo,
                c.created_at,
                *origins[c.id].cells(),
                c.quote,
            ]
        )
    write_atomic(path, buffer.getvalue().encode("utf-8"), replaces="codings file")
    return len(rows)


def _refuse_another_studys_file(conn, path: Path) -> None:
    """Refuse to write over a codings file that holds codings of transcripts this
    project does not have: another study's codings, which the export would lose."""
    if not path.is_file() or study_file_kind(path) != "codings file":
        return
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return  # write_atomic says what is wrong with the file
    shas = {row.get("transcript_sha256") for row in csv.DictReader(io.StringIO(text))}
    foreign = {sha for sha in shas if sha} - set(transcript_store.ids_by_sha256(conn))
    if foreign:
        raise QualkodError(
            f"{path}: holds codings of {len(foreign)} transcript(s) this project does not "
            "have (another study's?); it is not written over: give another file name"
        )


def read_codings_file(path: str | Path, *, coder: str | None = None) -> list[CodingRow]:
    """Parse a codings CSV file.

    Raises:
        CodingsFileError: listing every malformed row.
    """
    rows, errors = _read_rows(Path(path), coder)
    if errors:
        raise CodingsFileError(problems_by_rows(path, errors), in_python=_CODER)
    return rows


def _read_rows(path: Path, coder: str | None) -> tuple[list[CodingRow], list[tuple[int, str]]]:
    """The rows a codings file's lines give, and (line, problem) for each malformed one
    (a row with a problem may be among the rows: its line is in the problems).

    Raises:
        CodingsFileError: when the file as a whole cannot be read (encoding, cut off,
            header).
    """
    data = read_input(path, "codings file", error=CodingsFileError)
    # Excel's "Unicode Text" is UTF-16 with a byte-order mark, its cells split by tabs
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise CodingsFileError(
            f"{path}: not UTF-8 text (nor UTF-16 with a byte-order mark); save the file as "
            "UTF-8 (in Excel: Save As, 'CSV UTF-8')"
        ) from None
    last = text.rfind('"')
    if text.count('"') % 2 and (last == 0 or text[last - 1] in ",;\t\n"):
        # quotes inside a cell are doubled, so an odd count whose last quote opens a cell
        # is a file cut off inside it (a stray quote in an unquoted cell is read as text)
        raise CodingsFileError(
            f"{path}:{text.count(chr(10), 0, text.rfind(chr(34))) + 1}: the file ends inside "
            "a quoted cell: it is cut off; copy or export it again"
        )
    header = text.split("\n", 1)[0]
    # Excel in Swedish (and other languages with a decimal comma) saves CSV with ";",
    # and its Unicode Text with tabs.
    delimiter = next(
        (d for d in (";", "\t") if REQUIRED <= {h.strip() for h in header.split(d)}), ","
    )
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header_names = [name.strip() for name in reader.fieldnames or []]
    twice = next((n for n in header_names if n and header_names.count(n) > 1), None)
    if twice is not None:  # DictReader would keep the last column of the name
        raise CodingsFileError(
            f"{path}:1: the column {twice!r} appears twice; keep one and import again"
        )
    missing = REQUIRED - set(reader.fieldnames or [])
    if missing:
        raise CodingsFileError(
            f"{path}:1: not a codings file; missing columns {', '.join(sorted(missing))}"
        )
    rows: list[CodingRow] = []
    errors: list[tuple[int, str]] = []
    written: set[str] = set()  # the coder column's names, before --coder
    for line, record in enumerate(reader, start=2):
        extra = [cell for cell in record.get(None) or () if cell.strip()]
        if extra or any(record.get(name) is None for name in REQUIRED):  # cells off by some
            cells = len(record) - (None in record) + len(record.get(None) or ())
            cells -= sum(value is None for key, value in record.items() if key is not None)
            errors.append(
                (
                    line,
                    f"{cells} cells where the header has {len(reader.fieldnames or [])} "
                    "columns; check the row's separators and quotes",
                )
            )
            continue
        origin, wrong_origin = read_provenance(record)
        try:
            rows.append(
                CodingRow(
                    line=line,
                    transcript_sha256=record["transcript_sha256"].strip().lower(),
                    turn=int(record["turn"]),
                    start=int(record["start"]),
                    end=int(record["end"]),
                    code=record["code"].strip(),
                    coder=" ".join((coder or record["coder"]).split()),
                    featured=(record.get("featured") or "").strip().lower() in _YES,
                    memo=record.get("memo") or "",
                    created_at=(record.get("created_at") or "").strip() or store.now(),
                    quote=record["quote"],
                    concepts=tuple(
                        c.strip() for c in (record.get("concepts") or "").split(";") if c.strip()
                    ),
                    theme=(record.get("theme") or "").strip(),
                    provenance=origin,
                )
            )
        except (TypeError, ValueError, AttributeError):
            errors.append((line, "turn, start and end must be whole numbers"))
            continue
        problem = _row_problem(record, rows[-1]) or wrong_origin
        if problem:
            errors.append((line, problem))
        written.add(" ".join((record.get("coder") or "").split()))
    written.discard("")
    if coder is not None and len(written) > 1:  # --coder would make them one coder
        raise CodingsFileError(
            f"{path}: holds the codings of {len(written)} coders ({', '.join(sorted(written))}); "
            f"--coder {coder} would make them one coder's and merge their codings; import "
            "it without --coder, or export one coder's codings ('qualkod codings export "
            "--coder NAME') and import that",
            in_python={f"--coder {coder}": f"coder={coder!r}", "without --coder": "without coder"},
        )
    return rows, errors


_YES, _NO = {"yes", "true", "1", "ja"}, {"no", "false", "0", "nej", ""}


def _row_problem(record: dict, row: CodingRow) -> str | None:
    """What is wrong with a parsed row that the turn's text is not needed to see."""
    from datetime import datetime

    if row.start < 0 or row.end <= row.start:
        return f"start {row.start} and end {row.end} must be 0 <= start < end"
    if not row.coder:
        return "the coder name is empty; fill in the coder column or give --coder"
    if len(row.coder) > NAME_LENGTH:
        return (
            f"the coder name is {len(row.coder)} characters long; use one of at most {NAME_LENGTH}"
        )
    featured = (record.get("featured") or "").strip().lower()
    if featured not in _YES | _NO:
        return f"featured is '{featured}'; write yes or no"
    if (record.get("created_at") or "").strip():
        try:
            datetime.fromisoformat(row.created_at)
        except ValueError:
            return (
                f"created_at '{row.created_at}' is not a date and time such as "
                "2026-12-03T10:15:00+00:00; correct it or leave it empty"
            )
    return None


def import_codings(
    project: Project, path: str | Path, *, coder: str | None = None
) -> CodingsImport:
    """Import a codings file; all rows or none.

    Raises:
        CodingsFileError: listing every row whose transcript is missing, whose quote
            no longer matches the turn text, or whose code the codebook lacks.
    """
    rows, errors = _read_rows(Path(path), coder)  # (line, problem): every row is checked
    malformed = {line for line, _ in errors}
    rows = [row for row in rows if row.line not in malformed]
    codebook, catalogue = project_api.current_codebook(project)
    concepts = {c.id for c in catalogue.concepts} if catalogue else set()
    with project.write() as conn:
        ids = transcript_store.ids_by_sha256(conn)
        removed = store.removed_files(conn)
        texts: dict[int, dict[int, str]] = {}
        current = codebook_store.current_codebook(conn)
        added = unchanged = 0
        other_theme: list[str] = []
        for row in rows:
            where = f"{path}:{row.line}"
            transcript_id = ids.get(row.transcript_sha256)
            if transcript_id is None:
                when = removed.get(row.transcript_sha256)
                errors.append(
                    (
                        row.line,
                        f"transcript sha256 {row.transcript_sha256[:12]}... was removed from "
                        f"the project on {when} ('qualkod transcripts remove'); leave its "
                        "codings out"
                        if when
                        else f"transcript sha256 {row.transcript_sha256[:12]}... is not in "
                        "the project: import that transcript file first (a transcript "
                        "changed after it was coded has another sha256)",
                    )
                )
                continue
            if transcript_id not in texts:
                texts[transcript_id] = {
                    t.index: t.text for t in transcript_store.transcript_turns(conn, transcript_id)
                }
            text = texts[transcript_id].get(row.turn)
            if text is None:
                errors.append((row.line, f"turn {row.turn} does not exist in that transcript"))
                continue
            if row.end > len(text):
                errors.append(
                    (
                        row.line,
                        f"end {row.end} lies past turn {row.turn}, which is {len(text)} "
                        "characters long; was the transcript re-exported?",
                    )
                )
                continue
            if text[row.start : row.end] != row.quote or not row.quote:
                errors.append(
                    (
                        row.line,
                        f"the quoted text no longer matches turn {row.turn} at "
                        f"{row.start}-{row.end}; was the transcript re-exported?",
                    )
                )
                continue
            if codebook.code(row.code) is None:
                errors.append(
                    (
                        row.line,
                        f"code '{row.code}' is not in codebook {codebook.id} {codebook.version}",
                    )
                )
                continue
            theme = codebook.theme_of(row.code)
            if row.theme and theme is not None and row.theme != theme.id:
                other_theme.append(where)
            unknown = [c for c in row.concepts if c not in concepts]
            if unknown:
                known = ", ".join(sorted(concepts)) or "none (the codebook has no catalogue)"
                errors.append(
                    (
                        row.line,
                        f"concept '{unknown[0]}' is not in the theory catalogue; concepts: {known}",
                    )
                )
                continue
            if errors:
                continue
            existing = store.find_live_coding(
                conn, transcript_id, row.turn, row.start, row.end, row.code, row.coder
            )
            if existing:
                linked = _link_concepts(conn, existing, row)
                unchanged += not linked
                added += bool(linked)
                continue
            overlapping = store.overlapping_codings(
                conn, transcript_id, row.turn, row.start, row.end, row.code, row.coder
            )
            if overlapping:  # as 'code add' refuses: the same words would count twice
                errors.append(
                    (
                        row.line,
                        f"{row.coder} has coded words of this span of turn {row.turn} as "
                        f"{row.code} already (coding {overlapping[0]}); keep one of the two "
                        "rows, or import the file as another coder's (--coder)",
                    )
                )
                continue
            coding_id = store.insert_coding(
                conn,
                {
                    "transcript_id": transcript_id,
                    "turn_idx": row.turn,
                    "span_start": row.start,
                    "span_end": row.end,
                    "code_id": row.code,
                    "coder": row.coder,
                    "created_at": row.created_at,
                    "memo": row.memo,
                    "featured": row.featured,
                    "codebook_row": current.row_id if current else None,
                    "deleted": False,
                },
            )
            state = store.coding_state(store.get_coding(conn, coding_id))
            after = row.provenance.logged(state)  # what the file says of its origin
            store.add_event(conn, row.coder, "import", coding_id=coding_id, after=after)
            _link_concepts(conn, coding_id, row)
            added += 1
        if errors:
            # Raising inside the transaction rolls back every row already inserted.
            raise CodingsFileError(problems_by_rows(path, sorted(errors)), in_python=_CODER)
    return CodingsImport(
        added, unchanged, tuple(sorted({r.coder for r in rows})), tuple(other_theme)
    )


def _link_concepts(conn, coding_id: int, row: CodingRow) -> int:
    """Link the coding to the row's concepts it is not linked to yet; returns how many."""
    made = 0
    for concept in row.concepts:
        found = link_store.find_link(conn, coding_id, concept)
        if found is not None and found.status == "linked":
            continue
        link_store.link_coding(conn, coding_id, concept, row.coder, created_at=row.created_at)
        made += 1
    return made


def gold_codings(project: Project, path: str | Path) -> list[Coding]:
    """The codings of a codings file as this project's codings (for ``evaluate --gold``).

    Raises:
        QualkodError: when the file names transcripts the project lacks.
    """
    rows = read_codings_file(path)
    with project.read() as conn:
        ids = transcript_store.ids_by_sha256(conn)
    missing = sorted({r.transcript_sha256[:12] for r in rows if r.transcript_sha256 not in ids})
    if missing:
        raise QualkodError(
            f"{path}: transcripts {', '.join(missing)} are not in the project; import them first"
        )
    return [
        Coding(
            id=0,
            transcript_id=ids[r.transcript_sha256],
            transcript_sha256=r.transcript_sha256,
            turn=r.turn,
            start=r.start,
            end=r.end,
            quote=r.quote,
            code_id=r.code,
            coder=r.coder,
            created_at=r.created_at,
        )
        for r in rows
    ]
