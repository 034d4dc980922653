"""The default codebook's training material is apart from the interviews it is measured on.

``../shared/eval-dev`` holds interviews written and labelled outside the project; the
suggestion figures in benchmarks/RESULTS.md are measured on them, so nothing in the
codebook (examples, lexicon, passages) may share a phrase with them: a six-word
sequence in common is taken as copied. Skipped where eval-dev is not beside the
repository (as in CI): the check is for the people who add training material.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import REPO

DEFAULT = REPO / "codebooks" / "samsjuklighet.yaml"
EVAL_DEV = REPO.parent / "shared" / "eval-dev" / "interviews.json"
WORDS = 6


def _sequences(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + WORDS]) for i in range(len(words) - WORDS + 1)}


@pytest.mark.skipif(not EVAL_DEV.exists(), reason="../shared/eval-dev is not here")
def test_the_codebook_shares_no_six_words_with_eval_dev():
    interviews = json.loads(EVAL_DEV.read_text(encoding="utf-8"))
    held_out = set()
    for interview in interviews:
        for turn in interview["turns"]:
            held_out |= _sequences(turn["text"])
    shared = _sequences(DEFAULT.read_text(encoding="utf-8")) & held_out
    assert not shared, sorted(" ".join(s) for s in shared)[:10]


def test_the_sequence_check_finds_a_shared_phrase():
    # the check itself, on hand-written text: six words in common, across punctuation
    # and case, are found; five are not
    first = _sequences("Vi ringde, men ingen svarade på hela dagen.")
    assert first & _sequences("Nej. MEN ingen svarade... på hela dagen!")
    assert not first & _sequences("men ingen svarade på hela natten")
