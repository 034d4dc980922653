"""Names written with a slip: a letter wrong, missing or extra (``Hodaan`` for Hodan,
``Lindkvist`` for Lindqvist), as transcription and hurried typing leave them."""

from __future__ import annotations


def deletions(word: str) -> set[str]:
    """``word`` with one letter taken out, each way."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one letter replaced, removed or added."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def within_two_edits(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most two letters replaced, removed or added."""
    if abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        if min(current) > 2:
            return False
        previous = current
    return previous[-1] <= 2
