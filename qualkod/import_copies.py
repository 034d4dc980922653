"""How a new file stands to the transcripts stored already: the same words (a re-saved
or re-exported copy), the same words with speakers corrected (refused: the old one must
go first), or most turns alike (a corrected copy, said to be one). Read by
:mod:`qualkod.importing`."""

from __future__ import annotations

from sqlalchemy import Connection

from qualkod.errors import QualkodError
from qualkod.models import Transcript
from qualkod.pseudonyms import display_key
from qualkod.redaction import Redactor
from qualkod.redaction.project import project_people
from qualkod.store import transcripts as transcript_store

NEAR_COPY = 0.8
"""The share of turns word for word alike above which a new file is taken for a
corrected version of a stored transcript (and said to be one)."""


def shown_path(conn: Connection, path: str) -> str:
    """A file's path as a message shows it: a speaker's name in it hidden."""
    return Redactor(project_people(conn)).file_name(path)  # "Maja Lundgren/…"


def stored_words(conn) -> dict[int, list[str]]:
    """Each stored transcript's turns, their words joined by single spaces."""
    stored: dict[int, list[str]] = {}
    for row in transcript_store.turn_texts(conn):
        stored.setdefault(row.id, []).append(" ".join(row.text.split()))
    return stored


def _turn_words(transcript: Transcript) -> list[str]:
    """The new file's turns as :func:`stored_words` keeps the stored ones."""
    return [" ".join(turn.text.split()) for turn in transcript.turns]


def same_words(stored: dict[int, list[str]], transcript: Transcript) -> int | None:
    """The stored transcript with the same turns, word for word, if there is one."""
    words = _turn_words(transcript)
    return next((tid for tid, texts in stored.items() if texts == words), None)


def near_copy(
    stored: dict[int, list[str]], transcript: Transcript
) -> tuple[int, tuple[int, ...]] | None:
    """(the stored transcript, its turns that differ) when a new file has as many turns
    as one stored and most of them word for word: a corrected copy of it, most likely,
    which would put the interview in the project twice."""
    words = _turn_words(transcript)
    for tid, texts in stored.items():
        if len(texts) != len(words) or not words:
            continue
        differing = tuple(n for n, (a, b) in enumerate(zip(texts, words, strict=True), 1) if a != b)
        if differing and len(words) - len(differing) >= NEAR_COPY * len(words):
            return tid, differing
    return None


def refuse_other_speakers(
    conn: Connection, path: str, transcript: Transcript, existing: int
) -> None:
    """A file with a stored transcript's words but other speakers on some turns (a turn
    Teams gave the wrong person, corrected by hand) is no copy of it: taking it for one
    would drop the correction, and leave a newly named speaker unknown to redaction."""
    stored = transcript_store.transcript_turns(conn, existing)
    differing = [
        turn.index
        for turn, new in zip(stored, transcript.turns, strict=True)
        if display_key(turn.speaker.raw_name) != display_key(new.speaker)
    ]
    if differing:
        raise QualkodError(
            f"{shown_path(conn, path)}: the words of transcript {existing}, but other "
            f"speakers on {_listed_turns(differing)}; {_remove_the_old_one(existing)}"
        )


def refuse_regrouped(
    conn: Connection, path: str, transcript: Transcript, stored: dict[int, list[str]]
) -> None:
    """A file with a stored transcript's words in the same order, divided into turns
    otherwise (one cue given to the other speaker by hand moves where a turn ends), is
    the same interview with its speakers corrected: refused as
    :func:`refuse_other_speakers` refuses one."""
    words = _turn_words(transcript)
    joined = " ".join(words)
    for existing, texts in stored.items():
        if texts != words and " ".join(texts) == joined:
            known = set(texts)
            turns = [n for n, text in enumerate(words, 1) if text not in known]
            raise QualkodError(
                f"{shown_path(conn, path)}: the words of transcript {existing}, but divided "
                f"into turns otherwise ({_listed_turns(turns)} here: a speaker corrected?); "
                f"{_remove_the_old_one(existing)}"
            )


def _listed_turns(numbers) -> str:
    """``turn 3``, ``turns 2, 3``, ``turns 1, 2, 3, 4, 5, …``."""
    listed = ", ".join(str(n) for n in numbers[:5]) + (", …" if len(numbers) > 5 else "")
    return f"turn{'s' if len(numbers) > 1 else ''} {listed}"


def _remove_the_old_one(existing: int) -> str:
    return (
        f"to use the corrected file, remove the old one first ('qualkod transcripts remove "
        f"{existing}'; its codings go with it)"
    )
