"""Files that are not transcripts at all."""

from __future__ import annotations

import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import parse_transcript, read_transcript
from tests.conftest import INGEST


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "the file is empty"),
        (b"\xef\xbb\xbf\r\n  \n", "the file is empty"),
        (b"%PDF-1.7\n...", "a PDF file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", r"old binary Word \(\.doc\)"),
        (b"{\\rtf1\\ansi hej}", "an RTF file"),
    ],
)
def test_non_transcripts_are_named_for_what_they_are(data, expected):
    with pytest.raises(TranscriptError, match=expected):
        parse_transcript(data, "fil.vtt")


def test_binary_garbage():
    with pytest.raises(TranscriptError, match="binary data, not a transcript"):
        read_transcript(INGEST / "garbage.bin")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(TranscriptError, match="no such file"):
        read_transcript(tmp_path / "saknas.vtt")
    with pytest.raises(TranscriptError, match="is a folder"):
        read_transcript(tmp_path)


def test_utf16_without_bom_is_recognised():
    text = (INGEST / "teams-new.vtt").read_text(encoding="utf-8")
    transcript = parse_transcript(text.encode("utf-16-le"), "utan-bom.vtt")
    assert len(transcript.turns) == 4


def test_sha256_is_of_the_file_bytes():
    import hashlib

    data = (INGEST / "teams-new.vtt").read_bytes()
    assert parse_transcript(data, "x.vtt").sha256 == hashlib.sha256(data).hexdigest()
