"""Transcripts written back as files qualkod reads into the same turns.

A project keeps each transcript's turns (speaker, text, start, end and where each later
cue of a turn starts), not the file it was imported from. :func:`transcript_vtt` writes
them as a Teams WebVTT file: one cue per stored cue, the speaker in a voice tag, so that
importing the file gives the same turns, times and cue starts. :func:`check_read_back`
reads the written bytes again and refuses any difference, naming the turn.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from qualkod.errors import ParameterError, QualkodError
from qualkod.ingest.reader import parse_transcript
from qualkod.models import StoredTurn, TranscriptSummary


class StudyExportError(QualkodError):
    """A project cannot be written as a study folder as asked."""


class StudyExportParameterError(StudyExportError, ParameterError):
    """A setting given to the study export is refused (a coder without codings)."""


def _timestamp(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _cues(turn: StoredTurn) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cue the turn was merged from: the text is cut where each
    later cue starts (a space the merge put there), each cue ends where the next starts."""
    bounds = [(0, turn.start_ms), *((at, ms) for at, ms in turn.cue_starts)]
    cues = []
    for k, (at, start) in enumerate(bounds):
        stop = bounds[k + 1][0] - 1 if k + 1 < len(bounds) else len(turn.text)
        end = bounds[k + 1][1] if k + 1 < len(bounds) else turn.end_ms
        cues.append((start, end, turn.text[at:stop]))
    return cues


def refuse_unwritable(summary: TranscriptSummary, turns: Sequence[StoredTurn]) -> None:
    """Refuse a transcript a Teams WebVTT file cannot give back as it is stored.

    Raises:
        StudyExportError: for a transcript not read from a Teams export (the chapter says
            the interviews were held over Teams only when they were), or with a turn
            without times.
    """
    where = f"transcript {summary.id}"  # by id: a title given by hand may name someone
    if not summary.source_format.startswith("teams"):
        raise StudyExportError(
            f"{where}: imported from a {summary.source_format} file, which the project does "
            "not keep; a study folder gives transcripts back as Teams WebVTT, so only "
            "transcripts from Teams can be exported as a study for now"
        )
    untimed = next((t.index for t in turns if t.start_ms is None or t.end_ms is None), None)
    if untimed is not None:
        raise StudyExportError(
            f"{where}: turn {untimed} has no time; a study folder gives transcripts back as "
            "WebVTT, which needs a start and an end for every turn"
        )


def transcript_vtt(turns: Sequence[StoredTurn]) -> bytes:
    """A Teams WebVTT file (numbered cues, voice tags) that reads back into ``turns``."""
    lines = ["WEBVTT", ""]
    number = 0
    for turn in turns:
        name = html.escape(turn.speaker.raw_name, quote=False)
        for start, end, text in _cues(turn):
            number += 1
            body = html.escape(text, quote=False)  # '<' as '&lt;', as Teams writes it
            voiced = f"<v {name}>{body}</v>" if name else body
            lines += [str(number), f"{_timestamp(start)} --> {_timestamp(end)}", voiced, ""]
    return "\n".join(lines).encode("utf-8")


def check_read_back(
    data: bytes, name: str, summary: TranscriptSummary, turns: Sequence[StoredTurn]
) -> str:
    """Read the written file as an import would and compare it with the stored turns.

    Returns:
        The file's sha256.

    Raises:
        StudyExportError: naming the first turn that would come back otherwise.
    """
    where = f"transcript {summary.id}"
    try:
        parsed = parse_transcript(data, name)
    except QualkodError as exc:
        raise StudyExportError(
            f"{where}: the file written for it cannot be read ({exc.for_option()})"
        ) from None
    if not parsed.source_format.startswith("teams"):
        raise StudyExportError(f"{where}: its file reads back as {parsed.source_format}")
    if len(parsed.turns) != len(turns):
        raise StudyExportError(
            f"{where}: its file reads back as {len(parsed.turns)} turns, not {len(turns)} "
            "(two turns of one speaker in a row are read as one); it cannot be exported as "
            "a study"
        )
    for back, stored in zip(parsed.turns, turns, strict=True):
        expected = (
            stored.speaker.raw_name,
            stored.text,
            stored.start_ms,
            stored.end_ms,
            tuple(stored.cue_starts),
        )
        found = (back.speaker, back.text, back.start_ms, back.end_ms, tuple(back.cue_starts))
        if found != expected:
            raise StudyExportError(
                f"{where}: turn {stored.index} reads back otherwise from the file written for "
                "it; it cannot be exported as a study"
            )
    return parsed.sha256
