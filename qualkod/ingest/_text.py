"""Decoding bytes and normalising transcript text."""

from __future__ import annotations

import codecs
import re
import unicodedata

from qualkod.errors import TranscriptError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


def decode(data: bytes, source: str) -> str:
    """Decode transcript bytes: UTF-8 (with or without BOM) or UTF-16/32 with a BOM.

    UTF-16 without a BOM is recognised by its pattern of NUL bytes. Anything else is
    refused rather than guessed, because a wrong guess would corrupt verbatim quotes.
    NUL bytes padding the end of the file (some tools and disks fill a last block with
    them) are not text and are ignored.

    Raises:
        TranscriptError: when the bytes are binary, cut off inside a character or in
            an encoding qualkod cannot trust.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(_unpadded(data[len(bom) :], encoding), encoding, source)
    if data.startswith(b"SQLite format 3\x00"):  # "qualkod import qualkod.db"
        raise TranscriptError(
            source, "a database (a qualkod project?), not a transcript; give the transcript file"
        )
    if b"\x00" not in data.rstrip(b"\x00"):
        return _strict(data.rstrip(b"\x00"), "utf-8", source)
    if len(data) >= 4 and data.count(0) >= len(data) // 4:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        if odd > 0.4 * len(data) / 2 and even == 0:
            return _strict(_unpadded(data, "utf-16-le"), "utf-16-le", source)
        if even > 0.4 * len(data) / 2 and odd == 0:
            return _strict(_unpadded(data, "utf-16-be"), "utf-16-be", source)
        raise TranscriptError(source, "binary data, not a transcript; export it again from Teams")
    return _strict(data, "utf-8", source)


def _unpadded(data: bytes, encoding: str) -> bytes:
    """The bytes without trailing NUL padding, whole code units kept: the last
    character of UTF-16-LE ``\\n`` (``0A 00``) keeps its zero byte."""
    unit = 4 if "32" in encoding else 2 if "16" in encoding else 1
    stripped = data.rstrip(b"\x00")
    return stripped + b"\x00" * (-len(stripped) % unit)


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if _looks_binary(data):
            raise TranscriptError(
                source, "binary data, not a transcript; export it again from Teams"
            ) from None
        line = data[: exc.start].count(b"\n") + 1 if encoding == "utf-8" else None
        if _cut_off(data, exc):
            raise TranscriptError(
                source,
                "the file ends in the middle of a character: it is probably truncated "
                "(cut off); copy or export it again",
                line=line,
            ) from None
        if encoding == "utf-8" and _is_single_byte_text(data):
            raise TranscriptError(
                source,
                "not UTF-8 text (it looks like Latin-1 or Windows-1252); save the file as "
                "UTF-8 and import it again",
                line=line,
            ) from None
        if encoding == "utf-8":
            raise TranscriptError(
                source,
                "not UTF-8 or UTF-16 text (another encoding qualkod cannot tell for sure); "
                "save the file as UTF-8 and import it again",
                line=line,
            ) from None
        raise TranscriptError(
            source,
            f"not valid {encoding.upper()} text; save the file as UTF-8 and import it again",
            line=line,
        ) from None
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    if bad > max(2, len(text) // 1000):
        raise TranscriptError(source, "binary data, not a transcript; export it again from Teams")
    twice = _DOUBLE_ENCODED.search(text)
    if twice:
        raise TranscriptError(
            source,
            f"the text was encoded twice ({twice.group(0)!r} where '{_once(twice.group(0))}' "
            "belongs): open it in the program that saved it and save it as UTF-8 once, "
            "or export it again",
            line=text.count("\n", 0, twice.start()) + 1,
        )
    return text


_DOUBLE_ENCODED = re.compile("Ã[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
"""Swedish letters encoded as UTF-8 and read as Latin-1 or Windows-1252 before being
encoded again (``Ã¥`` for ``å``, ``Ã–`` for ``Ö``): no Swedish text has them."""


def _once(pair: str) -> str:
    """The letter a doubly encoded pair stands for."""
    try:
        return pair.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return pair.encode("latin-1", errors="replace").decode("utf-8", errors="replace")


def _cut_off(data: bytes, exc: UnicodeDecodeError) -> bool:
    """True when the bytes are valid up to an incomplete character at the very end."""
    if exc.end != len(data) or len(data) - exc.start > 3:
        return False
    try:
        data[: exc.start].decode(exc.encoding)
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(data: bytes) -> bool:
    """True when more than 5 % of the first 4 KiB are control bytes text never has."""
    head = data[:4096]
    controls = sum(1 for b in head if (b < 0x20 and b not in b"\t\n\r\f\v") or b == 0x7F)
    return controls > 0.05 * len(head)


# Characters that bytes 0x80-0xFF stand for in real Latin-1/Windows-1252 text of a
# Western European language: letters with diacritics and typographic punctuation.
_WESTERN = frozenset(
    "åäöÅÄÖéÉèÈêÊëËüÜúÚùÙûÛáÁàÀâÂãÃæÆøØóÓòÒôÔõÕíÍìÌîÎïÏñÑçÇßÿýÝðÐþÞ\u00a0–—‘’‚“”„…•«»°§´€£±×·"
)


def _is_single_byte_text(data: bytes) -> bool:
    """True when the bytes read plausibly as Latin-1/Windows-1252 Western text.

    Bytes of other legacy encodings (GB2312, Shift-JIS, KOI8-R) also decode as
    Windows-1252, into runs of unlikely characters such as ``ÄãºÃ``. Western text has
    few high bytes, nearly all of them letters like ``åäöéü`` or typographic
    punctuation, mostly standing alone between ASCII letters.
    """
    try:
        text = data[:65536].decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [k for k, ch in enumerate(text) if ord(ch) >= 0x80]
    letters = sum(1 for ch in text if ch.isalpha())
    if not high or not letters:
        return False
    western = sum(1 for k in high if text[k] in _WESTERN)
    runs = sum(1 for k in high if k + 1 < len(text) and ord(text[k + 1]) >= 0x80)
    return western >= 0.9 * len(high) and len(high) <= 0.3 * letters and runs <= 0.3 * len(high)


_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, *range(0x202A, 0x202F)]
    + [*range(0x2060, 0x2065), *range(0x2066, 0x206A), 0xFEFF]
)
"""Characters that show as nothing and are no part of a word: the soft hyphen, the
zero-width space, direction marks and embeddings, the word joiner and a byte order mark
(in the middle of a file: two files joined). Pasted into a label (``Gustav\u200b:``) or
a voice tag they would make a second speaker who looks like the first. The zero-width
(non-)joiners, which shape emoji and Persian or Indic words, are kept."""


def visible(text: str) -> str:
    """Return text without the invisible characters of :data:`_INVISIBLE`."""
    return text.translate(_INVISIBLE)


_CONTROL = {code: " " for code in [*range(0x00, 0x20), 0x7F]}
"""Control characters are no part of speech (and PostgreSQL cannot store NUL): spaces."""


def nfc(text: str) -> str:
    """Return text in Unicode NFC: ``Å`` as one character even when written as ``A`` and
    a combining ring (NFD, as macOS writes file names), so that names match."""
    return unicodedata.normalize("NFC", text)


def normalise(text: str) -> str:
    """Return text in NFC with control characters as spaces and every whitespace run
    collapsed to one space, stripped."""
    return " ".join(nfc(text).translate(_CONTROL).split())
