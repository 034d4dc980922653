"""Findings that overlap: which one a text keeps, and what is left of the others.

Findings are taken by priority (then the longer first); a later finding keeps only the
parts no earlier one covers.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from qualkod.redaction.finding import Finding


def inside_longer(finding: Finding, people: list[Finding], starts: list[int]) -> bool:
    at = bisect.bisect_right(starts, finding.start) - 1
    if at < 0:
        return False
    person = people[at]
    return finding.end <= person.end and person.end - person.start > finding.end - finding.start


class Kept:
    """Findings kept so far: never overlapping, in text order, searched by bisection."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlapping(self, finding: Finding) -> list[Finding]:
        first = bisect.bisect_right(self._ends, finding.start)
        last = bisect.bisect_left(self._starts, finding.end)
        return self.findings[first:last]

    def add(self, finding: Finding) -> None:
        at = bisect.bisect_left(self._starts, finding.start)
        self.findings.insert(at, finding)
        self._starts.insert(at, finding.start)
        self._ends.insert(at, finding.end)


def uncovered(text: str, finding: Finding, kept: list[Finding]) -> list[Finding]:
    """The parts of a finding that no kept finding covers, each still a finding.

    A name half covered by another item (``Holm`` of ``Sara Holm`` inside a term) keeps
    its other half redacted; pieces without a letter or digit are dropped, and a
    genitive's ``:s`` stays only on the piece that ends where the name did.
    """
    pieces = [(finding.start, finding.end)]
    for other in kept:
        next_pieces = []
        for start, end in pieces:
            if other.end <= start or other.start >= end:
                next_pieces.append((start, end))
                continue
            if start < other.start:
                next_pieces.append((start, other.start))
            if other.end < end:
                next_pieces.append((other.end, end))
        pieces = next_pieces
    if pieces == [(finding.start, finding.end)]:
        return [finding]
    result = []
    for start, end in pieces:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end - start >= 2:
            # a genitive's ":s" goes with the piece that ends where the name did
            token = finding.replacement
            if end < finding.end:
                token = token.removesuffix(":s").removesuffix(":S")
            result.append(
                replace(finding, start=start, end=end, text=text[start:end], replacement=token)
            )
    return result
