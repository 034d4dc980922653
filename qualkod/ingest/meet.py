"""Google Meet transcripts: the Google Docs export (.docx) and its plain-text form.

::

    Veckomöte (2025-04-02 09:58 CEST) - Transcript     <- title line
    Attendees                                          <- optional
    Anna Berg, Erik Sund
    Transcript                                         <- or 'Transkription'
    00:00:00
    Anna Berg: Hej ...                                 <- one paragraph per utterance
    Erik Sund: ...
    00:05:07                                           <- a timestamp now and then
    Anna Berg: ...
    Transcription ended after 00:39:12
    This editable transcript was computer generated and might contain errors. ...

Each paragraph starts at the last timestamp line above it and ends where the next
paragraph starts; the last one ends at the 'ended after' time. Header and footer are
not speech.
"""

from __future__ import annotations

import re

from qualkod.errors import TranscriptError
from qualkod.ingest._cues import Cue
from qualkod.ingest._layout import LineTranscript, chain_times
from qualkod.ingest.labels import cue_speakers, match_label
from qualkod.ingest.meeting import parse_date, plausible_title
from qualkod.ingest.timecode import parse_time

_CLOCK = re.compile(r"^\d{1,2}:\d{2}:\d{2}$")
_MARKER = re.compile(r"^(?:transcript|transkription|transkript|transkribering)$", re.IGNORECASE)
# The English line is Google's. The Swedish and German wordings are inferred (no
# export from such a tenant was at hand); any '<words> after|efter|nach HH:MM:SS' line
# that mentions transcription is taken as the closing line.
_ENDED = re.compile(
    r"^(?:transcription ended after|transkriberingen avslutades efter|"
    r"transkriptionen avslutades efter|transkription beendet nach|"
    r"transkription wurde nach)\s+(?P<time>\d{1,2}:\d{2}:\d{2})(?:\s+beendet)?\.?$",
    re.IGNORECASE,
)
# Footer about machine-made text: English from Google; Swedish/German inferred.
_FOOTER = re.compile(
    r"^(?:this editable transcript was computer generated|"
    r"(?:den|det) här redigerbara (?:transkriptionen|transkriptet)|"
    r"diese bearbeitbare transkription)",
    re.IGNORECASE,
)
_TITLE_SUFFIX = re.compile(
    r"\s*(?:\([^()]*\d{4}[^()]*\))?\s*[-–]\s*(?:transcript|transkription|transkript)$",
    re.IGNORECASE,
)


def read_meet(rows: list[tuple[int, str]], source: str, unit: str) -> LineTranscript | None:
    """Read a Google Meet transcript; None when the rows are not laid out like one.

    Args:
        rows: (number, text) pairs of the non-empty lines or paragraphs.
        source: the file name, for error messages.
        unit: what a number counts ('line' or 'paragraph').

    Raises:
        TranscriptError: when the layout is Meet's but speech precedes the first
            timestamp or the paragraphs do not name their speakers.
    """
    start = _body_start(rows)
    if start is None:
        return None
    head, body = rows[:start], rows[start:]
    stop = next((k for k, (_, text) in enumerate(body) if _ENDED.match(text)), None)
    last_end = None
    if stop is not None:
        last_end = parse_time(_ENDED.match(body[stop][1])["time"])
        body = body[:stop]
    body = [(n, text) for n, text in body if not _FOOTER.match(text)]
    cues = _cues(body, source, unit)
    title = date = None
    if head and plausible_title(head[0][1]) and not _MARKER.match(head[0][1]):
        date = parse_date(head[0][1])
        title = _TITLE_SUFFIX.sub("", head[0][1]) or None
    return LineTranscript("meet", chain_times(cues, last_end), title, date)


def _body_start(rows: list[tuple[int, str]]) -> int | None:
    """Index where the speech starts when the rows are a Meet transcript, else None:
    after the 'Transcript' line, or at the first timestamp line."""
    clocks = [k for k, (_, text) in enumerate(rows) if _CLOCK.match(text)]
    if not clocks:
        return None
    first = clocks[0]
    marker = next((k for k, (_, text) in enumerate(rows[:first]) if _MARKER.match(text)), None)
    if marker is not None:
        return marker + 1
    if any(_ENDED.match(text) for _, text in rows[first:]):
        return first
    # Without the header and the closing line, the body alone is still unambiguous
    # when every timestamp line is followed by a 'Name: text' paragraph.
    followed = all(k + 1 < len(rows) and match_label(rows[k + 1][1]) for k in clocks)
    return first if followed else None


def _cues(body: list[tuple[int, str]], source: str, unit: str) -> list[Cue]:
    paragraphs = [(n, text, match_label(text)) for n, text in body if not _CLOCK.match(text)]
    speakers = cue_speakers([m["name"] if m else None for _, _, m in paragraphs])
    if not speakers:
        raise TranscriptError(
            source,
            "a Google Meet transcript whose paragraphs do not start with 'Name: '; "
            "download the transcript again from Google Docs",
        )
    cues: list[Cue] = []
    clock: int | None = None
    for n, text in body:
        if _CLOCK.match(text):
            clock = parse_time(text)
            continue
        if clock is None:
            raise TranscriptError(
                source,
                f"speech in this {unit} comes before the first timestamp line; the "
                "transcript is incomplete, download it again from Google Docs",
                line=n,
                unit=unit,
            )
        match = match_label(text)
        if match and match["name"] in speakers:
            cues.append(Cue(match["name"], match["text"] or "", clock))
        elif cues and cues[-1].start_ms == clock:
            last = cues[-1]
            cues[-1] = Cue(last.speaker, f"{last.text} {text}", last.start_ms)
        else:
            # Unlabelled speech after a timestamp continues the speaker before it
            # (unknown at the very start); merging joins the two cues into one turn.
            cues.append(Cue(cues[-1].speaker if cues else "", text, clock))
    return cues
