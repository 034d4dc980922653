"""What one person calls a speaker (``han säger Nettan till mig``) and how everyone
misspells her surname (``fast alla skriver Sjöquist``) are her names too."""

import pytest

from qualkod.redaction import Redactor


@pytest.fixture
def redact():
    return Redactor([("IP 1", ["Annette Sjökvist"]), ("Intervjuare 1", ["Ola Persson"])])


def test_a_pet_name_one_person_uses_for_the_speaker(redact):
    text = "Bara grannen gör så, han säger Nettan till mig. Och Nettan svarar jag på."
    assert redact(text) == (
        "Bara grannen gör så, han säger [person] till mig. Och [person] svarar jag på."
    )


def test_a_word_said_to_someone_is_no_name(redact):
    text = "Hon säger Grattis till mig varje år."
    assert redact(text) == text


def test_the_misspelling_everyone_writes_after_how_it_is_spelt():
    redact = Redactor([("IP 1", ["IP"]), ("Intervjuare 1", ["I"])])
    text = "Jag heter Greta Hallberg, med två l, fast alla skriver Halberg i mejlen."
    assert redact(text) == ("Jag heter [person], med två l, fast alla skriver [person] i mejlen.")
