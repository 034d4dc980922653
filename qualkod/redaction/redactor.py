"""The one redaction function: what identifies a person in a text, and the text without it.

A :class:`Redactor` is built from the project's speakers, its study-specific terms and
its review decisions (items marked "ignore" are left alone). Every place that shows or
writes transcript text, quotes, memos or titles calls it; the stored transcript stays
verbatim, so codings' offsets keep working.

What is found, by priority where two findings overlap (then the longer one wins):

====================  =====================================  =========================
category              what                                   replaced by
====================  =====================================  =========================
personnummer          10/12 digits passing the Luhn check    ``[personnummer]``
samordningsnummer     the same with day + 60                 ``[personnummer]``
email                 e-mail addresses                       ``[e-post]`` (a speaker's: ``[IP 3]``)
url                   web addresses                          ``[webbadress]``
filename              a file name said or written            the name with its names replaced
                      (``plan-lena-berg.pdf``)               (``plan-[person]-[person].pdf``)
phone                 Swedish phone numbers                  ``[telefon]``
address               street + number, postcode + town       ``[adress]``
plate                 car registration plates                ``[registreringsnummer]``
birthdate             a date of birth (``född den 3 maj``)   ``[födelsedatum]``
term                  study-specific words (``redact add``)  the given token
speaker               every form of a speaker's name         ``[IP 3]``, ``[Intervjuare 1]``
handle                ``@name``, an account on a service     ``[IP 3]`` or ``[person]`` (a name
                      (``snappen heter elvis_07``)           in it), else ``[användarnamn]``
person                other people named                     ``[person]``
municipality          a Swedish municipality (``i Pajala``)  ``[kommun]`` (``[kommun]:s``,
                      or a town of one                       ``[kommun]-modellen``)
locality              a locality, village or city district   ``[ort]`` (``[ort]:s``,
                      (``i Råneå``, ``på Rosengård``)        ``[ort]-skolan``)
possible_person       a capitalised word no list knows       nothing until confirmed
====================  =====================================  =========================

A name in the genitive keeps its genitive after the replacement, the same for speakers,
people, places and study terms (``Annas förslag`` -> ``[IP 4]:s förslag``, ``Lisas mamma``
-> ``[person]:s mamma``, ``Piteås`` -> ``[kommun]:s``, ``Kvarnlidens skola`` -> ``[ort]:s
skola``; not ``Lars bil``, whose ``s`` is the name's): see :mod:`qualkod.redaction.genitive`.

Possible people (``Jovana``, but also ``Facebook`` or a village) are found only for the
review (``possible=True``); once confirmed, the project passes them in ``known_people``
and they are redacted as people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import chain

from qualkod.pseudonyms import name_parts
from qualkod.redaction import identifiers as ids
from qualkod.redaction.accounts import AT_HANDLE, HANDLE_TOKEN, accounts_said, listed_name_in
from qualkod.redaction.birth_dates import known_birth_days
from qualkod.redaction.coder_labels import coder_label
from qualkod.redaction.farm_places import find_farm_places
from qualkod.redaction.file_names import (
    SEPARATORS,
    replace_name_pieces,
    said_file_names_and_paths,
    with_initials_taken,
    words_of_file_name,
)
from qualkod.redaction.finding import Finding
from qualkod.redaction.genitive import with_genitive
from qualkod.redaction.initials import surname_initials, with_initial_after, with_initials_before
from qualkod.redaction.localities import LOCALITY, find_localities
from qualkod.redaction.municipalities import MUNICIPALITY, find_municipalities
from qualkod.redaction.name_context import a_thing_not_a_name
from qualkod.redaction.names import (
    is_ordinary_word,
    plain_letters,
    without_invisibles,
)
from qualkod.redaction.overlaps import Kept, inside_longer, uncovered
from qualkod.redaction.people import (
    PERSON,
    POSSIBLE_PERSON,
    find_people,
    find_possible_people,
)
from qualkod.redaction.person_or_place import people_not_places
from qualkod.redaction.public_figures import own_name_words, without_public_figures
from qualkod.redaction.speaker_initials import (
    SpeakerInitials,
    initials_of_people_named,
    unambiguous,
)
from qualkod.redaction.speakers import SPEAKER, SpeakerNames, name_key
from qualkod.redaction.spelling_alphabets import spelled_words
from qualkod.redaction.spoken_accounts import accounts_said_aloud
from qualkod.redaction.spoken_identity_numbers import find_spoken_identity_numbers
from qualkod.redaction.spoken_plates import find_spoken_plates, written_plate
from qualkod.redaction.study_terms import Term, term_end, term_pattern

TERM = "term"
HANDLE = "handle"
FILE_NAME = "filename"

CATEGORIES = (
    ids.PERSONNUMMER,
    ids.SAMORDNINGSNUMMER,
    ids.EMAIL,
    ids.URL,
    FILE_NAME,
    ids.PHONE,
    ids.ADDRESS,
    ids.PLATE,
    ids.BIRTHDATE,
    TERM,
    SPEAKER,
    HANDLE,
    PERSON,
    MUNICIPALITY,
    LOCALITY,
    POSSIBLE_PERSON,
)
"""Every category, in order of priority (possible people are found only for review)."""

_PRIORITY = {category: n for n, category in enumerate(CATEGORIES)}
_TOKENS = {
    ids.PERSONNUMMER: "[personnummer]",
    ids.SAMORDNINGSNUMMER: "[personnummer]",
    ids.EMAIL: "[e-post]",
    ids.URL: "[webbadress]",
    ids.PHONE: "[telefon]",
    ids.ADDRESS: "[adress]",
    ids.PLATE: "[registreringsnummer]",
    ids.BIRTHDATE: "[födelsedatum]",
    PERSON: "[person]",
    POSSIBLE_PERSON: "[person]",
}
_DIGITS = re.compile(r"\D")
_AT = re.compile(r"@|\s+snabel[\s-]?a\s+|\s+at\s+", re.IGNORECASE)


def item_key(category: str, text: str) -> str:
    """The review key of an item: its category and its normalised text."""
    if category in (ids.PERSONNUMMER, ids.SAMORDNINGSNUMMER, ids.PHONE):
        return f"{category}:{_DIGITS.sub('', text)}"
    if category == ids.PLATE:
        return f"{category}:{written_plate(text)}"  # "D K R fyrtiosju B" is DKR47B
    if category in (ids.EMAIL, ids.URL, HANDLE):
        return f"{category}:{text.casefold()}"
    return f"{category}:{name_key(text)}"


NO_TRANSCRIPT = "person"
"""The pseudonym given to a speaker whose every transcript was removed: the name is
still redacted, as ``[person]`` like anyone else named in passing."""


class Redactor:
    """Finds identifying items in text and replaces them (see the module docstring)."""

    def __init__(
        self,
        people: Iterable[tuple[str, Iterable[str]]] = (),
        terms: Iterable[Term] = (),
        ignored: Iterable[str] = (),
        known_people: Iterable[str] = (),
        *,
        possible: bool = False,
        known_accounts: Iterable[str] = (),
        known_birth_days: Iterable[str] = (),
        coders: Sequence[str] = (),
        named_in_memos: Iterable[str] = (),
        double_names: Iterable[str] = (),
        confirmed_people: Iterable[str] = (),
        full_names: Iterable[str] = (),
    ) -> None:
        """Args:
        people: (pseudonym, raw display names) per speaker.
        terms: study-specific words to replace.
        ignored: keys (:func:`item_key`) the investigator has marked as not identifying.
        known_people: names seen as people's elsewhere in the project
            (:func:`~qualkod.redaction.names_seen.people_named`), so that ``Berg`` at the
            start of a sentence is taken as the ``överläkare Berg`` of another turn.
        possible: also find possible people (for the review listing only).
        known_accounts: accounts seen elsewhere in the project
            (:func:`~qualkod.redaction.accounts.accounts_named`): found also where nothing says they are accounts.
        known_birth_days: the day and month of birth dates said elsewhere in the project
            (:func:`~qualkod.redaction.birth_dates.birth_days_said`): found wherever said.
        coders: the project's coders in order of their first decision, for the label
            of a coder named as several speakers are (:mod:`~qualkod.redaction.coder_labels`).
        named_in_memos: names of people that only memos name, refused in an output's
            file name (:func:`~qualkod.redaction.project.names_someone`).
        double_names: double first names the project's interviews name people by
            (:func:`~qualkod.redaction.names_seen.names_seen`): their initials alone are
            the person (``PO`` where ``Per-Olof Lind`` is named).
        confirmed_people: names the investigator confirmed: ``[person]`` also where
            shaped or placed as a place is (``till Kvarnberg``).
        full_names: names of two words the interviews name people by (``Gunnar Ek``):
            their initials are the person where a name stands (``sen sa GE``).
        """
        self.coders = tuple(coders)
        people = [(pseudonym, list(names)) for pseudonym, names in people]
        self.speakers = SpeakerNames(people)
        self._own_words = own_name_words(people)  # a speaker Gustav Vasa is no figure
        self._initials = SpeakerInitials(people)  # "AK" for Anna-Karin
        self._named_initials = initials_of_people_named(  # "PO", "Peo", "sa GE"
            double_names, self._initials, full_names
        )
        self._file_initials = unambiguous(self._named_initials, self._initials)  # "-ak.docx"
        self._surname_initials = surname_initials(people)  # "B" after Åsa for Åsa Berg
        # one speaker's name pieces, replaced one by one in a file name ("holm_sara")
        self._same_speaker_joined = (
            re.compile(r"(\[(?:" + "|".join(re.escape(p) for p, _ in people) + r")\])(?:[_.-]\1)+")
            if people
            else None
        )
        self.terms = {name_key(t.text): t for t in terms if t.text.strip()}
        self.ignored = frozenset(ignored)
        self.known_people = frozenset(known_people)
        self.confirmed_people = frozenset(confirmed_people)
        self.named_in_memos = frozenset(named_in_memos)
        self.possible = possible
        ordered = sorted(self.terms.values(), key=lambda t: (-len(t.text), t.text))
        self._terms = (
            re.compile(
                r"(?<!\w)(?P<term>" + "|".join(term_pattern(t.text) for t in ordered) + r")",
                re.IGNORECASE,
            )
            if ordered
            else None
        )
        self.known_birth_days = frozenset(d.casefold() for d in known_birth_days)
        accounts = sorted({a.casefold() for a in known_accounts}, key=lambda a: (-len(a), a))
        self._accounts = (
            re.compile(
                r"(?<![\w.@])(?:" + "|".join(map(re.escape, accounts)) + r")(?![\w]|\.\w)",
                re.IGNORECASE,
            )
            if accounts
            else None
        )

    def findings(self, text: str) -> list[Finding]:
        """Every identifying item in ``text`` that is not ignored, without overlaps, in order."""
        if not text:
            return []
        visible, where = without_invisibles(text)  # "Kar\u00adin" is Karin to a reader
        if where is not None:
            return [
                replace(f, start=where[f.start], end=where[f.end - 1] + 1)
                for f in self.findings(visible)
            ]
        text = plain_letters(text)  # same length: the findings' positions hold in the original
        found = [f for f in self._candidates(text) if f.key not in self.ignored]
        found = without_public_figures(text, found, self._own_words)  # "Selma Lagerlöf"
        # "Sara Kuhmunen" is another Sara than the speaker Sara Holm: a person's full
        # name beats a speaker's name part inside it. (Names found by find_people never
        # overlap one another, so the one starting last before a speaker's name is the
        # only one that can hold it.)
        found = people_not_places(found, text, self._named_initials.a_person_at)  # "Kåge sa"
        people = sorted((f for f in found if f.category == PERSON), key=lambda f: f.start)
        starts = [p.start for p in people]
        found = [f for f in found if f.category != SPEAKER or not inside_longer(f, people, starts)]
        found.sort(key=lambda f: (_PRIORITY[f.category], -(f.end - f.start), f.start))
        kept = Kept()
        for finding in found:
            for piece in uncovered(text, finding, kept.overlapping(finding)):
                kept.add(piece)
        return kept.findings

    @staticmethod
    def cut(text: str, findings: Iterable[Finding], start: int, end: int) -> str:
        """``text[start:end]`` with the findings of the whole ``text`` replaced.

        An item cut by the edge of the span is replaced whole.
        """
        pieces, position = [], start
        for finding in findings:
            if finding.end <= start or finding.start >= end:
                continue
            pieces.append(text[position : max(position, finding.start)])
            pieces.append(finding.replacement)
            position = max(position, finding.end)
        pieces.append(text[position:end] if position < end else "")
        return "".join(pieces)

    def _candidates(self, text: str) -> Iterable[Finding]:
        for start, end, category in chain(
            ids.find_identifiers(text), find_spoken_identity_numbers(text), find_spoken_plates(text)
        ):
            words = text[start:end]
            replacement = _TOKENS[category]
            if category == ids.EMAIL:
                # the local part, before "@" or a spoken "snabel-a"; not the domain
                local = _AT.split(words, maxsplit=1)[0]
                replacement = self.speakers.owner_inside(local) or replacement
            yield Finding(start, end, category, words, replacement, item_key(category, words))
        for start, end, category in known_birth_days(text, self.known_birth_days):
            words = text[start:end]  # "tolfte maj" in the turn after "född tolfte maj 1983"
            yield Finding(start, end, category, words, _TOKENS[category], item_key(category, words))
        if self._terms is not None:
            for match in self._terms.finditer(text):
                term = self._term_of(match["term"])
                if term is not None:
                    start, end = match.span()
                    name_end = term_end(text, start, end, term.text)
                    yield Finding(
                        start,
                        end,
                        TERM,
                        match.group(0),
                        with_genitive(text, term.replacement, name_end, end),  # "Fjällbys"
                        item_key(TERM, term.text),
                    )
        for start, end, form, replacement, name_end in chain(
            self.speakers.find(text), self._initials.find(text)
        ):
            if a_thing_not_a_name(text, start, end):  # "under en hägg", "på en tuva"
                continue
            start = with_initials_before(text, start, form)
            # "Ali Reza K.", and "Åsa B sa" for Åsa Berg
            with_initial = with_initial_after(text, end, name_end, form, self._surname_initials)
            if with_initial != end:
                end = name_end = with_initial
            yield Finding(
                start,
                end,
                SPEAKER,
                text[start:end],
                with_genitive(text, replacement, name_end, end),
                item_key(SPEAKER, form),
            )
        # an account is someone's however it is spelt: whole, never a name inside it
        for match in AT_HANDLE.finditer(text):  # "@elvis_07"
            yield self._account(match.start(), match.end(), match.group(0))
        if self._accounts is not None:  # "lisa_k07" where a turn said it is an account
            for match in self._accounts.finditer(text):
                yield self._account(match.start(), match.end(), match.group(0))
        for start, end, words in chain(  # "hennes snap heter elvis_07", said aloud too
            accounts_said(text), accounts_said_aloud(text)
        ):
            yield self._account(start, end, words)
        for match in said_file_names_and_paths(text):
            words = match.group(0)
            replacement = self.file_name(words)
            if replacement != words:
                yield Finding(
                    match.start(),
                    match.end(),
                    FILE_NAME,
                    words,
                    replacement,
                    item_key(FILE_NAME, words),
                )
        for match in _SPELLED.finditer(text):  # "Sofiia, S-O-F-I-I-A, med två i"
            if not _spelled_out(match.group(0)):
                continue
            word = re.sub(r"[- ]", "", match.group(0)).capitalize()
            if self.speakers.owner_of_word(word) or (
                word in self.known_people and not is_ordinary_word(word)
            ):
                yield self._spelt(text, match.start(), match.end(), word)
        for start, end, word in spelled_words(text):  # "Sierra, Alfa, November, …"
            yield self._spelt(text, start, end, word)
        for start, end, name, name_end in chain(  # "sen sa PO" where Per-Olof Lind is named
            find_people(text, self.known_people), self._named_initials.names(text)
        ):
            start = with_initials_before(text, start, name)
            if end == name_end:  # "Ali Reza K.", as for a speaker; not after a genitive
                end = name_end = with_initial_after(text, end, name_end, name)
            # the start of a closed compound (``Haddadmodellen``) keeps the rest apart
            token = "[person]-" if text[end : end + 1].isalpha() else "[person]"
            token = with_genitive(text, token, name_end, end)  # "Lisas mamma"
            yield Finding(start, end, PERSON, text[start:end], token, item_key(PERSON, name))
        for start, end, name, token, name_end in find_municipalities(text):
            key = item_key(MUNICIPALITY, name)
            token = with_genitive(text, token, name_end, end)  # "Piteås", "Luleå kommuns"
            yield Finding(start, end, MUNICIPALITY, text[start:end], token, key)
        for start, end, name, token, name_end in chain(
            find_localities(text),
            find_farm_places(text),  # "uppe vid Tallmyran"
        ):
            category = PERSON if name in self.confirmed_people else LOCALITY
            if category == PERSON:  # "till Kvarnberg", "Kvarnbergsskolan"
                token = "[person]" + token[len(token.rstrip("-")) :]
            token = with_genitive(text, token, name_end, end)  # "Råneås skola"
            yield Finding(start, end, category, text[start:end], token, item_key(category, name))
        if self.possible:
            for start, end, name, name_end in find_possible_people(text):
                key = item_key(POSSIBLE_PERSON, name)
                token = with_genitive(text, "[person]", name_end, end)
                yield Finding(start, end, POSSIBLE_PERSON, text[start:end], token, key)

    def _spelt(self, text: str, start: int, end: int, word: str) -> Finding:
        """A name spelt out: the speaker's it spells, else ``[person]``."""
        owner = self.speakers.owner_of_word(word)
        category = SPEAKER if owner else PERSON
        return Finding(
            start, end, category, text[start:end], owner or "[person]", item_key(category, word)
        )

    def _account(self, start: int, end: int, words: str) -> Finding:
        """An account: the speaker's or a listed person's whose name is in it, else
        ``[användarnamn]``."""
        replacement = (
            self.speakers.owner_inside(words, loose=True) or listed_name_in(words) or HANDLE_TOKEN
        )
        return Finding(start, end, HANDLE, words, replacement, item_key(HANDLE, words))

    def _term_of(self, written: str) -> Term | None:
        """The longest term the written words start with (``Fjällby`` before ``Fjäll``)."""
        key = name_key(written)
        matching = [k for k in self.terms if key.startswith(k)]
        return self.terms[max(matching, key=len)] if matching else None

    def __call__(self, text: str) -> str:
        """``text`` with every identifying item replaced."""
        return self.apply(text, self.findings(text))

    @staticmethod
    def apply(text: str, findings: Iterable[Finding]) -> str:
        """``text`` with the given (non-overlapping, ordered) findings replaced."""
        pieces, position = [], 0
        for finding in findings:
            pieces.append(text[position : finding.start])
            pieces.append(finding.replacement)
            position = finding.end
        pieces.append(text[position:])
        return "".join(pieces)

    def excerpt(self, text: str, start: int, end: int) -> str:
        """``text[start:end]`` redacted as it reads inside the whole ``text``.

        A quote is found in its turn, so a name at the start of a quote taken from
        mid-sentence is still seen in its sentence; an item cut by the quote's edge is
        replaced whole.
        """
        return self.cut(text, self.findings(text), start, end)

    def coder(self, name: str) -> str:
        """A coder's name as outputs show it: the pseudonym of the speaker it names.

        The interviewer who codes under her own name (``Sara Holm``, ``sholm``, or a first
        name alone, as the text redactor reads it) is ``Intervjuare 1`` in the chapter and
        the tables, as in the transcripts; a coder named as several speakers are (``anna``
        beside two interviewees called Anna) is a label of its own (``Kodare C``: see
        :func:`~qualkod.redaction.coder_labels.coder_label`); any other coder keeps the
        name given.
        """
        parts = name_parts(name)  # "Holm, Sara (Gäst)", "sara.holm@kommun.se"
        owner = self.speakers.owner_of_name(parts[0] if parts else name)
        if owner == NO_TRANSCRIPT:
            return name  # speaks in no transcript any more: a coder like the others
        if owner:
            return owner
        # Written some other way (k.lindqvist, Dr Karin Lindqvist): the speakers found in
        # it as in a file name; a name of someone else is left, a coder's own.
        found = {
            f.replacement
            for f in self.findings(name.translate(SEPARATORS))
            if f.category == SPEAKER and f.replacement != f"[{NO_TRANSCRIPT}]"
        }
        if not found:
            return name
        if len(found) == 1 and found != {"[namn]"}:  # "[namn]": a name several speakers have
            return found.pop().strip("[]")
        return coder_label(name, self.coders)

    def file_name(self, name: str) -> str:
        """A file name or title with names replaced, however it is cased or joined.

        ``intervju-sara-holm.vtt`` becomes ``intervju-[IP 1].vtt``: in a file name every
        part of a speaker's name counts, also one that is an everyday word, and so do the
        names of the lists. Underscores separate words (``holm_0701234567``), and so does
        a capital inside a word (``IntervjuSaraHolm`` -> ``Intervju[IP 1]``).
        """
        # a name's genitive is no genitive in a file name: "nyströms-version" -> "[IP 1]-version"
        found = [
            replace(f, replacement=f.replacement.removesuffix(":s").removesuffix(":S"))
            for f in self.findings(words_of_file_name(name))  # "(AliReza K.)"
        ]
        redacted = self.apply(name, found)
        redacted = replace_name_pieces(redacted, self.speakers, self.known_people)
        redacted = with_initials_taken(redacted, self._file_initials)  # "sara_h", "ak"
        if self._same_speaker_joined is None:
            return redacted
        return self._same_speaker_joined.sub(r"\1", redacted)  # "holm_sara": one [IP 1]


_SPELLED = re.compile(
    r"(?<![\w-])(?:[^\W\d_]-){2,}[^\W\d_](?![\w-])|(?<![\w-])(?:[^\W\d_] ){2,}[^\W\d_](?![\w-])"
)
"""A word spelt out letter by letter, with hyphens or spaces (``S-O-F-I-I-A``, ``Z E Y N E
P``, ``h-o-l-m``, ``K-A-L-N-I-Ņ-A``, any alphabet's letters): a name when it is a
speaker's or one the project names. Letters all in capitals, or all small with hyphens
(:func:`_spelled_out`)."""


def _spelled_out(letters: str) -> bool:
    """Capitals (``M-Á-R-J-Á``, ``Z E Y N E P``) or small letters joined by hyphens
    (``h-o-l-m``); not small letters with spaces (``i a o``)."""
    word = re.sub(r"[- ]", "", letters)
    return word.isupper() or (word.islower() and " " not in letters)
