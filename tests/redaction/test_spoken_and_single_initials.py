"""Initials as said and as written: a double first name's initials said as a word
(``Peo``, ``Pe-O`` for Per-Olof, ``Kåge`` for Karl-Gustav), the initials of a single
first name and a surname where a name stands (``sen sa TL`` for Tove Lindqvist), and
such initials in a file name (``EK_bokbuss_0314`` for Eva Karlsson)."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor
from qualkod.redaction.names_seen import names_seen
from qualkod.redaction.spoken_initials import single_name_initials, spoken_forms

TURNS = [
    "Jag delar kontor med Per-Olof Dahl och ibland med Karl-Gustav Ahlberg.",
    "I våras kom Tove Lindqvist och Gunnar Ek från förvaltningen på besök.",
    "Bokbussen körs av Eva Karlsson två dagar i veckan.",
]


def _redactor(turns=TURNS, people=()) -> Redactor:
    seen = names_seen(turns)
    return Redactor(
        people,
        known_people=seen.names,
        double_names=seen.double_names,
        full_names=seen.full_names,
    )


def test_the_letters_are_said_by_their_swedish_names():
    assert {"Peo", "Pe-O", "Pe-o"} <= spoken_forms("PO")
    assert {"Kåge", "Kå-Ge"} <= spoken_forms("KG")
    assert "Elge" in spoken_forms("LG")  # "ell" written with one l too


def test_a_single_first_name_and_a_surname_have_initials_in_either_order():
    assert single_name_initials("Gunnar Ek") == "GE"
    assert single_name_initials("Lindqvist Tove") == "TL"  # as Teams lists her
    assert single_name_initials("Per-Olof Dahl") is None  # a double first name's own rule
    assert single_name_initials("Sara Ulfsdotter") is None  # SU: Stockholms universitet


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Sen ringde Peo och sa att han var sen.", "Sen ringde [person] och sa att han var sen."),
        ("Det var Pe-O som bokade rummet.", "Det var [person] som bokade rummet."),
        ("Vi väntade på Peos svar i två veckor.", "Vi väntade på [person]:s svar i två veckor."),
    ],
)
def test_a_double_first_names_initials_said_as_a_word_are_the_person(said, expected):
    assert _redactor()(said) == expected


def test_kage_is_gone_where_karl_gustav_is_named():
    # Kåge is also a town: the word goes either way
    assert "Kåge" not in _redactor()("Kåge var inte med den gången.")


def test_spoken_initials_stay_where_no_double_first_name_is_named():
    redactor = _redactor(["Vi träffade Gunnar Ek i går."])
    assert redactor("Sen ringde Peo och sa att han var sen.") == (
        "Sen ringde Peo och sa att han var sen."
    )


def test_a_speakers_double_first_name_said_as_a_word_is_the_speaker():
    redactor = Redactor([("IP 3", ["Dahl Per-Olof (Fritid)"])])
    assert redactor("Alla här kallar mig Pe-O.") == "Alla här kallar mig [IP 3]."


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Sen sa TL att hon ville vänta.", "Sen sa [person] att hon ville vänta."),
        ("Jag pratade med GE om saken.", "Jag pratade med [person] om saken."),
        ("GE tyckte att vi skulle vänta.", "[person] tyckte att vi skulle vänta."),
        ("Vi var fyra: Sanna, TL och jag.", "Vi var fyra: [person], [person] och jag."),
        ("Skicka den till EK i morgon.", "Skicka den till [person] i morgon."),
    ],
)
def test_the_initials_of_a_person_named_stand_for_her_where_a_name_stands(said, expected):
    assert _redactor()(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "Hon läser på SU och har LSS sedan i fjol.",
        "Vi köpte 2 KG mjöl och ett GE-kort.",
        "Det gäller hela EU och alla AB.",
        "TL-gruppen och EK-projektet ligger kvar.",
        "Vi har en ny TL på avdelningen.",  # a team leader, with an article
        "Jag jobbar med IT och HR.",
    ],
)
def test_abbreviations_and_initials_that_are_no_name_there_stay(said):
    assert _redactor()(said) == said


def test_initials_stay_where_nobody_with_them_is_named():
    # "Sen sa TL att …" is someone's now even where no one is named so
    # (test_initials_32.py); after "den till" only a person named TL is meant
    redactor = _redactor(["Vi träffade Anna Berg i går."])
    assert redactor("Skicka den till TL i morgon.") == "Skicka den till TL i morgon."


def test_a_speakers_initials_are_the_speaker_where_a_name_stands():
    redactor = Redactor([("Intervjuare 1", ["Jonas Berg"])])
    assert redactor("Sen frågade JB om pengarna.") == "Sen frågade [Intervjuare 1] om pengarna."
    assert redactor("Vi ringde JB-kontoret.") == "Vi ringde JB-kontoret."


def test_a_file_name_loses_the_initials_of_someone_the_text_names():
    redactor = _redactor()
    assert redactor.file_name("EK_bokbuss_0314") == "[person]_bokbuss_0314"
    assert redactor.file_name("SU_bokbuss_0314") == "SU_bokbuss_0314"
    assert _redactor(["Vi träffade Anna Berg."]).file_name("EK_bokbuss_0314") == ("EK_bokbuss_0314")
