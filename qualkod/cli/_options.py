"""Options shared by several commands, declared once."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from qualkod.store import PROJECT_ENV


class OutputFormat(StrEnum):
    """How a listing is printed."""

    table = "table"
    csv = "csv"
    json = "json"


class SuggestionStatus(StrEnum):
    """Which suggestions ``qualkod suggestions`` lists."""

    open = "open"
    accepted = "accepted"
    rejected = "rejected"
    all = "all"


class Language(StrEnum):
    """The language of a chapter's own sentences and headings."""

    sv = "sv"
    en = "en"


ProjectOption = Annotated[
    str | None,
    typer.Option(
        "--project",
        "-p",
        envvar=PROJECT_ENV,
        help="Project database: a SQLite file or a postgresql://user@host/dbname URL. Default: ./qualkod.db.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]
RawNamesOption = Annotated[
    bool,
    typer.Option(
        "--raw-names",
        help="Show speakers' real display names instead of pseudonyms (never for reports).",
    ),
]
CoderNamesOption = Annotated[
    bool,
    typer.Option(
        "--coder-names",
        help="Name coders by their logins in the exported files (default: Kodare A, "
        "Kodare B, ... as in the chapter, so that no login goes out with the data); a "
        "login that looks like a participant's name is named as in the chapter (its "
        "label, or the speaker's pseudonym).",
    ),
]
CoderOption = Annotated[
    str | None,
    typer.Option(
        "--coder",
        envvar="QUALKOD_CODER",
        help="Who is coding. Default: $QUALKOD_CODER, else your user name.",
        show_default=False,
    ),
]
