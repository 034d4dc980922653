"""Agreement measures shared by the stages that compare decisions (suggest, analysis)."""

from __future__ import annotations

from collections.abc import Sequence


def cohen_kappa(first: Sequence[int], second: Sequence[int]) -> float | None:
    """Cohen's kappa for two coders' nominal decisions (None when undefined)."""
    n = len(first)
    if n == 0 or n != len(second):
        return None
    categories = set(first) | set(second)
    observed = sum(1 for a, b in zip(first, second, strict=True) if a == b) / n
    expected = sum((first.count(c) / n) * (second.count(c) / n) for c in categories)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)
