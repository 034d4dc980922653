"""Initials of people, session 32: two capitals where a person stands are someone's though
the project names no one with them (``sen sa TJ``, ``jag och LG``), abbreviations stay
(``AB``, ``VD``, ``HR``, ``IT``, ``PT``, ``IF``, ``SO``, ``LSS``, ``BBIC``); a speaker's
initials that are also a listed abbreviation (``BO`` for Björn Olsson) are hers where used
as a name; one list of abbreviations (``data/abbreviations.txt``); and a double first
name said as a word that is also a place (``Kåge``) told apart by the words around it."""

from __future__ import annotations

import re

import pytest

from qualkod.redaction import Redactor
from qualkod.redaction.abbreviations import (
    ABBREVIATIONS,
    DOUBLE_NAMES_TOO,
    STRICT_FOR_DOUBLE_NAMES,
    read_abbreviations,
)
from qualkod.redaction.names_seen import names_seen
from qualkod.redaction.speaker_initials import SpeakerInitials, initials_of_people_named


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Efter larmet sa RK att bilen var klar.", "Efter larmet sa [person] att bilen var klar."),
        ("RK ringde mig vid midnatt.", "[person] ringde mig vid midnatt."),
        ("Jag och MV tog första passet.", "Jag och [person] tog första passet."),
        ("MV och Gunilla stannade kvar.", "[person] och [person] stannade kvar."),
        # after "pratade med", as a clause's subject or in "det var … som" only once the
        # pair stood for a person in the turn (review, session 32: agencies stand there)
        (
            "RK sa nej. Sedan pratade jag med RK om schemat.",
            "[person] sa nej. Sedan pratade jag med [person] om schemat.",
        ),
        (
            "Jag och MV åkte. När MV kom tillbaka var det lugnt.",
            "Jag och [person] åkte. När [person] kom tillbaka var det lugnt.",
        ),
        ("Jag sa till RK att vänta.", "Jag sa till [person] att vänta."),
        ("Vi träffade RK vid bensinmacken.", "Vi träffade [person] vid bensinmacken."),
        ("Alla kallar honom MV här.", "Alla kallar honom [person] här."),
        ("RK:s fru hämtade honom.", "[person]:s fru hämtade honom."),
        ("Vad säger du om det, MV?", "Vad säger du om det, [person]?"),
    ],
)
def test_two_capitals_where_a_person_stands_are_someone(said, expected):
    assert Redactor()(said) == expected


def test_once_someone_in_a_turn_the_same_capitals_are_someone_elsewhere_in_it():
    said = "RK svarade först. Efteråt var RK trött på alltihop."
    assert Redactor()(said) == "[person] svarade först. Efteråt var [person] trött på alltihop."


@pytest.mark.parametrize(
    "said",
    [
        "Sen sa VD att vi skulle spara.",
        "HR ringde och frågade om intyget.",
        "Jag och IT satt hela natten med servern.",
        "Hon har en PT på gymmet.",
        "Han spelar i IF sedan han var sju.",
        "Eleverna läser SO och NO i sjuan.",
        "Han har insats enligt LSS och en utredning enligt BBIC.",
        "Firman är ett AB sedan i fjol.",
        "Sen kom AF in i bilden.",
        "Hon fick hjälp av FK och sen sa KS nej.",
        "JA sa jag, och NU gick det.",
        "Karl XI sa att kriget var slut.",
        "TA DET LUGNT SA HAN.",
        "Jag jobbar med UX och lite BI.",
        "Vi köpte 3 KG potatis.",
        "Hon skickade den till RK-gruppen.",
        "Det var en ny RK i styrelsen.",
        "Sen sa IL att vi skulle backa.",
        "VR är nästa steg för övningarna.",
        "När GD kom på besök blev det stelt.",
    ],
)
def test_abbreviations_and_other_capitals_stay(said):
    assert Redactor()(said) == said


def test_capitals_in_a_weak_place_stay_where_nothing_says_a_person():
    said = "Vi diskuterade RK på mötet."
    assert Redactor()(said) == said


SPEAKERS = [("IP 1", ["Björn Olsson"]), ("Intervjuare 1", ["Sara Lind"])]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("BO sa att larmet gick för sent.", "[IP 1] sa att larmet gick för sent."),
        ("Sen frågade BO vem som körde.", "Sen frågade [IP 1] vem som körde."),
    ],
)
def test_a_speakers_initials_that_are_also_an_abbreviation_are_his_used_as_a_name(said, expected):
    assert Redactor(SPEAKERS)(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "Mormor bor på ett BO i stan.",
        "Han flyttade till BO i fjol.",
        "Vi har två BO i kommunen.",
    ],
)
def test_bo_as_boende_stays_beside_a_speaker_with_those_initials(said):
    assert Redactor(SPEAKERS)(said) == said


def test_bo_stays_where_no_speaker_has_those_initials():
    said = "BO sa att larmet gick för sent."
    assert Redactor([("IP 1", ["Bengt Nilsson"])])(said) == said


def test_a_speakers_listed_initials_stay_in_a_file_name():
    assert Redactor(SPEAKERS).file_name("BO_rutiner_2025") == "BO_rutiner_2025"


def test_one_list_of_abbreviations():
    assert {"AB", "VD", "HR", "IT", "PT", "IF", "SO", "BO"} <= ABBREVIATIONS
    assert all(re.fullmatch(r"[A-ZÅÄÖ]{2}", pair) for pair in ABBREVIATIONS)
    assert {"PA", "AB", "VD"} <= STRICT_FOR_DOUBLE_NAMES
    assert "KG" in DOUBLE_NAMES_TOO and "KG" not in STRICT_FOR_DOUBLE_NAMES


@pytest.mark.parametrize(
    ("speaker", "said", "expected"),
    [
        (  # KG: a double first name's wherever alone, as before the lists were one
            "Karl-Gustav Ahl",
            "Be KG titta på det.",
            "Be [IP 2] titta på det.",
        ),
        (  # PA: a double first name's only where used as a name
            "Per-Anders Ahl",
            "Be PA titta på det.",
            "Be PA titta på det.",
        ),
        ("Per-Anders Ahl", "PA tyckte annorlunda.", "[IP 2] tyckte annorlunda."),
    ],
)
def test_the_lists_two_sections_for_a_double_first_name(speaker, said, expected):
    assert Redactor([("IP 2", [speaker])])(said) == expected


def test_a_single_first_name_and_surname_named_never_gives_a_listed_pair():
    turns = ["Vi fick besök av Vera Dahl från förbundet."]
    seen = names_seen(turns)
    redactor = Redactor(known_people=seen.names, full_names=seen.full_names)
    assert redactor("Sen sa VD att pengarna var slut.") == "Sen sa VD att pengarna var slut."


def _kage_finder():
    return initials_of_people_named(["Karl-Gustav"], SpeakerInitials([]))


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Kåge sa att stugan var såld.", True),
        ("Det var jag och Kåge som röjde.", True),
        ("Sen pratade jag med Kåge om båten.", True),
        ("Vi bodde i Kåge på sjuttiotalet.", False),
        ("Vi åkte till Kåge på lördagen.", False),
        ("Kåge ligger vid kusten.", False),
    ],
)
def test_kage_is_a_person_where_the_words_around_it_say_so(said, person):
    start = said.index("Kåge")
    assert _kage_finder().a_person_at(said, start, start + 4) is person


def test_kage_said_of_a_person_is_a_person_in_the_redacted_text():
    seen = names_seen(["Karl-Gustav Berg hade båten då."])
    redactor = Redactor(known_people=seen.names, double_names=seen.double_names)
    assert redactor("Kåge sa att stugan var såld.") == "[person] sa att stugan var såld."


def test_kage_after_a_place_word_stays_a_place():
    seen = names_seen(["Karl-Gustav Berg hade båten då."])
    redactor = Redactor(known_people=seen.names, double_names=seen.double_names)
    assert redactor("Vi bodde i Kåge på sjuttiotalet.") == "Vi bodde i [ort] på sjuttiotalet."


@pytest.mark.parametrize(
    "text",
    ["Vi anmälde det till JK förra året.", "Sen sa JK att kommunen hade fel.", "Vi jobbar med MI."],
)
def test_agency_and_method_letters_kept_lead(text):
    """The lead, session 32: the Chancellor of Justice and motivational interviewing."""
    assert Redactor([("IP 1", ["Anna Berg"])])(text) == text


def test_read_abbreviations_reads_both_sections(tmp_path):
    listed = tmp_path / "abbreviations.txt"
    listed.write_text(
        "# a comment\nAB VD  # two\nHR\n\n[a double first name's anywhere]\nKG LM\n",
        encoding="utf-8",
    )
    every, double_too = read_abbreviations(listed)
    assert every == {"AB", "VD", "HR", "KG", "LM"}
    assert double_too == {"KG", "LM"}


@pytest.mark.parametrize(
    "said",
    [
        # listed agencies, parties, hospitals and tests (review, session 32)
        "Enligt DO var det diskriminering.",
        "Det var FI som drev frågan.",
        "Jag pratade med PO om boendet.",
        "När NP kom blev alla stressade.",
        "Vi var hos DS hela natten.",
        "Vi anmälde till DO. Sen ringde DO tillbaka.",
        # pairs no list knows, in places an agency stands as often as a person
        "Enligt XY var det fel.",
        "Det var ZK som ringde.",
        "När QR kom in i bilden ändrades allt.",
        "Vi pratade med WB om bidraget.",
        "Vi var hos BF i två veckor.",
    ],
)
def test_agencies_in_a_persons_place_stay(said):
    assert Redactor([("IP 1", ["Anna Berg"])])(said) == said
