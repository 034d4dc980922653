"""Nicknames introduced in ways set 24's first run showed were missed (session 32).

The sentences are new; each pair says what a person is called, then checks that a
word of the same shape which names no person stays.
"""

from __future__ import annotations

import pytest

from qualkod.redaction.redactor import Redactor

SPEAKERS = [("IP 1", ["Lovisa Granqvist"]), ("IP 2", ["Torbjörn Hägg"])]
REDACT = Redactor(SPEAKERS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pet form in -an before "alltså" and the person's full name
        (
            "Nattpasset tar Lollan, alltså Lena Sjöberg, nästan alltid.",
            "Nattpasset tar [person], alltså [person], nästan alltid.",
        ),
        # a form no lexicon knows before "alltså" and a full name
        (
            "Jag frågade Kajje, alltså Karl-Erik Lindell, om nycklarna.",
            "Jag frågade [person], alltså [person], om nycklarna.",
        ),
        # "X kallas Y av alla": what everyone calls a person
        (
            "Hennes kusin Mattias kallas Mackan av alla i byn.",
            "Hennes kusin [person] kallas [person] av alla i byn.",
        ),
        (
            "Han kallas Bojje av grannarna.",
            "Han kallas [person] av grannarna.",
        ),
        # "alla andra säger …" after the name one person uses
        (
            "Farmor sa Lovisa hela livet, alla andra säger Vissan.",
            "Farmor sa [IP 1] hela livet, alla andra säger [person].",
        ),
        # "säger X eller Y": the definite form of the speaker's surname as a nickname
        (
            "Grannarna säger Torbjörn eller Häggen, det är samma sak.",
            "Grannarna säger [IP 2] eller [person], det är samma sak.",
        ),
    ],
)
def test_nickname_redacted(text, expected):
    assert REDACT(text) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a word before "alltså" and a full name is a role, not a nickname
        ("Rektorn, alltså Lena Sjöberg, bestämde det.", "Rektorn, alltså"),
        # a service, then the word it is short for
        ("Soc, alltså Socialtjänsten, hörde av sig.", "Soc, alltså Socialtjänsten,"),
        # a thing called so by everyone
        ("Huset kallas Ladan av alla.", "Huset kallas Ladan av alla."),
        # "alla andra säger" of a service, no name before
        (
            "Vi skriver försäkringskassan, alla andra säger Kassan.",
            "alla andra säger Kassan.",
        ),
        ("Vi säger mottagningen, de andra säger BUP.", "de andra säger BUP."),
        # the heather beside a speaker's name
        ("Torbjörn tycker att ljungen blommar sent i år.", "att ljungen blommar"),
        # (review) a noun's definite form before "alltså" and a name that is no person's
        ("Skolan, alltså Norra Real, var tuff.", "Skolan, alltså Norra Real,"),
        ("Stugan, alltså Villa Ekbacken, hyrde vi ut.", "Stugan, alltså Villa Ekbacken,"),
        ("Arenan, alltså Friends Arena, var fullsatt.", "Arenan, alltså Friends Arena,"),
        # (review) a compound of kin before a person's full name
        ("Farmorsmamman, alltså Greta Lund, ringde.", "Farmorsmamman, alltså"),
        # (review) "alla andra säger" after a name that is only the subject
        (
            "Torbjörn skriver socialtjänsten, alla andra säger Soc.",
            "alla andra säger Soc.",
        ),
        ("Lovisa säger Instagram, alla andra säger Insta.", "alla andra säger Insta."),
        ("Lovisa säger hejdå, alla andra säger Hejdå.", "alla andra säger Hejdå."),
    ],
)
def test_word_kept(text, kept):
    assert kept in REDACT(text)
