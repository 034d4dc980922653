"""Times in REFI-QDA files (``xsd:dateTime``) as qualkod stores them."""

from __future__ import annotations

import datetime as dt


def stored_time(value: str) -> str:
    """An ``xsd:dateTime`` as qualkod stores times (UTC, ISO 8601 to the second,
    ``+00:00``); a time without a zone is taken as UTC; '' or unreadable stays as it is."""
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value.strip()
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).isoformat(timespec="seconds")
