"""Build the four transcripts of held-out redaction set 24 and check the hand-written key.

Run from the worktree root: PYTHONPATH=$PWD python benchmarks/data/redaction-24/src/build.py

Writes the four transcript files next to expected.yaml (never expected.yaml itself), parses each
back with qualkod.ingest.read_transcript, checks every turn's speaker and text verbatim, then
counts every item and negative of the hand-written expected.yaml in the parsed turn texts (or in
the file name for `in: filename`) and reports any count that differs, any negative occurrence
overlapping an item occurrence, and any personnummer/samordningsnummer failing the Luhn check.
Exit code 0 only when everything agrees.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, str(HERE))

import t1  # noqa: E402
import t2  # noqa: E402
import t3  # noqa: E402
import t4  # noqa: E402

from qualkod.ingest import read_transcript  # noqa: E402

F1 = "kvinnojour_osterlen_SannaModig_0915.vtt"
F2 = "Ystad vårdplanering – LJUNG Kerstin.docx"
F3 = "arjeplog_ren_sjulsson-orn_2025-09.srt"
F4 = "Stark-intervjun Vadstena 2025-10-21.txt"

_SENT = re.compile(r"(?<=[.?!])\s+")


def sentences(text: str) -> list[str]:
    return [s for s in _SENT.split(text) if s]


def chunks(text: str, size: int) -> list[str]:
    parts = sentences(text)
    return [" ".join(parts[i : i + size]) for i in range(0, len(parts), size)]


def clock(seconds: float, sep: str = ".") -> str:
    ms = int(round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def duration(text: str) -> float:
    return max(1.5, len(text.split()) * 0.38)


def write_teams_vtt(path: Path, turns: list[tuple[str, str]]) -> None:
    guid = "8c41e2d7-5b0a-4f6e-a3d9-27c1f08b6e45"
    lines = ["WEBVTT", ""]
    t = 2.4
    for n, (speaker, text) in enumerate(turns, start=11):
        for m, cue in enumerate(chunks(text, 2)):
            end = t + duration(cue)
            lines += [
                f"{guid}/{n}-{m}",
                f"{clock(t)} --> {clock(end)}",
                f"<v {speaker}>{cue}</v>",
                "",
            ]
            t = end + 0.2
        t += 0.6
    path.write_text("\n".join(lines), encoding="utf-8")


def write_teams_docx(path: Path, turns: list[tuple[str, str]], host: str) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    doc.add_paragraph("Intervju vårdplanering 3")
    doc.add_paragraph("2 oktober 2025 13:05")
    doc.add_paragraph("38 min 47 s")
    doc.add_paragraph(f"{host} startade transkriberingen")
    t = 3.0
    for speaker, text in turns:
        m, s = divmod(int(t), 60)
        para = doc.add_paragraph()
        run = para.add_run(f"{speaker}   {m}:{s:02d}")
        for part in chunks(text, 2):
            run.add_break(WD_BREAK.LINE)
            run = para.add_run(part)
        t += duration(text) + 1.0
    doc.add_paragraph(f"{host} stoppade transkriberingen")
    doc.save(str(path))


def write_srt(path: Path, turns: list[tuple[str, str]]) -> None:
    out = []
    t = 1.0
    n = 1
    for speaker, text in turns:
        for sent in sentences(text):
            end = t + duration(sent)
            out += [str(n), f"{clock(t, ',')} --> {clock(end, ',')}", f"{speaker}: {sent}", ""]
            n += 1
            t = end + 0.15
        t += 0.5
    path.write_bytes("\r\n".join(out).encode("utf-8"))


def write_txt(path: Path, turns: list[tuple[str, str]]) -> None:
    body = "\n\n".join(f"{speaker}: {text}" for speaker, text in turns) + "\n"
    path.write_text(body, encoding="utf-8")


def luhn_ok(number: str) -> bool:
    digits = re.sub(r"\D", "", number)[-10:]
    if len(digits) != 10:
        return False
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.span() for m in pattern.finditer(text)]


def main() -> int:
    files = [
        (F1, t1.TURNS, lambda p, t: write_teams_vtt(p, t)),
        (F2, t2.TURNS, lambda p, t: write_teams_docx(p, t, t2.V)),
        (F3, t3.TURNS, lambda p, t: write_srt(p, t)),
        (F4, t4.TURNS, lambda p, t: write_txt(p, t)),
    ]
    problems: list[str] = []
    texts: dict[str, str] = {}
    for name, turns, writer in files:
        path = SET / name
        writer(path, turns)
        parsed = read_transcript(path).turns
        if len(parsed) != len(turns):
            problems.append(f"{name}: {len(parsed)} turns parsed, {len(turns)} written")
        for i, (got, (speaker, text)) in enumerate(zip(parsed, turns, strict=False)):
            if got.speaker != speaker:
                problems.append(f"{name} turn {i}: speaker {got.speaker!r} != {speaker!r}")
            if got.text != text:
                problems.append(
                    f"{name} turn {i}: text differs:\n  got  {got.text!r}\n  want {text!r}"
                )
        texts[name] = "\n".join(turn.text for turn in parsed)
        words = sum(len(text.split()) for _, text in turns)
        print(f"{name}: {len(turns)} turns, {words} words")

    key = yaml.safe_load((SET / "expected.yaml").read_text(encoding="utf-8"))
    item_spans: dict[str, list[tuple[int, int]]] = {name: [] for name in texts}
    for kind in ("items", "negatives"):
        for entry in key[kind]:
            name, text = entry["file"], entry["text"]
            if name not in texts:
                problems.append(f"{kind}: unknown file {name!r}")
                continue
            if entry.get("in") == "filename":
                found = Path(name).stem.count(text)
                where = []
            else:
                where = spans(texts[name], text)
                found = len(where)
            if found != entry["count"]:
                problems.append(
                    f"{kind} {name}: {text!r} counted {found}, key says {entry['count']}"
                )
            if kind == "items":
                item_spans[name] += where
                if entry["category"] in ("personnummer", "samordningsnummer"):
                    if not luhn_ok(text):
                        problems.append(f"{name}: {text!r} fails the Luhn check")
            else:
                for a, b in where:
                    if any(a < d and c < b for c, d in item_spans[name]):
                        problems.append(f"{name}: negative {text!r} overlaps an item at {a}")
    counts: dict[str, int] = {}
    for entry in key["items"]:
        counts[entry["category"]] = counts.get(entry["category"], 0) + 1
    print("items:", len(key["items"]), counts, "negatives:", len(key["negatives"]))
    for problem in problems:
        print("PROBLEM:", problem)
    print("clean" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
