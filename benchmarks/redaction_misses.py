"""What a planted redaction set's items leak and which negatives are lost, with context.

    python benchmarks/redaction_misses.py 23        # held-out set 23
    python benchmarks/redaction_misses.py tests     # the tests' set

``benchmarks/redaction.py quality`` gives the counts; this prints, for one set, each
item that survives redaction (category, the item, 60 characters of redacted text either
side) and each hand-listed negative redacted away, so a rule writer can read a set's
misses without reading its transcripts. Negatives naming a municipality or a locality
are left out, as in ``quality``: those places are redacted by design.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import redaction as bench  # noqa: E402  (the benchmark beside this script)

_WIDTH = 60


def _set_folder(which: str) -> Path:
    if which == "tests":
        return bench.REPO / "tests" / "data" / "redaction"
    if which in ("1", "held-out"):
        return bench.HERE / "data" / "redaction"
    folder = bench.HERE / "data" / f"redaction-{which}"
    if not (folder / "expected.yaml").is_file():
        raise SystemExit(f"{folder}: no expected.yaml; give a set's number, 1 or 'tests'")
    return folder


def _around(text: str, part: str) -> str:
    at = text.find(part)
    return text[max(0, at - _WIDTH) : at + len(part) + _WIDTH].replace("\n", " ")


def misses(folder: Path) -> list[str]:
    """One line per leaking item occurrence and per lost negative."""
    spec = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    terms = [bench.Term(t["text"], t["as"]) for t in spec.get("study_terms", [])]
    files = sorted({folder / item["file"] for item in spec["items"]})
    redactor, texts = bench._project(files, terms)
    lines = []
    for item in spec["items"]:
        if item.get("in") == "filename" or item["category"] == "filename":
            shown = redactor.file_name(Path(item["file"]).stem)
            if item["text"] in shown:
                lines.append(f"LEAK filename {item['text']!r} | {shown}")
            continue
        for text in texts[item["file"]]:
            out = redactor(text)
            if bench._count(out, item["text"]):
                lines.append(
                    f"LEAK {item['category']} {item['text']!r} | {_around(out, item['text'])}"
                )
    for negative in spec.get("negatives", []):
        if negative.get("in") == "filename":
            continue
        if bench._municipalities_in(negative["text"]) or bench._localities_in(negative["text"]):
            continue
        for text in texts[negative["file"]]:
            before = bench._count(text, negative["text"])
            after = bench._count(bench._TOKEN.sub("[]", redactor(text)), negative["text"])
            if after < before:  # the redacted text about where the negative stood
                at = text.find(negative["text"])
                out = redactor(text)[max(0, at - _WIDTH) : at + _WIDTH].replace("\n", " ")
                lines.append(f"LOST {negative['text']!r} | {out}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="a held-out set's number (2-24), 1, or 'tests'")
    folder = _set_folder(parser.parse_args().set)
    found = misses(folder)
    print("\n".join(found) if found else f"{folder.name}: nothing leaks, no negative lost")


if __name__ == "__main__":
    main()
