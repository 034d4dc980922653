"""Municipalities are redacted by default (DOMAIN.md: no municipality in a report).

Expected texts are written by hand from what a Swedish reader takes as the municipality.
"""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jag är enhetschef i Pajala sedan i våras.",
            "Jag är enhetschef i [kommun] sedan i våras.",
        ),
        ("Överkalix och Kalix delar en mottagning.", "[kommun] och [kommun] delar en mottagning."),
        ("Haparanda kommun har ingen egen läkare.", "[kommun] har ingen egen läkare."),
        ("Det står i Jokkmokks kommuns plan.", "Det står i [kommun]:s plan."),
        ("Piteås socialtjänst ringde.", "[kommun]:s socialtjänst ringde."),
        ("Vi kallar det Luleåmodellen.", "Vi kallar det [kommun]-modellen."),
        ("Hela Göteborgsregionen gör så.", "Hela [kommun]-regionen gör så."),
        ("De flesta kalixbor vet vem hon är.", "De flesta [kommun]-bor vet vem hon är."),
        ("hon bor i piteå nu", "hon bor i [kommun] nu"),
        ("Filen hette Lulea-plan.", "Filen hette [kommun]-plan."),
        ("Vi pendlar till Boden varje dag.", "Vi pendlar till [kommun] varje dag."),
        ("Mottagningen i Vara är stängd.", "Mottagningen i [kommun] är stängd."),
        ("Mark kommun svarade inte.", "[kommun] svarade inte."),
        ("Hon jobbar i Bodens kommun.", "Hon jobbar i [kommun]."),
        (
            "Jag flyttade från Oskarshamn till Kristianstad, sen till Filipstad.",
            "Jag flyttade från [kommun] till [kommun], sen till [kommun].",
        ),
        (
            "Vi har kontor i Kalix, Lund och Mora.",
            "Vi har kontor i [kommun], [kommun] och [kommun].",
        ),
        (
            "Vi bjöd in en docent från Lund att prata.",
            "Vi bjöd in en docent från [kommun] att prata.",
        ),
        ("Smidigast är det med Ystad, tycker jag.", "Smidigast är det med [kommun], tycker jag."),
        ("Hon har sommarstuga vid Trosa.", "Hon har sommarstuga vid [kommun]."),
    ],
)
def test_a_municipality_becomes_kommun(text: str, expected: str) -> None:
    assert Redactor()(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Region Gotland har hand om vården.",
        "Region Jämtland Härjedalen svarade.",
        "Det gäller hela Kalmar län.",
        "Samordningsförbundet Gävleborg betalar.",
        "Vara ärlig nu, det gick inte.",
        "Boden var full av gamla däck.",
        "Vi gick förbi en liten lund.",
        "Det var ett berg av papper.",
        "Hon hade det i handen hela tiden.",
        "Det var kinda konstigt, sa han.",
    ],
)
def test_a_county_a_word_or_lower_case_stays(text: str) -> None:
    assert Redactor()(text) == text


def test_a_first_name_after_a_bare_preposition_is_a_person() -> None:
    assert Redactor()("Jag skickade ett sms till Nora i går.") == (
        "Jag skickade ett sms till [person] i går."
    )


def test_a_municipality_name_in_a_persons_name_is_the_person() -> None:
    assert Redactor()("Jag ringde Karin Lund i Lund.") == "Jag ringde [person] i [kommun]."


def test_a_municipality_in_a_file_name() -> None:
    assert Redactor().file_name("intervju-Kalix-socialchef") == "intervju-[kommun]-socialchef"


def test_an_ignored_municipality_stays() -> None:
    redactor = Redactor(ignored=["municipality:kalix"])
    assert redactor("Vi bor i Kalix, inte i Piteå.") == "Vi bor i Kalix, inte i [kommun]."


def test_every_spelling_of_one_municipality_is_one_item() -> None:
    keys = {f.key for f in Redactor().findings("Luleå, Lulea, i luleå och Luleå kommun")}
    assert keys == {"municipality:luleå"}
