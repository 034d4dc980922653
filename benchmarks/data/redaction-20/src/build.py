"""Build the redaction-20 transcripts from the turn lists, parse them back, verify the key.

Run from the worktree root:  PYTHONPATH=$PWD python benchmarks/data/redaction-20/src/build.py

Each turn module (t1_*.py .. t4_*.py) holds the file name, the format, the speakers' display
names, the turns and the hand-written key (items and negatives with hand-counted counts).
A '|' in a turn marks a forced cue break (used to cut a name across two cues); otherwise
VTT turns are split into one cue per sentence. The script writes the four files, reads them
back with qualkod.ingest.read_transcript, checks that every turn's speaker and text survive
verbatim, counts every item and negative (case-sensitive, word-bounded, over the turn texts
joined by newlines, or over the file name without extension for `in: filename`), checks
that no negative occurrence overlaps an item occurrence, checks every personnummer with the
Luhn algorithm, and writes expected.yaml (header.txt + the key).
"""

from __future__ import annotations

import importlib
import re
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
MODULES = ["t1_hudiksvall", "t2_aldreomsorg", "t3_kurator", "t4_psykiatri"]


def luhn_ok(number: str) -> bool:
    digits = [int(ch) for ch in number if ch.isdigit()]
    if len(digits) == 12:
        digits = digits[2:]
    if len(digits) != 10:
        return False
    total = 0
    for pos, digit in enumerate(digits):
        value = digit * 2 if pos % 2 == 0 else digit
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def canonical(text: str) -> str:
    return " ".join(text.replace("|", " ").split())


def cues_of(text: str) -> list[str]:
    cues: list[str] = []
    for piece in text.split("|"):
        for sentence in re.split(r"(?<=[.?!])\s+", piece.strip()):
            if sentence:
                cues.append(sentence)
    return cues


def vtt_time(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def short_time(seconds: float) -> str:
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def old_docx_time(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours}:{minutes:02d}:{secs:02d}.{millis:03d}"


def duration(text: str) -> float:
    return 0.8 + 0.38 * len(text.split())


def write_vtt(mod, path: Path) -> None:
    guid = str(uuid.UUID(mod.GUID))
    lines = ["WEBVTT", ""]
    clock = 4.12
    for number, (speaker, text) in enumerate(mod.TURNS, start=mod.FIRST_N):
        for part, cue in enumerate(cues_of(text)):
            end = clock + duration(cue)
            lines += [f"{guid}/{number}-{part}", f"{vtt_time(clock)} --> {vtt_time(end)}"]
            lines += [f"<v {speaker}>{cue}</v>", ""]
            clock = end
        clock += 0.64
    path.write_text("\n".join(lines), encoding="utf-8")


def write_docx_new(mod, path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(mod.TITLE)
    document.add_paragraph(mod.DATE_LINE)
    document.add_paragraph(mod.DURATION_LINE)
    document.add_paragraph(f"{mod.STARTER} startade transkriberingen")
    clock = 3.0
    for speaker, text in mod.TURNS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(f"{speaker}   {short_time(clock)}")
        run.add_break()
        paragraph.add_run(canonical(text))
        clock += duration(text) + 0.7
    document.add_paragraph(f"{mod.STARTER} stoppade transkriberingen")
    document.save(str(path))


def write_docx_old(mod, path: Path) -> None:
    import docx

    document = docx.Document()
    clock = 1.35
    for speaker, text in mod.TURNS:
        end = clock + duration(text)
        document.add_paragraph(f"{speaker}  {old_docx_time(clock)} --> {old_docx_time(end)}")
        document.add_paragraph(canonical(text))
        document.add_paragraph("")
        clock = end + 0.55
    document.save(str(path))


WRITERS = {"vtt": write_vtt, "docx_new": write_docx_new, "docx_old": write_docx_old}


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [match.span() for match in pattern.finditer(text)]


def quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def main() -> int:
    from qualkod.ingest import read_transcript

    errors: list[str] = []
    item_lines: list[str] = ["items:"]
    negative_lines: list[str] = ["negatives:"]
    totals = {"words": 0, "turns": 0, "items": 0, "negatives": 0}
    for name in MODULES:
        mod = importlib.import_module(name)
        path = OUT / mod.FILE
        WRITERS[mod.FORMAT](mod, path)
        parsed = read_transcript(path)
        got = [(turn.speaker, turn.text) for turn in parsed.turns]
        want = [(speaker, canonical(text)) for speaker, text in mod.TURNS]
        if got != want:
            for index, (left, right) in enumerate(zip(got, want, strict=False)):
                if left != right:
                    errors.append(f"{mod.FILE}: turn {index} differs: {left!r} != {right!r}")
                    break
            if len(got) != len(want):
                errors.append(f"{mod.FILE}: {len(got)} turns parsed, {len(want)} written")
        body = "\n".join(text for _, text in got)
        stem = path.stem
        words = len(body.split())
        print(f"{mod.FILE}: {len(got)} turns, {words} words")
        totals["words"] += words
        totals["turns"] += len(got)
        item_spans: dict[bool, list[tuple[int, int]]] = {True: [], False: []}
        banner = f"  # ---------------- {mod.FILE} ----------------"
        item_lines.append(banner)
        negative_lines.append(banner)
        for item in mod.ITEMS:
            in_name = item.get("in") == "filename"
            found = spans(stem if in_name else body, item["text"])
            item_spans[in_name] += found
            if len(found) != item["count"]:
                errors.append(
                    f"{mod.FILE}: item {item['text']!r} count {len(found)} != key {item['count']}"
                )
            if item["category"] == "personnummer" and not luhn_ok(item.get("digits", item["text"])):
                errors.append(f"{mod.FILE}: personnummer {item['text']!r} fails Luhn")
            fields = [
                f"file: {quote(mod.FILE)}",
                f"category: {item['category']}",
                f"text: {quote(item['text'])}",
                f"owner: {quote(item['owner'])}",
                f"count: {item['count']}",
            ]
            if in_name:
                fields.append("in: filename")
            item_lines.append("  - {" + ", ".join(fields) + "}   # " + item["note"])
            totals["items"] += 1
        for negative in mod.NEGATIVES:
            in_name = negative.get("in") == "filename"
            found = spans(stem if in_name else body, negative["text"])
            if len(found) != negative["count"]:
                errors.append(
                    f"{mod.FILE}: negative {negative['text']!r} count {len(found)}"
                    f" != key {negative['count']}"
                )
            for start, end in found:
                for item_start, item_end in item_spans[in_name]:
                    if start < item_end and item_start < end:
                        errors.append(f"{mod.FILE}: negative {negative['text']!r} overlaps an item")
            fields = [
                f"file: {quote(mod.FILE)}",
                f"text: {quote(negative['text'])}",
                f"count: {negative['count']}",
                f"why: {quote(negative['why'])}",
            ]
            if in_name:
                fields.append("in: filename")
            negative_lines.append("  - {" + ", ".join(fields) + "}")
            totals["negatives"] += 1
    print(totals)
    if errors:
        print("\n".join(errors))
        return 1
    header = (HERE / "header.txt").read_text(encoding="utf-8").rstrip("\n")
    key = [header, "study_terms: []", "", *item_lines, "", *negative_lines, ""]
    (OUT / "expected.yaml").write_text("\n".join(key), encoding="utf-8")
    print("all checks passed; expected.yaml written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
