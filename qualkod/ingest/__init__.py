"""Ingest: read transcript files into :class:`~qualkod.models.Transcript` models.

Knows nothing of the project database.
"""

from qualkod.ingest._text import nfc, normalise
from qualkod.ingest.reader import parse_transcript, read_transcript
from qualkod.ingest.timecode import format_clock, parse_time

__all__ = [
    "format_clock",
    "nfc",
    "normalise",
    "parse_time",
    "parse_transcript",
    "read_transcript",
]
