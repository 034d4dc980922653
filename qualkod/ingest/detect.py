"""Recognise a transcript's container from its content, not its file name."""

from __future__ import annotations

import re
from enum import StrEnum

from qualkod.errors import TranscriptError
from qualkod.ingest._blocks import FRAMES
from qualkod.ingest.labels import split_label
from qualkod.ingest.srt import strip_formatting

_SRT_TIME = r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}"
_SRT_TIMING = re.compile(rf"^{_SRT_TIME}\s*-->\s*{_SRT_TIME}")
_VTT_TIME = r"(?:\d{1,3}:)?\d{2}:\d{2}\.\d{3}"
_VTT_TIMING = re.compile(rf"^{_VTT_TIME}\s*-->\s*{_VTT_TIME}(?:\s|$)")
_VOICE_TAG = re.compile(r"<v[\s.][^>]*>", re.IGNORECASE)
# Office writes a password-protected or label-encrypted .docx as an OLE compound file
# (like an old .doc) holding a stream named 'EncryptedPackage' (MS-OFFCRYPTO); the
# names in its directory are UTF-16.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


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
    if data.startswith(_OLE_MAGIC) and _ENCRYPTED_PACKAGE in data:
        raise TranscriptError(
            source,
            "the Word document is password-protected or encrypted (for example by a "
            "sensitivity label); open it in Word, remove the password or protection, save "
            "it as .docx and import it again",
        )
    if data.startswith(_OLE_MAGIC):
        raise TranscriptError(
            source, "an old binary Word (.doc) file; open it in Word and save it as .docx"
        )
    if data.startswith(b"%PDF"):
        raise TranscriptError(
            source, "a PDF file; download the transcript from Teams as .vtt or .docx"
        )
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].lower().startswith((b"<!doctype html", b"<html")):
        raise TranscriptError(
            source,
            "a web page (HTML), not a transcript; save it as .docx or plain text, or "
            "download the transcript from Teams as .vtt or .docx",
        )
    if data.startswith(b"{\\rtf"):
        raise TranscriptError(source, "an RTF file; save it as .docx or plain text")
    return None


def sniff_text(text: str) -> Container:
    """Tell WebVTT (also a Teams file that lost its ``WEBVTT`` line), SubRip and
    line-laid text apart from decoded content."""
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines()]
    if vtt_header(lines) or headerless_vtt(lines) or _voiced_cues(lines):
        return Container.VTT  # the last refused there: it has no header to read it by
    head = [line for line in lines[:20] if line]
    if len(head) >= 2 and head[0].isdigit() and "-->" in head[1] and "," in head[1]:
        return Container.SRT  # a cue number, then a timing: refused there if unreadable
    if _labelled_subrip(head):
        return Container.SRT
    if any(FRAMES.match(line.partition("-->")[0].strip()) for line in head if "-->" in line):
        return Container.SRT  # refused there, naming the line: times in frames
    return Container.TEXT


def _labelled_subrip(head: list[str]) -> bool:
    """True for SubRip without cue numbers or with ``.`` before the milliseconds, and
    for Zoom WebVTT without its ``WEBVTT`` line: cues laid out like SubRip's whose first
    cue names its speaker (``Name: text``). Without that name, such timing lines may be
    an older Teams Word layout copied into text (``0:00:03.840 --> ...``, then a name
    line), which the line readers handle."""
    k = 1 if head and head[0].isdigit() else 0
    if len(head) < k + 2 or not _SRT_TIMING.match(head[k]):
        return False
    name, _ = split_label(strip_formatting(head[k + 1]))
    return name is not None


_ANY_CASE_HEADER = re.compile(r"^webvtt(?:[ \t]|$)", re.IGNORECASE)


def vtt_header(lines: list[str]) -> bool:
    """True when the first non-blank line is the ``WEBVTT`` header.

    The WebVTT standard asks for ``WEBVTT`` in capitals; a file edited by hand that
    writes ``webvtt`` or ``WebVTT`` (the word alone or before a space or a tab) is
    plainly meant as WebVTT too, and counts when the file has a WebVTT timing line,
    so that a note that merely starts with the word is still text.
    """
    first = first_line_text(lines)
    if first.startswith("WEBVTT"):
        return True
    return bool(_ANY_CASE_HEADER.match(first)) and any(
        _VTT_TIMING.match(line.strip()) for line in lines
    )


def _voiced_cues(lines: list[str]) -> bool:
    """True for WebVTT cues with voice tags under some other first line (a title typed
    above them): read as text, a voice tag would become a speaker's name."""
    return any(_VTT_TIMING.match(line) for line in lines) and any(
        _VOICE_TAG.search(line) for line in lines
    )


def first_line_text(lines: list[str]) -> str:
    """The first non-blank line, stripped (and without a byte order mark); '' if none."""
    return next((line.strip().lstrip("\ufeff") for line in lines if line.strip()), "")


def headerless_vtt(lines: list[str]) -> bool:
    """True for Teams WebVTT whose ``WEBVTT`` line was lost (copied or cut off at the
    top): the first block is a cue (an optional id, then ``00:00:01.000 --> ...``)
    and voice tags ``<v Name>`` name the speakers, so the layout is unambiguous."""
    head = [line.strip() for line in lines if line.strip()][:2]
    if not head:
        return False
    timed = _VTT_TIMING.match(head[0]) or (
        len(head) == 2 and "-->" not in head[0] and _VTT_TIMING.match(head[1])
    )
    return bool(timed) and any(_VOICE_TAG.search(line) for line in lines)
