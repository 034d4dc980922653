"""Meeting metadata in transcript preambles: titles, dates, durations, notices."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("mars", "march", "mar"),
            ("april", "apr"),
            ("maj", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augusti", "august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+([a-zåäö]{3,9})\.?,?\s+(\d{4})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b", re.IGNORECASE)
_DURATION = re.compile(r"^(?:(\d+)\s*h\s*)?(?:(\d+)\s*m(?:in)?\s*)?(?:(\d+)\s*s)?$", re.IGNORECASE)
# Titles that are not a meeting's: a Word template's or converter's default, a file name.
_NOT_TITLES = re.compile(
    r"^(?:(?:microsoft\s+)?word(?:\s*-?\s*(?:document|dokument))?\s*\d*"
    r"|(?:new\s+|nytt\s+)?(?:document|dokument)\s*\d*"
    r"|untitled.*|namnlös.*|unbenannt.*|utan\s+titel.*"
    r"|microsoft\s+word\s*[-–].*"
    r"|.*\.(?:docx?|txt|rtf|odt|pdf|vtt|srt)"
    r"|<!--.*|<\?xml.*|%.*"
    r"|(?:this\s+(?:document|file)\s+(?:was|has\s+been)\s+)?"
    r"(?:converted|generated|created|exported|produced)\s+(?:by|with|from|using)\b.*"
    r"|(?:konverterad|genererad|skapad|exporterad)\s+(?:av|med|från)\b.*"
    r"|(?:konvertiert|generiert|erstellt|exportiert)\s+(?:von|mit|aus)\b.*)$",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"^(?P<name>.+?)\s+(?P<verb>started transcription|stopped transcription|"
    r"startade transkriberingen|stoppade transkriberingen|"
    r"har startat transkriberingen|har stoppat transkriberingen)\.?$",
    re.IGNORECASE,
)


def plausible_title(line: str) -> bool:
    """False for lines that only look like titles: ``Word Document``, ``Dokument1``,
    ``Microsoft Word - intervju.docx``, a file name or a converter's comment."""
    text = line.strip()
    return 0 < len(text) <= 150 and not _NOT_TITLES.match(text)


def parse_date(line: str) -> dt.date | None:
    """Find a date in a line: ISO, ``3 mars 2025`` or ``March 3, 2025``."""
    for pattern, order in ((_ISO, "ymd"), (_DAY_MONTH, "dmy"), (_MONTH_DAY, "mdy")):
        match = pattern.search(line)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = parts["m"]
        number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
        if number is None:
            continue
        try:
            return dt.date(int(parts["y"]), number, int(parts["d"]))
        except ValueError:
            continue
    return None


def parse_duration(line: str) -> int | None:
    """Parse a Teams duration line such as ``45m 12s`` or ``1h 2m 3s`` into ms."""
    match = _DURATION.match(line.strip())
    if not match or not any(match.groups()):
        return None
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return ((hours * 60 + minutes) * 60 + seconds) * 1000


def transcription_notice(line: str) -> tuple[str, bool] | None:
    """Recognise ``Anna Berg started transcription`` lines: (raw name, is_start)."""
    match = _NOTICE.match(line.strip())
    if not match:
        return None
    return match.group("name"), "start" in match.group("verb").lower()
