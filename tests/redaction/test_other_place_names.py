"""The official Sami, Meänkieli and Finnish names of Swedish municipalities and villages
are redacted as the Swedish name is: ``[kommun]`` or ``[ort]``, one item with it.

Expected texts are written by hand from what a reader takes as the place.
"""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor
from qualkod.redaction.localities import _DATA as LOCALITY_LIST
from qualkod.redaction.localities import locality_names
from qualkod.redaction.municipalities import _DATA as MUNICIPALITY_LIST
from qualkod.redaction.municipalities import municipality_names
from qualkod.redaction.place_lists import plain_name, read_other_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jag har jobbat i Jåhkåmåhkke i sex år.", "Jag har jobbat i [kommun] i sex år."),
        ("Hon kommer från Staare.", "Hon kommer från [kommun]."),
        ("Skylten sa Ubmeje och Uumaja.", "Skylten sa [kommun] och [kommun]."),
        ("Vualtjere kommun har ett nytt äldreboende.", "[kommun] har ett nytt äldreboende."),
        ("Döörtes skola har fyra elever.", "[kommun]:s skola har fyra elever."),
        ("Vi åkte mellan Árjepluovve och Árviesjávrrie.", "Vi åkte mellan [kommun] och [kommun]."),
        ("Hon pendlar till Váhčir varje dag.", "Hon pendlar till [kommun] varje dag."),
        ("Mötet i Haaparanta blev inställt.", "Mötet i [kommun] blev inställt."),
        ("Han bodde i Matarenki som barn.", "Han bodde i [kommun] som barn."),
        (
            "Straejmie, Kråakome och Luspie delar tolk.",
            "[kommun], [kommun] och [kommun] delar tolk.",
        ),
        ("jag bor i staare nu", "jag bor i [kommun] nu"),  # lower case after a place word
        ("Hon flyttade till Giron.", "Hon flyttade till [kommun]."),  # a word: after "till"
        ("Byn heter Gárasavvon på samiska.", "Byn heter [ort] på samiska."),
        ("Mormor växte upp i Täräntö.", "Mormor växte upp i [ort]."),
        ("Vi har en brukare i Čohkkiras.", "Vi har en brukare i [ort]."),
    ],
)
def test_a_sami_meankieli_or_finnish_name_is_redacted_as_the_swedish_one(text, expected):
    assert Redactor()(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Filen hette plan-Jahkamahkke.docx i mappen.", "Filen hette plan-[kommun].docx i mappen."),
        ("Hon jobbar i Vahcir sedan i höstas.", "Hon jobbar i [kommun] sedan i höstas."),
        ("Vi åkte till Arjepluovve.", "Vi åkte till [kommun]."),
        ("De bor i Garasavvon.", "De bor i [ort]."),
    ],
)
def test_written_without_its_accents(text, expected):
    assert Redactor()(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jag betalade räkningen med giron.",  # bankgiro, definite
        "Giron gick igenom i går.",  # a word: at a sentence start it is one
        "Jag har betalt allt via giron.",  # "via" says place only before a capital
    ],
)
def test_a_name_that_is_also_a_word_needs_a_place_word(text):
    assert Redactor()(text) == text


def test_each_language_is_one_item_with_the_swedish_name():
    found = Redactor().findings("Kiruna, i Giron, i kiruna, Kiiruna och Gällivare, Váhčir, Vahcir.")
    assert [f.key for f in found] == [
        "municipality:kiruna",
        "municipality:kiruna",
        "municipality:kiruna",
        "municipality:kiruna",
        "municipality:gällivare",
        "municipality:gällivare",
        "municipality:gällivare",
    ]
    assert [f.key for f in Redactor().findings("Kaaresuvanto")] == ["locality:karesuando"]


def test_an_ignored_municipality_keeps_its_other_names_too():
    redact = Redactor(ignored=["municipality:östersund"])
    assert redact("Östersund heter Staare.") == "Östersund heter Staare."


def test_every_other_name_stands_for_a_listed_swedish_name():
    municipalities = set().union(*municipality_names())
    localities = set().union(*locality_names())
    for other, swedish in read_other_names(MUNICIPALITY_LIST).items():
        assert other in municipalities and swedish in municipalities, other
    for other, swedish in read_other_names(LOCALITY_LIST).items():
        assert other in localities and swedish in localities, other
    assert read_other_names(MUNICIPALITY_LIST)["Giron"] == "Kiruna"


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("Luleå", "Lulea"),
        ("Váhčir", "Vahcir"),
        ("Čohkkiras", "Cohkkiras"),
        ("Bïerje", "Bierje"),
        ("Suođŋo", "Suodno"),
        ("Ŧuvttá", "Tuvtta"),
    ],
)
def test_a_plain_name(name, plain):
    assert plain_name(name) == plain
