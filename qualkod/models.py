"""Plain typed models passed between qualkod's stages.

Offsets and text: every text is NFC-normalised with whitespace runs collapsed to one
space; character offsets used by later stages are code points into that text.
Times are integer milliseconds from the start of the recording, or ``None`` for an
untimed transcript.

The codebook and theory catalogue records (:class:`Codebook`, :class:`Code`,
:class:`TheoryCatalogue` ...) live in :mod:`qualkod.codebook_models` and are re-exported
here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from qualkod.codebook_models import (
    Code,
    Codebook,
    Concept,
    Exclusion,
    Lexicon,
    LexiconPattern,
    Passage,
    Reference,
    SourceRef,
    TheoryCatalogue,
)
from qualkod.record_reprs import coder_name, free_text, repr_without_text

__all__ = [
    "Code",
    "Codebook",
    "Coding",
    "Concept",
    "Event",
    "Exclusion",
    "Lexicon",
    "LexiconPattern",
    "Link",
    "Memo",
    "Passage",
    "Reference",
    "Role",
    "SourceFormat",
    "SourceRef",
    "Speaker",
    "StoredTurn",
    "Suggestion",
    "TheoryCatalogue",
    "Transcript",
    "TranscriptSummary",
    "Turn",
    "count_words",
]


class Role(StrEnum):
    """What part a speaker plays in an interview."""

    INTERVIEWER = "interviewer"
    INTERVIEWEE = "interviewee"
    UNKNOWN = "unknown"


class SourceFormat(StrEnum):
    """The layout a transcript was read from."""

    TEAMS_VTT = "teams-vtt"
    ZOOM_VTT = "zoom-vtt"
    SRT = "srt"
    TEAMS_DOCX = "teams-docx"
    TEAMS_DOCX_LEGACY = "teams-docx-legacy"
    TEAMS_TEXT = "teams-text"
    WORD_TEXT = "word-text"
    ARROW_TEXT = "arrow-text"
    PLAIN_TEXT = "text"
    MEET_DOCX = "meet-docx"
    MEET_TEXT = "meet-text"
    ZOOM_TEXT = "zoom-text"
    TEAMS_PANE = "teams-pane"


@dataclass(frozen=True, slots=True)
class Turn:
    """Consecutive speech of one speaker, merged from one or more cues."""

    index: int
    """Position in the transcript, from 1."""
    speaker: str = field(repr=False)  # a real name: not in a notebook's output
    """The raw speaker label from the file (empty when the file names no speaker)."""
    text: str = free_text()  # a repr shows its length: words may name people
    """The verbatim words, NFC-normalised with whitespace collapsed."""
    start_ms: int | None = None
    """Start of the first merged cue, or None for untimed transcripts."""
    end_ms: int | None = None
    """End of the last merged cue, or None for untimed transcripts."""
    cue_starts: tuple[tuple[int, int], ...] = ()
    """Where each later merged cue begins in ``text`` and when it starts (offset, ms):
    a quote from the middle of a long turn is timed by its own cue."""

    __repr__ = repr_without_text

    @property
    def words(self) -> int:
        """Number of words in the turn."""
        return count_words(self.text)


@dataclass(frozen=True, slots=True)
class Transcript:
    """One interview as read from one file."""

    title: str = field(repr=False)  # the file's own: may hold a name
    """Meeting title from the file, else the file name without extension."""
    source_format: SourceFormat
    """Which layout the reader recognised."""
    sha256: str
    """Hex digest of the file's bytes: the transcript's identity."""
    turns: tuple[Turn, ...]
    """The turns in file order."""
    source_name: str = field(default="", repr=False)  # file names hold names
    """The file name the transcript was read from."""
    date: dt.date | None = None
    """Date of the meeting when the file states it."""
    starter: str | None = field(default=None, repr=False)
    """Raw name of whoever started the transcription, when the file says (Teams .docx)."""
    labels: dict[str, str] = field(default_factory=dict, repr=False)
    """Explicit role labels found in the file (for example ``I:``), raw name to role."""
    cut_after_line: int | None = None
    """The line of the last cue's timing when the file seems cut off after that cue (a
    WebVTT download interrupted at a cue boundary): worth a warning, not a refusal."""
    tables_left_out: tuple[int, ...] = ()
    """Word tables (numbered from 1) left out although their rows looked like turns: of
    people no paragraph names, asking nothing, a record rather than speech; worth a warning."""

    @property
    def timed(self) -> bool:
        """True when the turns carry timestamps."""
        return any(t.start_ms is not None for t in self.turns)

    @property
    def words(self) -> int:
        """Number of words in all turns."""
        return sum(t.words for t in self.turns)

    @property
    def duration_ms(self) -> int | None:
        """Time from the first start to the last end, or None when untimed."""
        ends = [t.end_ms for t in self.turns if t.end_ms is not None]
        return max(ends) if ends else None

    @property
    def speakers(self) -> tuple[str, ...]:
        """Raw speaker labels in order of first appearance."""
        return tuple(dict.fromkeys(t.speaker for t in self.turns))


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person in the project, known by a pseudonym everywhere outside this record."""

    id: int
    """Database id."""
    raw_name: str = field(repr=False)  # a repr shows the pseudonym, never the name
    """The display name as first seen in a transcript; never exported."""
    role: Role
    """Interviewer, interviewee or unknown."""
    pseudonym: str
    """What reports show: ``IP 1``, ``Intervjuare 1``, ``Okänd talare 1``."""
    role_source: str
    """How the role was decided: given, label, guessed, set or unknown."""
    pseudonym_fixed: bool = False
    """True when the user set the pseudonym by hand (never renumbered)."""


@dataclass(frozen=True, slots=True)
class TranscriptSummary:
    """A stored transcript as listed by ``qualkod transcripts``."""

    id: int
    """Database id, used on the command line."""
    title: str = free_text()  # a repr shows its length: a title set by hand may name someone
    """Meeting title (``Intervju 1``, or as the file or the user gave it)."""
    source_format: str
    """The layout it was read from."""
    sha256: str
    """Hex digest of the source file."""
    source_name: str = field(repr=False)  # file names hold names
    """File name it was imported from."""
    date: dt.date | None
    """Meeting date when known."""
    turns: int
    """Number of turns."""
    words: int
    """Number of words."""
    speakers: int
    """Number of distinct speakers."""
    duration_ms: int | None
    """Recording length, None when untimed."""

    __repr__ = repr_without_text


@dataclass(frozen=True, slots=True)
class StoredTurn:
    """A turn as stored in a project, with its speaker resolved."""

    transcript_id: int
    """The transcript it belongs to."""
    index: int
    """Position in the transcript, from 1."""
    speaker: Speaker
    """The speaker record (use ``speaker.pseudonym`` for display)."""
    text: str = free_text()  # a repr shows its length: words may name people
    """The verbatim words."""
    start_ms: int | None
    """Start time in milliseconds, None when untimed."""
    end_ms: int | None
    """End time in milliseconds, None when untimed."""
    cue_starts: tuple[tuple[int, int], ...] = ()
    """(offset in ``text``, start ms) of each later cue merged into the turn."""

    __repr__ = repr_without_text

    def time_at(self, offset: int) -> int | None:
        """When the words at ``offset`` were said: the start of the cue they are in."""
        time = self.start_ms
        for at, start_ms in self.cue_starts:
            if at > offset:
                break
            time = start_ms
        return time


def count_words(text: str) -> int:
    """Count whitespace-separated tokens that contain a letter or digit."""
    return sum(1 for tok in text.split() if any(ch.isalnum() for ch in tok))


# --- Codings -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Coding:
    """A coder's decision that a span of a turn carries a code.

    ``start`` and ``end`` are code points into the stored (NFC, whitespace-collapsed)
    turn text; ``quote`` is ``text[start:end]``.
    """

    id: int
    """Database id, used on the command line."""
    transcript_id: int
    """The transcript."""
    transcript_sha256: str
    """The transcript file's sha256: what codings files refer to."""
    turn: int
    """Turn number in the transcript, from 1."""
    start: int
    """First code point of the span."""
    end: int
    """One past the last code point."""
    quote: str = free_text()  # a repr shows lengths: quotes and memos may name people
    """The coded text, verbatim."""
    code_id: str
    """The code applied."""
    coder: str = coder_name()  # a repr hides it; qualkod.to_frame shows a label
    """Who decided."""
    created_at: str
    """When (UTC, ISO 8601)."""
    memo: str = free_text(default="")
    """The coder's note on this coding."""
    featured: bool = False
    """True when this quote goes into the chapter."""
    codebook_version: str | None = None
    """Version of the codebook the coding was made with."""
    deleted: bool = False
    """Deleted codings are kept for the audit trail."""

    __repr__ = repr_without_text


@dataclass(frozen=True, slots=True)
class Link:
    """A coder's decision that a coded quote illustrates a concept of the theory."""

    id: int
    """Database id, used on the command line."""
    coding_id: int
    """The coding whose quote illustrates the concept."""
    concept_id: str
    """A concept of the project's theory catalogue."""
    coder: str = coder_name()  # a repr hides it; qualkod.to_frame shows a label
    """Who decided."""
    created_at: str
    """When (UTC, ISO 8601)."""
    memo: str = free_text(default="")  # a repr shows its length: memos may name people
    """Why the quote shows the concept."""
    status: str = "linked"
    """``linked``, or ``rejected`` for a proposed link the coder turned down."""

    __repr__ = repr_without_text


@dataclass(frozen=True, slots=True)
class Memo:
    """The analyst's interpretation, attached to a theme, a theme x concept link or a coding."""

    id: int
    """Database id."""
    text: str = free_text()  # a repr shows lengths: memos may name people
    """The memo."""
    coder: str = coder_name()  # a repr hides it; qualkod.to_frame shows a label
    """Who wrote it."""
    created_at: str
    """When."""
    code_id: str | None = None
    """The theme (or code) it is about."""
    concept_id: str | None = None
    """With ``code_id``: the concept link it is about."""
    coding_id: int | None = None
    """The coding it is about."""
    replaced: str | None = free_text(default=None)
    """On a coding: the memo it had before, which this one replaced (one memo per coding)."""

    __repr__ = repr_without_text

    def on_a_theme_outside(self, code_ids) -> bool:
        """On a theme (or a link of one) that ``code_ids`` lack: a theme renamed or dropped
        in a newer codebook, which the chapter no longer shows."""
        return self.code_id is not None and self.coding_id is None and self.code_id not in code_ids

    @property
    def is_conclusion(self) -> bool:
        """A conclusion of the study: about no theme, concept or coding (the chapter's
        "Slutsatser")."""
        return self.code_id is None and self.concept_id is None and self.coding_id is None


@dataclass(frozen=True, slots=True)
class TurnReview:
    """A coder's mark that a turn is decided: nothing (more) to code there."""

    transcript_id: int
    turn: int
    coder: str = coder_name()  # a repr hides it; qualkod.to_frame shows a label
    reviewed_at: str
    """When (ISO time, UTC)."""

    __repr__ = repr_without_text


@dataclass(frozen=True, slots=True)
class Event:
    """One entry of the append-only audit log."""

    id: int
    """Sequence number."""
    at: str
    """When (UTC, ISO 8601)."""
    coder: str = coder_name()  # a repr hides it; qualkod.to_frame shows a label
    """Who."""
    action: str
    """create, delete, feature, unfeature, memo, undo, import."""
    coding_id: int | None
    """The coding concerned, if any."""
    memo_id: int | None
    """The memo concerned, if any."""
    before: str | None = free_text()  # a repr shows lengths: the JSON holds memos
    """JSON of the state before."""
    after: str | None = free_text()
    """JSON of the state after."""
    undoes: int | None = None
    """For an undo: the event it reverses."""

    __repr__ = repr_without_text


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A stored suggestion: a span of a turn the engine proposes for a code."""

    id: int
    """Database id, used by ``suggestions accept/reject``."""
    transcript_id: int
    """The transcript."""
    turn: int
    """Turn number."""
    start: int
    """First code point of the span."""
    end: int
    """One past the last code point."""
    text: str = free_text()  # a repr shows its length: words may name people
    """The span, verbatim."""
    theme: str
    """Top-level theme id."""
    code: str
    """Suggested code (a sub-code with evidence, or the theme)."""
    score: float
    """Combined score in [0, 1]."""
    lexicon_score: float
    """The lexicon's part."""
    classifier_score: float | None
    """The classifier's probability, when a classifier was used."""
    evidence: tuple[str, ...]
    """Words that matched the lexicon."""
    method: str
    """Which components produced it (``qualkod.lexicon_matcher.v1+classifier``)."""
    model_version: str | None
    """Version of the classifier used, if any."""
    status: str
    """open, accepted or rejected."""
    speaker: str = ""
    """Pseudonym of the speaker."""
    decided_by: str | None = coder_name(default=None)  # a repr hides it
    """The coder who accepted or rejected it."""

    __repr__ = repr_without_text
