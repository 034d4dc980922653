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
