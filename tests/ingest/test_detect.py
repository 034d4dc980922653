"""Files that are not transcripts at all."""

from __future__ import annotations

import unicodedata

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


def test_a_utf8_file_cut_off_inside_a_character_is_called_truncated():
    # 'ö' is two bytes in UTF-8; the file ends after the first.
    data = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Greta Dahl>Vi ses i mö".encode()[:-1]
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, "avbruten.vtt")
    assert str(caught.value) == (
        "avbruten.vtt:4: the file ends in the middle of a character: it is probably "
        "truncated (cut off); copy or export it again"
    )


def test_nul_bytes_padding_the_end_of_a_file_are_ignored():
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n<v Greta Dahl>Är kaffet klart?</v>\n\n"
        "00:00:02.500 --> 00:00:04.000\n<v Olof Brink>Snart, det puttrar.</v>\n"
    )
    for data in (text.encode() + bytes(300), text.encode("utf-16") + bytes(301)):
        transcript = parse_transcript(data, "utfylld.vtt")
        assert [(t.speaker, t.text) for t in transcript.turns] == [
            ("Greta Dahl", "Är kaffet klart?"),
            ("Olof Brink", "Snart, det puttrar."),
        ]


def test_a_password_protected_office_file_is_not_called_an_old_doc():
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
    data = header + "EncryptedPackage".encode("utf-16-le") + bytes(64)
    with pytest.raises(TranscriptError, match="password-protected or encrypted"):
        parse_transcript(data, "skyddad.docx")


def test_a_file_far_larger_than_any_transcript_is_refused_before_it_is_read(tmp_path, monkeypatch):
    import qualkod.ingest.reader as reader

    monkeypatch.setattr(reader, "MAX_TRANSCRIPT_BYTES", 1000)
    big = tmp_path / "inspelning.vtt"
    big.write_bytes(b"WEBVTT\n\n" + b"x" * 3_000_000)
    with pytest.raises(TranscriptError, match=r"inspelning.vtt: 3 MB, more than any transcript"):
        read_transcript(big)


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("intervju.docx", b'<!DOCTYPE html>\n<html lang="sv">'),  # a web page renamed
        ("intervju.txt", b'\xef\xbb\xbf\r\n<html xmlns:o="urn:schemas-microsoft-com">'),
    ],
)
def test_a_web_page_is_refused_as_one(name, head):
    # Before: read as text and refused with 'no speaker labels found', which tells the
    # user nothing about what the file is.
    data = head + "<body><p>Lena: Hur länge har du jobbat här?</p><p>Gustav: Sex år.</p>".encode()
    with pytest.raises(TranscriptError) as caught:
        parse_transcript(data, name)
    assert str(caught.value).startswith(f"{name}: a web page (HTML), not a transcript")


def test_a_decomposed_file_name_is_found_by_its_composed_spelling(tmp_path):
    # A file from a Mac keeps its decomposed name on Linux; the name typed here is
    # composed ('Å' one character) and matched no file before.
    decomposed = unicodedata.normalize("NFD", "intervju Åsa.txt")
    (tmp_path / decomposed).write_text(
        "Lena: Hur länge har du jobbat här?\nGustav: Snart sex år.\n", encoding="utf-8"
    )
    transcript = read_transcript(tmp_path / "intervju Åsa.txt")
    assert [t.speaker for t in transcript.turns] == ["Lena", "Gustav"]
    assert transcript.source_name == "intervju Åsa.txt"  # composed, as stored
