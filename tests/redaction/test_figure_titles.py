"""A name after the title of a religious or historical figure is no participant's."""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor


@pytest.mark.parametrize(
    "said",
    [
        "Under ramadan pratade klassen om profeten Muhammed och om fastan.",
        "Vi läste om kung Gustav Vasa i historian.",
        "Eleverna gjorde ett arbete om drottning Kristina.",
        "Kyrkan här är uppkallad efter heliga Birgitta.",
        "Han bad till Jesus Kristus varje kväll på behandlingshemmet.",
    ],
)
def test_a_figure_named_by_its_title_stays(said):
    assert Redactor()(said) == said


def test_the_same_name_without_the_title_is_someones():
    said = (
        "Muhammed i sjuan ville vara ledig på profeten Muhammeds födelsedag, så jag ringde"
        " Muhammeds pappa."
    )
    expected = (
        "[person] i sjuan ville vara ledig på profeten Muhammeds födelsedag, så jag ringde"
        " [person]:s pappa."
    )
    assert Redactor(known_people=["Muhammed"])(said) == expected
