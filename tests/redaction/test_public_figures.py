"""Famous, historical and fictional figures, monarchs and institutions named after
someone are no one in the study and stay; a single first name or surname stays
redacted, and so does a speaker's name."""

from __future__ import annotations

import pytest

from qualkod.redaction.redactor import Redactor

REDACT = Redactor([("IP 1", ["Tove Jansson Berg"])])


@pytest.mark.parametrize(
    "text",
    [
        "På lektionen läste vi Selma Lagerlöf och Vilhelm Moberg.",
        "Vi var på Astrid Lindgrens Värld med barnbarnen i somras.",
        "Han kunde allt om Karl XII och Gustav II Adolfs fälttåg.",
        "Mormor sjöng Evert Taube när hon diskade.",
        "Barnen tittar på Emil i Lönneberga varje jul.",
        "Hon hade en Kalle Anka-tröja på sig.",
        "Min son älskar Pippi Långstrump och Nils Holgersson.",
        "Hon åkte Vasaloppet förra vintern.",
        "Vi gick till Zornmuseet en regnig dag.",
        "Det var som i en bok av Carl von Linné.",
    ],
)
def test_a_public_or_fictional_figure_stays(text):
    assert REDACT(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Min granne Strindberg ringde i går.", "Min granne [person] ringde i går."),
        ("Sen kom Emil och hämtade nycklarna.", "Sen kom [person] och hämtade nycklarna."),
        # a famous name plain enough to be anyone's is not on the list
        ("Min kollega Björn Borg tog över.", "Min kollega [person] tog över."),
        ("Jag ringde Karin Boye på enheten.", "Jag ringde [person] på enheten."),
        ("Jag pratade med Tove Jansson Berg om det.", "Jag pratade med [IP 1] om det."),
        # a place opening an institution is still a place
        ("Hon går på Angeredsgymnasiet nu.", "Hon går på [ort]-gymnasiet nu."),
    ],
)
def test_a_single_name_and_a_speaker_stay_redacted(text, expected):
    assert REDACT(text) == expected


SPEAKERS = Redactor([("IP 1", ["Gustav Ek"]), ("IP 2", ["Anna Lindgren"])])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed figure's full form wins over a speaker's first name or surname in it
        ("Vi läste om Gustav Vasa i fyran.", "Vi läste om Gustav Vasa i fyran."),
        ("Gustav Vasas söner blev kungar.", "Gustav Vasas söner blev kungar."),
        (
            "Barnen läser Astrid Lindgren på kvällarna.",
            "Barnen läser Astrid Lindgren på kvällarna.",
        ),
        # the speakers themselves stay redacted
        ("Gustav kom försent till mötet.", "[IP 1] kom försent till mötet."),
        ("Det sa Anna Lindgren redan i våras.", "Det sa [IP 2] redan i våras."),
        ("Gustav Ek pratade om Gustav Vasa.", "[IP 1] pratade om Gustav Vasa."),
    ],
)
def test_a_figures_full_form_beats_a_speakers_name_part(text, expected):
    assert SPEAKERS(text) == expected


@pytest.mark.parametrize("name", ["Gustav Vasa", "Vasa, Gustav"])
def test_a_speaker_whose_own_name_is_a_figures_stays_redacted(name):
    redact = Redactor([("IP 1", [name])])
    assert redact("Jag heter Gustav Vasa och bor här.") == "Jag heter [IP 1] och bor här."
    assert redact("Gustav Vasas cykel blev stulen.") == "[IP 1]:s cykel blev stulen."
