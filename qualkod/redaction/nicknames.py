"""Names the speaker says someone is called by: ``alla kallar henne Jossan``, ``Leffe
kallar vi honom``, ``heter jag mest Ebbis``, ``men säg Pim``, ``…, Pålle kallas han, …``,
``hon kallar sig Zorro``.

Such a word is a name though no list knows it; the patterns say which word, and
:func:`nicknames_said` checks that it is no everyday word or thing's name where the
pattern is said of things too (``det som alla kallar Barnahus``).
"""

from __future__ import annotations

import re

from qualkod.redaction.name_context import PEOPLE_NOUNS, PRONOUNS
from qualkod.redaction.names import (
    first_names,
    function_words,
    is_swedish_compound,
    is_swedish_word,
    person_names,
    place_names,
)
from qualkod.redaction.slips import one_edit
from qualkod.redaction.sound_spellings import heard_otherwise
from qualkod.redaction.title_words import TITLES

_FILLER = r"(?:bara|mest|alltid|oftast|fortfarande|typ|ju|numera|också|gärna)"
_SENTENCE_OPENERS = r"(?:Han|Hon|Hen|Den|Det|De|Dom|Vi|Jag|Men|Och|Så|Då|Sen|Sedan)\b"
_NAME_WORD = r"(?:[A-ZÅÄÖ]\.){2,3}|[A-ZÅÄÖÉ][^\W\d_]*(?:-[A-ZÅÄÖÉ][^\W\d_]*)*"
"""A name, a double name, or initials (``A.K. kallade vi henne``)."""
_RELATION = (
    r"(?:storebror|lillebror|storasyster|lillasyster|bror|brodern|syster|systern|mamma|"
    r"mamman|pappa|pappan|morbror|farbror|moster|faster|kusin|kusinen|sonen|dottern|"
    r"mormor|morfar|farmor|farfar|sambon|frun|maken|grannen|kompisen|vännen)\b"
)
"""Who someone is to the speaker or to the person spoken of, after ``X, alltså``."""
_NICKNAME = re.compile(
    # "alla kallade honom Kuba", "de flesta kallar mig bara Annso", "kallar de honom Kuba"
    rf"\b(?:kallar|kallade|kalla)\s+(?:(?:de|dom|vi|alla|folk|man|många|han|hon|hen|jag)\s+)?"
    rf"(?:mig|honom|henne|hen|dig)\s+(?:{_FILLER}\s+)?(?:för\s+)?(?P<a>{_NAME_WORD})"
    # "hon kallar sig Lillan", "han har kallat sig Zorro", "kallar sig bara för "Lillis""
    rf"|\b(?:kallar|kallade|kallat|kalla)\s+sig\s+(?:själv\s+|själva\s+)?"
    rf"(?:(?:fortfarande|bara|mest|numera|numer|alltid|ju|oftast|gärna)\s+)?(?:för\s+)?"
    rf"[\"”“'»«]?(?P<j>{_NAME_WORD})"
    # "Krzysiek kallar vi honom", "Josse, ja, så kallar vi honom", "Rikke kallar hon sig"
    rf"|(?P<b>{_NAME_WORD}),?\s+(?:(?:ja|alltså),\s+)?(?:så\s+)?(?:kallar|kallade)\s+"
    rf"(?:vi|de|alla|folk|man|han|hon|hen|jag)\s+(?:honom|henne|hen|mig|sig)\b(?!\s+(?:(?:{_FILLER}|för)\s+)?(?!{_SENTENCE_OPENERS})[A-ZÅÄÖÉ])"
    # (not "Hemma kallar de honom Haohao": the name is after, as in a; but "Kuba kallar
    # vi honom Han är snäll", a cue's sentence without its full stop, is b)
    # "Nisse, som han kallades"
    # "Sunni, som hon vill bli kallad", "Dima, som han vill kallas"
    rf"|(?P<c>{_NAME_WORD}),?\s+som\s+(?:han|hon|hen|jag)\s+(?:själv\s+)?(?:vill\s+)?"
    rf"(?:bli\s+)?"
    rf"(?:kallas|kallad|kallades|kallade\s+sig)\b"
    # "Ros, som alla sa, lärde mig …" (a short form of a name said before, or no word)
    # "Klasse, som mina studenter säger", "Valja, som hennes väninnor säger"
    rf"|(?P<r>{_NAME_WORD}),\s+som\s+(?:alla|vi|de|dom|folk|många|syrran|brorsan|morsan|"
    rf"farsan|mamma|pappa|hon|han|(?:mina|min|hennes|hans|hens|våra|vår|deras|sina)\s+"
    rf"[a-zåäö]+)\s+(?:sa|sade|säger)\b"
    # "Gabbe, alltså storebror, lånar den": a name, then who the person is
    rf"|(?<![\w-])(?P<u>{_NAME_WORD}),\s+alltså\s+(?:(?:min|mitt|hans|hennes|hens|deras|"
    rf"vår|er)\s+)?(?={_RELATION})"
    # "Petter, eller P-O, som eleverna säger" (but "SKR, eller Kommunförbundet som han
    # säger": a Swedish word or compound there is checked in find_people)
    rf"|\b(?i:eller)\s+(?P<d>{_NAME_WORD}),?\s+som\s+(?:\w+\s+){{1,2}}(?:säger|sa)\b"
    # "syster Fernanda eller bara Nanda" (a name must stand before, as for d)
    rf"|\b(?i:eller)\s+(?:bara|helt\s+enkelt)\s+(?P<k>{_NAME_WORD})"
    # "Hassan, som alla kallar Hasse" (but "det som vi kallar Barnahus": see below)
    rf"|\bsom\s+(?:alla|vi|de|folk|många|han|hon|jag)\s+(?:kallar|kallade)\s+(?P<e>{_NAME_WORD})"
    # "heter jag mest Ebbis", "jag heter Adde"
    rf"|\b(?i:heter|hette|kallas)\s+(?:jag|han|hon|hen)\s+(?:(?:mest|bara|egentligen|oftast)\s+)?"
    rf"(?P<h>{_NAME_WORD})"
    rf"|\b(?i:jag|han|hon|hen)\s+(?:heter|hette|kallas|kallades)\s+"
    rf"(?:(?:mest|bara|egentligen|oftast)\s+)?(?P<i>{_NAME_WORD})"
    # "…, Pålle kallas han, …": the name before the verb, set off by a comma
    rf"|,\s*(?P<g>{_NAME_WORD}),?\s+(?:kallas|kallades)\s+(?:han|hon|hen)\b"
    # "Jan-Olof Lundmark, fast alla säger Jolle" (a name must stand before, as for d, e;
    # "men alla säger Ebbis till mig" is l)
    rf"|\b(?:fast|men)\s+(?:alla|vi|de|folk|många)\s+(?:säger|kallar|kallade|skriver|stavar)\s+"
    rf"(?P<f>{_NAME_WORD})(?![\w-]|\s+till\s+(?:mig|honom|henne|hen|oss)\b)"
    # "alla säger Cami till mig": what people call someone, not what one said once
    rf"|\b(?i:alla|folk|många|flesta|vi|dom|de|mamma|pappa)\s+(?:säger|sa|sade|brukar\s+säga)\s+"
    rf"(?:{_FILLER}\s+)?(?P<l>{_NAME_WORD})\s+till\s+(?:mig|honom|henne|hen|oss)\b"
    # "han säger Nettan till mig": what one person always calls the speaker (present
    # tense; not "hon sa Grattis till mig", said once)
    rf"|\b(?i:han|hon|hen)\s+(?:säger|brukar\s+säga)\s+(?:{_FILLER}\s+)?(?P<n>{_NAME_WORD})"
    rf"\s+till\s+(?:mig|oss)\b"
    # "min dotter heter Dijana", "läkaren hette Sol": what a person is named
    rf"|\b(?P<title>\w+)\s+(?:heter|hette)\s+(?P<q>{_NAME_WORD})"
    # "Hemma säger de Affi.": who says it after where, the clause ending with the name
    # "Men på jobbet säger alla Torun, och …", "I skolan kallar de henne Sessan."
    rf"|(?:^|(?<=[,.!?:])\s*|\b(?i:och|men|fast|så)\s+)"
    rf"(?i:hemma|här|där|där\s+hemma|i\s+familjen|i\s+byn|på\s+jobbet|på\s+jobb|på\s+kontoret|"
    rf"på\s+arbetet|på\s+avdelningen|på\s+enheten|på\s+boendet|i\s+skolan|i\s+laget|i\s+klassen|bland\s+vännerna)\s+"
    rf"(?:säger|sa|sade|kallar)\s+(?:de\s+flesta|de|dom|alla|vi|folk|man|mamma|pappa)\s+"
    rf"(?:(?:bara|mig|honom|henne|hen)\s+)?(?P<w>{_NAME_WORD})(?=\s*[,.!?]|\s*$)"
    # (before o, which would read "Hemma" as the short form)
    # "Niloufar heter hon, Nilo säger alla" (a short form of a name just said)
    rf"|(?:^|(?<=[,.!?])\s*|(?<=[,.!?]))(?P<o>{_NAME_WORD}),?\s+säger\s+"
    rf"(?:alla|vi|de|dom|folk|många)\b(?!\s+(?:att|så|det|nej|ja)\b)"
    # "Edo, alltså Edin, spelade …": a short form, then the name it is short for
    rf"|(?<![\w-])(?P<p>{_NAME_WORD}),\s+alltså\s+(?=[A-ZÅÄÖÉ])"
    # "jag heter Siriporn, men säg Pim" (a name must have been said: see below)
    rf"|\b(?:säg|(?:ni|du)\s+kan\s+säga)\s+(?:(?:bara|gärna)\s+)?(?P<m>{_NAME_WORD})"
    # "Kollegorna säger Roji, det går bra", "vi säger Afi.": what people call someone,
    # the clause ending with the name (last: ", fast alla säger Jolle" is f)
    rf"|(?:^|(?<=[,.!?:])\s*|\b(?i:och|men|fast|så)\s+)(?i:alla\s+andra|de\s+andra|alla|vi|"
    rf"de\s+flesta|de|dom|folk|många|"
    rf"kollegorna|kompisarna|vännerna|barnen|eleverna|killarna|tjejerna|familjen|"
    rf"personalen|kollegor|kompisar|vänner|grannarna|grannar|syskonen)"
    rf"(?:\s+(?:på|i)\s+[^\W\d_]+)?\s+(?:säger|sa|sade)\s+(?:(?:bara|ju)\s+)?"
    rf"(?P<s>{_NAME_WORD})(?=\s*[,.!?]|\s*$|\s+eller\s+(?:{_NAME_WORD})\s*[,.!?])"
    # "Mig kallar de syster, eller Jeva": who is called so said first, a name after it
    # or after another way of calling (a title, set off by "eller")
    rf"|\b(?i:mig|honom|henne|hen)\s+(?:kallar|kallade)\s+(?:de|dom|vi|alla|folk|många|"
    rf"[a-zåäö]+(?:en|na))\s+"
    rf"(?:[^\W\d_]+,?\s+(?:eller|och)\s+)?(?P<v>{_NAME_WORD})"
    # "Per-Erik kallas Jartsa av alla": what a person is called by everyone
    rf"|(?P<who>[^\W\d_]+)\s+kallas\s+(?:(?:{_FILLER}|för)\s+)?(?P<x>{_NAME_WORD})\s+av\s+"
    rf"(?:alla|de\s+flesta|dom\s+flesta|många|folk|[a-zåäö]+na)\b"
)
"""A nickname where the speaker says it is one."""
_NICKNAME_WORDS = re.compile(
    r"kall|säg|skriv|stava|\bsa\b|\bsade\b|\bhet|\bhette\b|\beller\s+(?:bara|helt)|, alltså "
)


_NAME_SAID = re.compile(r"\b(?:heter|hette)\s+(?:jag\s+|han\s+|hon\s+)?(?P<name>[A-ZÅÄÖÉ]\w+)")
"""A name said before "men säg …" (``jag heter Siriporn``)."""
_NAME_BEFORE = re.compile(r"(?P<name>[^\W\d_]+),?\s+(?:(?i:eller)\s+)?$")
_NAME_BEFORE_BUT = re.compile(r"(?P<name>[^\W\d_]+),\s+(?:med\s+[\w-]+(?:\s+[\w-]+)?,\s+)?$")
"""The name before ``, fast alla säger``: a comma sets the nickname's clause off; how
the name is spelt may stand between (``Wennberg, med W, fast alla skriver Vennberg``)."""
_NAMED_BEFORE_BUT = re.compile(
    r"(?:\b(?i:hon|han|hen|jag)\s+(?:heter|hette)|\b(?i:heter|hette)\s+(?:hon|han|hen|jag))\s+"
    r"(?:(?:egentligen|ju|officiellt)\s+)?(?P<name>[A-ZÅÄÖÉ][^\W\d_]+)(?:[ -][A-ZÅÄÖÉ][^\W\d_]+)?"
    r",?\s+$"
)
"""The name before ``men alla säger``, said after "heter" (``hon heter egentligen Kanyarat
men alla säger Kanya``): what a person is named, so a name though no list knows it."""


def _said_to_be_a_nickname(text: str, match: re.Match, names: frozenset[str]) -> bool:
    """A word a nickname pattern found is one when the name lists know it, or:

    * after "kallar honom" (``a``), unless a function word (a cue cut before its full
      stop: ``kallar vi honom Han är …``); after "kallar sig" (``j``) when a person does
      (a pronoun or a name: not ``företaget kallar sig Attendo``) and it is no Swedish
      word, compound or acronym, or is quoted (``Zorro``, ``"Lillan"``; not ``Muslim``,
      ``Doktorn``, ``HBTQ``);
    * after "eller bara" (``k``), when a person's name stands before (a listed name, or
      no Swedish word: not ``Socialtjänsten eller bara Soc``) and the word, no Swedish
      word, is a short form of a name said before it (``jag heter Fernanda, men de
      säger syster Nyberg eller bara Nanda``);
    * before "kallar vi honom" (``b``), when it is no Swedish word (``Då kallade han mig
      till ett möte`` is a summons, not a name) or a comma sets it off (``…, Jojo
      kallar vi henne``), and before ", som han kallades" (``c``),
      when it is no function word, and so between a comma and "kallas han" (``g``);
      after "heter jag" or "jag heter" (``h``, ``i``), and before "till mig" after
      "säger" (``l``: ``alla säger Cami till mig``) or after "men säg" (``m``: ``jag
      heter Siriporn, men säg Pim``: only where a name was said, ``heter X``, just
      before, and a Swedish word only as the start of that name, ``heter Mohammed, men
      säg Mo``), when it is no Swedish word (not ``Alla säger Adde``: ``Alla säger Soc``
      is said of things as often);
    * after "eller" or "som alla kallar" (``d``, ``e``), only when a name stands before
      (``Per, eller Penna, som vi säger``; ``Hassan, som alla kallar Hasse``): a
      service, a method or an acronym is named so too (``Soc``, ``Barnahus``, ``SIP``);
      so after ", fast alla säger" (``f``: ``Jan-Olof Lundmark, fast alla säger Jolle``)
      when it is no place or acronym (``Maria, men alla säger BUP``), and no Swedish
      word unless a comma closes its clause (``…, men alla säger Polisen när …``).
    """
    group = match.lastgroup
    word = match[group]
    if group == "q" and match["title"].casefold() not in TITLES | PEOPLE_NOUNS:
        return False  # "Det heter Barnahus": no person named
    set_off = text[: match.start()].rstrip().endswith(",")
    if group == "b" and match.group(0).endswith("sig") and not set_off and _a_word(word):
        return False  # "Frisk kallar han sig": what he calls himself, a listed name or not
    if word in names:
        return True
    if group == "a":  # "kallar vi honom Kuba", not "… honom Han är snäll", "… henne Mamma"
        return word.casefold() not in function_words() and word.casefold() not in TITLES
    if group == "v":  # "Mig kallar de Jeva", not "Honom kallar vi Chefen" (a word)
        return word.casefold() not in function_words() and not _a_word(word)
    if group == "m":  # "jag heter Mohammed, men säg Mo": not "eller säg Concerta"
        named = _NAME_SAID.search(text, max(0, match.start() - 80), match.start())
        return (
            named is not None
            and word.casefold() not in function_words()
            and not re.search(r"[A-ZÅÄÖ]{2}", word)
            and (not _a_word(word) or named["name"].casefold().startswith(word.casefold()))
        )
    if group == "j":  # "hon kallar sig Zorro", not "Muslim", "Doktorn", "Livets Ord"
        subject = text[max(0, match.start() - 20) : match.start()].split()[-1:]
        quoted = text[match.start(group) - 1] in "\"”“'»«"
        who = subject[0] if subject else ""
        return (
            (who.casefold() in PRONOUNS or who in names or (who[:1].isupper() and not _a_word(who)))
            and not re.search(r"[A-ZÅÄÖ]{2}", word)
            and word.casefold() not in function_words()
            and (quoted or not (is_swedish_word(word) or is_swedish_compound(word)))
        )
    if group == "k":  # "syster Fernanda eller bara Nanda": a short form of a name before
        before = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        earlier = re.findall(r"\b[A-ZÅÄÖÉ][^\W\d_]+", text[: match.start()])
        short = word.casefold()
        person = before is not None and (
            before["name"] in names
            or (before["name"][:1].isupper() and not _a_word(before["name"]))
        )
        return (
            person
            and len(word) >= 2
            and not _a_word(word)
            and any(short in name.casefold() and short != name.casefold() for name in earlier)
        )
    full_name = _FULL_NAME_AFTER.match(text, match.end()) if group == "p" else None
    if full_name is not None and full_name["first"] in first_names():
        # "Kickan, alltså Margareta Ek, …": a pet name ("-an") or no word, then the
        # person's full name (not "Soc, alltså Socialtjänsten", "Chefen, alltså …")
        return _pet_form(word) or _no_word(word)
    if group in ("o", "p"):  # a short form of a name said just before or just after
        return _shortened(text, match, names) is not None
    if group == "x":  # "Per-Erik kallas Jartsa av alla", not "Huset kallas Ladan av alla"
        who = match["who"]
        person = (
            who.casefold() in PRONOUNS or who in names or (who[:1].isupper() and not _a_word(who))
        )
        return person and (_no_word(word) or word in names or _pet_form(word))
    if group == "n":  # "han säger Nettan till mig", not "hon säger Grattis till mig"
        return _no_word(word) and word.casefold() not in _GREETINGS
    if group == "s":  # "vi säger Afi.", "Kollegorna säger Roji, det går bra för dig"
        if _OTHERS.match(match.group(0).lstrip(" ,.!?:")) and _no_word(word):
            # "Mamma sa Ingrid, alla andra säger Ammi.": a name said just before (not
            # "Vi skriver socialtjänsten, alla andra säger Soc.")
            if word.casefold() in _GREETINGS:
                return False
            return any(
                said["name"] in names
                for said in _CALLED_BY.finditer(text, max(0, match.start() - 120), match.start())
            )
        return _called_so(text, match, names)
    if group == "w":  # "Hemma säger de Affi.": at home a name, not "Hemma säger de Soc."
        # "Här säger alla bara Nino": here, only a name or a short form of one said
        # before (not "Där säger alla bara Sthlm")
        here = _HERE.match(match.group(0)) is not None
        return (
            _no_word(word)
            and len(word) >= 4
            and (not here or _a_name_or_short_form(text, match, word, names))
        )
    if group == "r" and _POSSESSIVE_SAYER.search(match.group(0)):
        # "Klasse, som mina studenter säger": a name or a short form of one said before,
        # not a saying ("Kaizen, som vår chef säger")
        return _no_word(word) and _a_name_or_short_form(text, match, word, names)
    if group in ("r", "u"):  # "Ros, som alla sa", "Gabbe, alltså storebror"
        return (group == "r" and _shortened(text, match, names) is not None) or _no_word(word)
    if group in ("b", "c", "g", "h", "i", "l", "q"):
        if word.casefold() in function_words() or re.search(r"[A-ZÅÄÖ]{2}", word):
            return False
        # "Nisse, som han kallades": "han" is a person, so an everyday word is a name;
        # so it is set off by a comma before "kallar vi henne" ("…, Jojo kallar vi henne")
        set_off = group == "b" and text[: match.start()].rstrip().endswith(",")
        # "han heter Dimma": what a person is named is a name, a word or not
        named = group in ("h", "i", "q") and re.search(r"\bhet", match.group(0)) is not None
        return (
            group in ("c", "g")
            or set_off
            or named
            or not (is_swedish_word(word) or is_swedish_compound(word))
        )
    if group == "f":  # "…, men alla säger BUP / Soc / Nej" names no person
        before = _NAME_BEFORE_BUT.search(text, max(0, match.start() - 40), match.start())
        # a word ("Jolle" is a dinghy) only when a comma closes the clause after it
        closed = text[match.end(group) : match.end(group) + 1] == ","
        named = _NAMED_BEFORE_BUT.search(text, max(0, match.start() - 60), match.start())
        if named is not None and named["name"].casefold() not in function_words():
            # "hon heter egentligen Kanyarat men alla säger Kanya."
            return (
                not re.search(r"[A-ZÅÄÖ]{2}", word)
                and word.casefold() not in function_words()
                and not _a_word(word)
                and word not in place_names()
            )
        if before is not None and _spelt_otherwise(word, before["name"]):
            return True  # "Wennberg, med W, fast alla skriver Vennberg"
        return (
            before is not None
            and before["name"] in names
            and not re.search(r"[A-ZÅÄÖ]{2}", word)
            and word.casefold() not in function_words()
            and (closed or not (is_swedish_word(word) or is_swedish_compound(word)))
            and word not in place_names()
        )
    before = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return before is not None and before["name"] in names


_FULL_NAME_AFTER = re.compile(r"\s*(?P<first>[A-ZÅÄÖÉ][^\W\d_]+)\s+[A-ZÅÄÖÉ][^\W\d_]+")
"""A first name and a surname right after ``X, alltså``."""
_OTHERS = re.compile(r"(?i:(?:och|men|fast|så)\s+)?(?i:alla|de)\s+andra\s")
"""``alla andra säger``: what everyone else calls a person, against one who does not."""


_CALLED_BY = re.compile(
    r"\b(?:sa|sade|säger|kallade|kallar)\s+(?:(?:alltid|bara|jämt|mest|ju)\s+)?"
    r"(?:(?:mig|honom|henne|hen)\s+)?(?P<name>[A-ZÅÄÖÉ][^\W\d_]+)"
)
"""What one person calls someone (``Farmor sa Lovisa``), before what everyone else does."""
_PET_ENDING = re.compile(r"(?:ck|([b-df-hj-np-tv-z])\1)an")
"""A doubled consonant before ``-an`` (``Kickan``, ``Lollan``, ``Sessan``): how pet
forms are made, and few nouns' definite forms (``Skolan``, ``Kyrkan``, ``Stugan``)."""


def _pet_form(word: str) -> bool:
    """A pet form of a name (``Kickan``, ``Lollan``), which the lexicon may read as a
    word, but no compound, title, people noun or function word (``Farmorsmamman``)."""
    folded = word.casefold()
    return (
        _PET_ENDING.search(folded[-4:]) is not None
        and not is_swedish_compound(word)
        and len(folded) >= 5
        and word[:1].isupper()
        and folded not in TITLES | PEOPLE_NOUNS
        and folded not in function_words()
        and not re.search(r"[A-ZÅÄÖ]{2}", word)
    )


_GREETINGS = frozenset(
    "hej hejsan hallå tjena tjenare tja tjabba morsning godmorgon godnatt grattis tack "
    "förlåt ursäkta adjö hejdå farväl välkommen lycka".split()
)
"""What one says to someone, which the lexicon may not list as a word."""
_HERE = re.compile(r"\W*(?:(?i:och|men|fast|så)\s+)?(?i:här|där)\s+(?:säger|sa|sade|kallar)\b")
_POSSESSIVE_SAYER = re.compile(r"\bsom\s+(?:mina|min|hennes|hans|hens|våra|vår|deras|sina)\s")


def _a_name_or_short_form(text: str, match: re.Match, word: str, names: frozenset[str]) -> bool:
    """``word`` is a name the lists or the project know, or the short form of a name
    said earlier in the turn (its first two letters, the name no Swedish word)."""
    if word in names or word in person_names():
        return True
    short = word.casefold()
    start = max(0, match.start() - _TURN_BEFORE)
    for said in _CAPITALISED_WORD.finditer(text, start, match.start()):
        full = said.group(0).casefold()
        if full != short and full.startswith(short[:2]) and not _a_word(said.group(0)):
            return True
    return False


def _shortened(text: str, match: re.Match, names: frozenset[str]) -> tuple[int, int] | None:
    """Where the name stands that the short form of ``o`` or ``p`` shortens (``Niloufar
    heter hon, Nilo säger alla``; ``Edo, alltså Edin``): the first letters shared, the
    name listed or no Swedish word, and a short form that is a Swedish word only when it
    shares three letters (not ``Jojo`` for Johanna, nor ``Soc, alltså Socialtjänsten``)."""
    group = match.lastgroup
    word = match[group]
    if word.casefold() in function_words() or re.search(r"[A-ZÅÄÖ]{2}", word):
        return None
    if group in ("o", "r", "s"):
        # "Och jag är Carolina Fuentes Araya, … Men alla säger Caro.": the name a
        # speaker gives first in the turn may stand a few sentences before ("s")
        start = max(0, match.start() - (_TURN_BEFORE if group == "s" else 80))
        said = list(_CAPITALISED_WORD.finditer(text, start, match.start()))
    else:
        said = [m for m in [_CAPITALISED_WORD.match(text, match.end())] if m]
    short = word.casefold()
    for name in said:
        full = name.group(0).casefold()
        if (
            full != short
            and full.startswith(short[:2])
            and (
                name.group(0) in names
                or not _a_word(name.group(0))
                or _NAMED_BEFORE.search(text, 0, name.start()) is not None
            )
            and (len(short) >= 3 and full.startswith(short[:3]) or not _a_word(word))
        ):
            return name.span()
    return None


_TURN_BEFORE = 300
"""How far back (characters) a name said before ``alla säger Caro`` is looked for."""
_CAPITALISED_WORD = re.compile(r"\b[A-ZÅÄÖÉ][^\W\d_]+")
_NAMED_BEFORE = re.compile(r"\b(?:heter|hette)\s+$")
"""A name said as one (``hans bror heter Ruslan``), whatever else it may be."""


_PEOPLE_SAYING = frozenset(
    "kollegorna kompisarna vännerna barnen eleverna killarna tjejerna familjen personalen".split()
)
_TO_YOU = re.compile(r"[^.!?]{0,40}?\b(?:dig|du|mig|er|ni)\b|\s*,\s+(?:han|hon|hen)\b")


def _called_so(text: str, match: re.Match, names: frozenset[str]) -> bool:
    """``vi säger Afi.`` names a person when the word is no word, acronym or place, and
    the name was said before it (``Afi, alltså, vi säger Afi``), is a short form of one
    said before, or people say it to whom the speaker speaks (``Kollegorna säger Roji,
    det går bra för dig också``): ``Alla säger Barnahus.`` names a service."""
    word = match["s"]
    if not _no_word(word):
        return False
    if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text[: match.start("s")]):
        return True
    if _shortened(text, match, names) is not None:
        return True
    if _CALLED_JUST_BEFORE.search(text, max(0, match.start() - 80), match.start()):
        return True  # "Alla kallar mig Yonas, men folk på kontoret säger Tesfa, …"
    for named in _SELF_NAMED.finditer(text, 0, match.start("s")):
        # "Jag heter Rebecka Lindqvist. … Men alla säger Becca.": three letters of it in
        # the name she gave (not "Jag är Anna. Alla säger Barnahus.")
        short, full = word.casefold(), named["name"].casefold()
        if any(short[k : k + 3] in full for k in range(len(short) - 2)):
            return True
        # "Jag heter Cecilia, de flesta säger Cissi": in the same sentence, any form
        # right after it (not "Jag är Anna, alla säger Barnahus", nor "Jag heter Ulrika
        # och jobbar på Sahlgrenska, fast de flesta säger Östra")
        between = text[named.end() : match.start()]
        if "het" in named.group(0) and re.fullmatch(r"\s*,?\s*", between):
            return True
    subject = re.search(r"(\w+)\s+(?:säger|sa|sade)\s", match.group(0))
    return (
        subject is not None
        and subject.group(1).casefold() in _PEOPLE_SAYING
        and _TO_YOU.match(text, match.end("s")) is not None
    )


_SELF_NAMED = re.compile(r"\b(?:[Jj]ag heter|[Jj]ag är|[Jj]ag hette)\s+(?P<name>[A-ZÅÄÖÉ]\w+)")
"""The speaker giving her name earlier in the turn: what everyone says after it is what
she is called."""
_CALLED_JUST_BEFORE = re.compile(
    r"\b(?:kallar|kallade|kallas|heter|hette)\s+(?:mig|honom|henne|hen|jag|han|hon)\b"
)
"""What someone is called, said just before another name for them."""


def _no_word(word: str) -> bool:
    """No Swedish word, compound, function word, acronym or place: only a name fits."""
    return not (
        _a_word(word)
        or word.casefold() in function_words()
        or re.search(r"[A-ZÅÄÖ]{2}", word)
        or word in place_names()
    )


def _spelt_otherwise(word: str, name: str) -> bool:
    """``word`` is ``name`` spelt another way: a sound written otherwise (``Vennberg``
    for Wennberg) or one letter wrong, missing or extra (``Halberg`` for Hallberg), in
    a name of five letters or more."""
    if len(name) < 5 or word == name:
        return False
    variants = {v.casefold() for v in heard_otherwise(name)}
    return word.casefold() in variants or one_edit(word.casefold(), name.casefold())


_OR_ANOTHER = re.compile(rf"\s+eller\s+(?P<name>{_NAME_WORD})(?![\w-])")
"""``alla säger Grzesiek eller Greg``: a second name for the same person."""


def _a_word(word: str) -> bool:
    """A Swedish word or compound (``Soc``, ``Kassan``, ``Socialtjänsten``)."""
    return is_swedish_word(word) or is_swedish_compound(word)


def nicknames_said(text: str, names: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each name the speaker says someone is called by in ``text``.

    Args:
        text: the text.
        names: the names known (lists and project): a known name is always one.
    """
    if not _NICKNAME_WORDS.search(text):  # every pattern has one: most turns need no search
        return []
    spans = []
    for match in _NICKNAME.finditer(text):
        if _said_to_be_a_nickname(text, match, names):
            spans.append(match.span(match.lastgroup))
            shortened = (
                _shortened(text, match, names) if match.lastgroup in ("o", "p", "r") else None
            )
            if shortened is not None:  # the name it shortens is one too
                spans.append(shortened)
            another = _OR_ANOTHER.match(text, match.end(match.lastgroup))
            if another and match.lastgroup in ("f", "l", "s"):
                if (
                    another["name"] in names
                    or _no_word(another["name"])
                    or another["name"][:-2] in names  # "eller Ljungen" (Ljung)
                ):
                    spans.append(another.span("name"))
    return spans
