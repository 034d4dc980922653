"""Three ways a person or a home is named that no list helps with: the name everyone
uses after the name a person really has (``hon heter egentligen Nattaya men alla säger
Tay``), a family named by a surname that is also a word (``bröderna Rask``), and a
flat's number (``lägenhet 1302``)."""

import pytest

from qualkod.redaction import Redactor


@pytest.fixture
def redact():
    return Redactor([("IP 1", ["Lotta Ek"]), ("Intervjuare 1", ["Ola Persson"])])


def test_the_name_everyone_uses_after_the_real_one(redact):
    text = "Min kursare, hon heter egentligen Nattaya Boonmee men alla säger Tay."
    assert redact(text) == "Min kursare, hon heter egentligen [person] men alla säger [person]."


def test_a_capitalised_heter_opens_the_sentence_too(redact):
    text = "Heter han Wojciech, men alla säger Wojtek."
    assert redact(text) == "Heter han [person], men alla säger [person]."


def test_what_a_thing_is_called_names_no_one(redact):
    text = "Det heter egentligen Arbetsförmedlingen men alla säger Af."
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vi plogar hos bröderna Rask, och de har en rask hund.",
            "Vi plogar hos bröderna [person], och de har en rask hund.",
        ),
        ("Familjen Vinter flyttade i maj.", "Familjen [person] flyttade i maj."),
        ("Jag ringde makarna Mörk i går.", "Jag ringde makarna [person] i går."),
        ("Systrarna Glad äger gården.", "Systrarna [person] äger gården."),
    ],
)
def test_a_family_by_a_surname_that_is_a_word(redact, text, expected):
    assert redact(text) == expected


def test_a_family_word_alone_names_no_one(redact):
    text = "Vi pratade med familjen. Sverige är stort, och syskonen bor i stan."
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hon bor på Backvägen 3 i Ljusdal, lägenhet 1302.",
            "Hon bor på [adress] i [kommun], [adress].",
        ),
        ("Lägenhetsnummer 1104 står på dörren.", "[adress] står på dörren."),
        ("Lägenheten 1001 har ingen hiss.", "[adress] har ingen hiss."),
    ],
)
def test_a_flat_number(redact, text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De köpte en lägenhet 1994.",
        "Hon flyttade till lägenhet 1996.",
        "Hyran för lägenheten 1200 kronor i månaden.",
    ],
)
def test_a_year_or_a_sum_is_no_flat(redact, text):
    assert redact(text) == text
