"""A speaker whose display name was typed in lower case (``mattias kock``) is redacted
as if it were capitalised: her surname in a file name, her first name alone, the
initials of her double first name."""

from qualkod.pseudonyms import name_parts
from qualkod.redaction import Redactor


def test_a_lower_case_display_name_has_the_parts_of_the_capitalised_one():
    assert name_parts("tove lundgren") == ["Tove Lundgren", "Lundgren", "Tove"]
    assert name_parts("britt-marie sjö") == ["Britt-Marie Sjö", "Britt-Marie", "Sjö"]
    assert name_parts("carl von platen") == ["Carl von Platen", "Platen", "Carl"]


def test_her_first_name_alone_is_hers():
    redact = Redactor([("IP 1", ["tove lundgren"]), ("Intervjuare 1", ["Ola Persson"])])
    assert redact("Tack, Tove, det räcker så.") == "Tack, [IP 1], det räcker så."


def test_a_surname_that_is_a_word_is_hers_in_a_file_name_but_stays_a_word_in_speech():
    redact = Redactor(
        [("IP 1", ["tove lundgren"]), ("IP 2", ["jonas smed"]), ("Intervjuare 1", ["Ola Persson"])]
    )
    assert redact.file_name("gruppintervju - lundgren, smed.vtt") == (
        "gruppintervju - [IP 1], [IP 2].vtt"
    )
    assert redact("Min farfar var smed i byn.") == "Min farfar var smed i byn."


def test_the_initials_of_her_double_first_name_are_hers():
    redact = Redactor([("IP 1", ["britt-marie sjö"]), ("Intervjuare 1", ["Ola Persson"])])
    assert redact("Sen sa BM att vi fick vänta.") == "Sen sa [IP 1] att vi fick vänta."
