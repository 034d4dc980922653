"""Build held-out redaction set 21 and write its key.

Generates the four transcripts from the hand-written turn lists in t1_*.py - t4_*.py, parses
each back with qualkod.ingest.read_transcript, checks every turn's speaker and text verbatim,
counts every item and negative (word-bounded, case-sensitive, over the turn texts; `in:
filename` entries as plain substrings of the file name without extension), checks that no
negative occurrence overlaps an item occurrence, checks Luhn on personnummer, and writes
expected.yaml (header.txt + items + negatives).

Run: PYTHONPATH=<worktree> python benchmarks/data/redaction-21/src/build.py
"""

from __future__ import annotations

import re
import sys
import uuid
from pathlib import Path

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
sys.path.insert(0, str(SRC))

import t1_lidkoping  # noqa: E402
import t2_halmstad  # noqa: E402
import t3_ornskoldsvik  # noqa: E402
import t4_nykoping  # noqa: E402

MODULES = [t1_lidkoping, t2_halmstad, t3_ornskoldsvik, t4_nykoping]


def ts(seconds: float, sep: str = ".") -> str:
    ms = int(round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.?!])\s+(?=[A-ZÅÄÖ0-9])", text)
    return [p for p in parts if p]


def durations(mod):
    """Yield (speaker, text, start, end) with a plausible speaking rate."""
    t = 4.2
    for speaker, text in mod.TURNS:
        d = max(1.5, len(text.split()) * 0.38)
        yield speaker, text, t, t + d
        t += d + 0.6


def write_teams_vtt(mod, path: Path) -> None:
    guid = str(uuid.UUID(int=0x5E21A0B1C2D34E5F8A9B0C1D2E3F4051))
    lines = ["WEBVTT", ""]
    n = mod.FIRST_N
    for speaker, text, start, end in durations(mod):
        sents = sentences(text)
        total = sum(len(s) for s in sents)
        t = start
        for m, sent in enumerate(sents):
            d = (end - start) * len(sent) / total
            lines += [f"{guid}/{n}-{m}", f"{ts(t)} --> {ts(t + d)}"]
            lines += [f"<v {mod.DISPLAY[speaker]}>{sent}</v>", ""]
            t += d
        n += 1
    path.write_text("\n".join(lines), encoding="utf-8")


def write_zoom_vtt(mod, path: Path) -> None:
    lines = ["WEBVTT", ""]
    n = 1
    for speaker, text, start, end in durations(mod):
        sents = sentences(text)
        total = sum(len(s) for s in sents)
        t = start
        for sent in sents:
            d = (end - start) * len(sent) / total
            lines += [str(n), f"{ts(t)} --> {ts(t + d)}", f"{mod.DISPLAY[speaker]}: {sent}", ""]
            t += d
            n += 1
    path.write_text("\n".join(lines), encoding="utf-8")


def mss(seconds: float) -> str:
    s = int(seconds)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def write_teams_docx(mod, path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph(mod.TITLE)
    doc.add_paragraph(mod.DATE_LINE)
    doc.add_paragraph(mod.DURATION_LINE)
    doc.add_paragraph(f"{mod.DISPLAY[mod.STARTER]} startade transkriberingen")
    for speaker, text, start, _end in durations(mod):
        p = doc.add_paragraph()
        run = p.add_run(f"{mod.DISPLAY[speaker]}   {mss(start)}")
        run.add_break()
        p.add_run(text)
    doc.add_paragraph(f"{mod.DISPLAY[mod.STARTER]} stoppade transkriberingen")
    doc.save(str(path))


def write_plain(mod, path: Path) -> None:
    body = "\n\n".join(f"{mod.LABEL[s]}: {t}" for s, t in mod.TURNS) + "\n"
    path.write_bytes(("\ufeff" + body.replace("\n", "\r\n")).encode("utf-8"))


WRITERS = {
    "teams_vtt": write_teams_vtt,
    "zoom_vtt": write_zoom_vtt,
    "teams_docx": write_teams_docx,
    "plain": write_plain,
}


def bounded(text: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits[-10:]):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def main() -> int:
    from qualkod.ingest import read_transcript

    errors: list[str] = []
    item_lines: list[str] = ["items:"]
    neg_lines: list[str] = ["negatives:"]
    n_items = n_negs = 0
    cats: dict[str, int] = {}
    for mod in MODULES:
        path = OUT / mod.FILE
        WRITERS[mod.FORMAT](mod, path)
        parsed = read_transcript(path)
        turns = list(parsed.turns)
        if len(turns) != len(mod.TURNS):
            errors.append(f"{mod.FILE}: {len(turns)} turns parsed, {len(mod.TURNS)} written")
        for i, (got, (spk, text)) in enumerate(zip(turns, mod.TURNS, strict=False)):
            want_spk = mod.LABEL[spk] if mod.FORMAT == "plain" else mod.DISPLAY[spk]
            if got.text != text:
                errors.append(
                    f"{mod.FILE} turn {i}: text differs\n  got  {got.text!r}\n  want {text!r}"
                )
            if got.speaker != want_spk:
                errors.append(f"{mod.FILE} turn {i}: speaker {got.speaker!r} != {want_spk!r}")
        joined = "\n".join(t.text for t in turns)
        stem = Path(mod.FILE).stem
        words = sum(len(t.split()) for _, t in mod.TURNS)
        print(f"{mod.FILE}: {len(mod.TURNS)} turns, {words} words")

        spans: list[tuple[int, int, str]] = []
        head = f"  # ---------------- {mod.FILE} ----------------"
        item_lines.append(head)
        for it in mod.ITEMS:
            cat, text, owner, why = it[:4]
            in_fn = len(it) > 4 and it[4] == "filename"
            if in_fn:
                count = stem.count(text)
            else:
                ms = list(bounded(text).finditer(joined))
                count = len(ms)
                spans += [(m.start(), m.end(), text) for m in ms]
            if count == 0:
                errors.append(f"{mod.FILE}: item {text!r} not found")
            if cat == "personnummer":
                digits = re.sub(r"\D", "", text)
                if not luhn_ok(digits):
                    errors.append(f"{mod.FILE}: personnummer {text!r} fails Luhn")
            extra = ", in: filename" if in_fn else ""
            item_lines.append(
                f"  - {{file: {q(mod.FILE)}, category: {cat}, text: {q(text)}, owner: {q(owner)},"
                f" count: {count}{extra}}}   # {why}"
            )
            n_items += 1
            cats[cat] = cats.get(cat, 0) + 1
        neg_lines.append(head)
        for ng in mod.NEGATIVES:
            text, why = ng[:2]
            in_fn = len(ng) > 2 and ng[2] == "filename"
            if in_fn:
                count = stem.count(text)
            else:
                ms = list(bounded(text).finditer(joined))
                count = len(ms)
                for m in ms:
                    for a, b, it_text in spans:
                        if m.start() < b and a < m.end():
                            errors.append(
                                f"{mod.FILE}: negative {text!r} overlaps item {it_text!r}"
                            )
            if count == 0:
                errors.append(f"{mod.FILE}: negative {text!r} not found")
            if re.fullmatch(r"[\d -]{10,13}", text) and luhn_ok(re.sub(r"\D", "", text)):
                errors.append(f"{mod.FILE}: negative number {text!r} passes Luhn")
            extra = ", in: filename" if in_fn else ""
            neg_lines.append(
                f"  - {{file: {q(mod.FILE)}, text: {q(text)}, count: {count}, why: {q(why)}{extra}}}"
            )
            n_negs += 1

    header = (SRC / "header.txt").read_text(encoding="utf-8").rstrip("\n")
    out = header + "\nstudy_terms: []\n\n" + "\n".join(item_lines) + "\n\n"
    out += "\n".join(neg_lines) + "\n"
    (OUT / "expected.yaml").write_text(out, encoding="utf-8")
    print(f"items: {n_items} {dict(sorted(cats.items()))}; negatives: {n_negs}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
