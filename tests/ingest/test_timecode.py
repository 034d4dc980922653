"""Clock times."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qualkod.ingest import format_clock, parse_time


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("00:00:03.840", 3840),
        ("01:02.250", 62250),
        ("0:0:5.25", 5250),
        ("00:00:01,000", 1000),
        ("1:02:15", 3_735_000),
        ("0:03", 3000),
    ],
)
def test_parse_time(text, ms):
    assert parse_time(text) == ms


@pytest.mark.parametrize("text", ["", "14", "00:61:00", "ab:cd", "1:2:3:4"])
def test_not_times(text):
    assert parse_time(text) is None


@given(st.integers(min_value=0, max_value=99 * 3600 * 1000))
def test_format_then_parse_keeps_whole_seconds(ms):
    assert parse_time(format_clock(ms)) == ms // 1000 * 1000


def test_format_clock_of_nothing_is_empty():
    assert format_clock(None) == ""
