"""Read any supported transcript file into a :class:`~qualkod.models.Transcript`."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import replace
from pathlib import Path

from qualkod.errors import TranscriptError, shown
from qualkod.ingest._cues import merge_cues
from qualkod.ingest._text import decode, nfc, normalise, visible
from qualkod.ingest.detect import Container, sniff_bytes, sniff_text
from qualkod.ingest.labels import label_spellings
from qualkod.ingest.lines import parse_lines
from qualkod.ingest.srt import read_srt
from qualkod.ingest.vtt import read_vtt
from qualkod.ingest.word import read_docx
from qualkod.models import SourceFormat, Transcript

# The layout found in the lines (detect.sniff_text) and the container give the format.
_LINE_FORMATS = {
    (Container.DOCX, "header"): SourceFormat.TEAMS_DOCX,
    (Container.DOCX, "arrow"): SourceFormat.TEAMS_DOCX_LEGACY,
    (Container.DOCX, "labels"): SourceFormat.WORD_TEXT,
    (Container.DOCX, "inline"): SourceFormat.WORD_TEXT,  # not Teams: a service's layout
    (Container.DOCX, "meet"): SourceFormat.MEET_DOCX,
    (Container.DOCX, "zoom"): SourceFormat.ZOOM_TEXT,
    (Container.DOCX, "pane"): SourceFormat.TEAMS_PANE,
    (Container.TEXT, "header"): SourceFormat.TEAMS_TEXT,
    (Container.TEXT, "arrow"): SourceFormat.ARROW_TEXT,
    (Container.TEXT, "labels"): SourceFormat.PLAIN_TEXT,
    (Container.TEXT, "inline"): SourceFormat.PLAIN_TEXT,
    (Container.TEXT, "meet"): SourceFormat.MEET_TEXT,
    (Container.TEXT, "zoom"): SourceFormat.ZOOM_TEXT,
    (Container.TEXT, "pane"): SourceFormat.TEAMS_PANE,
}


MAX_TRANSCRIPT_BYTES = 100 * 10**6
"""A file larger than this is refused before it is read (a video or a database given by
mistake): ten hours of speech is about 1 MB of text."""


def read_transcript(path: str | Path) -> Transcript:
    """Read a transcript file, recognising its format from the content.

    Args:
        path: a Teams .vtt or .docx export (or the Teams transcript pane pasted into
            Word or text), a Zoom .vtt or saved transcript, a Google Meet transcript
            (.docx or text), a SubRip .srt, or plain text.

    Returns:
        The parsed transcript, with turns merged from consecutive cues of one speaker.

    Raises:
        TranscriptError: when the file is missing, unreadable or not a transcript.
    """
    path = _as_written_on_disk(Path(path))
    # A file name need not be UTF-8: escape such bytes, never crash; and NFC, since
    # macOS writes names decomposed.
    where = nfc(shown(path))
    if str(path) == "-" and not path.exists():  # the shell's "standard input"
        raise TranscriptError(
            where,
            "a transcript is not read from standard input; save it to a file (.vtt, .docx, "
            ".srt or .txt) and import that file",
        )
    if path.exists() and not path.is_file() and not path.is_dir():
        # a named pipe or a device would be read for ever
        raise TranscriptError(where, "is not a regular file (a pipe or a device); give a file")
    try:
        size = path.stat().st_size
        if size > MAX_TRANSCRIPT_BYTES:
            raise TranscriptError(
                where,
                f"{size / 1e6:.0f} MB, more than any transcript (a day's Teams meeting is a "
                f"few MB; at most {MAX_TRANSCRIPT_BYTES // 10**6} MB); is it the right file?",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise TranscriptError(where, "no such file; check the path") from None
    except IsADirectoryError:
        raise TranscriptError(where, "is a folder; name the transcript files in it") from None
    except OSError as exc:
        raise TranscriptError(where, f"cannot be read ({exc.strerror})") from None
    return parse_transcript(data, shown(path.name), source=where)


def _as_written_on_disk(path: Path) -> Path:
    """The path, or the same name in the other Unicode form when only that exists: a
    file copied from a Mac keeps its decomposed name (``A`` + ring for ``Å``), which a
    name typed on Linux, composed, does not match byte for byte."""
    if path.exists():
        return path
    for form in ("NFD", "NFC"):
        other = Path(unicodedata.normalize(form, str(path)))
        if other != path and other.exists():
            return other
    return path


def parse_transcript(data: bytes, name: str, *, source: str | None = None) -> Transcript:
    """Parse transcript bytes; ``name`` is the file name, ``source`` the path for errors.

    Text, speaker names, the title and the file name are stored in Unicode NFC.

    Raises:
        TranscriptError: when the bytes are not a transcript qualkod can read.
    """
    name = nfc(name)
    source = nfc(source or name)
    title = date = starter = cut_after = None
    tables_left_out: tuple[int, ...] = ()
    labels: dict[str, str] = {}
    container = sniff_bytes(data, source)
    if container is Container.DOCX:
        parsed, doc_title = read_docx(data, source)
        fmt, cues = _LINE_FORMATS[(Container.DOCX, parsed.layout)], parsed.cues
        title, date, starter, labels = (
            parsed.title or doc_title,
            parsed.date,
            parsed.starter,
            parsed.labels,
        )
        tables_left_out = parsed.tables_left_out
    else:
        text = visible(decode(data, source))  # see _text._INVISIBLE
        container = sniff_text(text)
        if container is Container.VTT:
            fmt, cues, cut_after = read_vtt(text, source)
        elif container is Container.SRT:
            fmt, cues = SourceFormat.SRT, read_srt(text, source)
        else:
            parsed = parse_lines(list(enumerate(text.splitlines(), start=1)), source)
            fmt, cues = _LINE_FORMATS[(Container.TEXT, parsed.layout)], parsed.cues
            title, date, starter, labels = parsed.title, parsed.date, parsed.starter, parsed.labels
    spelling = label_spellings([normalise(cue.speaker) for cue in cues])
    cues = [replace(cue, speaker=spelling[normalise(cue.speaker)]) for cue in cues]
    turns = merge_cues(cues)
    if not turns:
        raise TranscriptError(source, "the transcript has no speech; export it again")
    stem = Path(name).stem
    return Transcript(
        title=normalise(title or stem) or stem,
        source_format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        turns=turns,
        source_name=name,
        date=date,
        starter=normalise(starter) if starter else None,
        labels={spelling.get(normalise(k), normalise(k)): v for k, v in labels.items()},
        cut_after_line=cut_after,
        tables_left_out=tables_left_out,
    )
