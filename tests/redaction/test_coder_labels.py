"""A coder named as several speakers are is shown by a label of its own."""

from __future__ import annotations

import pytest

from qualkod.redaction.coder_labels import coder_label
from qualkod.redaction.redactor import Redactor


def test_a_coder_named_as_two_speakers_is_a_lettered_label_never_the_name():
    redact = Redactor(
        [("IP 1", ["Anna Berg"]), ("IP 2", ["Anna Ek"])], coders=["kodare1", "anna", "Anna"]
    )
    assert redact.coder("anna") == "Kodare B"
    assert redact.coder("Anna") == "Kodare C"
    assert redact.coder("Anna Berg") == "IP 1"  # a whole name is one speaker's
    assert redact.coder("kodare1") == "kodare1"
    assert Redactor([("IP 1", ["Anna Berg"]), ("IP 2", ["Anna Ek"])]).coder("anna") == "Kodare"


def test_labels_go_on_past_z_as_spreadsheet_columns_do():
    coders = [f"c{i}" for i in range(1, 30)]
    assert [coder_label(c, coders) for c in ("c1", "c26", "c27", "c29")] == [
        "Kodare A",
        "Kodare Z",
        "Kodare AA",
        "Kodare AC",
    ]


def test_a_coder_after_an_import_of_labelled_coders_gets_the_next_free_letter():
    """A project made from a study exported with neutral names holds ``Kodare A`` and
    ``Kodare B`` as coders; ``eva``, who coded first, would be ``Kodare A`` by order,
    which is taken: she is ``Kodare C``, so no two coders share a label (the chapter's
    agreement sentence names two coders, not one twice)."""
    from qualkod.redaction.coder_labels import coder_labels

    labels = coder_labels(["eva", "Kodare A", "Kodare B"], ["eva", "Kodare A", "Kodare B"], str)
    assert labels == {"eva": "Kodare C", "Kodare A": "Kodare A", "Kodare B": "Kodare B"}


def test_a_speaker_coding_keeps_her_pseudonym_among_labels():
    from qualkod.redaction.coder_labels import coder_labels

    shown = {"sholm": "Intervjuare 1"}.get
    labels = coder_labels(["sholm", "per"], ["sholm", "per"], lambda n: shown(n) or n)
    assert labels == {"sholm": "Intervjuare 1", "per": "Kodare B"}


def test_a_coder_named_by_a_speakers_pseudonym_keeps_it():
    """A study folder names a coder who is a speaker by her pseudonym (``IP 1``); in the
    project ``reproduce`` builds, that coder is shown so, as the project's chapter
    showed her, not as ``Kodare A``. A name that is no speaker's pseudonym is labelled."""
    from qualkod.redaction.coder_labels import coder_labels

    redactor = Redactor([("IP 1", ["Anna Berg"]), ("Intervjuare 1", ["Maja Lund"])])
    assert redactor.speakers.pseudonyms == {"IP 1", "Intervjuare 1"}
    coders = ["IP 1", "Kodare B", "IP 7"]
    labels = coder_labels(coders, coders, redactor.coder, redactor.speakers.pseudonyms)
    assert labels == {"IP 1": "IP 1", "Kodare B": "Kodare B", "IP 7": "Kodare C"}
    assert coder_labels(coders, coders, str) == {
        "IP 1": "Kodare A",
        "Kodare B": "Kodare B",
        "IP 7": "Kodare C",
    }


@pytest.mark.parametrize(
    ("login", "found"),
    [
        ("linaost", {"lina"}),  # a first name, then letters of the surname (review)
        ("karinlind", {"karin"}),
        ("annab", {"anna"}),  # a name word and an initial
        ("bergström2024", set()),  # a surname word with five letters more
        ("kberga", set()),  # a name word inside, neither first nor last
    ],
)
def test_names_in_a_login(login, found):
    from qualkod.redaction.coder_labels import name_words, names_in_login

    speakers = name_words(["Anna Berg", "Lina Östberg", "Karin Lindqvist"])
    assert names_in_login(login, speakers) == found
