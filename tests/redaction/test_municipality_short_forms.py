"""Short forms people write for a municipality (``Övik``, ``Sthlm``, ``Gbg``) are redacted
as the municipality is, in running text and in file names.

Expected texts are written by hand from what a reader takes as the place.
"""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hon har bott i Övik hela livet.", "Hon har bott i [kommun] hela livet."),
        ("Öviks socialtjänst ringde i går.", "[kommun]:s socialtjänst ringde i går."),
        ("Vi hade ett möte i Sthlm förra veckan.", "Vi hade ett möte i [kommun] förra veckan."),
        ("han pendlar till gbg varje dag", "han pendlar till [kommun] varje dag"),
        ("Både Hbg och Jkpg testar modellen.", "Både [kommun] och [kommun] testar modellen."),
        ("Jag började i Ö-vik 2019.", "Jag började i [kommun] 2019."),
        ("Det var Hälsingborgs gamla sjukhus.", "Det var [kommun]:s gamla sjukhus."),
    ],
)
def test_a_short_form_of_a_municipality_is_redacted(text, expected):
    assert Redactor()(text) == expected


def test_a_short_form_in_a_file_name_is_redacted():
    assert Redactor().file_name("Övik hemtjänst intervju 2025-02-03") == (
        "[kommun] hemtjänst intervju 2025-02-03"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Vi vikarierar ofta på helgerna.",  # 'vik' inside a word
        "En vik av sjön frös tidigt.",  # the word 'vik' (a bay)
    ],
)
def test_words_like_a_short_form_are_kept(text):
    assert Redactor()(text) == text
