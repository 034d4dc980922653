"""Word transcripts with turns both in paragraphs and in a table.

A transcriber who sets the interview as a table of turns sometimes types a turn
under it (or above it) as a paragraph, ``IP 1: Tack för att jag fick vara med.``;
someone else pastes a table of turns into a transcript of paragraphs. Read as
paragraphs alone, such a file would lose the whole table without a word.

A table is a table of turns when a speaker of the paragraphs names one of its rows
and either a name recurs among its rows (a conversation) or every row names a
speaker of the paragraphs and most of its texts are speech (a finished sentence or
four words or more; a key ``I | Intervjuare`` or a list of participants
``IP 1 | Sjuksköterska, 34 år`` is not). The paragraphs and the rows of such tables are then read
together, in document order, when they are one layout (both ``Name: text``, both
``Name   0:03   text``) and every turn of both is still a turn read together;
otherwise the file is refused with advice to put the turns in one layout. So is a
table that is a conversation of its own (two names or more, one recurring, every
one shaped like a speaker label, texts that are speech) whose speakers the
paragraphs never name, when it reads as an interview's speech too: a label of an
interview's role or a numbered voice (``Intervjuare``, ``IP 1``, ``Talare 2``), or a
question among its texts. Without either, beside paragraphs that are a transcript of
their own (two speakers or more who behave like speakers), it is a record of the
study's meetings or contacts (``Lena Ström | Ringde och bokade tid.``): left out, and
its number kept in :attr:`LineTranscript.tables_left_out` for a warning. A notes
table (``Tema | Ansvar``) is no conversation. Other tables (facts of the interview,
``Datum | 2025-03-02``, a Teams export's own tables) are no speech and are left out,
as when there are no tables.
"""

from __future__ import annotations

from collections.abc import Callable

from qualkod.errors import TranscriptError
from qualkod.ingest._layout import ends_a_sentence, like_speakers
from qualkod.ingest.labels import label_key, label_role, looks_like_name
from qualkod.ingest.lines import LineTranscript
from qualkod.ingest.word_tables import TABLE_UNIT, document_rows, table_speakers

_ONE_LAYOUT = (
    "this Word document holds turns both in a table and in paragraphs, {why}, so qualkod "
    "cannot read them together safely; put all turns in one layout (all as table rows, "
    "or the table converted to 'Name: text' paragraphs with Table Layout > Convert to "
    "Text) and import again; if the table is no speech, delete it"
)

Parse = Callable[[list[tuple[int, str]], str, str], LineTranscript]


def with_turn_tables(document, paragraphs: LineTranscript, source: str, parse: Parse):
    """The paragraphs' parse, or, when the document also has tables of turns, the
    parse of paragraphs and those tables' rows together.

    ``parse`` reads numbered lines (lines, source, unit) as :func:`read_docx` does.

    Raises:
        TranscriptError: when turns in paragraphs and in a table cannot be read
            together.
    """
    speakers = {label_key(cue.speaker) for cue in paragraphs.cues if cue.speaker.strip()}
    chosen: set[int] = set()
    left_out: list[int] = []
    named_rows = 0
    for index, (first_row, names, texts) in enumerate(table_speakers(document)):
        keys = [label_key(name) for name in names]
        recurs, distinct = len(keys) > len(set(keys)), set(keys)
        speech = _like_speech(texts)
        if distinct & speakers and (recurs or (len(keys) >= 2 and distinct <= speakers and speech)):
            chosen.add(index)
            named_rows += len(keys)
        elif recurs and len(distinct) >= 2 and speech and all(map(looks_like_name, names)):
            if _interview_speech(names, texts) or not _a_transcript(paragraphs):
                raise _refused(source, "the table's speakers named in no paragraph", first_row)
            left_out.append(index + 1)  # a record of meetings or contacts: no speech
    paragraphs.tables_left_out = tuple(left_out)
    if not chosen:
        return paragraphs
    names = frozenset(cue.speaker.strip() for cue in paragraphs.cues if cue.speaker.strip())
    rows = document_rows(document, source, only=chosen, speakers=names)
    first_row = min(table_speakers(document)[i][0] for i in chosen)
    try:
        together = parse(rows, source, TABLE_UNIT)
    except TranscriptError:
        raise _refused(
            source, "the table's rows in another layout than the paragraphs' turns", first_row
        ) from None
    # Read together, every paragraph turn and every named row must still start a
    # turn: fewer means one layout's turns were read as the other's speech.
    if together.layout != paragraphs.layout or len(together.cues) < (
        len(paragraphs.cues) + named_rows
    ):
        raise _refused(
            source, "the table's rows in another layout than the paragraphs' turns", first_row
        )
    together.tables_left_out = tuple(left_out)
    return together


def _interview_speech(names: list[str], texts: list[str]) -> bool:
    """True when a table's rows read as an interview's turns, not a record of who did
    what: a label of an interview's role or a numbered voice (``I``, ``Intervjuare``,
    ``IP 1``, ``Talare 2``), or a question among the texts."""
    voices = any(label_role(name) or name.strip()[-1:].isdigit() for name in names)
    return voices or any("?" in text for text in texts)


def _a_transcript(paragraphs: LineTranscript) -> bool:
    """True when the paragraphs' turns are a transcript of their own: two speakers or
    more, who behave like speakers (see :func:`~qualkod.ingest._layout.like_speakers`)."""
    turns = [(cue.speaker, cue.text) for cue in paragraphs.cues]
    return len({label_key(name) for name, _ in turns}) >= 2 and like_speakers(turns)


def _like_speech(texts: list[str]) -> bool:
    """True when most of a table's texts read as speech: a finished sentence or four
    words or more, not a key's or a list's entry (``Intervjuperson``, ``Maja Lind``,
    ``Sjuksköterska, 34 år``, ``Tema | Ansvar``)."""
    spoken = [ends_a_sentence(text) or len(text.split()) >= 4 for text in texts]
    return 2 * sum(spoken) > len(spoken)


def _refused(source: str, why: str, row: int) -> TranscriptError:
    return TranscriptError(source, _ONE_LAYOUT.format(why=why), line=row, unit=TABLE_UNIT)
