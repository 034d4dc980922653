"""Normalising display names, guessing roles and numbering pseudonyms."""

from __future__ import annotations

import pytest

from qualkod.ingest import parse_transcript, read_transcript
from qualkod.models import Role
from qualkod.pseudonyms import display_key, guess_roles, match_key, number_pseudonyms
from tests.conftest import INGEST


@pytest.mark.parametrize(
    "raw",
    [
        "Sara Holm",
        "Sara Holm (Gäst)",
        "Sara Holm (Guest)",
        "Sara Holm (Extern)",
        "Sara Holm (External)",
        "Sara Holm (Unverified)",
        "Holm, Sara",
        "Holm, Sara (Gäst)",
        "sara.holm@kommun.example",
        "  SARA   HOLM ",
    ],
)
def test_display_names_of_one_person_match(raw):
    assert display_key(raw) == "sara holm"


def test_unknown_speakers_and_role_labels_are_scoped_to_their_transcript():
    assert match_key("Okänd talare", "a" * 64) != match_key("Okänd talare", "b" * 64)
    assert match_key("Unknown speaker", "a" * 64).startswith("unknown:")
    assert match_key("IP1", "a" * 64) != match_key("IP1", "b" * 64)
    assert match_key("Sara Holm (Gäst)", "a" * 64) == match_key("Holm, Sara", "b" * 64)


def test_a_role_label_with_a_name_in_brackets_is_that_person_in_that_role():
    """``IP (Stig)`` and ``IP (Ieva)`` are two people, not one ``IP``; Teams' ``(Gäst)``
    after a label names nobody."""
    from qualkod.ingest.labels import label_role
    from qualkod.pseudonyms import name_parts

    assert [label_role(n) for n in ("Intervjuare (Klara)", "IP 2 [Stig Lind]", "IP (Gäst)")] == [
        "interviewer",
        "interviewee",
        "interviewee",
    ]
    assert match_key("IP (Stig)", "a" * 64) != match_key("IP (Ieva)", "a" * 64)
    assert match_key("Intervjuare (Klara)", "a" * 64) == match_key("Intervjuare (Klara)", "b" * 64)
    assert name_parts("IP 2 [Stig Lind]") == ["Stig Lind", "Lind", "Stig"]
    assert name_parts("Intervjuare (Gäst)") == []
    assert label_role("Anna Berg (Gäst)") is None
    transcript = _lines(
        "Intervjuare (Klara): Hur började det?",
        "IP (Stig): Med ett samtal från skolan.",
        "IP (Ieva): Jag minns inte hur.",
        "Intervjuare (Klara): Tack ska ni ha.",
    )
    guesses = guess_roles(transcript)
    assert {raw: g.role for raw, g in guesses.items()} == {
        "Intervjuare (Klara)": Role.INTERVIEWER,
        "IP (Stig)": Role.INTERVIEWEE,
        "IP (Ieva)": Role.INTERVIEWEE,
    }


def _lines(*lines: str):
    return parse_transcript("\n".join(lines).encode(), "t.txt")


def test_given_interviewer_makes_everyone_else_an_interviewee():
    transcript = read_transcript(INGEST / "teams-new.docx")
    guesses = guess_roles(transcript, interviewers=["Lindqvist, Karin"])
    assert guesses["Karin Lindqvist"].role is Role.INTERVIEWER
    assert guesses["Karin Lindqvist"].source == "given"
    assert guesses["Sara Holm (Gäst)"].role is Role.INTERVIEWEE
    assert guesses["Ahmed Karimi"].role is Role.INTERVIEWEE


def test_who_asks_the_questions_is_the_interviewer():
    transcript = _lines(
        "Anna Berg: Hur ser det ut hos er?",
        "Erik Sund: Det är ganska stökigt just nu.",
        "Anna Berg: Varför då?",
        "Erik Sund: Vi har för lite folk. Men vad gör man?",
        "Anna Berg: Kan du ge ett exempel?",
        "Erik Sund: Ja, förra veckan blev det fel igen.",
    )
    guesses = guess_roles(transcript)
    assert guesses["Anna Berg"] == guesses["Anna Berg"].__class__(Role.INTERVIEWER, "guessed")
    assert guesses["Erik Sund"].role is Role.INTERVIEWEE


def test_prompts_without_a_question_mark_ask_too_and_one_rhetorical_question_does_not():
    # Teams often writes a Swedish question or prompt without its question mark
    transcript = _lines(
        "Maja Ek: Välkommen. Berätta gärna om ditt arbete.",
        "Olof Lind: Jag är kurator på mottagningen sedan fem år.",
        "Maja Ek: Mm. Och hur fungerar det med skolan.",
        "Olof Lind: Vad ska man säga? Det går upp och ner.",
        "Maja Ek: Beskriv en vanlig vecka.",
        "Olof Lind: Mest samtal, en del möten och mycket telefon.",
    )
    guesses = guess_roles(transcript)
    assert guesses["Maja Ek"].role is Role.INTERVIEWER
    assert guesses["Olof Lind"].role is Role.INTERVIEWEE


def test_labels_unknowns_and_known_people():
    transcript = read_transcript(INGEST / "ip-labels.txt")
    guesses = guess_roles(transcript)
    assert guesses["I"].role is Role.INTERVIEWER and guesses["I"].source == "label"
    assert guesses["IP 2"].role is Role.INTERVIEWEE
    suffixes = read_transcript(INGEST / "suffixes.vtt")
    known = {"sara holm": Role.INTERVIEWER}
    guesses = guess_roles(suffixes, known=known)
    assert guesses["Unknown speaker"].role is Role.UNKNOWN
    assert guesses[""].role is Role.UNKNOWN
    assert guesses["Sara Holm (Gäst)"] == guesses["Sara Holm (Gäst)"].__class__(
        Role.INTERVIEWER, "known"
    )


def test_numbering_per_role_skips_fixed_pseudonyms():
    speakers = [
        (1, Role.INTERVIEWER, None),
        (2, Role.INTERVIEWEE, None),
        (3, Role.INTERVIEWEE, "IP 2"),
        (4, Role.INTERVIEWEE, None),
        (5, Role.UNKNOWN, None),
    ]
    assert number_pseudonyms(speakers) == {
        1: "Intervjuare 1",
        2: "IP 1",
        3: "IP 2",
        4: "IP 3",
        5: "Okänd talare 1",
    }
