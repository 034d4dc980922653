"""Other people named in passing: colleagues, relatives, clients, doctors.

Swedish capitalises names, places and organisations but not nouns, weekdays, months
or nationalities, so a capitalised word in mid-sentence is a proper noun; it is taken
as a person's name when the name lists know it (see :mod:`qualkod.redaction.names`),
or when a title stands before it (``doktor Zelenko``), or when it stands next to a
known name (``Lena Krantz``), or when the speaker says it is a nickname (``alla kallar
henne Jossan``). Context rules keep other proper nouns out: a word
before ``kommun``, ``län``, ``sjukhus`` or after ``Region`` names a place or an
organisation; a town after ``i``, ``från``, ``till`` is a place; a capitalised word at
the start of a sentence that is also an everyday word (``Hans``, ``Inga``, ``Klara``)
is a word unless a name stands next to it or a title before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from qualkod.redaction.apostrophe_names import mark_apostrophe_surnames
from qualkod.redaction.double_initials import double_initials
from qualkod.redaction.genitive import genitive_s
from qualkod.redaction.initials import without_the_full_stop
from qualkod.redaction.listed_names import extend_along_lists, listed_with_places
from qualkod.redaction.name_cases import (
    full_names_in_lower_case,
    known_in_capitals,
    known_in_lower_case,
    mark_lower_case_first_names_joined,
    mark_lower_case_full_names_seen,
    name_in_capitals,
)
from qualkod.redaction.name_context import (
    ENGLISH_DEMONYMS,
    KOREAN_SURNAMES,
    ORGANISATION_AFTER,
    ORGANISATION_BEFORE,
    OTHER_SURNAME_SHAPE,
    PARTICLE_BEFORE,
    PLACE_BEFORE,
    PREPOSITIONS,
    SAID_AFTER_A_NAME,
    SCHOOL,
    SURNAME_AFTER_PARTICLE,
    SURNAME_SHAPE,
    VERB_OBJECTS,
    is_title,
    korean_given_name,
    only_a_person_does,
)
from qualkod.redaction.name_tokens import (
    Token,
    adjacent,
    adjacent_any,
    initials_end,
    name_like_at_start,
    neighbour_words,
    read_tokens,
    set_off,
)
from qualkod.redaction.named_places import HOSPITALS, names_a_street
from qualkod.redaction.names import (
    compound_opened_by,
    first_names,
    function_words,
    is_everyday_word,
    is_ordinary_word,
    is_swedish_compound,
    is_swedish_word,
    is_unknown_word,
    person_names,
    place_names,
    two_first_names_joined,
    without_foreign_accents,
)
from qualkod.redaction.nicknames import nicknames_said
from qualkod.redaction.person_contexts import (
    mark_names_in_apposition,
    said_of_a_person,
    slip_of_a_known_name,
)
from qualkod.redaction.public_figures import names_kept_alone
from qualkod.redaction.title_words import (
    FIGURE_TITLES,
    FIGURE_TITLES_AFTER,
    KIN_TITLES,
    TITLES,
)
from qualkod.redaction.titled_names import (
    kin_title_before_a_name,
    named_by_honorific,
    no_family_name,
    title_in_apposition,
)

PERSON = "person"
POSSIBLE_PERSON = "possible_person"


def find_people(
    text: str, known: frozenset[str] = frozenset()
) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, name, where the name as written ends) of every other person named
    in ``text``.

    A full name (``Lena Berg``, ``Britt-Marie``) is one span; a genitive ending is part
    of the span (``Lisas``, ``Berg's``, ``P-O:s``), from where the name ends, and not of
    the name (``Lisa``; :func:`~qualkod.redaction.genitive.genitive_s`); a title before
    the name is not.

    Args:
        text: the text.
        known: names already seen as people's elsewhere in the project (``Berg`` after
            ``överläkare Berg``): taken as names also where the context alone would not
            say so, at the start of a sentence, without a title, or in lower case
            (``pelle``) when they are no Swedish word.
    """
    names = _names_and(known)
    tokens = read_tokens(text, names)
    places = place_names()
    person = [False] * len(tokens)
    figures: set[int] = set()  # a religious or historical figure's name: no one's here
    nicknames = nicknames_said(text, names)
    lower_case_names = full_names_in_lower_case(text, tokens)  # "min granne stig ekström"
    for i, token in enumerate(tokens):
        if any(start <= token.start < end for start, end in nicknames):
            person[i] = True
            continue
        if kin_title_before_a_name(text, tokens, i):
            continue  # "Xalo Kawa": the title of the name after it
        if not token.capitalised:
            in_capitals = token.text.isupper() and (
                name_in_capitals(text, tokens, i, names) or known_in_capitals(token.text, known)
            )
            person[i] = (
                person[i]  # "jin" of "Su-jin", marked with "Su"
                or in_capitals
                or (bool(known) and known_in_lower_case(token.text, known))
                or i in lower_case_names
            )
            continue
        prev_word, next_word = neighbour_words(text, tokens, i)
        if (
            prev_word in FIGURE_TITLES
            or next_word in FIGURE_TITLES_AFTER
            or (
                {token.base, token.text.removesuffix("s")} & names_kept_alone()
                and not _beside_a_name(text, tokens, i)
                and token.base not in known  # "Jesus Ramírez" in another turn
            )
        ):
            figures.add(i)  # "profeten Muhammeds födelsedag", "Jesus Kristus", "Jesus"
            continue
        owned = _pupils_school(text, tokens, i, known, places)  # "Filmons skola"
        if (
            (next_word in ORGANISATION_AFTER and not owned)
            or prev_word in ORGANISATION_BEFORE
            or prev_word.endswith(("klubben", "föreningen"))  # "Boxningsklubben Linnéa"
        ):
            continue
        if no_family_name(prev_word, token.base):
            continue  # "familjen Sverige", "med familjen Jul", "bröderna Grimm"
        honoured = named_by_honorific(tokens, i, prev_word, next_word, names)  # "Ozola kundze"
        titled = (
            prev_word in TITLES
            or honoured
            or (is_title(prev_word) and is_unknown_word(token.base) and token.base not in places)
        )  # "elevassistenten Khanh", not "socialsekreteraren Malmö"
        if (titled or title_in_apposition(text, tokens, i)) and (
            not token.initial or honoured  # "Ozola kundze kallade jag"
        ):
            person[i] = True
        elif token.base in names or without_foreign_accents(token.base) in names:
            if token.base in places and (
                prev_word in PLACE_BEFORE or listed_with_places(text, tokens, i, places)
            ):
                continue
            # a word first in a sentence; one seen as a name elsewhere is a name there
            # too, unless it is a function word (``Inga av dem``, ``Hans bil``) that no
            # verb of saying follows (``Inga sa nej``) or a verb (``Bo hemma``)
            if (
                token.initial
                and is_ordinary_word(token.base)
                and (
                    token.base not in known
                    or token.text.casefold() in function_words()
                    or next_word in VERB_OBJECTS.get(token.text.casefold(), ())
                )
            ):
                after = tokens[i + 1] if i + 1 < len(tokens) else None
                neighbour = after and after.capitalised and adjacent(text, token, after)
                person[i] = (
                    bool(neighbour and after.base in names)
                    or (token.base in known and next_word in SAID_AFTER_A_NAME)
                    # "Mackan slutade", but "Inga svarade" (none answered) is a word
                    or (
                        token.text.casefold() not in function_words()
                        and only_a_person_does(text, token.end, next_word)
                    )
                    # "Inga Kitok, hon som …": a known name, then a surname no list knows,
                    # seen elsewhere or set off by a comma
                    or bool(
                        neighbour
                        and token.base in known
                        and after.base not in places
                        and name_like_at_start(after)
                        and (after.base in known or set_off(text, tokens, i + 1))
                    )
                )
            else:
                person[i] = True
        elif said_of_a_person(text, tokens, i, prev_word) and token.base not in places:
            person[i] = True
        elif known and token.base not in places and slip_of_a_known_name(token.base, known):
            person[i] = True  # "Veiko" where Veikko is named elsewhere
        elif (
            not token.initial
            and SURNAME_SHAPE.match(token.text)
            and token.text.casefold().removesuffix("s") not in ENGLISH_DEMONYMS
            # Engelska, Karolinska institutet: adjectives in -ska (not Backström)
            and not (token.text.endswith(("ska", "skas")) and is_swedish_word(token.text))
            and token.text not in HOSPITALS
        ):
            person[i] = prev_word not in PLACE_BEFORE
        elif (
            not token.initial
            and OTHER_SURNAME_SHAPE.match(token.text)
            # "Vårdbehov" is a compound, "Dimitrova" only ends in "rova"
            and not is_swedish_word(token.base)
            and not is_swedish_compound(token.base, shortest=5)
            and token.base.casefold() not in function_words()
            and token.base not in places
            and token.text not in HOSPITALS
            and prev_word not in PLACE_BEFORE
            and prev_word != "på"  # "jobbar på Ryhov", a hospital
        ):
            person[i] = True  # "Ion Munteanu", "Dimitrova för hennes del", "Jánosné"
        elif (
            token.capitalised
            and token.base not in places
            and any(map(two_first_names_joined, {token.base, token.base.removesuffix("s")}))
        ):
            person[i] = True  # "Majbritt(s)", a double name as speech recognition writes it
        elif (
            (korean := korean_given_name(text, tokens, i))
            and not is_swedish_word(text[token.start : tokens[i + korean - 1].end])
            and token.base not in places
        ):
            for j in range(i, i + korean):  # "Park Eun-hee", "Yi Su-jin", "Rhee Soojin"
                person[j] = True
            before = tokens[i - 1] if i else None
            if before and before.text in KOREAN_SURNAMES and adjacent(text, before, token):
                person[i - 1] = True
    mark_names_in_apposition(text, tokens, person, places)
    mark_apostrophe_surnames(text, tokens, person)
    _extend_to_neighbours(text, tokens, person)
    extend_along_lists(text, tokens, person, places)
    for i, token in enumerate(tokens):  # "om pappan, Ato är som herr": the title alone
        if person[i] and (
            i in figures or (token.base.casefold() in KIN_TITLES and token.base not in names)
        ):
            person[i] = False
    mark_lower_case_first_names_joined(text, tokens, person, names)
    if known:
        mark_lower_case_full_names_seen(text, tokens, person, known)
    called = frozenset(  # "heter jag mest Ebbis": a name as said, no genitive
        i for i, t in enumerate(tokens) if any(a <= t.start < b for a, b in nicknames)
    )
    for start, end, name, name_end in _spans(text, tokens, person, names, called):
        if not names_a_street(text, start, end):
            yield start, end, name, name_end
    for start, end, name, name_end in double_initials(text):  # "P-O Nygren", "K-G:s"
        surname = name.split()[-1]
        if " " in name and name_end == end and genitive_s(surname, names, frozenset()):
            name, name_end = name[:-1], end - 1  # "K-G Lindhs bil"
        yield start, end, name, name_end
    if known:
        starts = _compound_starts(known)
        for i, token in enumerate(tokens):
            # "Fatimagruppen", and in lower case "fatimagruppen" when no word
            opening = starts.get(token.text[:4].casefold())
            if (
                not opening
                or person[i]
                or i in figures
                or not (token.capitalised or token.text.islower())
            ):
                continue
            found = compound_opened_by(token.text, opening)
            if found and (token.capitalised or not is_everyday_word(token.text)):
                end = token.start + found[1]  # with a joining "s": "Fatimasgruppen"
                yield token.start, end, token.text[: len(found[0])], end


def _beside_a_name(text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` has a capitalised word right beside it that starts no sentence
    (``Jesus Ramírez``, a man's name, not the figure's alone)."""
    return any(
        0 <= j < len(tokens)
        and tokens[j].capitalised
        and not tokens[j].initial
        and adjacent(text, *sorted((tokens[i], tokens[j]), key=lambda t: t.start))
        for j in (i - 1, i + 1)
    )


@lru_cache(maxsize=8)
def _compound_starts(known: frozenset[str]) -> dict[str, list[str]]:
    """Known names that may open a closed compound, by their first four letters, longest
    first: four letters or more and no everyday word."""
    starts: dict[str, list[str]] = {}
    for name in sorted(known, key=len, reverse=True):
        if len(name) >= 4 and not is_ordinary_word(name):
            starts.setdefault(name[:4].casefold(), []).append(name.casefold())
    return starts


def _pupils_school(
    text: str, tokens: list[Token], i: int, known: frozenset[str], places: frozenset[str]
) -> bool:
    """``Filmons skola``: the genitive of a person the project names, before ``skola``, is
    that person's school; a town's (``Lunds skola``) or a saint's or a king's (``Karl
    Johans skola``, a capitalised word before it) names the school."""
    token = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    before = tokens[i - 1] if i > 0 else None
    return (
        token.text != token.base
        and token.base in known
        and token.base not in places
        and after is not None
        and after.text.casefold() in SCHOOL
        and adjacent_any(text, token, after)
        and not (
            before is not None
            and before.capitalised
            and adjacent(text, before, token)
            and before.text.casefold() not in function_words()  # "Men Omars skola"
        )
    )


_DEFINITE_ENDINGS = ("et", "en", "an", "na")
"""The endings of a Swedish noun's definite form (``Skatteverket``, ``Försäkringskassan``)."""


def _extend_to_neighbours(text: str, tokens: list[Token], person: list[bool]) -> None:
    """An unknown capitalised word right after a name, or before a surname, is part of it.

    ``Lena Krantz``, ``kollega Ngozi Okonkwo`` (the first name found by its title);
    a town (``Lena Berg Luleå``) is not taken along.
    """
    firsts = first_names()
    places = place_names()
    for i, token in enumerate(tokens):
        if person[i] or not token.capitalised or token.base in places:
            continue
        if kin_title_before_a_name(text, tokens, i):
            continue  # "Mami Florica": the title, not the first name
        left = tokens[i - 1] if i > 0 else None
        right = tokens[i + 1] if i + 1 < len(tokens) else None
        after_first = (
            left is not None and person[i - 1] and adjacent(text, left, token) and not token.initial
        )
        before_name = (
            right is not None
            and person[i + 1]
            and adjacent(text, token, right)
            # before a first name only a word no dictionary has ("Och Sherwan Mahmoud",
            # where Mahmoud is a surname too; not "Ring Lena", "Fråga Mahmoud"), and
            # not a place or a firm after a preposition ("i Rinkeby Ahmed och jag")
            and (
                (right.base not in firsts and (not token.initial or name_like_at_start(token)))
                or (
                    is_unknown_word(token.text)
                    and len(token.text) >= 3
                    and token.text.casefold() not in TITLES  # "Dr Karin …"
                    and (left is None or left.text.casefold() not in PREPOSITIONS)
                )
            )
        )
        # "Skatteverket Venkataraman": an authority's name, a compound in the definite
        # form, before a surname is no first name ("Majbritt Nygren" is one)
        before_name = before_name and not (
            token.base.endswith(_DEFINITE_ENDINGS) and is_swedish_compound(token.base, shortest=5)
        )
        next_word = right.text.casefold() if right and adjacent_any(text, token, right) else ""
        if (after_first or before_name) and next_word not in ORGANISATION_AFTER:
            person[i] = True


def _spans(
    text: str,
    tokens: list[Token],
    person: list[bool],
    names: frozenset[str],
    called: frozenset[int] = frozenset(),
) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, name, where the name as written ends) of each run of person tokens;
    the tokens ``called`` are names as someone is called (``heter jag mest Ebbis``),
    never in the genitive."""
    named = frozenset(t.base for t, is_person in zip(tokens, person, strict=True) if is_person)
    i = 0
    while i < len(tokens):
        if not person[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and person[j + 1] and adjacent(text, tokens[j], tokens[j + 1]):
            j += 1
        start, end = tokens[i].start, tokens[j].end
        if initials_end(text, tokens[j]):
            # "A.K. kallade vi henne": the initials' last full stop, not the sentence's
            end = without_the_full_stop(text, end + 1)
        words = [t.base for t in tokens[i : j + 1]]
        name_end = end
        if j not in called and genitive_s(tokens[j].text, names, named):  # "Lisas"
            words[-1], name_end = tokens[j].text[:-1], end - 1
        name = " ".join(words)
        before = PARTICLE_BEFORE.search(text, max(0, start - 12), start)
        if before:
            start = before.start()  # "fru af Forsell", "familjen al-Hakim"
        particle = SURNAME_AFTER_PARTICLE.match(text, end)
        if particle:  # "Ebba von Platen", "Magnus af Ugglas": the surname is the name's
            end = name_end = particle.end()
            surname = particle["surname"]
            if genitive_s(surname, names, named):  # "Ebba von Platens", where Platen is
                surname, name_end = surname[:-1], end - 1  # a name of the project
            name += " " + surname
        if end < len(text) and text[end] in "’'" and text[end + 1 : end + 2] == "s":
            end += 2  # "Berg's"
        elif text[end : end + 1] in ("’", "'") and text[end - 1] in "sxz":
            end += 1  # the genitive of a name ending in s, x or z: "Yilmaz' kontor"
        yield start, end, name, name_end
        i = j + 1


@lru_cache(maxsize=8)
def _names_and(known: frozenset[str]) -> frozenset[str]:
    """The lists' names and ``known`` (also without accents), made once per set of known
    names: the lists hold some 18,000 names, too many to join for every turn."""
    return person_names() | known | {without_foreign_accents(name) for name in known}


def find_possible_people(text: str) -> Iterator[tuple[int, int, str, int]]:
    """Capitalised words that no list knows: names to review, not to trust.

    A rare name (``Zelalem``) is a proper noun the lists lack, but so are a workplace,
    a village or a web service; these are offered for review (``qualkod redact``) and
    redacted only once confirmed. Words of the lemma table, places and words beside an
    organisation word are left out, and at the start of a sentence also function words,
    spoken words (``Tyvärr``, ``Okej``) and Swedish compounds; runs of such words are
    one span.
    """
    names = person_names()
    tokens = read_tokens(text, names)
    places = place_names()
    possible = [False] * len(tokens)
    for i, token in enumerate(tokens):
        if not token.capitalised or len(token.text) < 3:
            continue
        if token.base in names or token.base in places or is_swedish_word(token.base):
            continue
        # A sentence starts with a capital anyway: there, only a word that is no
        # function word, no spoken word and no Swedish compound is offered.
        if token.initial and (
            token.text.casefold() in function_words() or is_swedish_compound(token.text)
        ):
            continue
        prev_word, next_word = neighbour_words(text, tokens, i)
        if next_word in ORGANISATION_AFTER or prev_word in ORGANISATION_BEFORE:
            continue
        possible[i] = True
    yield from _spans(text, tokens, possible, names)
