"""Small places and kept public figures (session 32): hamlets where one household lives,
named after a word saying where or as a sentence's subject, and famous figures and
famous named places, which stay. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from qualkod.redaction import public_figures
from qualkod.redaction.redactor import Redactor

REDACT = Redactor([("IP 1", ["Lotta Ek"])])


# Famous figures and famous named places stay -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Christer Fuglesang var i rymden två gånger.",
        "Min son ville bli som Christer Fuglesang när han var liten.",
        "Vi åkte till Mårbacka i somras och såg huset.",
        "Guiden på Mårbacka berättade om Selma Lagerlöf.",
        "Barnen tjatade om Junibacken hela vintern.",
        "Vi läste om Katthult och om barnen i Bullerbyn.",
        "Förra året åkte vi till Gröna Lund med klassen.",
    ],
)
def test_famous_figures_and_places_stay(text):
    assert REDACT(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a neighbour who shares the astronaut's first name is still someone
        ("Jag ringde Christer Holm i går.", "Jag ringde [person] i går."),
        # a hamlet with the same ending as a famous place is still a home
        ("Hon växte upp på Tjärnbacken.", "Hon växte upp på [ort]."),
    ],
)
def test_others_with_such_names_still_redacted(text, expected):
    assert REDACT(text) == expected


def test_famous_places_section_is_read(tmp_path):
    listed = tmp_path / "figures.txt"
    listed.write_text(
        "Karin Månsdotter\n\n[famous places]\n# homes\nTorpslottet\n\n"
        "[kept alone]\nOden\n",
        encoding="utf-8",
    )
    figures = public_figures.read_figures(listed)
    assert figures.forms == {"Karin Månsdotter"}
    assert figures.places == {"Torpslottet"}
    assert figures.alone == {"Oden"}
