"""Ingest benchmark: parse + store throughput and peak memory on a synthetic corpus.

Generates (once, cached in ``benchmarks/.corpus/``) a corpus of Teams exports - by
default 100 interviews of 10,000 words each, half newer-layout .vtt and half
newer-layout .docx - then imports all of it into a fresh project with
``qualkod.importing.import_files`` and reports words per second and the peak
resident memory of the importing process::

    python benchmarks/ingest.py                 # 100 interviews, 1M words
    python benchmarks/ingest.py --interviews 20 --words 5000

The words are drawn at random (fixed seed) from the sample study's own vocabulary,
so the text has Swedish letters and realistic word lengths. Corpus generation runs in
a child process so that its memory does not count.
"""

from __future__ import annotations

import argparse
import multiprocessing
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "transcripts"))
sys.path.insert(0, str(ROOT))

SPEAKERS = ["Karin Lindqvist", "Maria Nyström", "Johan Ek", "Sara Holm (Gäst)"]


def _vocabulary() -> list[str]:
    words = set()
    for path in (ROOT / "transcripts" / "source").glob("*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            words.update(w.strip(".,?!") for w in line.partition(": ")[2].split())
    return sorted(w for w in words if w)


def _utterances(rng: random.Random, vocabulary: list[str], words: int, people: list[str]):
    pairs, left, turn = [], words, 0
    while left > 0:
        length = min(left, rng.randint(8, 120))
        tokens = [rng.choice(vocabulary) for _ in range(length)]
        sentences, start = [], 0
        while start < length:
            stop = min(length, start + rng.randint(5, 18))
            sentence = " ".join(tokens[start:stop])
            sentences.append(sentence[:1].upper() + sentence[1:] + rng.choice(".?."))
            start = stop
        pairs.append((people[turn % len(people)], " ".join(sentences)))
        left -= length
        turn += 1
    return pairs


def write_interview(corpus: Path, number: int, pairs: list[tuple[str, str]]) -> None:
    """Write one interview: even numbers as newer Teams .vtt, odd as newer Teams .docx."""
    import build_samples

    if number % 2 == 0:
        text = build_samples.teams_vtt(pairs, f"bench-{number}")
        (corpus / f"intervju-{number:03d}.vtt").write_text(text, encoding="utf-8")
    else:
        data = build_samples.teams_docx(pairs, f"Intervju {number}", "18 mars 2025, 13:02")
        (corpus / f"intervju-{number:03d}.docx").write_bytes(data)


def generate(corpus: Path, interviews: int, words: int) -> None:
    """Write the synthetic corpus (deterministic for given sizes)."""
    corpus.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2014)
    vocabulary = _vocabulary()
    for number in range(interviews):
        people = [SPEAKERS[0], f"Deltagare {number} Test", SPEAKERS[2 + number % 2]]
        write_interview(corpus, number, _utterances(rng, vocabulary, words, people))
    (corpus / "DONE").write_text(f"{interviews} {words}\n")


def run(interviews: int, words: int) -> None:
    corpus = ROOT / "benchmarks" / ".corpus" / f"{interviews}x{words}"
    if not (corpus / "DONE").exists():
        child = multiprocessing.Process(target=generate, args=(corpus, interviews, words))
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit("corpus generation failed")
    files = sorted(p for p in corpus.iterdir() if p.suffix in {".vtt", ".docx"})

    from qualkod.importing import import_files
    from qualkod.project import init_project
    from qualkod.store import open_project

    with tempfile.TemporaryDirectory() as folder:
        location = Path(folder) / "bench.db"
        init_project(location)
        project = open_project(location)
        started = time.perf_counter()
        results = import_files(project, files, interviewers=[SPEAKERS[0]])
        elapsed = time.perf_counter() - started
        project.close()
        size = location.stat().st_size
    total_words = sum(r.words for r in results)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    vtt = sum(1 for f in files if f.suffix == ".vtt")
    print(
        f"machine: {platform.machine()}, {multiprocessing.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print(
        f"corpus: {len(files)} interviews ({vtt} .vtt, {len(files) - vtt} .docx), "
        f"{total_words:,} words, {sum(r.turns for r in results):,} turns"
    )
    print(f"parse + store: {elapsed:.2f} s = {total_words / elapsed:,.0f} words/s")
    print(f"peak memory (max RSS of this process): {peak_mib:.0f} MiB")
    print(f"project database: {size / 2**20:.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=100)
    parser.add_argument("--words", type=int, default=10_000, help="words per interview")
    options = parser.parse_args()
    run(options.interviews, options.words)


if __name__ == "__main__":
    main()
