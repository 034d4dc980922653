"""The words around a name that tell a person from a place or a thing: titles and
relations before a name, organisation words before and after one, verbs a subject
takes, surname endings and particles, and the place and article before a word that is
no name. Read by :mod:`qualkod.redaction.people` and :mod:`qualkod.redaction.redactor`."""

from __future__ import annotations

import re

from qualkod.redaction.names import is_swedish_word
from qualkod.redaction.title_words import TITLES

_TITLE_HEADS = tuple(
    """
    assistent assistenten handläggare handläggaren sekreterare sekreteraren ledare ledaren
    sköterska sköterskan lärare läraren pedagog pedagogen terapeut terapeuten samordnare
    samordnaren koordinator koordinatorn stödjare stödjaren rådgivare rådgivaren arbetare
    arbetaren läkare läkaren psykolog psykologen kurator kuratorn tolk tolken chef chefen
    """.split()
)
"""The last part of a profession's compound (``elevassistent``, ``fritidsledaren``)."""


def is_title(word: str) -> bool:
    """A title, profession or relation (:data:`TITLES`), or a compound profession ending
    in one (``elevassistenten``, ``rehabkoordinator``, ``fältsekreteraren``)."""
    lower = word.casefold()
    if lower in TITLES:
        return True
    if not lower.endswith(_TITLE_HEADS):  # most words: one call
        return False
    return any(lower.endswith(head) and len(lower) >= len(head) + 3 for head in _TITLE_HEADS)


PEOPLE_NOUNS = frozenset(
    """
    tjej tjejen kille killen flicka flickan pojke pojken grabb grabben kvinna kvinnan
    ungdom ungdomen elev eleven dam damen herre herren tonåring tonåringen
    """.split()
)
"""Words for a person that put a name after them only in apposition, set off by commas
(``en tjej, Vilja, som bodde …``)."""

PRONOUNS = frozenset("han hon hen jag du vi ni de dom man".split())
"""Pronouns for a person: who calls themself something or is called something
(``hon kallar sig …``, ``där hette han …``), not ``det``, ``den``."""

CLITICS = frozenset(
    ("ll", "re", "ve", "nt", "em", "am")  # we'll, they're, I've, don't, Ma'am
    + ("de", "dom", "nte", "te", "rå", "ru", "du", "ni", "på", "då", "va", "men")  # Så'de, Vet'nte
    + ("en", "ens", "et", "ets", "ns")  # Soc'en, Ipad'ens
)
"""What follows an apostrophe in English (``we'll``, ``Ma'am``) and in spoken or informal
Swedish (``Så'de``, ``Vet'nte``, ``Ha'ru``, ``Tänk'på``, ``Ja'men``, ``Soc'en``): no name."""
APOSTROPHE_LOANWORDS = ("qur'an", "sha'ban", "ka'ba", "ba'ath", "shi'a", "jum'a", "ta'ziyeh")
"""Words of Arabic written with an apostrophe that are no names (and their compounds:
``Qur'anskolan``)."""

ORGANISATION_BEFORE = frozenset(
    "region regionen landstinget kommunen stiftelsen föreningen sankt s:t hotell "
    "gymnasiet skolan stiftelse ik if bk fk ff sk gif".split()  # IK Tord, a club
)
ORGANISATION_AFTER = frozenset(
    """
    kommun kommuns kommunen län läns stad stads region regionen landsting sjukhus sjukhuset
    lasarett lasarettet universitet universitetet högskola vårdcentral vårdcentralen
    hälsocentral hälsocentralen gymnasium skola skolan ab hb kyrka kyrkan församling
    församlingen bruk hamn station stationen torg torget sjö sjön älv älven sidor
    meddelanden bokningar ärenden intyg recept
    """.split()  # "Mina sidor", "Mina meddelanden": an agency's web service
)
SURNAME_SHAPE = re.compile(
    r"^[A-ZÅÄÖÉŁŚŻŹ][a-zåäöéćčšžüığşńłśźżęąóřěňťď]+(?:sson|ović|evič|ević|vić|ić|ski|ska|cki"
    r"|sky|wicz|czyk|czak|enko|chuk|yan|ian|oğlu|oglu|zadeh|pour|qvist|kvist|ström|gren|inen"
    r"|ainen|lä|stedt|felt|ius)s?$"
)
"""Surnames by their ending (Swedish, Finnish, Slavic, Polish, Armenian, Turkish, Persian)."""

OTHER_SURNAME_SHAPE = re.compile(
    r"^[A-ZÅÄÖÉÁÍÓÚÝÞÐŞȘŢȚÇĞİŁŚŻŹŽČŠ][a-zåäöéáíóúýþðőűăâîșşțţçğıüńłśźżęąřěňťďžčš]+"
    r"(?:escu|eanu|ov|ova|ev|eva|owa|ewa|ovska|evska|poulos|poulou|idis|akis|ídis|ákis"
    r"|né|dóttir|dottir)s?$"
    r"|^[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰ]{2,}(?:ου|ος|ης|ίδης|άκης|πουλος|ούλου)$"
    r"|^[А-ЯЁ][а-яё]{2,}(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ский|ская|енко|чук|ович|евич|ић)$"
)
"""More surnames by their ending, in Latin or their own script (Romanian ``Munteanu``,
``Ștefănescu``, Bulgarian and Russian ``Dimitrova``, Greek ``Papadopoulou``,
``Παπαδοπούλου``, Hungarian married ``Jánosné``, Icelandic ``Gísladóttir``): endings
Swedish words share (``Prov``, ``Brev``, ``Leva``), so only where the word is none."""

ENGLISH_DEMONYMS = frozenset(
    """
    syrian iranian jordanian egyptian nigerian algerian tunisian ethiopian palestinian
    romanian ukrainian russian croatian serbian bosnian albanian macedonian hungarian
    norwegian canadian australian indian italian brazilian colombian peruvian bolivian
    mongolian libyan gambian zambian namibian mauritanian liberian tanzanian kenyan
    austrian belarusian estonian latvian lithuanian georgian armenian christian
    """.split()
)
"""Peoples named in English with a surname's ending (``nine Syrians``, ``two
Iranians``), said in Swedish speech that quotes English: no one's name."""

SAID_AFTER_A_NAME = frozenset(
    """
    sa sade säger berättade berättar tyckte tycker ringde ringer menar menade skrev skriver
    svarade svarar frågade frågar tror trodde jobbar jobbade brukade brukar kom kommer var
    är har hade ville vill skulle ska kan kunde gick går fick får blev blir gjorde gör tog
    tar satt sitter stod står låg ligger bor bodde kände känner visste vet hjälpte hjälper
    mådde mår började börjar slutade slutar behövde behöver orkade orkar skrek gråter grät
    sov sover åkte åker flyttade flyttar träffade träffar pratade pratar hörde hör såg ser
    tänkte tänker förstod förstår väntade väntar dog dör levde lever föddes
    """.split()
)
"""Verbs after a subject: a name that is also a function word is a name before them
(``Inga sa``, ``Hans kom in``, ``Mina var sjuk``), the word before anything else
(``Inga av dem``, ``Hans bil``, ``Mina kollegor``)."""

ONLY_PEOPLE_DO = frozenset(
    """
    sa sade säger berättade berättar tyckte tycker ringde ringer svarade svarar frågade
    frågar menade skrev pratade jobbade jobbar mådde orkade slutade grät skrek flyttade
    träffade tänkte
    """.split()
)
"""Verbs of :data:`SAID_AFTER_A_NAME` that only a person does (says, phones, quits a
job): a name that is also a noun is the name before them (``Mackan slutade i
augusti``, ``Björn ringde``) though the project names no one so elsewhere; before
``var``, ``kom`` … it stays the word (``Mackan var god``)."""
_SUBJECT_AFTER_THE_VERB = re.compile(r"\s+\w+\s+(?:jag|du|han|hon|hen|vi|ni|de|dom|man)\b")


def only_a_person_does(text: str, end: int, next_word: str) -> bool:
    """Whether the word ending at ``end`` is the subject of a verb only a person does
    (:data:`ONLY_PEOPLE_DO`); not when a subject follows the verb, which makes the word
    its fronted object (``Rosa tycker jag om``)."""
    return next_word in ONLY_PEOPLE_DO and not _SUBJECT_AFTER_THE_VERB.match(text, end)


VERB_OBJECTS = {
    "bo": frozenset("i hemma kvar ensam själv tillsammans nära ute".split()),
    "klara": frozenset("sig av upp".split()),
}
"""Names that are also verbs, and words after them that make them the verb (``Bo hemma
gick inte``, ``Klara sig själv``)."""

PLACE_BEFORE = frozenset("i från till mot utanför norr söder öster väster kring runt via".split())


SCHOOL = frozenset("skola skolan förskola förskolan".split())


_PARTICLES = "von|af|van|bin|ibn|abu"
"""Particles that are never ordinary words; ``de``, ``da``, ``du`` … are ("they", "you")
and count only after a first name."""

APOSTROPHES = "'’´`"
"""The marks a surname is joined to its particle by, as typed (``´`` is a key of its own
on a Swedish keyboard)."""
APOSTROPHE_PARTICLES = frozenset("D O N Dell Dall Della Dello".split())
"""Particles joined to the surname by an apostrophe: ``D'Amico``, ``O'Brien``,
``N'Diaye``, ``Dell'Orto``."""
_APOSTROPHE_PARTICLES = rf"(?:[DdON]|[Dd]ell|[Dd]all|[Dd]ella|[Dd]ello)[{APOSTROPHES}]"

SURNAME_AFTER_PARTICLE = re.compile(
    rf" (?:(?:{_PARTICLES}|de|da|di|du|dos|le|la)(?: der| den| la)? |(?:al|el)-"
    rf"|{_APOSTROPHE_PARTICLES})"
    r"(?P<surname>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)"
)
"""A surname after a particle, right after a name: `` von Platen``, `` de Vries``,
`` bin Saleh``, `` al-Hakim``, `` D'Amico``."""

PARTICLE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?:{_PARTICLES})(?: der| den)? |(?:al|el)-|{_APOSTROPHE_PARTICLES})$"
)
"""A particle right before a name found alone (``af Forsell``, ``al-Hakim``,
``D'Amico``); not ``de``,
``da`` or ``du``, which are also "they" and "you" (``Träffade du Berg i går?``)."""

_ARTICLE_BEFORE = re.compile(
    r"(?<!\w)(?i:på|under|vid|bakom|bredvid|ovanför|bland|mot|över|i|av|från)\s+(?i:en|ett)\s+"
    r"(?:(?:liten|lite|stor|sån|sådan|gammal|hög|mjuk|ny|vacker)\s+)?$"
)
"""A place and an article before a word (``på en liten tuva``, ``under en hägg``): not
``någon tuva har ringt`` or ``med en viola från skolan``, a person."""


def a_thing_not_a_name(text: str, start: int, end: int) -> bool:
    """A name that is also a word, in lower case after a place's preposition and an
    article: the word (``under en hägg``, ``på en tuva``), not a speaker's name that
    speech recognition wrote in lower case."""
    word = text[start:end]
    return (
        word.islower()
        and " " not in word
        and is_swedish_word(word)
        and _ARTICLE_BEFORE.search(text, max(0, start - 30), start) is not None
    )


PREPOSITIONS = frozenset("i på till från med hos vid mot genom via".split())
"""Words before a place or a firm (``i Rinkeby``, ``med Flixbus``): no first name follows."""


KOREAN_SYLLABLES = frozenset(
    """
    a ae ah bin bo bok byung chae chan chang cheol chul chun dae dong eun gi gu gyu ha hae
    han ho hoon hun hwa hwan hye hyo hyuk hyun hyung hee heon hui il in ja jae jang je ji
    jin jo jong joo ju jun jung ki kook kwang kyu kyung mi min myung na nam ok rae ran ri
    rim ro sang se seo seok seon seong seung shin sik so sol soo sook su suk sun sung tae
    won woo woong ye yeon yeong yi yong young yu yun yoon yeol
    """.split()
)
"""Syllables of Korean given names as they are romanised (``Soo-jin``, ``Eun-hee``)."""

KOREAN_SURNAMES = frozenset(
    """
    Kim Lee Yi Rhee Park Pak Choi Choe Jung Jeong Kang Cho Yoon Jang Lim Shin Kwon Hwang
    Ahn Hong Moon Yang Baek Ryu Jeon Chung Seo Oh Han Song Nam
    """.split()
)
"""Korean surnames, said before the given name (``Park Eun-hee``, ``Yi Su-jin``)."""


def korean_given_name(text: str, tokens: list, i: int) -> int:
    """How many words from token ``i`` make a Korean given name, else 0: two different
    syllables of Korean given names joined by a hyphen, the first capitalised (``Soo-jin``,
    ``Eun-hee``; ``Soo-jin-ah``, called to), or run together in five letters or more
    (``Soojin``)."""
    first = tokens[i]
    if not (len(first.text) >= 2 and first.text[0].isupper() and first.text[1:].islower()):
        return 0
    syllables = [first.text.casefold()]
    j = i + 1
    while (
        j < len(tokens) and len(syllables) < 3 and text[tokens[j - 1].end : tokens[j].start] == "-"
    ):
        if not tokens[j].text.islower():
            break
        syllables.append(tokens[j].text)
        j += 1
    if len(syllables) >= 2:  # not laughter, "Ha-ha", "Ho-ho": one syllable twice
        named = syllables[0] != syllables[1] and all(s in KOREAN_SYLLABLES for s in syllables[:2])
        called = len(syllables) == 3 and syllables[2] in ("ah", "ya")
        return (3 if called else 2) if named else 0
    whole = syllables[0]
    joined = len(whole) >= 5 and any(
        whole[:cut] in KOREAN_SYLLABLES and whole[cut:] in KOREAN_SYLLABLES
        for cut in range(2, len(whole) - 1)
    )
    return 1 if joined else 0
