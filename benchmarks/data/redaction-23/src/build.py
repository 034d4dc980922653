"""Build held-out redaction set 23 and check the hand-written key against it.

Writes the four transcripts from the turn lists in t1.py - t4.py, parses each back with
qualkod.ingest.read_transcript, checks every turn's speaker and text verbatim, then counts
every item and negative of the HAND-WRITTEN ../expected.yaml and reports any count that
differs, any negative occurrence that overlaps an item occurrence and any personnummer
item that fails the Luhn check. It never writes expected.yaml.

Run: PYTHONPATH=<worktree> python benchmarks/data/redaction-23/src/build.py
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

import t1
import t2
import t3
import t4
import yaml

from qualkod.ingest import read_transcript

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
GUID = "8c1d4e7a-2b9f-4c3e-a61d-5f0e9b2c7d14"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def _words(text: str) -> int:
    return len(text.split())


def _vtt_time(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{milli:03d}"


def _clock(ms: int) -> str:
    s = ms // 1000
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def build_vtt() -> list[tuple[str, str]]:
    """Teams WebVTT, current export: GUID/N-M cue ids, one utterance split over cues."""
    lines = ["WEBVTT", ""]
    ms = 2400
    expected = []
    for n, (speaker, cues) in enumerate(t1.TURNS, start=1):
        for m, cue in enumerate(cues):
            end = ms + 380 * _words(cue) + 300
            lines += [
                f"{GUID}/{n}-{m}",
                f"{_vtt_time(ms)} --> {_vtt_time(end)}",
                f"<v {speaker}>{cue}</v>",
                "",
            ]
            ms = end
        ms += 600
        expected.append((speaker, " ".join(cues)))
    (OUT / t1.FILE).write_text("\n".join(lines), encoding="utf-8")
    return expected


def build_docx() -> list[tuple[str, str]]:
    """Teams Word, newer layout: title, date, duration, one paragraph per turn with <w:br/>."""
    import docx

    document = docx.Document()
    for line in (t2.TITLE, t2.DATE, t2.DURATION, f"{t2.J} startade transkriberingen"):
        document.add_paragraph(line)
    ms = 3000
    expected = []
    for speaker, parts in t2.TURNS:
        run = document.add_paragraph().add_run(f"{speaker}   {_clock(ms)}")
        for part in parts:
            run.add_break()
            run.add_text(part)
        ms += 400 * sum(_words(p) for p in parts) + 900
        expected.append((speaker, " ".join(parts)))
    document.add_paragraph(f"{t2.J} stoppade transkriberingen")
    document.save(str(OUT / t2.FILE))
    return expected


def _srt_time(ms: int) -> str:
    return _vtt_time(ms).replace(".", ",")


def build_srt() -> list[tuple[str, str]]:
    """SubRip: one cue per sentence, 'Name: ' on every cue, text wrapped at 42, CRLF."""
    blocks = []
    ms = 1500
    number = 0
    expected = []
    for speaker, text in t3.TURNS:
        for sentence in SENTENCE_END.split(text):
            number += 1
            end = ms + 360 * _words(sentence) + 250
            wrapped = textwrap.wrap(
                f"{speaker}: {sentence}", width=42, break_long_words=False, break_on_hyphens=False
            )
            blocks.append(
                "\r\n".join([str(number), f"{_srt_time(ms)} --> {_srt_time(end)}", *wrapped])
            )
            ms = end
        ms += 500
        expected.append((speaker, text))
    (OUT / t3.FILE).write_bytes(("\r\n\r\n".join(blocks) + "\r\n").encode("utf-8"))
    return expected


def build_txt() -> list[tuple[str, str]]:
    """Plain text, '[HH:MM:SS] Name: text', blank line between turns, UTF-8, LF."""
    paragraphs = []
    ms = 4000
    for speaker, text in t4.TURNS:
        paragraphs.append(f"[{_vtt_time(ms)[:8]}] {speaker}: {text}")
        ms += 390 * _words(text) + 1200
    (OUT / t4.FILE).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return list(t4.TURNS)


def luhn_ok(number: str) -> bool:
    digits = re.sub(r"\D", "", number)[-10:]
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return len(digits) == 10 and total % 10 == 0


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.span() for m in pattern.finditer(text)]


def main() -> int:
    expected_turns = {
        t1.FILE: build_vtt(),
        t2.FILE: build_docx(),
        t3.FILE: build_srt(),
        t4.FILE: build_txt(),
    }
    problems = []
    texts = {}
    for name, turns in expected_turns.items():
        parsed = [(t.speaker, t.text) for t in read_transcript(OUT / name).turns]
        if parsed != turns:
            for i, (got, want) in enumerate(zip(parsed, turns, strict=False)):
                if got != want:
                    problems.append(f"{name}: turn {i + 1} parsed as {got!r}, written {want!r}")
                    break
            if len(parsed) != len(turns):
                problems.append(f"{name}: {len(parsed)} turns parsed, {len(turns)} written")
        texts[name] = "\n".join(text for _, text in parsed)
        words = sum(_words(text) for _, text in parsed)
        print(f"{name}: {len(parsed)} turns, {words} words")
    key = yaml.safe_load((OUT / "expected.yaml").read_text(encoding="utf-8"))
    item_spans: dict[str, list[tuple[int, int]]] = {}
    for kind in ("items", "negatives"):
        for entry in key[kind]:
            name, needle = entry["file"], entry["text"]
            if name not in texts:
                problems.append(f"{kind}: unknown file {name!r}")
                continue
            if entry.get("in") == "filename":
                found = Path(name).stem.count(needle)
                found_spans = []
            else:
                found_spans = spans(texts[name], needle)
                found = len(found_spans)
            if found != entry["count"]:
                problems.append(f"{kind}: {name}: {needle!r} key {entry['count']}, found {found}")
            if kind == "items":
                item_spans.setdefault(name, []).extend(found_spans)
                if entry["category"] == "personnummer" and not luhn_ok(needle):
                    problems.append(f"items: {needle!r} fails the Luhn check")
            else:
                for start, end in found_spans:
                    if any(s < end and start < e for s, e in item_spans.get(name, [])):
                        problems.append(
                            f"negatives: {name}: {needle!r} overlaps an item at {start}"
                        )
    print(f"{len(key['items'])} items, {len(key['negatives'])} negatives")
    for line in problems:
        print("PROBLEM:", line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
