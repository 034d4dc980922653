"""Localities, villages and city districts are redacted by default as ``[ort]``.

Expected texts are written by hand from what a Swedish reader takes as the place.
"""

from __future__ import annotations

import pytest

from qualkod.redaction import CATEGORIES, Redactor
from qualkod.redaction.localities import locality_names
from qualkod.redaction.municipalities import municipality_names
from qualkod.redaction.place_lists import REGIONS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jag har jobbat på skolan i Råneå i tolv år.",
            "Jag har jobbat på skolan i [ort] i tolv år.",
        ),
        ("Gammelstad har bara en vårdcentral.", "[ort] har bara en vårdcentral."),
        (
            "Hemtjänsten i Vuollerim täcker även Porjus.",
            "Hemtjänsten i [ort] täcker även [ort].",
        ),
        ("Hon pendlar från Karesuando varje vecka.", "Hon pendlar från [ort] varje vecka."),
        (
            "Fältgruppen i Rinkeby och Tensta möts på fredagar.",
            "Fältgruppen i [ort] och [ort] möts på fredagar.",
        ),
        ("Vi har en mottagning på Rosengård.", "Vi har en mottagning på [ort]."),
        ("Angereds närsjukhus tog emot henne.", "[ort]:s närsjukhus tog emot henne."),
        ("Eleverna på Angeredsgymnasiet vet.", "Eleverna på [ort]-gymnasiet vet."),
        ("Många rinkebybor känner igen henne.", "Många [ort]-bor känner igen henne."),
        ("han bor i gammelstad nu", "han bor i [ort] nu"),
        ("Mappen hette Ranea-hemtjanst.", "Mappen hette [ort]-hemtjanst."),
        ("Hon ligger på Sunderby sjukhus.", "Hon ligger på [ort] sjukhus."),
        (
            "Kontoret flyttade från Luleå till Malmberget.",
            "Kontoret flyttade från [kommun] till [ort].",
        ),
        ("Han växte upp i Backe i Jämtland.", "Han växte upp i [ort] i Jämtland."),
        ("Vi åkte till Kronan för att träffa dem.", "Vi åkte till [ort] för att träffa dem."),
        ("Hon bor på Gärdet sedan flytten.", "Hon bor på [ort] sedan flytten."),
        ("Vi jobbar i Hallen, Kall och Duved.", "Vi jobbar i [ort], [ort] och [ort]."),
        ("Hon jobbar i Hässelby-Vällingby.", "Hon jobbar i [ort]-[ort]."),
    ],
)
def test_a_locality_becomes_ort(text: str, expected: str) -> None:
    assert Redactor()(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Region Norrbotten betalar för platsen.",
        "Hon har jobbat i hela Västerbotten.",
        "Norrbottens län har flest mil per brukare.",
        "Backa bilen lite till, sa hon.",
        "Kronan är svag mot euron just nu.",
        "Hallen var full av skor.",
        "Det blev kall mat igen.",
        "Viken var frusen hela vintern.",
        "Vi hade en rosengård bakom huset.",
    ],
)
def test_a_county_or_a_word_stays(text: str) -> None:
    assert Redactor()(text) == text


def test_a_village_named_like_a_word_counts_after_a_place_word() -> None:
    redactor = Redactor()
    assert redactor("Kall är det i januari.") == "Kall är det i januari."
    assert redactor("Hon flyttade till Kall i januari.") == "Hon flyttade till [ort] i januari."


def test_a_first_name_after_pa_is_a_person_not_a_place() -> None:
    found = Redactor().findings("Jag väntade på Fredrika i en halvtimme.")
    assert [(f.text, f.category) for f in found] == [("Fredrika", "person")]


def test_a_locality_in_a_file_name() -> None:
    assert Redactor().file_name("intervju-Gammelstad-enhetschef") == "intervju-[ort]-enhetschef"


def test_an_ignored_locality_stays() -> None:
    redactor = Redactor(ignored=["locality:råneå"])
    assert redactor("Vi bor i Råneå, inte i Töre.") == "Vi bor i Råneå, inte i [ort]."


def test_every_spelling_of_one_locality_is_one_item() -> None:
    keys = {f.key for f in Redactor().findings("Råneå, Ranea, i råneå och Råneås skola")}
    assert keys == {"locality:råneå"}


def test_a_locality_comes_after_the_municipality_and_before_possible_names() -> None:
    at = CATEGORIES.index
    assert at("municipality") < at("locality") < at("possible_person")


def test_the_list_names_no_municipality_nor_county() -> None:
    clear, ambiguous = locality_names()
    assert len(clear | ambiguous) >= 600
    assert not (clear | ambiguous) & (set().union(*municipality_names()) | REGIONS)
    assert "Råneå" in clear and "Backa" in ambiguous


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi har ett kontor i Gamla Stan.", "Vi har ett kontor i [ort]."),
        ("Gamla Stan var full av turister.", "[ort] var full av turister."),
        ("Gamla Stans gränder är smala.", "[ort]:s gränder är smala."),
        ("Hon flyttade till Hammarby Sjöstad.", "Hon flyttade till [ort]."),
        ("Han bor i Västra Hamnen nu.", "Han bor i [ort] nu."),
        ("Vi åkte ut till Södra sandby.", "Vi åkte ut till [ort]."),
        ("Jobbet ligger i Munka-ljungby.", "Jobbet ligger i [ort]."),
        # in lower case, as a one-word name, only after a place word
        ("jag jobbar i gamla stan", "jag jobbar i [ort]"),
        ("jag jobbar i gamla Stan", "jag jobbar i [ort]"),
        ("Upplands väsby och Lilla edet", "[kommun] och [kommun]"),
    ],
)
def test_a_later_word_of_a_name_in_either_case(text: str, expected: str) -> None:
    assert Redactor()(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "gamla stan är alltid trång på sommaren.",  # lower case, no place word: a phrase
        "GAMLA STAN",  # in capitals, as a one-word name is not found either
        "Hon åkte till den gamla stan där hon växte upp.",  # any town's old town
        "Vi seglade mot västra hamnen i går.",
    ],
)
def test_a_multi_word_name_in_lower_case_needs_a_place_word(text: str) -> None:
    assert Redactor()(text) == text


def test_every_capitalisation_of_a_multi_word_locality_is_one_item() -> None:
    keys = {f.key for f in Redactor().findings("Gamla Stan, Gamla stan och i gamla stan.")}
    assert keys == {"locality:gamla stan"}
