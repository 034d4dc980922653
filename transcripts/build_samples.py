"""Build the sample study's Teams exports from the hand-written source text.

The interviews in ``transcripts/source/*.txt`` are written as ``Name: utterance`` lines.
This script turns them into what Microsoft Teams would have produced, so that every
later feature is demonstrated on the real export formats:

* ``intervju-ifo-chef.vtt`` - newer Teams WebVTT: ``GUID/N-M`` cue ids, one utterance
  split into several cues of at most ~16 words, ``<v Name>`` voice tags;
* ``fokusgrupp.docx`` - newer Teams Word layout: title, Swedish date line, duration,
  "X startade transkriberingen", one paragraph per turn (``Name   M:SS`` + line
  break + speech), "X stoppade transkriberingen".

Timestamps follow a speaking rate of 2.6 words per second with short pauses between
turns. The output is deterministic (fixed ids, fixed zip timestamps), so re-running
the script reproduces the committed files byte for byte::

    python transcripts/build_samples.py
"""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import docx
from docx.shared import Pt

from qualkod.output_files import normalise_zip

HERE = Path(__file__).resolve().parent
WORDS_PER_SECOND = 2.6
PAUSE_MS = 700
MAX_CUE_WORDS = 16
NAMESPACE = uuid.UUID("6f1c2a52-7a3e-4c1e-9d0b-5d1f6e0a9b11")
ZIP_TIME = (2025, 3, 18, 14, 0, 0)
MEETING_TIME = dt.datetime(2025, 3, 18, 14, 0, 0)


def utterances(path: Path) -> list[tuple[str, str]]:
    """(speaker, text) pairs from a ``Name: text`` source file."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            name, _, text = line.partition(": ")
            pairs.append((name.strip(), text.strip()))
    return pairs


def timed(pairs: list[tuple[str, str]], start_ms: int) -> list[tuple[str, str, int, int]]:
    """Give each utterance a start and end time from its length."""
    result, clock = [], start_ms
    for name, text in pairs:
        length = max(900, round(len(text.split()) / WORDS_PER_SECOND * 1000))
        result.append((name, text, clock, clock + length))
        clock += length + PAUSE_MS
    return result


def chunks(text: str) -> list[str]:
    """Split an utterance into cue-sized pieces at sentence or word boundaries."""
    pieces, current = [], []
    for word in text.split():
        current.append(word)
        ends_sentence = word.endswith((".", "?", "!"))
        if len(current) >= MAX_CUE_WORDS or (ends_sentence and len(current) >= 6):
            pieces.append(" ".join(current))
            current = []
    if current:
        pieces.append(" ".join(current))
    return pieces


def vtt_clock(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def teams_vtt(pairs: list[tuple[str, str]], meeting: str) -> str:
    """Newer Teams WebVTT: per-utterance GUID, cue ids ``GUID/N-M``."""
    lines = ["WEBVTT", ""]
    for number, (name, text, start, end) in enumerate(timed(pairs, 3_840), start=1):
        guid = uuid.uuid5(NAMESPACE, f"{meeting}/{number}")
        pieces = chunks(text)
        total = sum(len(p.split()) for p in pieces)
        clock = start
        for index, piece in enumerate(pieces):
            share = round((end - start) * len(piece.split()) / total)
            piece_end = end if index == len(pieces) - 1 else clock + share
            lines += [
                f"{guid}/{number + 10}-{index}",
                f"{vtt_clock(clock)} --> {vtt_clock(piece_end)}",
                f"<v {name}>{piece}</v>",
                "",
            ]
            clock = piece_end
    return "\n".join(lines)


def header_clock(ms: int) -> str:
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def teams_docx(pairs: list[tuple[str, str]], title: str, date_line: str) -> bytes:
    """Newer Teams Word layout, with fixed properties and zip timestamps."""
    turns = timed(pairs, 2_000)
    duration_s = turns[-1][3] // 1000
    starter = turns[0][0]
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph(title)
    document.add_paragraph(date_line)
    document.add_paragraph(f"{duration_s // 60}m {duration_s % 60}s")
    document.add_paragraph(f"{starter} startade transkriberingen")
    for name, text, start, _ in turns:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(f"{name}   {header_clock(start)}")
        run.add_break()
        paragraph.add_run(text)
    document.add_paragraph(f"{starter} stoppade transkriberingen")
    properties = document.core_properties
    properties.title = title
    properties.author = "Microsoft Teams"
    properties.last_modified_by = ""
    properties.revision = 1
    properties.created = properties.modified = MEETING_TIME
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue(), date_time=ZIP_TIME)


def main() -> None:
    source = HERE / "source"
    vtt = teams_vtt(utterances(source / "intervju-ifo-chef.txt"), "intervju-ifo-chef")
    (HERE / "intervju-ifo-chef.vtt").write_text(vtt, encoding="utf-8")
    data = teams_docx(
        utterances(source / "fokusgrupp.txt"),
        "Fokusgrupp vuxenenheten och socialpsykiatrin",
        "18 mars 2025, 13:02",
    )
    (HERE / "fokusgrupp.docx").write_bytes(data)
    print("wrote transcripts/intervju-ifo-chef.vtt and transcripts/fokusgrupp.docx")


if __name__ == "__main__":
    main()
