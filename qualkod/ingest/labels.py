"""Speaker labels at the start of a line: ``Name: text``, ``IP1: text``, ``I: text``."""

from __future__ import annotations

import re
from collections import Counter

from qualkod.ingest._common_words import COMMON_WORDS
from qualkod.ingest.timecode import TIME_PATTERN

# A label is a short name: up to five tokens of letters, digits, dots, hyphens, an
# e-mail address, optionally a parenthesised display suffix such as "(Gäst)".
_NAME = r"[^\W\d_][\w.'’@\-]*(?:,? [\w.'’@\-]+){0,4}(?: \((?:[^()\d]{1,20})\))?|IP ?\d{1,3}"
_EMOJI = "[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]{1,8}"
"""Emoji after a display name (``Bengt Ström 🙂``): not part of the name."""
_LABEL = re.compile(
    rf"^(?:\[(?P<pre>{TIME_PATTERN})\]\s*)?(?P<name>{_NAME})(?: {_EMOJI})?"
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


# Lower-case particles inside names: "Anna van der Berg", "Karl af Sillén", "Maricel dela
# Cruz", "Rosa delos Santos", "Jan ter Horst", "Lotte zu Solms".
_PARTICLES = frozenset(
    "af av von van der den de da di du la le el al bin ibn dela del della delos dos das do "
    "ten ter zu".split()
)
# A cue format's labels count as speakers only when most cues carry one ...
_CUE_COVERAGE = 0.5
# ... and a few names recur: a focus group rarely has more than a dozen voices.
_MAX_SPEAKERS = 15


def looks_like_name(name: str) -> bool:
    """True when a label is plausibly a person or a role label rather than prose.

    A name is one to four short capitalised words (lower-case particles such as
    ``van`` allowed inside; any word of a script without capitals),
    an ``I``/``IP 2`` role label, a name made like an account (``anna.b``) or an e-mail
    address, and does not start with a common sentence word (``Obs:``, ``Honestly:``).
    A number may end it: ``Talare 2``, ``Speaker 1``, as transcription services and
    Word's own transcription name the voices they tell apart.
    """
    if label_role(name) or "@" in name:
        return True
    words = re.sub(r"\s*\([^)]*\)$", "", name).replace(",", " ").split()
    if not 0 < len(words) <= 4 or words[0].lower().strip(".") in COMMON_WORDS:
        return False
    if len(words) == 1 and _ACCOUNT_NAME.fullmatch(words[0]):
        return True
    if len(words) > 1 and _VOICE_NUMBER.fullmatch(words[-1]):
        words = words[:-1]
    return all(
        len(w) <= 20 and (_capitalised(w) or (k > 0 and (w in _PARTICLES or _DEVICE.fullmatch(w))))
        for k, w in enumerate(words)
    )


_VOICE_NUMBER = re.compile(r"\d{1,2}")
"""The number after a voice a transcription service could not name (``Talare 2``)."""

_DEVICE = re.compile(r"[a-z]+[A-Z][\w-]*")
"""A device's name after a display name (``Maricels iPhone``, ``Bo eHealth``): lower case
first, a capital inside."""


_ACCOUNT_NAME = re.compile(r"[^\W\d_]{3,}[._][\w.]*[^\W_.]")
"""A display name made like an account (``anna.b``, ``sara_holm``): no prose word nor
abbreviation (``bl.a``, ``t.ex``)."""


def _capitalised(word: str) -> bool:
    """Capitalised, or in a script without capitals (Arabic ``أحمد``, Chinese ``李``)."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def label_role(name: str) -> str | None:
    """The role a conventional label states: 'interviewer', 'interviewee' or None; also
    of a label with the person's name in brackets (``Intervjuare (Klara)``)."""
    named = named_role_label(name)
    if named:
        return named[0]
    # "Intervjuare (Gäst)", "IP [hon/henne]": what Teams adds in brackets names nobody
    return _bare_role(_BRACKETS_AFTER.sub("", name.strip()))


_BRACKETS_AFTER = re.compile(r"\s*(?:\([^()\d]*\)|\[[^\[\]\d]*\])$")


def _bare_role(name: str) -> str | None:
    name = name.strip()
    if _INTERVIEWER_LABEL.match(name):
        return "interviewer"
    if _INTERVIEWEE_LABEL.match(name):
        return "interviewee"
    return None


_NAMED_ROLE = re.compile(r"^(?P<label>[^()\[\]]+?)\s*[(\[](?P<name>[^()\[\]]+)[)\]]$")
_NOT_A_NAME_IN_BRACKETS = frozenset(
    "gäst guest extern external organisatör organizer värd host".split()
)


def named_role_label(name: str) -> tuple[str, str] | None:
    """(role, name) of a role label with the person's name in brackets: ``Intervjuare
    (Klara)``, ``IP 2 (Stig Lind)``, ``IP [Ieva]``; None for anything else (``Anna Berg
    (Gäst)``, ``IP (2)``, ``Intervjuare (hon/henne)``)."""
    match = _NAMED_ROLE.match(name.strip())
    if match is None or not (role := _bare_role(match["label"])):
        return None
    person = match["name"].strip()
    words = person.split()
    if (
        not 0 < len(words) <= 4
        or person.casefold() in _NOT_A_NAME_IN_BRACKETS
        or not all(_capitalised(w) for w in words)
        or any(not c.isalpha() and c not in "-'’." for w in words for c in w)
    ):
        return None
    return role, person


def accepted_labels(candidates: list[str]) -> set[str]:
    """Decide which line labels of a plain-text transcript are speakers.

    Every label must look like a name (see :func:`looks_like_name`). A conventional
    role label (``I``, ``IP2``) or an e-mail address is then always a speaker;
    otherwise a label must occur at least twice, or be a full name of two to four
    capitalised words: a single ``Alltså:`` once in a turn is prose, not a person.

    Args:
        candidates: every label found at the start of a line, repeats included.
    """
    return {
        name
        for name, count in Counter(candidates).items()
        if looks_like_name(name) and (count >= 2 or _self_evident(name))
    }


def _self_evident(name: str) -> bool:
    """A role label, an e-mail address or a full name is a speaker even when seen once
    (a full name in a script without capitals only when seen twice: a line of Arabic
    prose with a colon looks like one)."""
    cased = any(c.isupper() for c in name)
    numbered = bool(_VOICE_NUMBER.fullmatch(name.split()[-1]))  # 'Steg 1:' once is prose
    return (
        bool(label_role(name)) or "@" in name or (len(name.split()) >= 2 and cased and not numbered)
    )


def cue_speakers(labels: list[str | None]) -> set[str]:
    """Decide which ``Name:`` labels at the start of cues are speakers.

    Labels inside cues (Zoom, SubRip, Google Meet paragraphs) are speakers only when
    they are consistent across the file: most cues carry one, a few names recur, and
    each looks like a name. A subtitle file with one ``Digo: "..."`` line among
    hundreds of unlabelled cues has no speakers at all.

    Args:
        labels: for each non-empty cue, its candidate label or None.

    Returns:
        The accepted labels; empty when the file does not label its speakers.
    """
    names = [name for name in labels if name is not None and looks_like_name(name)]
    if not labels or len(names) < _CUE_COVERAGE * len(labels):
        return set()
    # A one-off single word is a speaker only in a file that labels every cue.
    every_cue = len(names) == len(labels)
    accepted = {
        name
        for name, count in Counter(names).items()
        if count >= 2 or every_cue or _self_evident(name)
    }
    if len(accepted) > _MAX_SPEAKERS:
        return set()
    return accepted


def label_key(name: str) -> str:
    """A speaker's name or label for matching: ``IP1``, ``ip 1`` and ``IP 1:`` are one."""
    return "".join(name.strip().rstrip(":").split()).casefold()


def label_spellings(names: list[str]) -> dict[str, str]:
    """Each role label to the spelling the file first gives it: ``IP 1`` and ``Ip1`` are
    ``IP1`` in a hand transcript that wrote ``IP1`` first (one person typed two ways,
    not two interviewees); names and labels with a name in brackets map to themselves.
    """
    first: dict[str, str] = {}
    spelling = {}
    for name in names:
        if label_role(name) and not named_role_label(name):
            spelling[name] = first.setdefault(label_key(name), name)
        else:
            spelling[name] = name
    return spelling
