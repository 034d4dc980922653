"""Speaker labels at the start of a line: ``Name: text``, ``IP1: text``, ``I: text``."""

from __future__ import annotations

import re

from qualkod.ingest.timecode import TIME_PATTERN

# A label is a short name: up to five tokens of letters, digits, dots, hyphens, an
# e-mail address, optionally a parenthesised display suffix such as "(Gäst)".
_NAME = r"[^\W\d_][\w.'’@\-]*(?:,? [\w.'’@\-]+){0,4}(?: \((?:[^()\d]{1,20})\))?|IP ?\d{1,3}"
_LABEL = re.compile(
    rf"^(?:\[(?P<pre>{TIME_PATTERN})\]\s*)?(?P<name>{_NAME})"
    rf"\s*(?:\((?P<post>{TIME_PATTERN})\))?\s*:(?:\s+(?P<text>.*))?$"
)

_INTERVIEWER_LABEL = re.compile(
    r"^(?:i|int|intervjuare|interviewer|moderator|f|fråga)(?: ?\d{1,2})?$", re.IGNORECASE
)
_INTERVIEWEE_LABEL = re.compile(
    r"^(?:ip|r|resp|respondent|intervjuperson|interviewee|deltagare|participant|svar)"
    r"(?: ?\d{1,3})?$",
    re.IGNORECASE,
)


def match_label(line: str):
    """Return the regex match of a ``Name: text`` line, or None."""
    return _LABEL.match(line.strip())


def split_label(line: str, *, strict: bool = True) -> tuple[str | None, str]:
    """Split ``Name: text`` into (name, text); (None, line) when there is no label.

    Args:
        line: one line or cue of text.
        strict: when True, a label must look like a name (capitalised words, an
            ``IP``/``I`` label or an e-mail address), so that prose such as
            ``det är så här: vi ...`` is not taken for a speaker.
    """
    match = match_label(line)
    if not match or (strict and not looks_like_name(match.group("name"))):
        return None, line
    return match.group("name"), match.group("text") or ""


def looks_like_name(name: str) -> bool:
    """True when a label is plausibly a person or a role label rather than prose."""
    if label_role(name) or "@" in name:
        return True
    words = re.sub(r"\s*\([^)]*\)$", "", name).replace(",", " ").split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def label_role(name: str) -> str | None:
    """The role a conventional label states: 'interviewer', 'interviewee' or None."""
    name = name.strip()
    if _INTERVIEWER_LABEL.match(name):
        return "interviewer"
    if _INTERVIEWEE_LABEL.match(name):
        return "interviewee"
    return None


def accepted_labels(candidates: list[str], *, per_cue: bool = False) -> set[str]:
    """Decide which candidate labels are speakers, given every occurrence in a file.

    A conventional role label (``I``, ``IP2``) or an e-mail address is always a speaker.
    Otherwise a label must occur at least twice, or look like a full name of two to
    four capitalised words: a single ``Alltså:`` once in a turn is prose, not a person.

    Args:
        candidates: every label found at the start of a line or cue, repeats included.
        per_cue: True for cue formats (Zoom, SubRip), where a label can only stand at
            the start of a timed cue; there one capitalised word is enough.
    """
    counts: dict[str, int] = {}
    for name in candidates:
        counts[name] = counts.get(name, 0) + 1
    accepted = set()
    for name, count in counts.items():
        words = name.replace(",", " ").split()
        if label_role(name) or "@" in name or count >= 2:
            accepted.add(name)
        elif looks_like_name(name) and (per_cue or len(words) >= 2):
            accepted.add(name)
    return accepted
