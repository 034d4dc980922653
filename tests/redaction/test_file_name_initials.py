"""A double first name written with a space in a speaker's display name, and a surname's
initial after it in a file name."""

from __future__ import annotations

from qualkod.redaction import Redactor

PEOPLE = [("IP 5", ["Lindahl Jan Erik (Hemtjänsten)"]), ("Intervjuare 1", ["Maria Sten"])]


def test_the_two_first_names_joined_are_the_speakers_with_the_initial_after_them():
    redactor = Redactor(PEOPLE)
    assert redactor.file_name("IP5 hemtjänst (JanErik L.) - transkription") == (
        "IP5 hemtjänst ([IP 5]) - transkription"
    )
    assert redactor.file_name("intervju Jan Erik L. 2025-03-02") == "intervju [IP 5] 2025-03-02"


def test_the_two_first_names_in_a_turn_are_the_speakers_not_someone_elses():
    said = "Teams skriver Janerik i ett ord, men jag heter Jan Erik."
    expected = "Teams skriver [IP 5] i ett ord, men jag heter [IP 5]."
    assert Redactor(PEOPLE)(said) == expected
