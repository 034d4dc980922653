"""Counts in messages agree with their noun."""

from __future__ import annotations

from qualkod.counts import are, counted


def test_one_is_singular_and_every_other_count_plural():
    assert counted(1, "coding") == "1 coding"
    assert counted(0, "coding") == "0 codings"
    assert counted(2, "sub-code") == "2 sub-codes"
    assert counted(1024, "turn") == "1,024 turns"
    assert counted(3, "analysis", "analyses") == "3 analyses"
    assert (are(1), are(0), are(7)) == ("is", "are", "are")
