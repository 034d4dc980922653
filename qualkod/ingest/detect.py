"""Recognise a transcript's container from its content, not its file name."""

from __future__ import annotations

import re
from enum import StrEnum

from qualkod.errors import TranscriptError

_SRT_TIMING = re.compile(r"^\d{1,2}:\d{2}:\d{2},\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2},\d{1,3}")


class Container(StrEnum):
    """How the bytes are laid out, before any transcript layout is recognised."""

    DOCX = "docx"
    VTT = "vtt"
    SRT = "srt"
    TEXT = "text"


def sniff_bytes(data: bytes, source: str) -> Container | None:
    """Recognise binary containers; None means 'decode as text and look again'.

    Raises:
        TranscriptError: for empty files and binary formats qualkod does not read.
    """
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise TranscriptError(source, "the file is empty; export the transcript again")
    if data.startswith(b"PK\x03\x04"):
        return Container.DOCX
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise TranscriptError(
            source, "an old binary Word (.doc) file; open it in Word and save it as .docx"
        )
    if data.startswith(b"%PDF"):
        raise TranscriptError(
            source, "a PDF file; download the transcript from Teams as .vtt or .docx"
        )
    if data.startswith(b"{\\rtf"):
        raise TranscriptError(source, "an RTF file; save it as .docx or plain text")
    return None


def sniff_text(text: str) -> Container:
    """Tell WebVTT, SubRip and line-laid text apart from decoded content."""
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines()]
    if lines and lines[0].startswith("WEBVTT"):
        return Container.VTT
    head = [line for line in lines[:20] if line]
    if len(head) >= 2 and head[0].isdigit() and _SRT_TIMING.match(head[1]):
        return Container.SRT
    return Container.TEXT
