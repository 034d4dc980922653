"""A project's redactor: its speakers, study terms and review decisions, built once.

Every output of a project goes through :func:`project_redactor` (analysis frames, the
chapter, agreement) or :class:`ProjectRedactor` (what commands list and the coding
session shows).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from qualkod.errors import RedactionError, RedactionParameterError
from qualkod.redaction.accounts import accounts_named
from qualkod.redaction.birth_dates import birth_days_said
from qualkod.redaction.file_names import SEPARATORS, file_name_words
from qualkod.redaction.localities import LOCALITY
from qualkod.redaction.municipalities import MUNICIPALITY
from qualkod.redaction.names_seen import names_seen, people_named
from qualkod.redaction.people import POSSIBLE_PERSON
from qualkod.redaction.redactor import NO_TRANSCRIPT, Finding, Redactor, Term
from qualkod.redaction.speakers import completed_by_initials
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import redactions as store
from qualkod.store import speakers as speaker_store
from qualkod.store import transcripts as transcript_store

_CACHED_TEXTS = 4096


def terms_of(decisions: Iterable[store.RedactionDecision]) -> list[Term]:
    """The study-specific terms among the decisions."""
    return [
        Term(d.text, d.replacement or "[borttaget]") for d in decisions if d.decision == store.ADDED
    ]


def confirmed_names(decisions: Iterable[store.RedactionDecision]) -> set[str]:
    """Possible names the investigator confirmed, each word also without a genitive ``s``."""
    words = {
        word
        for d in decisions
        if d.category == POSSIBLE_PERSON and d.decision == store.CONFIRMED
        for word in d.text.split()
    }
    return words | {w[:-1] for w in words if w.endswith("s") and len(w) > 3}


def project_people(conn) -> list[tuple[str, list[str]]]:
    """(pseudonym, raw names) of every speaker, for a :class:`Redactor`.

    Someone whose interviews were all removed is still redacted where others name them,
    as anyone named in passing is (:data:`NO_TRANSCRIPT`): a pseudonym no transcript
    uses would tell that an interview was removed.
    """
    gone = speaker_store.speakers_without_turns(conn)
    return [
        (NO_TRANSCRIPT if pseudonym in gone else pseudonym, names)
        for pseudonym, names in speaker_store.people_names(conn)
    ]


def project_redactor(
    project: Project, turn_texts: Sequence[str] | None = None, *, review: bool = False
) -> Redactor:
    """The redactor of a project: its speakers, terms and decisions.

    Args:
        project: an open project.
        turn_texts: every turn's text when the caller has them loaded already; they are
            read from the project otherwise (names seen as people's anywhere in the
            project are recognised everywhere).
        review: find ignored items and possible names too (for ``qualkod redact``).
    """
    with project.read() as conn:
        people = project_people(conn)
        decisions = store.live_decisions(conn)
        coders = coding_store.coders_in_order(conn)
        if turn_texts is None:
            turn_texts = [row.text for row in transcript_store.turn_texts(conn)]
        memo_texts = [memo.text for memo in coding_store.list_memos(conn)]
    ignored = [] if review else [d.key for d in decisions if d.decision == store.IGNORED]
    seen = names_seen(turn_texts)
    confirmed = confirmed_names(decisions)
    known = seen.names | confirmed
    return Redactor(
        completed_by_initials(people, turn_texts),  # "Ieva K" says "jag är Ieva Kalniņa"
        terms_of(decisions),
        ignored,
        known,
        possible=review,
        known_accounts=accounts_named(turn_texts),
        known_birth_days=birth_days_said(turn_texts),
        coders=coders,
        named_in_memos=people_named(memo_texts) - known,  # "lindqvist.md", a memo's Lindqvist
        double_names=seen.double_names,  # "PO" where Per-Olof Lind is named
        confirmed_people=confirmed,  # "till Kvarnberg" is [person] once confirmed
        full_names=seen.full_names,  # "sa GE" where Gunnar Ek is named
    )


def identifying(redactor: Redactor, label: str) -> list[Finding]:
    """What of a label (a pseudonym, a replacement, a file name) the project's outputs
    hide because it points at someone of this project: a participant's name, also inside
    a word (``Lövgrenskan``), a person the interviews name (``Tord``), a term added with
    ``redact add``, a number or an address. A name nobody in the project has, from the
    name lists (``Anna, 45``), is a label as researchers often choose them, and a single
    letter is a label's (``Handläggare X``)."""
    return [
        f
        for f in redactor.findings(label)
        if sum(c.isalnum() for c in f.text) >= 2
        and (f.category != "person" or named_in_passing(f.text, redactor.known_people))
    ]


def named_in_passing(text: str, known: frozenset[str]) -> bool:
    """Whether a word of ``text`` (or it without a genitive ``s``) is a name the
    project's interviews use for someone."""
    words = re.findall(r"[^\W\d_]+", text)
    return any(w in known or w.removesuffix("s") in known for w in words)


def names_someone(redactor: Redactor, file_name: str) -> bool:
    """Whether an output's file name names someone of the project, however it is
    written (``kapitel-karin.docx``, ``citat_Lindqvists.xlsx``, ``analys-tord.docx``):
    the name would go wherever the file goes, and into a study's MANIFEST.json."""
    if _named_in_memos(redactor, file_name):  # "lindqvist.md" where only a memo names her
        return True
    if redactor.file_name(file_name) == file_name:
        return False
    if identifying(redactor, file_name.translate(SEPARATORS)):
        return True
    return any(
        redactor.speakers.owner_of_word(form) or form.capitalize() in redactor.known_people
        for word in file_name_words(file_name)
        for form in {word, word.removesuffix("s")}
    )


def _named_in_memos(redactor: Redactor, file_name: str) -> list[str]:
    """The words of a file name that are names only the project's memos use for someone."""
    return [
        word
        for word in file_name_words(file_name)
        if {word.capitalize(), word.removesuffix("s").capitalize()} & redactor.named_in_memos
    ]


def refuse_a_named_file(
    redactor: Redactor, path: str | Path, given_as: str | None = None, *, option: str = "out"
) -> None:
    """Refuse an output file name that names someone of the project (:func:`names_someone`).

    Raises:
        RedactionError: naming where the file name was given (``given_as``; by default
            the parameter ``path``, ``--option`` on the command line: ``--out``) and the
            file name with the name hidden.
    """
    name = Path(path).name
    if names_someone(redactor, name):
        shown = redactor.file_name(name)
        for word in _named_in_memos(redactor, name):  # names no other redaction finds
            shown = shown.replace(word, "[person]")
        shown = Path(path).with_name(shown)
        found = {f.category for f in redactor.findings(name.translate(SEPARATORS))}
        places = {MUNICIPALITY: "a municipality", LOCALITY: "a place"}
        named = places.get(found.pop(), "") if len(found) == 1 else ""
        named = named or "someone in the interviews"
        reason = (
            f"the file name names {named} (hidden here); outputs name nobody, so give "
            "another file name"
        )
        if given_as is not None:
            raise RedactionError(f"{given_as} {shown}: {reason}")
        raise RedactionParameterError("path", str(shown), reason, option=option)


def coder_meant(redactor: Redactor, name: str, known: Iterable[str]) -> str:
    """The coder a ``--coder`` value means: a coder's own name, or the pseudonym that
    outputs and messages show for a coder named like a speaker (``Intervjuare 1`` for the
    interviewer who codes as ``Karin Lindqvist``); ``name`` itself when neither."""
    known = list(known)
    if name in known:
        return name
    shown = [k for k in known if redactor.coder(k).casefold() == name.strip().casefold()]
    return shown[0] if len(shown) == 1 else name


def shown_coder(project: Project, name: str) -> str:
    """A coder's name as a message shows it (:meth:`Redactor.coder`: a speaker's pseudonym
    when it names a speaker); reads only the speakers, not every turn."""
    with project.read() as conn:
        return coder_shown_in(conn, name)


def coder_shown_in(conn, name: str) -> str:
    """:func:`shown_coder` inside a transaction already open (``conn``)."""
    return coder_redactor_in(conn).coder(name)


def coder_redactor_in(conn) -> Redactor:
    """A redactor of the project's speakers and coders only (``conn``: a transaction
    already open), for showing coders (:meth:`Redactor.coder`), not text."""
    return Redactor(project_people(conn), coders=coding_store.coders_in_order(conn))


class ProjectRedactor:
    """The redaction boundary for everything a command shows or writes of a project.

    Loads the project's turns and redactor once; with ``raw`` it hands text through
    unchanged (``--raw-names``, for the investigator's own eyes only).
    """

    def __init__(self, project: Project, *, raw: bool = False) -> None:
        with project.read() as conn:
            rows = transcript_store.turn_texts(conn)
        self.raw = raw
        self._turns = {(row.id, row.idx): row.text for row in rows}
        self.redactor = project_redactor(project, list(self._turns.values()))
        self.findings = lru_cache(maxsize=_CACHED_TEXTS)(self.redactor.findings)

    def text(self, text: str) -> str:
        """Any text (a memo, a title given by hand) with identifying details replaced."""
        return text if self.raw else Redactor.apply(text, self.findings(text))

    def title(self, title: str) -> str:
        """A transcript title or file name, names replaced however they are written."""
        return title if self.raw else self.redactor.file_name(title)

    def coder(self, name: str) -> str:
        """A coder's name, shown as the speaker's pseudonym when it is a speaker's."""
        return name if self.raw else self.redactor.coder(name)

    def turn(self, transcript_id: int, turn: int) -> str:
        """A stored turn's text, redacted."""
        return self.text(self._turns[(transcript_id, turn)])

    def span(self, transcript_id: int, turn: int, start: int, end: int) -> str:
        """Part of a turn (a quote), redacted as it reads inside the turn."""
        text = self._turns[(transcript_id, turn)]
        if self.raw:
            return text[start:end]
        return Redactor.cut(text, self.findings(text), start, end)

    def evidence(self, transcript_id: int, turn: int, words: Iterable[str]) -> list[str]:
        """A suggestion's evidence words as shown: a word the turn's redaction hides, or
        that holds a name alone (an e-mail address, a compound of a surname), is shown as
        the redaction writes it, ``[…]`` where it is hidden only inside its turn."""
        if self.raw:
            return list(words)
        text = self._turns.get((transcript_id, turn), "")
        hidden = [(f.start, f.end) for f in self.findings(text)]
        shown = []
        for word in words:
            alone = self.text(word)
            spots = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
            inside = any(a < end and start < b for a, b in hidden for start, end in spots)
            shown.append(alone if alone != word else "[…]" if inside else word)
        return shown

    def logged(self, state: str) -> str:
        """An audit-log entry (JSON) with every string in it redacted, still JSON."""
        if self.raw or not state:
            return state
        try:
            value = json.loads(state)
        except ValueError:
            return self.text(state)
        return json.dumps(_redact_strings(value, self.text, self.coder), ensure_ascii=False)

    def shown(self, text: str) -> list[Finding]:
        """The items to hide when ``text`` is put on screen (none with ``raw``)."""
        return [] if self.raw else list(self.findings(text))


def _redact_strings(value, redact, coder):
    """Every string redacted as text, except a ``coder``'s name: shown as the listings
    show coders (a speaker's pseudonym when it names a speaker, else as it is)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_redact_strings(v, redact, coder) for v in value]
    if isinstance(value, dict):
        return {
            k: coder(v)
            if k == "coder" and isinstance(v, str)
            else _redact_strings(v, redact, coder)
            for k, v in value.items()
        }
    return value
