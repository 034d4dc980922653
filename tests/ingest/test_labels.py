"""Which ``Name:`` labels are speakers."""

from __future__ import annotations

import pytest

from qualkod.ingest.labels import accepted_labels, cue_speakers, looks_like_name


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Anna Berg", True),
        ("Anna van der Berg", True),
        ("Sara Holm (Gäst)", True),
        ("IP 2", True),
        ("petra.lindberg@kommun.example", True),
        ("Note", False),
        ("Honestly", False),
        ("Obs", False),
        ("Ärligt", False),
        ("Achtung", False),
        ("det är så här", False),
        ("Kapitel 3", False),
        # a script without capitals, an emoji after the name, a name made like an account
        ("Фатима", True),
        ("محمد حسن", True),
        ("anna.b", True),
        ("t.ex", False),
        ("bl.a", False),
        ("🙂", False),
        # Filipino and other particles; a device after the name, as Zoom shows a phone
        ("Maricel dela Cruz", True),
        ("Rosa delos Santos", True),
        ("Maricels iPhone", True),
        ("iPhone", False),
        ("jag har iPad", False),
    ],
)
def test_looks_like_name(label, expected):
    assert looks_like_name(label) is expected


def test_cue_labels_must_be_in_most_cues():
    assert cue_speakers(["Digo"] + [None] * 699) == set()
    assert cue_speakers(["Anna", "Erik", "Anna", "Erik", None]) == {"Anna", "Erik"}


def test_a_single_word_once_is_a_speaker_only_when_every_cue_is_labelled():
    assert cue_speakers(["Anna Berg", "Anna Berg", "Erik", "Anna Berg"]) == {"Anna Berg", "Erik"}
    assert cue_speakers(["Anna Berg", "Anna Berg", "Erik", None]) == {"Anna Berg"}


def test_too_many_different_names_are_not_an_interview():
    names = [f"Person{chr(65 + k)}" for k in range(20)]
    assert cue_speakers(names + names) == set()


def test_line_labels_need_to_look_like_names():
    assert accepted_labels(["Karin Lindqvist", "Ärligt", "Ärligt", "alltså", "alltså"]) == {
        "Karin Lindqvist"
    }
