"""Farms, hamlets and rural addresses: a capitalised name no list knows, shaped like a
Swedish place name, after a word saying where is a place; with a house number, and a
property designation, an address."""

from __future__ import annotations

import pytest

from qualkod.redaction.redactor import Redactor

REDACT = Redactor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vi har gården uppe vid Tallmyran, med tjugo kor.",
            "Vi har gården uppe vid [ort], med tjugo kor.",
        ),
        ("Han bor kvar hos sin syster på Björnhultet.", "Han bor kvar hos sin syster på [ort]."),
        (
            "Hon fick köra över till Granstorpet med traktorn.",
            "Hon fick köra över till [ort] med traktorn.",
        ),
        ("Det var ute på Norrsjöliden i somras.", "Det var ute på [ort] i somras."),
        ("Skicka det till adressen Kråkbacka 7, tack.", "Skicka det till adressen [adress], tack."),
        ("Vi bor vid Övre Myrbäcken 12 B nu.", "Vi bor vid [adress] nu."),
        ("Paketet gick till Lommaviken 14 i går.", "Paketet gick till [adress] i går."),
        (
            "En gård utanför byn, Rävlanda-gården, brann ner.",
            "En gård utanför byn, [ort]-gården, brann ner.",
        ),
        (
            "I papperen stod bara Kvarnhultet 2:31, inget mer.",
            "I papperen stod bara [adress], inget mer.",
        ),
        (
            "Beteckningen var Orsa Skattungbyn 12:5 enligt kartan.",
            "Beteckningen var [adress] enligt kartan.",
        ),
        (
            "Kvarnberget har alltid haft egen väg upp.",
            "[ort] har alltid haft egen väg upp.",
        ),
        ("Längst bort ligger Björnhultet, tre hus.", "Längst bort ligger [ort], tre hus."),
        ("Vi snackade om Kvarnbergets väg.", "Vi snackade om [ort]:s väg."),
        ("Grannarna köpte Kärrsgården förra året.", "Grannarna köpte [ort] förra året."),
        ("Vi hade en stuga uppe vid Hultet förr.", "Vi hade en stuga uppe vid [ort] förr."),
        ("Posten kommer till Norrgården 3 vid elva.", "Posten kommer till [adress] vid elva."),
        (
            "De har bott vid Lillkroken 4 sedan sjuttiotalet.",
            "De har bott vid [adress] sedan sjuttiotalet.",
        ),
    ],
)
def test_a_farm_or_hamlet_is_a_place_and_its_number_an_address(text, expected):
    assert REDACT(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vi handlade på Ica och sen till Coop.",
        "Han jobbar på Systembolaget och hon på Försäkringskassan.",
        "Vi åkte till Arbetsförmedlingen i går.",
        "Barnen ville till Liseberg i sommar.",
        "Hon växte upp i Helsingfors.",
        "Hon läser på Mälardalens universitet.",
        "Vi vann mot Granhyttan 3:2 i går.",
        "Jag är boendechef här på Lindbacka sedan i fjol.",  # where the speaker works
        "Vi firade på Hallonkullegården, ett kafé.",  # a home, a café: a public place
        "Det är trångt i husen på Västerbyn.",  # a town's quarter
        "Hon bor på Ängsgården 1 sedan i våras.",  # a home's ward
        "Vi fiskade vid en udde i Gäddsjön.",  # a lake, a larger place than a household
        "Morfar var från Renviken från början.",
        "Det var fint vid bäcken och uppe på berget.",
        "Berget har alltid varit brant, och byn ligger nedanför.",
        "Söderbyn har fått en ny skola.",  # a town's quarter
        "Det kändes som ett riktigt Fjällbyn.",  # after no verb of being, having or naming
        "Hon jobbar kvar på Solgården, ett boende.",  # a home after a word saying where
        "Vi gick förbi kyrkan och Norrakyrkogården.",  # a churchyard
        "Vi sågs vid Grind 4 och satt vid Bord 3.",  # no address after vid
    ],
)
def test_ordinary_places_and_words_stay(text):
    assert REDACT(text) == text
