"""Coding: the investigators' decisions, each in its own transaction, with an audit trail.

Knows nothing of the terminal; the CLI and the interactive session both call these
functions, so there is one path to the database.
"""

from qualkod.coding.coder import resolve_coder
from qualkod.coding.decisions import (
    add_coding,
    codings,
    cut_words,
    feature_coding,
    remove_coding,
)
from qualkod.coding.file import export_codings, gold_codings, import_codings, read_codings_file
from qualkod.coding.links import (
    LinkSuggestion,
    add_link,
    link_suggestions,
    links,
    reject_link,
    remove_link,
    set_link_memo,
)
from qualkod.coding.memo_changes import move_memo, remove_memo
from qualkod.coding.memo_decisions import add_memo, memos
from qualkod.coding.memos_file import export_memos, import_memos
from qualkod.coding.recode import Recoding, recode
from qualkod.coding.removal import (
    TranscriptRemoval,
    check_removable,
    removal_plan,
    remove_transcript,
)
from qualkod.coding.suggestions import accept_suggestion, reject_suggestion
from qualkod.coding.team import CoderActivity, coders, copy_project
from qualkod.coding.turn_reviews import decided_marks, decided_turns, import_reviews, mark_decided
from qualkod.coding.undo import event_coding, history, undo

__all__ = [
    "CoderActivity",
    "LinkSuggestion",
    "Recoding",
    "TranscriptRemoval",
    "accept_suggestion",
    "check_removable",
    "add_link",
    "add_coding",
    "add_memo",
    "coders",
    "codings",
    "cut_words",
    "copy_project",
    "decided_turns",
    "event_coding",
    "export_codings",
    "export_memos",
    "feature_coding",
    "gold_codings",
    "history",
    "import_codings",
    "import_memos",
    "import_reviews",
    "link_suggestions",
    "move_memo",
    "remove_memo",
    "links",
    "mark_decided",
    "memos",
    "read_codings_file",
    "recode",
    "reject_link",
    "reject_suggestion",
    "remove_coding",
    "remove_link",
    "remove_transcript",
    "removal_plan",
    "resolve_coder",
    "set_link_memo",
    "decided_marks",
    "undo",
]
