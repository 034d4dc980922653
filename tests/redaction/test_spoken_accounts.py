"""Accounts said aloud, as speech recognition writes them."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Hans namn där är tompagren åttiofyra, men jag lade inte till honom.",
            # the nickname Tompa in it: someone's
            "Hans namn där är [person], men jag lade inte till honom.",
        ),
        (
            "Kontot på Snapchat heter blåbärsgrotta punkt sju.",
            "Kontot på Snapchat heter [användarnamn].",
        ),
        (
            "Snappen heter typ grodkvack understreck noll noll tre.",
            "Snappen heter typ [användarnamn].",
        ),
    ],
)
def test_an_account_said_in_words_after_its_cue_is_redacted_whole(said, expected):
    assert Redactor()(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "Kontot är spärrat tre dagar till.",  # a word, not an account
        "Namnet var jättelångt två gånger om.",  # a count
        "Kontot är jättetomt sen två veckor.",  # nothing said of an account after it
        "Profilen är privat nu.",
        "Snappen heter vargunge sju, som djuret.",  # a word: vargunge
    ],
)
def test_words_after_the_cue_that_are_no_account_stay(said):
    assert Redactor()(said) == said
