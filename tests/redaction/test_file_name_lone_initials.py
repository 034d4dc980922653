"""What narrows a name down in a file name goes with it: a surname's initial after a
first name in any case (``samtal_jonna_k.docx``), and someone's double-name initials in
lower case (``uppfoljning-bm.docx`` for Britt-Marie)."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor

PEOPLE = [("IP 1", ["Jonna Kvist"]), ("IP 2", ["Britt-Marie Sjödin"])]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("samtal_jonna_k.docx", "samtal_[IP 1].docx"),
        ("samtal_JONNA_K.docx", "samtal_[IP 1].docx"),
        ("jonna-k-uppfoljning.vtt", "[IP 1]-uppfoljning.vtt"),
        ("anteckningar_wilma_t_2025.txt", "anteckningar_[person]_2025.txt"),
        ("G:/ifo/wilma_t/plan.docx", "G:/ifo/[person]/plan.docx"),
        ("uppfoljning-bm.docx", "uppfoljning-[IP 2].docx"),
    ],
)
def test_the_initial_goes_with_the_name(name, expected):
    assert Redactor(PEOPLE).file_name(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "plan_a_och_b.docx",  # no name before the letter
        "samtal-pa.docx",  # a common abbreviation, with nothing to tell it from one
        "uppfoljning-ak.docx",  # no one here is called AK
    ],
)
def test_other_letters_stay(name):
    assert Redactor(PEOPLE).file_name(name) == name


def test_a_one_letter_word_after_a_name_stays():
    assert Redactor(PEOPLE).file_name("intervju_jonna_i_hallen.vtt") == (
        "intervju_[IP 1]_i_hallen.vtt"
    )


def test_a_file_name_said_in_a_turn_too():
    said = "Hon sparade den som samtal_wilma_t.docx i mappen."
    assert Redactor(PEOPLE)(said) == "Hon sparade den som samtal_[person].docx i mappen."
