"""Build the four transcripts of held-out redaction set 22 from src/t1.py..t4.py, parse them back
with qualkod.ingest.read_transcript, check them, count every item and negative, and write
../expected.yaml (header from header.txt).

Checks: every turn's speaker and text survive verbatim; every hand-written count equals the
word-bounded, case-sensitive count over the turn texts (or the plain substring count in the file
name without extension for 'F' entries); no negative occurrence overlaps an item occurrence;
personnummer items pass Luhn and 10-digit negatives marked 'L' fail it.

Run: PYTHONPATH=<worktree> python benchmarks/data/redaction-22/src/build.py
"""

import importlib.util
import re
import sys
from pathlib import Path

import docx

from qualkod.ingest import read_transcript

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
MODULES = ["t1", "t2", "t3", "t4"]
SENT = re.compile(r"(?<=[.!?])\s+(?=\S)")


def load(name):
    spec = importlib.util.spec_from_file_location(name, SRC / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def sentences(text):
    return SENT.split(text)


def ts(ms, comma=False):
    h, rest = divmod(ms, 3600000)
    m, rest = divmod(rest, 60000)
    s, milli = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{',' if comma else '.'}{milli:03d}"


def timed_cues(turns):
    """Yield (turn index, speaker key, sentence, start ms, end ms, last cue of turn)."""
    t = 3240
    for i, (spk, text) in enumerate(turns):
        sents = sentences(text)
        for j, sent in enumerate(sents):
            dur = max(1100, int(len(sent.split()) * 380))
            yield i, spk, sent, t, t + dur, j == len(sents) - 1
            t += dur + 40
        t += 300 + (i * 137) % 700


def write_vtt_old(mod, path):
    lines = ["WEBVTT", ""]
    n = 0
    for i, spk, sent, a, b, last in timed_cues(mod.TURNS):
        n += 1
        close = "" if (last and i % 6 == 5) else "</v>"
        lines += [str(n), f"{ts(a)} --> {ts(b)}", f"<v {mod.SPEAKERS[spk]}>{sent}{close}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_srt(mod, path):
    lines = []
    n = 0
    for _i, spk, sent, a, b, _last in timed_cues(mod.TURNS):
        n += 1
        lines += [str(n), f"{ts(a, True)} --> {ts(b, True)}", f"{mod.SPEAKERS[spk]}: {sent}", ""]
    path.write_bytes("\r\n".join(lines).encode("utf-8"))


def write_text(mod, path):
    out = []
    starts = {}
    for i, _spk, _sent, a, _b, _last in timed_cues(mod.TURNS):
        starts.setdefault(i, a)
    for i, (spk, text) in enumerate(mod.TURNS):
        out.append(f"{mod.SPEAKERS[spk]} ({ts(starts[i])[:8]}): {text}")
    path.write_bytes(("\n\n".join(out) + "\n").encode("utf-8-sig"))


def write_docx(mod, path):
    d = docx.Document()
    d.add_paragraph(mod.TITLE)
    d.add_paragraph(mod.DATE_LINE)
    d.add_paragraph(mod.DURATION_LINE)
    d.add_paragraph(f"{mod.STARTER} startade transkriberingen")
    starts = {}
    for i, _spk, _sent, a, _b, _last in timed_cues(mod.TURNS):
        starts.setdefault(i, a)
    for i, (spk, text) in enumerate(mod.TURNS):
        sec = starts[i] // 1000
        stamp = (
            f"{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d}"
            if sec >= 3600
            else f"{sec // 60}:{sec % 60:02d}"
        )
        p = d.add_paragraph()
        r = p.add_run(f"{mod.SPEAKERS[spk]}   {stamp}")
        r.add_break()
        k = mod.EXTRA_BREAKS.get(i)
        sents = sentences(text)
        if k and len(sents) > k:
            r2 = p.add_run(" ".join(sents[:k]))
            r2.add_break()
            p.add_run(" ".join(sents[k:]))
        else:
            p.add_run(text)
    d.add_paragraph(f"{mod.STARTER} stoppade transkriberingen")
    d.save(path)


WRITERS = {
    "teams-vtt-old": write_vtt_old,
    "srt": write_srt,
    "text-labels-times": write_text,
    "teams-docx": write_docx,
}


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(digits):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def spans(text, needle):
    return [
        (m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)
    ]


def sub_spans(text, needle):
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def q(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    errors = []
    item_lines, neg_lines = [], []
    stats = []
    for name in MODULES:
        mod = load(name)
        path = OUT / mod.FILE
        WRITERS[mod.FORMAT](mod, path)
        t = read_transcript(path)
        got = [(x.speaker, x.text) for x in t.turns]
        want = [(mod.SPEAKERS[s], txt) for s, txt in mod.TURNS]
        if got != want:
            for k, (g, w) in enumerate(zip(got, want, strict=False)):
                if g != w:
                    errors.append(f"{mod.FILE}: turn {k}: got {g!r}, want {w!r}")
                    break
            if len(got) != len(want):
                errors.append(f"{mod.FILE}: {len(got)} turns parsed, {len(want)} written")
        body = "\n".join(x.text for x in t.turns)
        stem = Path(mod.FILE).stem
        words = sum(len(txt.split()) for _, txt in mod.TURNS)
        stats.append(f"{mod.FILE}: {len(mod.TURNS)} turns, {words} words, format {t.source_format}")
        item_spans, fn_item_spans = [], []
        sep = f"  # ---------------- {mod.FILE} ----------------"
        item_lines.append(sep)
        neg_lines.append(sep)
        for cat, text, owner, count, flag, note in mod.ITEMS:
            sp = sub_spans(stem, text) if flag == "F" else spans(body, text)
            (fn_item_spans if flag == "F" else item_spans).extend(sp)
            if len(sp) != count:
                errors.append(
                    f"{mod.FILE}: item {text!r} ({cat}): counted {len(sp)}, key says {count}"
                )
            if count == 0:
                errors.append(f"{mod.FILE}: item {text!r} has count 0")
            if cat == "personnummer":
                digits = re.sub(r"\D", "", text)[-10:]
                if not luhn_ok(digits):
                    errors.append(f"{mod.FILE}: personnummer {text!r} fails Luhn")
            extra = ", in: filename" if flag == "F" else ""
            item_lines.append(
                f"  - {{file: {q(mod.FILE)}, category: {cat}, text: {q(text)}, owner: {q(owner)}, "
                f"count: {count}{extra}}}   # {note}"
            )
        for text, count, flag, why in mod.NEGATIVES:
            infile = "F" in flag
            sp = sub_spans(stem, text) if infile else spans(body, text)
            if len(sp) != count:
                errors.append(f"{mod.FILE}: negative {text!r}: counted {len(sp)}, key says {count}")
            against = fn_item_spans if infile else item_spans
            for a, b in sp:
                for c, d in against:
                    if a < d and c < b:
                        errors.append(
                            f"{mod.FILE}: negative {text!r} at {a} overlaps an item at {c}"
                        )
            if "L" in flag:
                digits = re.sub(r"\D", "", text)
                if len(digits) != 10 or luhn_ok(digits):
                    errors.append(f"{mod.FILE}: negative {text!r} should be 10 digits failing Luhn")
            extra = ", in: filename" if infile else ""
            neg_lines.append(
                f"  - {{file: {q(mod.FILE)}, text: {q(text)}, count: {count}, why: {q(why)}{extra}}}"
            )
    for s in stats:
        print(s)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    header = (SRC / "header.txt").read_text(encoding="utf-8").rstrip("\n")
    yaml = (
        header
        + "\nstudy_terms: []\n\nitems:\n"
        + "\n".join(item_lines)
        + "\n\nnegatives:\n"
        + "\n".join(neg_lines)
        + "\n"
    )
    (OUT / "expected.yaml").write_text(yaml, encoding="utf-8")
    print("ok: wrote", OUT / "expected.yaml")


if __name__ == "__main__":
    main()
