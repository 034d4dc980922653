"""Words said before or after a name that are no part of it: titles, professions,
relations, and other languages' words for a relative or an elder. Data only, read by
:mod:`qualkod.redaction.name_context` (the context rules) and
:mod:`qualkod.redaction.names` (which keeps them out of the name lists)."""

from __future__ import annotations

TITLES = frozenset(
    """
    efternamnet förnamnet släktnamnet flicknamnet mellannamnet tilltalsnamnet
    doktor doktorn dr läkare läkaren överläkare överläkaren specialistläkare distriktsläkare
    sjuksköterska sjuksköterskan syster kurator kuratorn psykolog psykologen psykiater
    psykiatern terapeut terapeuten rektor rektorn lärare läraren mentor mentorn handläggare
    handläggaren socialsekreterare socialsekreteraren chef chefen enhetschef enhetschefen
    verksamhetschef verksamhetschefen kollega kollegan kollegor kollegorna mamma pappa mor far
    bror brodern syster systern son sonen dotter dottern mormor morfar farmor farfar moster
    faster morbror farbror kusin kusinen make maken maka makan fru frun man mannen sambo
    sambon herr fröken pastor präst prästen polis polisen advokat advokaten tolk tolken
    kontaktperson kontaktpersonen boendestödjare boendestödjaren patient patienten klient
    klienten brukare brukaren vän vännen väninna väninnan grannen granne flickvän pojkvän
    barnmorska barnmorskan undersköterska undersköterskan arbetsterapeut fysioterapeut
    biträdande samordnare samordnaren storebror storebrodern lillebror lillebrodern
    storasyster storasystern lillasyster lillasystern halvbror halvsyster svåger svågern
    svägerska svärmor svärfar svärson svärdotter styvpappa styvmamma styvfar styvmor
    bonuspappa bonusmamma brorson systerson brorsdotter systerdotter barnbarn barnbarnet
    kompis kompisen kommissarie kommissarien inspektör inspektören polisinspektör
    kriminalinspektör åklagare åklagaren domare domaren professor professorn docent
    handledare handledaren ordförande ordföranden mamman pappan modern fadern imam imamen
    rabbin rabbinen diakon diakonen kyrkoherde kyrkoherden pater abuna abouna farmodern
    mormodern farfadern morfadern
    """.split()
)

FAMILY_WORDS = frozenset("bröderna systrarna makarna syskonen familjen släkten".split())
"""Words for a family that put its surname after them (``bröderna Rask``, ``familjen
Glad``: a word, but a name after them); titles too (:data:`TITLES`)."""

TITLES |= FAMILY_WORDS
"""Words that put a name after them: titles, professions, relations, and a family by
its surname (:data:`FAMILY_WORDS`)."""

KIN_TITLES = frozenset(
    """
    bibi kako mami papo tía tío don doña abuela abuelo bà ông cô chú chị xalo xaltî apo
    daye dayê mummu mummo ukki vaari äijä täti setä teyze amca abla yenge dayı
    dede khala khalo ammo teta sitti jiddo amu khaleh ammeh dayi ayeeyo aabo hooyo
    adeer eedo abti amidža tetka strina nena dedo ciocia wujek babcia dziadek yiayia
    pappou theia theios kyria kyrios kyrie amma nea doamna doamnă tanti bay dyado
    chicho lelya ato weyzero woizero emama abba halmeoni harabeoji imo gomo samchon
    kuya ate tita tito manang manong bubbe bobe zayde zeyde bestefar bestemor oldefar
    oldemor auntie aunty chacha chachi mausi bua
    """.split()
)
"""Other languages' words for a relative or an elder, said before a name as a title in
Swedish speech (Romani ``bibi Ruža``, Spanish ``don Hernán``, Vietnamese ``bà Hoa``,
Kurdish ``Xalo Kawa``, Meänkieli ``Mummu Hilkka``, Icelandic ``amma Dísa``, Romanian
``nea Costel``, Bulgarian ``bay Petko``, Greek ``kyrios Stavros``, Amharic ``Ato Alemu``,
Korean ``halmeoni Myung-ok``, Filipino ``kuya Ramon``, Yiddish ``bubbe Chaja``,
Norwegian ``bestefar Halvor``, Punjabi ``chacha Gurdev``). The word is no part of the name:
``Xalo betyder morbror`` names nobody. Not ``anh`` and ``em``, which are also given names,
nor words of English said in Swedish speech (``nine``, ``mam``, Spanish ``amo``)."""

HONORIFICS_BEFORE = frozenset("pani ponia ponas áhkku áddjá reb sardar".split()) | KIN_TITLES
"""Other languages' honorifics said before a name in Swedish speech (Polish ``pani``,
Lithuanian ``ponia``, Sami ``áhkku``): written small, or first in a sentence (``Vi köpte
Pani Puri`` is a dish); a word for a relative (:data:`KIN_TITLES`) also capitalised
elsewhere, before a name that is no Swedish word (``hans morbror, Xalo Kawa,``)."""

HONORIFICS_AFTER = frozenset(
    """
    kundze kungs khanum khanom khanoum hanım hanim bey efendi teyze amca abla abi ağabey
    néni bácsi unni eonni oppa noona nuna hyung hyeong ssi akka ji bhai didi
    """.split()
)
"""Honorifics said after a name, written small (Latvian ``Ozola kundze``, Persian
``Parvin khanum``, Turkish ``Ayşe hanım``, ``Fatma teyze``, Hungarian ``Laci bácsi``,
Korean ``Soo-kyung unni``, Tamil ``Lakshmi akka``, Punjabi ``Harpreet ji``; not
``Sultan Bey Grill``): the word before one
is a name when it is a listed name or no Swedish word (not ``Tack kundze``)."""

FIGURE_TITLES = frozenset(
    """
    profeten profet aposteln apostel evangelisten helgonet helgon helige heliga jungfru
    påven påve patriarken kalifen kung kungen drottning drottningen kejsar kejsare kejsaren
    kejsarinnan tsar tsaren farao faraon
    """.split()
)
"""Titles of religious and historical figures (``profeten Muhammeds födelsedag``,
``aposteln Paulus``, ``kung Karl XII``, ``drottning Kristina``): the name after one is
no one taking part in the study, so it stays; the same name without the title is
someone's (``eleven Mohammed``); the names kept also without a title (``Jesus``) are
listed with the other figures (:func:`qualkod.redaction.public_figures.names_kept_alone`).
Not ``prinsessan``, said of a child too (``lilla
prinsessan Ella``)."""
FIGURE_TITLES_AFTER = frozenset({"kristus", "kristi"})
"""A figure's title said after the name (``Jesus Kristus``, ``Jesu Kristi``)."""

__all__ = [
    "FAMILY_WORDS",
    "FIGURE_TITLES",
    "FIGURE_TITLES_AFTER",
    "HONORIFICS_AFTER",
    "HONORIFICS_BEFORE",
    "KIN_TITLES",
    "TITLES",
]
