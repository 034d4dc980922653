"""Build the transcripts of redaction set 19 from hand-written turn lists (f1..f4) and check the key.

Run from the worktree root:  PYTHONPATH=$PWD python benchmarks/data/redaction-19/src/build.py
Writes the four transcripts and expected.yaml into benchmarks/data/redaction-19/, then parses each
file back with qualkod.ingest.read_transcript (parsing only) and checks that every turn's speaker
and text survive verbatim, that each item/negative count equals the number of case-sensitive,
word-bounded occurrences (?<!\\w)TEXT(?!\\w) in the joined turn texts (or plain substrings of the
file name without extension for in: filename), that no negative occurrence overlaps an item
occurrence, and that every personnummer item passes the Luhn check.
"""

import os
import random
import re
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import f1_katrineholm  # noqa: E402
import f2_karlstad  # noqa: E402
import f3_sandviken  # noqa: E402
import f4_anhorig  # noqa: E402

MODS = [f1_katrineholm, f2_karlstad, f3_sandviken, f4_anhorig]


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p for p in parts if p]


def ts(ms, sep="."):
    h, r = divmod(ms, 3600000)
    m, r = divmod(r, 60000)
    s, r = divmod(r, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{r:03d}"


def dur(text):
    return max(1200, int(len(text.split()) * 380))


def write_teams_vtt(mod, path):
    rnd = random.Random(19)
    guid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
    out = ["WEBVTT", ""]
    t = 2480
    for n, (spk, text) in enumerate(mod.TURNS):
        for m, s in enumerate(sentences(text)):
            d = dur(s)
            out += [f"{guid}/{n + 11}-{m}", f"{ts(t)} --> {ts(t + d)}", f"<v {spk}>{s}</v>", ""]
            t += d
        t += 640
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def write_srt(mod, path):
    out = []
    t = 1500
    i = 1
    for spk, text in mod.TURNS:
        for s in sentences(text):
            d = dur(s)
            out += [str(i), f"{ts(t, ',')} --> {ts(t + d, ',')}", f"{spk}: {s}", ""]
            t += d
            i += 1
        t += 500
    with open(path, "w", encoding=getattr(mod, "ENCODING", "utf-8"), newline="") as f:
        f.write(getattr(mod, "EOL", "\n").join(out))


def write_txt(mod, path):
    eol = getattr(mod, "EOL", "\n")
    body = (eol + eol).join(f"{spk}: {text}" for spk, text in mod.TURNS) + eol
    with open(path, "w", encoding=getattr(mod, "ENCODING", "utf-8"), newline="") as f:
        f.write(getattr(mod, "PREAMBLE", "") + body)


def write_docx(mod, path):
    import docx

    d = docx.Document()
    for line in mod.OPENING:
        d.add_paragraph(line)
    t = 4000
    for spk, text in mod.TURNS:
        s = t // 1000
        clock = (
            f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
            if s >= 3600
            else f"{s // 60}:{s % 60:02d}"
        )
        p = d.add_paragraph()
        r = p.add_run(f"{spk}   {clock}")
        r.add_break()
        p.add_run(text)
        t += dur(text) + 900
    d.add_paragraph(mod.CLOSING)
    d.core_properties.author = ""
    d.save(path)


WRITERS = {"teams_vtt": write_teams_vtt, "srt": write_srt, "txt": write_txt, "docx": write_docx}


def luhn_ok(digits):
    tot = 0
    for i, c in enumerate(digits):
        y = int(c) * (2 if i % 2 == 0 else 1)
        tot += y // 10 + y % 10
    return tot % 10 == 0


def spans(hay, needle, bounded=True):
    pat = (r"(?<!\w)" + re.escape(needle) + r"(?!\w)") if bounded else re.escape(needle)
    return [(m.start(), m.end()) for m in re.finditer(pat, hay)]


def ystr(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    from qualkod.ingest import read_transcript

    ok = True
    yitems, ynegs = [], []
    totals = []
    for mod in MODS:
        path = os.path.join(OUT, mod.NAME)
        WRITERS[mod.FMT](mod, path)
        tr = read_transcript(path)
        got = [(u.speaker, u.text) for u in tr.turns]
        want = [(s, re.sub(r"\s+", " ", x).strip()) for s, x in mod.TURNS]
        if got != want:
            ok = False
            print("PARSE MISMATCH", mod.NAME, len(got), len(want))
            for a, b in zip(got, want, strict=False):
                if a != b:
                    print("  got ", a)
                    print("  want", b)
                    break
        text = "\n".join(u.text for u in tr.turns)
        stem = os.path.splitext(mod.NAME)[0]
        words = len(text.split())
        totals.append((mod.NAME, words, len(tr.turns), len(mod.ITEMS), len(mod.NEGATIVES)))
        item_spans = []
        yitems.append(f"  # ---------------- {mod.NAME} ----------------")
        for it in mod.ITEMS:
            cat, t, owner, cnt, com = it[:5]
            infn = len(it) > 5
            sp = spans(stem, t, False) if infn else spans(text, t)
            if len(sp) != cnt:
                ok = False
                print(f"ITEM COUNT {mod.NAME}: {t!r} key {cnt} found {len(sp)}")
            if not infn:
                item_spans += sp
            if cat in ("personnummer", "samordningsnummer"):
                dg = re.sub(r"\D", "", t)[-10:]
                if len(dg) == 10 and not luhn_ok(dg):
                    ok = False
                    print("LUHN FAIL", t)
            yitems.append(
                f"  - {{file: {ystr(mod.NAME)}, category: {cat}, text: {ystr(t)}, owner: {ystr(owner)}, count: {cnt}"
                + (", in: filename" if infn else "")
                + f"}}   # {com}"
            )
        ynegs.append(f"  # ---------------- {mod.NAME} ----------------")
        for ng in mod.NEGATIVES:
            t, cnt, why = ng[:3]
            infn = len(ng) > 3
            sp = spans(stem, t, False) if infn else spans(text, t)
            if len(sp) != cnt:
                ok = False
                print(f"NEG COUNT {mod.NAME}: {t!r} key {cnt} found {len(sp)}")
            if not infn:
                for a, b in sp:
                    for c, d in item_spans:
                        if a < d and c < b:
                            ok = False
                            print(f"OVERLAP {mod.NAME}: negative {t!r} with item {text[c:d]!r}")
            ynegs.append(
                f"  - {{file: {ystr(mod.NAME)}, text: {ystr(t)}, count: {cnt}, why: {ystr(why)}"
                + (", in: filename" if infn else "")
                + "}"
            )
    with open(os.path.join(HERE, "header.txt"), encoding="utf-8") as f:
        header = f.read()
    with open(os.path.join(OUT, "expected.yaml"), "w", encoding="utf-8") as f:
        f.write(
            header
            + "study_terms: []\n\nitems:\n"
            + "\n".join(yitems)
            + "\n\nnegatives:\n"
            + "\n".join(ynegs)
            + "\n"
        )
    for row in totals:
        print("{}: {} words, {} turns, {} items, {} negatives".format(*row))
    print("ALL OK" if ok else "PROBLEMS FOUND")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
