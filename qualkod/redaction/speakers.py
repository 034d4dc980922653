"""The speakers' own names in running text, in every form people write them.

A speaker's display name (``Holm, Sara (Gäst)``, ``sara.holm@kommun.se``) gives the forms
to look for: the full name in either order and with any separator (``Sara Holm``,
``holm-sara``, ``sara.holm``), each part alone, the hyphenated parts of a double name,
each with a genitive (``Holms``, ``Saras``, ``Vass``' without an extra s), in any case.
A part that is also an everyday word (``Holm`` the islet, ``Ek`` the tree) is matched
only capitalised or in capitals, so ``ek`` the tree stays.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from qualkod.pseudonyms import name_parts
from qualkod.redaction.names import (
    compound_opened_by,
    first_names,
    function_words,
    is_ordinary_word,
    is_swedish_word,
    person_names,
)
from qualkod.redaction.slips import deletions, one_edit, within_two_edits
from qualkod.redaction.sound_spellings import heard_otherwise

SPEAKER = "speaker"
_SEPARATOR = r"(?:\s+|[._-])"
_REVERSED_SEPARATOR = r"(?:,\s*|[._-])"
_GENITIVE = r"(?i:es|s|[’']s?)?"
_SPLIT = re.compile(r"[\s._,-]+")


def fold(text: str) -> str:
    """Case- and accent-folded text, for finding names inside addresses and handles."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """The key a written name form is known by: folded case, one space between words."""
    return " ".join(w for w in _SPLIT.split(text.casefold()) if w)


class SpeakerNames:
    """Finds every form of the project's speakers' names and names their pseudonym."""

    def __init__(self, people: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Args: people: (pseudonym, raw display names) per speaker."""
        owners: dict[str, set[str]] = {}
        originals: set[str] = set()  # keys of the names as displayed, not accent-free
        alternatives: dict[str, str] = {}
        self._folded_parts: list[tuple[str, str]] = []
        self._whole: dict[str, set[str]] = {}  # folded whole names, either order
        self._logins: list[tuple[str, str]] = []  # saraholm, sholm
        people = list(people)
        self.pseudonyms = frozenset(pseudonym for pseudonym, _ in people)
        """The speakers' pseudonyms (``IP 1``, ``Intervjuare 1``)."""
        for pseudonym, names in people:
            for raw in names:
                for part in [*name_parts(raw), *_particle_joined(raw), *_two_first_names(raw)]:
                    # "Zoë" is also written "Zoe", "Torbjörn" "torbjorn" (in e-mail, on a
                    # keyboard without å, ä, ö); in lower case only when neither form is a
                    # word ("asa" is one, and "lang" is "lång" typed so).
                    plain = _without_accents(part)
                    forms = [(*f, True) for f in _forms(part)]
                    others = {plain, *_spelt_otherwise(part), *heard_otherwise(part)}
                    for other in others - {part}:
                        worded = any(is_ordinary_word(w) for w in (part, other))
                        forms += [(*f, False) for f in _forms(other, capitalised_only=worded)]
                    for form, pattern, as_displayed in forms:
                        owners.setdefault(name_key(form), set()).add(pseudonym)
                        if " " in form:
                            key = fold(name_key(form))
                            self._whole.setdefault(key, set()).add(pseudonym)
                            self._logins += [(login, pseudonym) for login in _logins(key)]
                        if as_displayed:
                            originals.add(name_key(form))
                        alternatives.setdefault(pattern, form)
                        if " " not in form and len(form) >= 2:
                            self._folded_parts.append((fold(form), pseudonym))
        self.replacement = {
            key: f"[{next(iter(who))}]" if len(who) == 1 else "[namn]"
            for key, who in owners.items()
        }
        ordered = sorted(alternatives, key=lambda p: (-len(alternatives[p]), p))
        self._pattern = (
            re.compile(r"(?<![\w@])(?P<name>" + "|".join(ordered) + r")" + _GENITIVE + r"(?!\w)")
            if ordered
            else None
        )
        self._folded_parts.sort(key=lambda item: -len(item[0]))
        # Name parts that may begin a closed compound (``Åkessonmodellen``): four
        # letters or more and no everyday word (``Bergsprängare`` is no Berg's).
        self._compound_starts = sorted(
            (k for k in originals if " " not in k and len(k) >= 4 and not is_ordinary_word(k)),
            key=len,
            reverse=True,
        )
        # Long name parts also with one letter wrong, missing or extra ("Hoseini" for
        # Hosseini, "Lindkvist" for Lindqvist): transcription and typing slips.
        # Five-letter ones too, where the slip is no other name ("Hodaan" for Hodan, not
        # "Marie" for Maria); six letters or more also with two slips, the first letter
        # kept ("Shireen" for Shirin).
        self._near: dict[str, str] = {}
        self._far: list[str] = []
        for key in originals:
            if " " not in key and len(key) >= _NEAR_LENGTH - 1 and not is_ordinary_word(key):
                for variant in deletions(key) | {key}:
                    self._near.setdefault(variant, key)
                if len(key) >= _NEAR_LENGTH:
                    self._far.append(key)
        self._slips: dict[str, tuple[str, int] | None] = {}
        self._heard_wrong: dict[str, str | None] = {}
        self._by_first_letter: dict[str, set[str]] = {}
        for key in set(self._near.values()):
            self._by_first_letter.setdefault(key[0], set()).add(key)

    def find(self, text: str) -> Iterator[tuple[int, int, str, str, int]]:
        """(start, end, name form without genitive, replacement, where the name as written
        ends) of every speaker name: a genitive ending (``Annas``, ``Berg's``) runs from
        there to ``end`` (:func:`~qualkod.redaction.genitive.with_genitive`)."""
        if self._pattern is None:
            return
        for match in self._pattern.finditer(text):
            if _acronym_compound(text, match.start(), match.end()):
                continue
            key = name_key(match["name"])
            yield (
                match.start(),
                match.end(),
                match["name"],
                self.replacement[key],
                match.end("name"),
            )
        for match in _CAPITALISED.finditer(text):
            near = self._near_name(match.group(0))
            if near is None and _mid_sentence(text, match.start()):
                heard = self._word_for_a_name(match.group(0))
                near = (heard, len(match.group(0))) if heard is not None else None
            if near is not None:
                key, length = near
                yield match.start(), match.end(), key, self.replacement[key], match.start() + length
                continue
            start = compound_opened_by(match.group(0), self._compound_starts)
            if start is not None:
                key, length = start
                end = match.start() + length
                yield match.start(), end, key, self.replacement[key] + "-", end

    def _near_name(self, word: str) -> tuple[str, int] | None:
        """The speaker's name part one edit away from ``word`` (or its genitive), if any,
        and how many letters of ``word`` are the name (one fewer in the genitive:
        ``Hoseinis``).

        A word of the language is itself, not a slip: ``Campus`` is no Hampus.
        """
        if word in self._slips:
            return self._slips[word]
        self._slips[word] = found = self._slip_of(word)
        return found

    def _slip_of(self, word: str) -> tuple[str, int] | None:
        if is_ordinary_word(word):
            return None
        lower = word.casefold()
        forms = [f for f in (lower, lower[:-1] if lower.endswith("s") else None) if f]
        forms = [f for f in forms if f not in self.replacement]
        # one slip in the word or in it without a genitive "s" (``Lindkvists``) before two
        # (``Lindkvists`` is two from Lindqvist, the "s" counted as a slip)
        ambiguous = set()
        for form in forms:
            found = {self._near[v] for v in deletions(form) | {form} if v in self._near}
            found = {
                k
                for k in found
                if one_edit(form, k) and (len(k) >= _NEAR_LENGTH or _no_other_name(form))
            }
            if len(found) == 1:
                return found.pop(), len(form)
            if found:
                ambiguous.add(form)
        for form in forms:
            if form not in ambiguous and len(form) >= _NEAR_LENGTH and _no_other_name(form):
                found = {k for k in self._far if k[0] == form[0] and within_two_edits(form, k)}
                if len(found) == 1:
                    return found.pop(), len(form)
        return None

    def _word_for_a_name(self, word: str) -> str | None:
        """The speaker's name part that ``word``, a Swedish word capitalised in
        mid-sentence, is with one letter heard wrong (``mejl till Resan`` for Rezan):
        same length and first letter, a name part of five letters or more."""
        if word in self._heard_wrong:
            return self._heard_wrong[word]
        lower = word.casefold()
        found = {
            key
            for key in self._by_first_letter.get(lower[0], ())
            if len(key) == len(lower) and one_edit(lower, key)
        }
        self._heard_wrong[word] = near = (
            found.pop() if len(found) == 1 and is_ordinary_word(word) else None
        )
        return near

    def owner_of_word(self, word: str) -> str | None:
        """The replacement for a speaker one of whose name parts is ``word`` (any case)."""
        found = {pseudonym for part, pseudonym in self._folded_parts if part == fold(word)}
        if len(found) == 1:
            return f"[{found.pop()}]"
        return "[namn]" if found else None

    def owner_of_name(self, name: str) -> str | None:
        """The pseudonym of the speaker whose whole name ``name`` is, written any way
        (``Sara Holm``, ``holm, sara``, ``sara.holm``, ``saraholm``, ``sholm``, also with
        digits after it), or None.

        A first name alone (``sara``) is None here, and so is another initial before the
        surname (``aholm``).
        """
        key = fold(name_key(name))
        found = set(self._whole.get(key, ()))
        login = re.sub(r"\d+$", "", key.replace(" ", ""))
        if not found and login:
            found = {pseudonym for form, pseudonym in self._logins if form == login}
        return found.pop() if len(found) == 1 else None

    def owner_inside(self, text: str, *, loose: bool = False) -> str | None:
        """The replacement for a speaker whose name makes up a word of ``text`` (an
        e-mail's local part): ``sara.holm``, ``saraholm``, ``sholm``, ``sara74`` are Sara
        Holm's, but ``nilsson`` is not Nils Ek's. With ``loose`` (a handle, which is left
        in the text unless someone's), failing that, a speaker one of whose name parts
        of three letters or more lies anywhere inside it (``@jovanak``, ``@itsbohdan``)."""
        parts: dict[str, set[str]] = {}
        for part, pseudonym in self._folded_parts:
            parts.setdefault(pseudonym, set()).add(part)
        folded = fold(text)
        words = [w for w in _LETTERS.findall(folded) if len(w) >= 3]
        found = {
            pseudonym for pseudonym, own in parts.items() if any(_made_of(w, own) for w in words)
        }
        if not found and loose:
            found = {
                pseudonym
                for pseudonym, own in parts.items()
                if any(len(part) >= 3 and part in folded for part in own)
            }
        if len(found) == 1:
            return f"[{found.pop()}]"
        return "[namn]" if found else None


_LETTERS = re.compile(r"[^\W\d_]+")


def _logins(key: str) -> set[str]:
    """A whole name's forms as a user name: ``sara holm`` -> ``saraholm``, ``sholm`` (the
    words in the order given; the reversed order is a form of its own). Not ``sarah``:
    that is someone else's first name."""
    words = key.split()
    return {"".join(words), words[0][0] + "".join(words[1:])}


def _made_of(word: str, parts: set[str], named: bool = False, initial: bool = False) -> bool:
    """True when ``word`` is ``parts`` joined, with single letters (initials) between
    them but never two in a row nor one last, and at least one whole part (``sholm``,
    ``saraeholm``)."""
    if not word:
        return named
    if any(word.startswith(part) and _made_of(word[len(part) :], parts, True) for part in parts):
        return True
    return not initial and len(word) > 1 and _made_of(word[1:], parts, named, True)


_NEAR_LENGTH = 6
_CAPITALISED = re.compile(r"(?<![\w@.])[A-ZÅÄÖÉÜ][^\W\d_]{4,}(?![\w@])")


def _mid_sentence(text: str, start: int) -> bool:
    """A word at ``start`` stands inside a sentence: a word or a comma before it."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and (text[at].isalnum() or text[at] == ",")


def _no_other_name(form: str) -> bool:
    """A slip that is no name of its own (``hodaan``, not ``marie``) nor a Swedish word; it
    may end in one by chance (``heikila``, ``kila``)."""
    word = form.capitalize()
    return word not in person_names() and not is_swedish_word(word) and form not in function_words()


def _without_accents(text: str) -> str:
    """The text without diacritics, case kept: ``Zoë Öberg`` -> ``Zoe Oberg``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


_SWEDISH_KEYBOARD = str.maketrans({"ø": "ö", "Ø": "Ö", "æ": "ä", "Æ": "Ä"})
_PASSPORT = str.maketrans(
    {"ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "å": "aa", "Å": "Aa", "ö": "oe", "Ö": "Oe",
     "ä": "ae", "Ä": "Ae", "ü": "ue", "Ü": "Ue"}
)  # fmt: skip


_PARTICLE = re.compile(r"(?<=\s)(?P<particle>(?:[a-z]{2,5}\s)+)(?P<surname>[A-ZÅÄÖ][\w'-]+)$")


def _particle_joined(raw: str) -> list[str]:
    """A surname with a particle written small, as offices join it (``Delacruz``,
    ``DelaCruz`` for dela Cruz; ``Vandenberg`` for van den Berg), and the two apart
    without the first name (``dela Cruz``)."""
    found = _PARTICLE.search(raw.strip())
    if found is None:
        return []
    particle = found["particle"].replace(" ", "")
    surname = found["surname"]
    apart = found["particle"] + surname  # "dela Cruz" without the first name
    return [(particle + surname.lower()).capitalize(), particle.capitalize() + surname, apart]


def _two_first_names(raw: str) -> list[str]:
    """A double first name written with a space, in a name of three words (``Karimi Ali
    Reza``): the two names together (``Ali Reza``) and joined as speech recognition and
    file names write them (``Alireza``, ``AliReza``), so that they are the speaker's and a
    surname's initial after them goes with them (``AliReza K.``)."""
    parts = name_parts(raw)
    words = parts[0].split() if parts else []
    if len(words) < 3:
        return []
    return [
        form
        for first, second in zip(words, words[1:], strict=False)
        if "-" not in first + second and first in first_names() and second in first_names()
        for form in (f"{first} {second}", first + second.lower())
    ]


def _spelt_otherwise(part: str) -> set[str]:
    """The name as a Swedish keyboard writes a Norwegian or Danish one (``Ödegård`` for
    Ødegård, ``Odegard`` without any accent) and as passports and booking systems spell å, ä, ö, ø, æ and ü without
    them (``Oedegaard``, ``Aaberg``, ``Nystroem``)."""
    keyboard, passport = part.translate(_SWEDISH_KEYBOARD), part.translate(_PASSPORT)
    return {keyboard, _without_accents(keyboard), passport, _without_accents(passport)}


def _forms(part: str, *, capitalised_only: bool = False) -> Iterator[tuple[str, str]]:
    """(form, regex) for one name part: full names in both orders, single words, pieces.

    ``capitalised_only`` matches single words only capitalised or in capitals (as for a
    name that is also a word), without asking the lemma table.
    """
    words = part.split()
    if len(words) > 1:
        # a double name's hyphen may also be left out (``Annamaria Lindbergkaya``)
        joined = [w.replace("-", "") for w in words]
        for written in (words, joined) if joined != words else (words,):
            yield " ".join(written), "(?i:" + _SEPARATOR.join(map(_double, written)) + ")"
            reversed_words = [written[-1], *written[:-1]]
            yield (
                " ".join(reversed_words),
                "(?i:" + _REVERSED_SEPARATOR.join(map(_double, reversed_words)) + ")",
            )
        return
    yield part, _single(part, capitalised_only)
    if "-" in part:
        yield part.replace("-", ""), _single(part.replace("-", ""), capitalised_only)
        for piece in part.split("-"):
            if len(piece) >= 2:
                yield piece, _single(piece, capitalised_only)


def _acronym_compound(text: str, start: int, end: int) -> bool:
    """Capitals joined by a hyphen to a word in lower case are an acronym's compound
    (``RUT-avdraget``, ``BO-enheten``), not a name (``Rut-gruppen`` is one)."""
    return (
        text[start:end].isupper()
        and text[end : end + 1] == "-"
        and text[end + 1 : end + 2].islower()
    )


def _double(word: str) -> str:
    """A word of a full name; a double name's hyphen may be written as a space
    (``Lindahl Nyström`` for ``Lindahl-Nyström``)."""
    return r"(?:-|\s+)".join(map(re.escape, word.split("-")))


def _single(word: str, capitalised_only: bool = False) -> str:
    """A single name word: any case, or only capitalised when it is also a word."""
    if capitalised_only or len(word) < 3 or is_ordinary_word(word):
        capitalised = word[:1].upper() + word[1:]
        return "(?:" + re.escape(capitalised) + "|" + re.escape(word.upper()) + ")"
    return "(?i:" + re.escape(word) + ")"


_INITIAL_LAST = re.compile(r"^(?P<first>[^\W\d_]+(?:-[^\W\d_]+)?) (?P<initial>[^\W\d_])\.?$")


def completed_by_initials(
    people: Iterable[tuple[str, Iterable[str]]], texts: Iterable[str]
) -> list[tuple[str, list[str]]]:
    """The speakers with a surname the interviews give one shown by an initial.

    A plain-text label or a meeting's display name often gives a surname by its initial
    (``Ieva K``, ``Stig L.``); the speaker says it whole (``jag är Ieva Kalniņa``). The
    surname is the capitalised word right after her first name that begins with that
    initial and is no Swedish word; with it, every form of it (without accents, spelt
    out, a genitive) is hers, as for a surname the display name gives.
    """
    people = [(pseudonym, list(names)) for pseudonym, names in people]
    wanted = {}
    for n, (_, names) in enumerate(people):
        for raw in names:
            shown = _INITIAL_LAST.match(raw.strip())
            if shown and shown["first"][0].isupper() and shown["initial"].isupper():
                wanted[n] = (shown["first"], shown["initial"])
    if not wanted:
        return people
    texts = list(texts)
    for n, (first, initial) in wanted.items():
        after = re.compile(
            rf"(?<![\w-]){re.escape(first)}\s+(?P<last>{initial}[^\W\d_]+(?:-[^\W\d_]+)?)"
            r"(?![\w-])"
        )
        seen = Counter(
            match["last"]
            for text in texts
            if first in text
            for match in after.finditer(text)
            if not (is_ordinary_word(match["last"]) or is_swedish_word(match["last"]))
        )
        if seen:
            surname = seen.most_common(1)[0][0]
            people[n][1].append(f"{first} {surname}")
    return people
