"""WebVTT transcripts: Microsoft Teams (voice tags) and Zoom (``Name: text`` cues)."""

from __future__ import annotations

import html
import re

from qualkod.errors import TranscriptError
from qualkod.ingest._blocks import blocks, labelled_cues, refuse_empty_last_cue, timing
from qualkod.ingest._cues import Cue
from qualkod.ingest.detect import headerless_vtt, vtt_header
from qualkod.ingest.vtt_cut import seems_cut_off
from qualkod.models import SourceFormat

_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>", re.IGNORECASE)
_TAG = re.compile(r"</?[^>\s][^>]*>")
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")
# A '<' that no '>' closes on its line: a tag cut off ('<v Anna Be') or a lone '<'.
_UNCLOSED = re.compile(r"<(?![^<>]*>)")
_TAG_SHOWN = 12
"""The most characters of an unclosed tag an error message quotes."""
_END_VOICE = re.compile(r"</v\s*>", re.IGNORECASE)
# Closed cues needed before an unclosed last one counts as cut off: a pattern, not a case.
_CLOSED_PATTERN = 2


def read_vtt(text: str, source: str) -> tuple[SourceFormat, list[Cue], int | None]:
    """Read WebVTT text into cues and tell Teams from Zoom; the third value is the line
    of the last cue's timing when the file seems cut off after that cue
    (:func:`~qualkod.ingest.vtt_cut.seems_cut_off`), else None.

    Teams names the speaker in a voice tag ``<v Name>``; Zoom writes ``Name: text``.
    A cue without a timing line, or with one that cannot be parsed, stops the import
    with the line number: a half-read file is never imported.

    A Teams file without its ``WEBVTT`` line is read when its cues are unambiguous
    (timing lines and voice tags); one that ends inside a tag is refused as truncated,
    and so is one whose last cue leaves its voice open where the others close it.
    Blank lines before ``WEBVTT`` are ignored, and a cue that follows the header with
    no blank line between is read, as the WebVTT parsing rules do. A header in other
    case (``webvtt``, edited by hand) is read as the header.

    Raises:
        TranscriptError: on a missing header, a broken or cut-off cue or no speaker
            labels at all.
    """
    lines = text.splitlines()
    header = vtt_header(lines)
    if not header and not headerless_vtt(lines):
        raise TranscriptError(
            source,
            "missing the WEBVTT header, though its cues are WebVTT's; make 'WEBVTT' the "
            "first line (before any title) or export the transcript again",
            line=1,
        )
    _refuse_second_header(lines, source)
    raw_cues: list[tuple[int, int, int, list[str]]] = []
    for k, (first_line, block) in enumerate(blocks(lines)):
        if header and k == 0:
            first_line, block = _cue_after_header(first_line, block)
            if not block:
                continue
        if block[0].split(" ", 1)[0] in _SKIPPED_BLOCKS:
            continue
        arrow = next((i for i, line in enumerate(block[:2]) if "-->" in line), None)
        if arrow is None:
            raise TranscriptError(
                source,
                "cue has no timing line 'start --> end'; the file may be truncated or "
                "edited by hand, so export it again",
                line=first_line,
            )
        lineno = first_line + arrow
        start_ms, end_ms = timing(block[arrow], source, lineno)
        raw_cues.append((lineno, start_ms, end_ms, block[arrow + 1 :]))
    if not raw_cues:
        raise TranscriptError(source, "the WebVTT file has no cues; export the transcript again")
    if not any(line.strip() for *_, payload in raw_cues for line in payload):
        raise TranscriptError(
            source,
            "every cue in the WebVTT file is empty (a timing, no text); export the "
            "transcript again",
        )

    voiced = any(_VOICE.search(" ".join(payload)) for *_, payload in raw_cues)
    _refuse_cut_tags(raw_cues, source, everywhere=voiced)
    refuse_empty_last_cue([p for *_, p in raw_cues], raw_cues[-1][0], source)
    if voiced:
        _refuse_cut_last_voice(raw_cues, lines, source)
        cues = [cue for c in raw_cues for cue in _voice_cues(*c)]
        return SourceFormat.TEAMS_VTT, cues, _cut_after(text, cues, raw_cues)

    bodies = [
        (start, end, [_clean(line) for line in payload]) for _, start, end, payload in raw_cues
    ]
    cues = labelled_cues(bodies, source)
    return SourceFormat.ZOOM_VTT, cues, _cut_after(text, cues, raw_cues)


def _cut_after(text: str, cues: list[Cue], raw_cues: list[tuple]) -> int | None:
    return raw_cues[-1][0] if seems_cut_off(text, cues) else None


def _refuse_second_header(lines: list[str], source: str) -> None:
    """Refuse a ``WEBVTT`` line after the file's first line: two exports joined into one
    (the parts of a meeting), whose second part would be read with its times starting
    again and the word 'WEBVTT' as the last speaker's. A header in other case
    (``webvtt``) counts where a block starts: after a blank line."""
    first = next((n for n, line in enumerate(lines) if line.strip()), 0)
    for n in range(first + 1, len(lines)):
        word = lines[n].strip().split(" ", 1)[0].split("\t", 1)[0]
        block_start = not lines[n - 1].strip()
        if word == "WEBVTT" or (block_start and word.upper() == "WEBVTT"):
            raise TranscriptError(
                source,
                "a second 'WEBVTT' header: two WebVTT files were joined into one; import "
                "each part as a file of its own",
                line=n + 1,
            )


def _cue_after_header(first_line: int, block: list[str]) -> tuple[int, list[str]]:
    """The cue inside the header block, when the header runs into it without a blank
    line: (its first line number, its lines); (first_line, []) when there is none.

    Header lines (``WEBVTT``, ``Kind: captions``) never hold ``-->``: the first line
    that does is the cue's timing line, and lines before it belong to the header.
    """
    arrow = next((i for i, line in enumerate(block) if "-->" in line), None)
    if arrow is None:
        return first_line, []
    return first_line + arrow, block[arrow:]


_VOICE_OPENED = re.compile(r"<v(?:\.[^\s>]*)?(?:\s[^>]*)?(?=>|$)", re.IGNORECASE)


def _without_voice(line: str) -> str:
    """The line as an error message quotes it: a voice tag's speaker left out (``<v …``),
    since messages end up in terminals, logs and e-mails."""
    return _VOICE_OPENED.sub("<v …", line)


_TAG_NAMES = frozenset({"v", "c", "i", "b", "u", "lang", "ruby", "rt"})
"""WebVTT's cue text tags; a word after '<' that is none of them may be a name."""


def _unclosed_tag(rest: str) -> str:
    """The start of an unclosed tag as a message quotes it: ``<v …`` for a voice (its
    speaker left out); the tag's first word when it has no letters (``<10``) or names
    a WebVTT tag (``<lang``); else '<' alone, since the word may be a name
    (``<Fatima``). Never the speech after it."""
    rest = _without_voice(rest)
    if rest.startswith("<v …"):
        return "<v …"
    word = rest.split()[0] if rest.split() else "<"
    name = re.split(r"[.>]", word[1:].lstrip("/"), maxsplit=1)[0]
    if not any(ch.isalpha() for ch in word) or name.lower() in _TAG_NAMES:
        return word[:_TAG_SHOWN]
    return "<"


def _refuse_cut_tags(
    raw_cues: list[tuple[int, int, int, list[str]]], source: str, *, everywhere: bool
) -> None:
    """Refuse cue text with a tag that never closes: it is a cut-off file, and reading
    on would invent an unknown speaker saying '<'. Teams escapes a literal '<' as
    '&lt;', so in its files (``everywhere``) any unclosed '<' is damage; otherwise only
    the very end of the file is checked."""
    last = raw_cues[-1][0] + len(raw_cues[-1][3])
    for timing_line, _, _, payload in raw_cues:
        for k, line in enumerate(payload, start=1):
            found = _UNCLOSED.search(line)
            if not found or not (everywhere or timing_line + k == last):
                continue
            tag = _unclosed_tag(line[found.start() :])
            if timing_line + k == last and not line.rstrip().endswith(">"):
                reason = f"the file ends inside a tag ({tag!r}): it is truncated"
            else:
                reason = (
                    f"a '<' that opens no tag ({tag!r}): if it is speech "
                    "('<10'), write it as '&lt;' as Teams does; else the file is damaged"
                )
            raise TranscriptError(
                source, f"{reason}, so export the transcript again", line=timing_line + k
            )


def _refuse_cut_last_voice(
    raw_cues: list[tuple[int, int, int, list[str]]], lines: list[str], source: str
) -> None:
    """Refuse a Teams file cut off inside its last cue's speech.

    WebVTT lets a cue leave its voice tag open, and some files never close one; but in
    a file whose voiced cues all end their voice with ``</v>`` (two or more of them), a
    last cue that does not, with nothing after it in the file, is speech cut off
    mid-sentence ('tillbaka en rem'), not a finished cue.
    """
    *others, (timing_line, _, _, payload) = raw_cues
    last_line = timing_line + len(payload)
    file_end = max((n for n, line in enumerate(lines, start=1) if line.strip()), default=0)
    if not payload or last_line != file_end or not _open_voice(" ".join(payload)):
        return
    voiced = [body for *_, p in others if _VOICE.search(body := " ".join(p))]
    if len(voiced) < _CLOSED_PATTERN or any(_open_voice(body) for body in voiced):
        return
    raise TranscriptError(  # its speech is not quoted: it may name people
        source,
        "the file ends inside a cue whose voice is never closed with '</v>', "
        "unlike every other cue: it is truncated; export the transcript again",
        line=last_line,
    )


def _open_voice(body: str) -> bool:
    """True when the cue text's last voice tag is not closed by a ``</v>`` after it."""
    voices = list(_VOICE.finditer(body))
    return bool(voices) and not _END_VOICE.search(body, voices[-1].end())


def _voice_cues(lineno: int, start: int, end: int, payload: list[str]) -> list[Cue]:
    body = " ".join(payload)
    matches = list(_VOICE.finditer(body))
    if not matches:
        return [Cue("", _clean(body), start, end)]
    cues = []
    if body[: matches[0].start()].strip():
        cues.append(Cue("", _clean(body[: matches[0].start()]), start, end))
    for i, match in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(body)
        speaker = html.unescape(match.group(1) or "").strip()
        cues.append(Cue(speaker, _clean(body[match.end() : stop]), start, end))
    return cues


def _clean(text: str) -> str:
    """Remove markup tags and decode character references."""
    return html.unescape(_TAG.sub("", text))
