"""Speakers' identities: name matching, role guessing and pseudonym numbering.

Pure functions; the store applies them. Raw names never leave the speakers table:
everything that shows transcript content uses the pseudonyms made here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from qualkod.ingest.labels import label_role, named_role_label
from qualkod.models import Role, Transcript

PREFIXES = {Role.INTERVIEWEE: "IP", Role.INTERVIEWER: "Intervjuare", Role.UNKNOWN: "Okänd talare"}
_SUFFIX = re.compile(r"\s*(?:\((?!\s*\d+\s*\))[^()]*\)|\[(?!\s*\d+\s*\])[^\[\]]*\])\s*$")
"""What Teams puts after a display name in brackets: ``(Gäst)``, ``(External)``, an
organisation (``(Region Norrbotten)``), pronouns (``[hon/henne]``). No part of the name;
a number in brackets is (``Deltagare (2)`` is another person than ``Deltagare (1)``)."""
_UNKNOWN = re.compile(
    r"^(?:unknown speaker|okänd talare|unknown|okänd|speaker|talare)?\s*\d*$", re.I
)
_QUESTION_SHARE = 0.3


def display_key(raw: str) -> str:
    """Normalise a display name for matching the same person across interviews.

    ``Berg, Anna (Gäst)``, ``Anna Berg (Region Norrbotten)`` and ``anna.berg@kommun.se``
    all become ``anna berg``: suffixes in brackets go, ``Efternamn, Förnamn`` is turned round, an
    e-mail address gives its local part, case and accents of whitespace are folded.
    """
    name = unicodedata.normalize("NFC", raw).strip()
    named = named_role_label(name)
    if named:  # "Intervjuare (Klara)" is Klara
        name = named[1]
    while _SUFFIX.search(name):
        name = _SUFFIX.sub("", name)
    if "@" in name and " " not in name:
        name = re.sub(r"[._-]+", " ", name.split("@", 1)[0])
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last:
            name = f"{first} {last}"
    return " ".join(name.casefold().split())


def is_unknown(raw: str) -> bool:
    """True for labels that name nobody: empty, ``Unknown speaker``, ``Okänd talare 2``."""
    return bool(_UNKNOWN.match(display_key(raw)))


def match_key(raw: str, transcript_sha256: str) -> str:
    """The key that identifies one person in a project.

    Unknown speakers and role labels (``I``, ``IP 1`` in a hand transcript) name
    nobody in particular, so they cannot be matched across interviews: their key is
    scoped to the transcript.
    """
    key = display_key(raw)
    if is_unknown(raw):
        return f"unknown:{transcript_sha256[:16]}:{key}"
    if label_role(raw) and not named_role_label(raw):  # "Intervjuare (Klara)" is Klara's
        return f"label:{transcript_sha256[:16]}:{key}"
    return key


@dataclass(frozen=True)
class RoleGuess:
    """A role and how it was decided."""

    role: Role
    """The role."""
    source: str
    """'given' (--interviewer), 'label' (I:/IP:), 'guessed' (questions), 'unknown'."""


def guess_roles(
    transcript: Transcript,
    interviewers: Iterable[str] = (),
    known: dict[str, Role] | None = None,
) -> dict[str, RoleGuess]:
    """Decide the role of each raw speaker name in a transcript.

    In order: names given as interviewers; conventional labels (``I:`` / ``IP 2:``);
    people already known to the project keep their role; otherwise whoever asks the
    questions (a share of turns that ask or prompt, :func:`_asks`, at least 0.3 and
    at least twice anyone else's) is an interviewer, and everyone else an interviewee. Where a
    named interviewer speaks, all other new speakers are interviewees.

    Args:
        transcript: the parsed transcript.
        interviewers: display names of interviewers, matched after normalisation.
        known: roles of people already in the project, by match key.

    Returns:
        Raw speaker name -> role guess.
    """
    known = known or {}
    given = {display_key(name) for name in interviewers}
    # "Everyone else is an interviewee" only holds where a named interviewer speaks.
    given_here = given & {display_key(raw) for raw in transcript.speakers}
    guesses: dict[str, RoleGuess] = {}
    open_names = []
    for raw in transcript.speakers:
        key = match_key(raw, transcript.sha256)
        if is_unknown(raw):
            guesses[raw] = RoleGuess(Role.UNKNOWN, "unknown")
        elif key in given:
            guesses[raw] = RoleGuess(Role.INTERVIEWER, "given")
        elif role := (transcript.labels.get(raw) or label_role(raw)):
            guesses[raw] = RoleGuess(Role(role), "label")
        elif key in known:
            guesses[raw] = RoleGuess(known[key], "known")
        elif given_here:
            guesses[raw] = RoleGuess(Role.INTERVIEWEE, "given")
        else:
            open_names.append(raw)
    if open_names:
        asking = _question_askers(transcript, open_names)
        if not asking and transcript.starter in open_names and len(open_names) > 1:
            asking = {transcript.starter}
        for raw in open_names:
            role = Role.INTERVIEWER if raw in asking else Role.INTERVIEWEE
            guesses[raw] = RoleGuess(role, "guessed")
    return guesses


_PROMPT = re.compile(
    r"(?:^|[.!?…]\s+)(?:(?:och|men|så|mm|mhm|ja|okej|ok|precis|tack)[,.]?\s+)*"
    r"(?:berätta|beskriv|vad|hur|varför|vem|vilka|vilken|vilket|kan\s+du"
    r"|skulle\s+du|har\s+du|tänker\s+du|upplever\s+du|känner\s+du|finns\s+det"
    r"|ge\s+(?:gärna\s+)?ett\s+exempel|utveckla)\b",
    re.IGNORECASE,
)
"""A question or a prompt: a sentence opening as one asks (``Berätta mer om det.``, ``Och
hur ser samverkan ut.``), as Teams often writes a Swedish question without its mark."""


def _asks(text: str) -> bool:
    return "?" in text or _PROMPT.search(text) is not None


def _question_askers(transcript: Transcript, names: list[str]) -> set[str]:
    """Speakers whose share of turns that ask or prompt clearly stands out (a question
    mark, or a sentence opening as a question or a prompt does)."""
    if len(names) < 2:
        return set()
    share = {}
    for name in names:
        turns = [t for t in transcript.turns if t.speaker == name]
        share[name] = sum(_asks(t.text) for t in turns) / len(turns)
    ranked = sorted(names, key=lambda n: share[n], reverse=True)
    best: tuple[float, set[str]] = (0.0, set())
    for k in range(1, len(ranked)):
        top, rest = ranked[:k], ranked[k:]
        low, high = share[top[-1]], share[rest[0]]
        if low >= _QUESTION_SHARE and low >= 2 * high:
            ratio = low / max(high, 0.05)
            if ratio > best[0]:
                best = (ratio, set(top))
    return best[1]


def number_pseudonyms(speakers: list[tuple[int, Role, str | None]]) -> dict[int, str]:
    """Number pseudonyms per role in order of first appearance.

    Args:
        speakers: (id, role, fixed pseudonym or None) in order of first appearance.

    Returns:
        id -> pseudonym (``IP 1``, ``Intervjuare 1``, ``Okänd talare 1``); fixed
        pseudonyms are kept and their numbers skipped.
    """
    taken = {fixed.casefold() for _, _, fixed in speakers if fixed}  # 'ip 2' takes IP 2
    counters = dict.fromkeys(PREFIXES, 0)
    result = {}
    for speaker_id, role, fixed in speakers:
        if fixed:
            result[speaker_id] = fixed
            continue
        while True:
            counters[role] += 1
            candidate = f"{PREFIXES[role]} {counters[role]}"
            if candidate.casefold() not in taken:
                break
        result[speaker_id] = candidate
    return result


def name_parts(raw: str) -> list[str]:
    """The ways a display name can be written in running text, longest first.

    ``Lindberg, Petra`` gives ``Petra Lindberg``, ``Lindberg`` and ``Petra``; suffixes
    such as ``(Gäst)`` go; an e-mail address gives its local part's words. Role labels
    (``I``, ``IP 1``) and unknown speakers name nobody and give nothing.
    """
    named = named_role_label(raw)
    if is_unknown(raw) or (label_role(raw) and not named):
        return []
    name = unicodedata.normalize("NFC", named[1] if named else raw).strip()
    while _SUFFIX.search(name):
        name = _SUFFIX.sub("", name)
    if "@" in name and " " not in name:
        name = " ".join(w.capitalize() for w in re.split(r"[._-]+", name.split("@", 1)[0]))
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last:
            name = f"{first} {last}"
    words = name.split()
    if name.islower():  # typed in lower case ("mattias kock"): the parts it would have
        words = [_capitalised(w) for w in words]
    parts = {" ".join(words)} | {w for w in words if len(w) >= 2 and w[0].isupper()}
    return sorted(parts, key=lambda p: (-len(p), p))


_PARTICLES = frozenset("af al av bin da de del della den der di du el ibn la le van von zu".split())
"""Small words inside surnames that stay small (``af Klercker``, ``von Essen``)."""


def _capitalised(word: str) -> str:
    """A name word typed in lower case as it is written: ``ann-kristin`` ->
    ``Ann-Kristin``; a particle stays small (``von``)."""
    if word in _PARTICLES:
        return word
    return "-".join(piece[:1].upper() + piece[1:] for piece in word.split("-"))


_LOOK_ALIKES = str.maketrans(
    "аеорсухіјѕкмтнвАВЕКМНОРСТХІαοειкνρτυΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijskmthbABEKMHOPCTXIaoeikvptuABEZHIKMNOPTYX",
)
"""Cyrillic and Greek letters a reader takes for Latin ones (``Mаria`` with a Cyrillic а)."""


def plain_name_key(text: str) -> str:
    """``text`` as a reader reads it, for comparing names: compatibility forms
    (``Ｍａｒｉａ``, ``𝐌𝐚𝐫𝐢𝐚``), invisible characters dropped (a soft hyphen), look-alike
    letters as Latin ones, case and accents folded (``Nystrom`` is ``Nyström``)."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf").translate(_LOOK_ALIKES)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
