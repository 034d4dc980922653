"""Dates, durations and transcription notices in Teams preambles."""

from __future__ import annotations

import datetime as dt

import pytest

from qualkod.ingest.meeting import (
    parse_date,
    parse_duration,
    plausible_title,
    transcription_notice,
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("12 mars 2025, 10:02", dt.date(2025, 3, 12)),
        ("3 maj 2024 14:00", dt.date(2024, 5, 3)),
        ("March 3, 2025, 9:15AM", dt.date(2025, 3, 3)),
        ("2025-11-02 08:30", dt.date(2025, 11, 2)),
        ("Möte om samverkan", None),
        ("31 februari 2025", None),
    ],
)
def test_parse_date(line, date):
    assert parse_date(line) == date


@pytest.mark.parametrize(
    ("line", "ms"), [("45m 12s", 2_712_000), ("1h 2m 3s", 3_723_000), ("hej", None)]
)
def test_parse_duration(line, ms):
    assert parse_duration(line) == ms


def test_transcription_notices_in_swedish_and_english():
    assert transcription_notice("Anna Berg startade transkriberingen") == ("Anna Berg", True)
    assert transcription_notice("Anna Berg stopped transcription") == ("Anna Berg", False)
    assert transcription_notice("Vi pratade om transkriberingen") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Uppföljning samverkan", True),
        ("Dokumentation av mötet", True),
        ("Word Document", False),
        ("Dokument1", False),
        ("Microsoft Word - intervju7.docx", False),
        ("<!-- Konverterad med exempelverktyget 1.2 -->", False),
        ("Converted with some-tool 3.0", False),
        ("Untitled document", False),
    ],
)
def test_plausible_title(line, expected):
    assert plausible_title(line) is expected
