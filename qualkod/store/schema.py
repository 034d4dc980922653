"""The project database's tables, as SQLAlchemy Core metadata.

Tables are created by the named migrations in :mod:`qualkod.store.migrations`, never
by ``metadata.create_all``, so a new project and an upgraded one take the same path.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAME_LENGTH = 200
"""Characters kept for a coder's name (and other short names): PostgreSQL refuses longer
values, so callers check them first (:func:`qualkod.coding.coder.resolve_coder`)."""
KEY_LENGTH = 500
"""Characters kept for a redaction item's key (its category and normalised text)."""

metadata = MetaData()

migrations = Table(
    "qualkod_migrations",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

speakers = Table(
    "speakers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("raw_name", Text, nullable=False),
    Column("match_key", String(300), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("role_source", String(20), nullable=False),
    Column("pseudonym", String(100), nullable=False),
    Column("pseudonym_fixed", Boolean, nullable=False, default=False),
)

speaker_names = Table(
    "speaker_names",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("speaker_id", Integer, ForeignKey("speakers.id"), nullable=False),
    Column("raw_name", Text, nullable=False),
    UniqueConstraint("speaker_id", "raw_name"),
)

transcripts = Table(
    "transcripts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("source_name", Text, nullable=False),
    Column("format", String(40), nullable=False),
    Column("meeting_date", String(10)),
    Column("imported_at", String(40), nullable=False),
    Column("turns", Integer, nullable=False),
    Column("words", Integer, nullable=False),
    Column("duration_ms", Integer),
)

turns = Table(
    "turns",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("transcript_id", Integer, ForeignKey("transcripts.id"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("speaker_id", Integer, ForeignKey("speakers.id"), nullable=False),
    Column("start_ms", Integer),
    Column("end_ms", Integer),
    Column("text", Text, nullable=False),
    Column("words", Integer, nullable=False),
    Column("cue_starts", Text),
    # JSON [[offset, start_ms], ...]: where each later cue merged into the turn begins
    # (migration 0013; NULL in turns imported before it, timed by the turn's start).
    UniqueConstraint("transcript_id", "idx"),
)

codebooks = Table(
    "codebooks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("codebook_id", String(100), nullable=False),
    Column("version", String(100), nullable=False),
    Column("name", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("yaml", Text, nullable=False),
    Column("code_ids", Text, nullable=False),
    Column("theory_id", String(100)),
    Column("theory_version", String(100)),
    Column("theory_sha256", String(64)),
    Column("theory_yaml", Text),
    Column("loaded_at", String(40), nullable=False),
    UniqueConstraint("sha256", "theory_sha256"),
)

codings = Table(
    "codings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("transcript_id", Integer, ForeignKey("transcripts.id"), nullable=False),
    Column("turn_idx", Integer, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("code_id", String(100), nullable=False),
    Column("coder", String(NAME_LENGTH), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("memo", Text, nullable=False, default=""),
    Column("featured", Boolean, nullable=False, default=False),
    Column("codebook_row", Integer, ForeignKey("codebooks.id")),
    Column("deleted", Boolean, nullable=False, default=False),
)

memos = Table(
    "memos",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code_id", String(100)),
    Column("concept_id", String(100)),
    Column("coding_id", Integer, ForeignKey("codings.id")),
    Column("text", Text, nullable=False),
    Column("coder", String(NAME_LENGTH), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", String(40), nullable=False),
    Column("coder", String(NAME_LENGTH), nullable=False),
    Column("action", String(40), nullable=False),
    Column("coding_id", Integer, ForeignKey("codings.id")),
    Column("memo_id", Integer, ForeignKey("memos.id")),
    Column("before", Text),
    Column("after", Text),
    Column("undoes", Integer, ForeignKey("events.id")),
)

models = Table(
    "models",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("version", String(40), nullable=False),
    Column("coder", String(NAME_LENGTH)),
    Column("codebook_row", Integer, ForeignKey("codebooks.id"), nullable=False),
    Column("examples", Integer, nullable=False),
    Column("labels", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("last_event", Integer),
    # the newest audit event when the model was trained (decisions since: newer events)
)

suggestions = Table(
    "suggestions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("transcript_id", Integer, ForeignKey("transcripts.id"), nullable=False),
    Column("turn_idx", Integer, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("theme_id", String(100), nullable=False),
    Column("code_id", String(100), nullable=False),
    Column("score", Float, nullable=False),
    Column("lexicon_score", Float, nullable=False),
    Column("classifier_score", Float),
    Column("evidence", Text, nullable=False),
    Column("method", String(NAME_LENGTH), nullable=False),
    Column("model_version", String(40)),
    Column("codebook_row", Integer, ForeignKey("codebooks.id"), nullable=False),
    # status, decided_by, coding_id: unused since step 0014 (always 'open', NULL, NULL);
    # each coder's decision is a row of suggestion_decisions. Kept because SQLite drops
    # an indexed column only by rebuilding the table.
    Column("status", String(20), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("decided_by", String(NAME_LENGTH)),
    Column("coding_id", Integer, ForeignKey("codings.id")),
    Index("suggestions_by_transcript", "transcript_id", "status"),
    # An id is never given twice, though 'suggest' deletes the open suggestions it
    # replaces: an id noted before a re-run must not name another suggestion after it.
    sqlite_autoincrement=True,
)

suggestion_decisions = Table(
    "suggestion_decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("suggestion_id", Integer, ForeignKey("suggestions.id"), nullable=False),
    Column("coder", String(NAME_LENGTH), nullable=False),
    Column("status", String(20), nullable=False),
    Column("decided_at", String(40), nullable=False),
    Column("coding_id", Integer, ForeignKey("codings.id")),
    UniqueConstraint("suggestion_id", "coder", name="one_decision_per_coder"),
    Index("suggestion_decisions_by_coding", "coding_id"),
)
"""Each coder's decision on a suggestion: accepted (as ``coding_id``, the coder's coding)
or rejected. A suggestion no row names for a coder is open to that coder; undoing the
decision deletes its row, so the suggestion is open to that coder again."""

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("transcript_id", Integer, ForeignKey("transcripts.id"), nullable=False),
    Column("turn_idx", Integer, nullable=False),
    Column("coder", String(NAME_LENGTH), nullable=False),
    Column("reviewed_at", String(40), nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Index("reviews_by_coder", "coder", "transcript_id"),
)

redactions = Table(
    "redactions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_key", String(KEY_LENGTH), nullable=False),
    Column("category", String(40), nullable=False),
    Column("text", Text, nullable=False),
    Column("replacement", String(NAME_LENGTH)),
    Column("decision", String(20), nullable=False),
    Column("coder", String(NAME_LENGTH), nullable=False),
    Column("decided_at", String(40), nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("replaced_by", Integer),
    Index("redactions_by_key", "item_key", "deleted"),
)
"""Redaction decisions: an item confirmed or ignored, a study-specific term added.

A later decision about the same item replaces the live one (``deleted``, with
``replaced_by`` naming it); undoing the later one brings back exactly the decisions it
replaced, and a decision undone itself (``deleted`` without ``replaced_by``) stays gone.
"""

links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("coding_id", Integer, ForeignKey("codings.id"), nullable=False),
    Column("concept_id", String(100), nullable=False),
    Column("memo", Text, nullable=False, default=""),
    Column("coder", String(NAME_LENGTH), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("status", String(20), nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Index("links_by_coding", "coding_id", "deleted"),
    sqlite_autoincrement=True,
)
"""Quote-to-concept links: ``linked`` (the quote illustrates the concept, with a memo
saying why) or ``rejected`` (a proposed link the coder turned down, so it is not
proposed again). Removing or undoing marks a row ``deleted``; ids are never reused."""

embeddings = Table(
    "embeddings",
    metadata,
    Column("embedder", String(NAME_LENGTH), primary_key=True),
    Column("text_sha256", String(64), primary_key=True),
    Column("vector", LargeBinary, nullable=False),
)
"""Sentence embeddings already computed, by embedder and the sha256 of the text (the
text itself is not stored again): ``train --semantic`` and ``suggest`` embed only texts
not here. Derived data: a row can always be computed again from its text."""

transcript_copies = Table(
    "transcript_copies",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("transcript_id", Integer, ForeignKey("transcripts.id"), nullable=False),
)
"""Files with the same words as a stored transcript in other bytes (re-saved, exported
again): found by their sha256 too, so a colleague's codings naming the copy are read."""
