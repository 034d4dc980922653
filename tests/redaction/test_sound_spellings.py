"""A name written with another spelling of one of its sounds (``ck``/``k``, ``kv``/``qv``,
``w``/``v``, ``j`` heard as ``i``) is still the person's."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor
from qualkod.redaction.sound_spellings import heard_otherwise


@pytest.mark.parametrize(
    ("people", "said", "expected"),
    [
        (  # the surname is also a word: the other spelling only capitalised
            [("IP 1", ["Nils Ek"])],
            "Vi planterade en ek, och Eck är inget vanligt namn här.",
            "Vi planterade en ek, och [IP 1] är inget vanligt namn här.",
        ),
        (
            [("IP 2", ["Kajsa Vik"])],
            "Teams skrev Wik i rubriken, och i protokollet stod det Vick.",
            "Teams skrev [IP 2] i rubriken, och i protokollet stod det [IP 2].",
        ),
    ],
)
def test_a_speakers_name_in_another_spelling_of_its_sound_is_hers(people, said, expected):
    assert Redactor(people)(said) == expected


def test_a_known_name_in_lower_case_with_a_glide_spelt_i_is_the_persons():
    said = "Sen kom tania in och satte sig bredvid mig."
    expected = "Sen kom [person] in och satte sig bredvid mig."
    assert Redactor(known_people=["Tanja"])(said) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ek", {"Eck"}),
        ("Sjökvist", {"Sjöqvist", "Siökvist"}),
        ("Wenche", {"Venche"}),
        ("Lejla", {"Leila"}),
        ("Jonas", set()),  # the j that opens a name is no glide
    ],
)
def test_the_other_spellings_of_a_name(name, expected):
    assert heard_otherwise(name) == expected
