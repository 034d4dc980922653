"""A name no list knows, said once as the subject of a verb only a person does, put after
the verb as Swedish does when an adverb or a question word opens the sentence (``Då
ringde Haldis``) or after what was said (``"Nej", sa Haldis``)."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            "Efteråt ringde Haldis och ville flytta tiden.",
            "Efteråt ringde [person] och ville flytta tiden.",
        ),
        (
            "Sen frågade Eskender om han fick ta med sin bror.",
            "Sen frågade [person] om han fick ta med sin bror.",
        ),
        (
            "Och då svarade Wondimu att det inte gick.",
            "Och då svarade [person] att det inte gick.",
        ),
        ("Varför skrev Gunnvor inget i journalen?", "Varför skrev [person] inget i journalen?"),
        ("”Det löser sig”, sa Tsegay till mig.", "”Det löser sig”, sa [person] till mig."),
    ],
)
def test_the_subject_after_a_verb_only_a_person_does_is_a_name(said, expected):
    assert Redactor()(said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "Sen kom Covid och allt stängde ner.",  # an illness comes too
        "Då ringde Soc och ville ha ett möte.",  # social services, said short
        "Sen ringde Försäkringskassan igen.",  # a Swedish compound
        "Då ringde BUP och bokade om.",  # capitals
        "Först tyckte Amadou-gruppen att det var för tidigt.",  # a compound's start
        "Haldis ringde i går.",  # the start of a sentence: no verb before it
        "Hon sa Gunnvor men menade någon annan.",  # no adverb opens the sentence
    ],
)
def test_other_words_and_places_stay(said):
    assert Redactor()(said) == said
