"""A file name holding a named person's surname with her initial joined to it, as a
login is made (``holmbergk``, ``kholmberg``), names her."""

from qualkod.redaction import Redactor


def _redactor():
    return Redactor(
        [("IP 1", ["IP"]), ("Intervjuare 1", ["I"])], known_people=["Karin", "Holmberg"]
    )


def test_surname_then_initial():
    assert _redactor().file_name("holmbergk_kurator_0512.txt") == "[person]_kurator_0512.txt"


def test_initial_then_surname():
    assert _redactor().file_name("kholmberg-intervju.docx") == "[person]-intervju.docx"


def test_a_word_with_a_letter_more_stays():
    # "kuratorn" is "kurator" + n, but no one is called Kurator
    assert _redactor().file_name("kuratorn_0512.txt") == "kuratorn_0512.txt"
