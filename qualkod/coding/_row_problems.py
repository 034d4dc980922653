"""A codings file's problems as one line each, naming the rows that have it."""

from __future__ import annotations


def problems_by_rows(path, problems: list[tuple[int, str]]) -> str:
    """One line per problem, naming the rows that have it: a file with one wrong column
    in every row says so once (``codings.csv: lines 2-61 (60 rows): ...``)."""
    lines: dict[str, list[int]] = {}
    for line, problem in problems:
        lines.setdefault(problem, []).append(line)
    return "\n".join(
        f"{path}:{found[0]}: {problem}"
        if len(found) == 1
        else f"{path}: lines {_ranges(found)} ({len(found)} rows): {problem}"
        for problem, found in lines.items()
    )


def _ranges(numbers: list[int]) -> str:
    """``2, 3, 4, 7`` as ``2-4, 7``; at most five ranges, then ``...``."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    shown = [f"{a}-{b}" if a != b else str(a) for a, b in spans[:5]]
    return ", ".join(shown) + (", ..." if len(spans) > 5 else "")
