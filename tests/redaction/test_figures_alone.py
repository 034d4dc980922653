"""Religious figures whose names nobody in Sweden is given (``Jesus``, ``Jehova``) stay
also without a title; names many bear (``Muhammed``, ``Maria``) stay someone's unless a
title says the figure is meant."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor, public_figures, title_words
from qualkod.redaction.names_seen import people_named


@pytest.mark.parametrize(
    "said",
    [
        "Mormor ber till Jesus varje kväll innan hon somnar.",
        "Jesus betyder mycket för honom, säger han.",
        "Grannarna är med i Jehovas vittnen.",
        "Hon sjöng om Jesu födelse i kyrkan.",
    ],
)
def test_the_figure_alone_stays(said):
    assert Redactor()(said) == said


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Muhammed var på fritids hela eftermiddagen.", "[person] var på fritids hela"),
        ("Vi ringde Maria om schemat.", "Vi ringde [person] om schemat."),
        ("Jesus Ortega kom från Peru i våras.", "[person] kom från Peru i våras."),
        ("Hon pratade med Jesús på mötet.", "Hon pratade med [person] på mötet."),
    ],
)
def test_a_name_that_people_bear_is_someones(said, expected):
    assert Redactor()(said).startswith(expected)


def test_a_man_the_project_names_so_is_someone_also_alone():
    turns = ["Min kontaktperson heter Jesus Ortega.", "Jesus hjälpte mig med blanketten."]
    redact = Redactor(known_people=people_named(turns))
    assert redact(turns[1]) == "[person] hjälpte mig med blanketten."


def test_both_kinds_of_figure_are_read_from_one_list(tmp_path):
    listed = tmp_path / "figures.txt"
    listed.write_text(
        "# a comment\nKarin Månsdotter\nPlaton  # a thinker\n\n[kept alone]\nOden\n",
        encoding="utf-8",
    )
    figures = public_figures.read_figures(listed)
    assert figures.forms == {"Karin Månsdotter", "Platon"}
    assert figures.alone == {"Oden"}
    # the package's own list holds the names kept alone; no second list is left
    assert public_figures.names_kept_alone() == {"Jesus", "Jehova", "Luther"}
    assert not hasattr(title_words, "FIGURES")
