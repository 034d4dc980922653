"""Public figures set 24's first run found redacted (session 32): kept in full, while a
colleague with the same first name is not."""

from __future__ import annotations

import pytest

from qualkod.redaction.redactor import Redactor

REDACT = Redactor([("IP 1", ["Anders Holm"])])


@pytest.mark.parametrize(
    "text",
    [
        "Under pandemin pratade alla om vad Anders Tegnell tyckte.",
        "Barnen sjunger Jon Henrik Fjällgren hela bilresan.",
    ],
)
def test_figure_kept(text):
    assert REDACT(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi ringde Anders Tegnér på kontoret.", "Vi ringde [person] på kontoret."),
        ("Jon Henrik Lund kom i tid.", "[person] kom i tid."),
        ("Anders tyckte samma sak.", "[IP 1] tyckte samma sak."),
    ],
)
def test_others_redacted(text, expected):
    assert REDACT(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Efter tjugondag Knut brukar det bli lugnare på kontoret.",
        "Tjugondedag Knut plundrade vi granen när jag var liten.",
    ],
)
def test_saints_day_kept(text):
    assert Redactor()(text) == text


def test_a_speaker_knut_still_redacted():
    redact = Redactor([("IP 2", ["Knut Sjödin"])])
    assert redact("Knut ringde före tjugondag Knut.") == "[IP 2] ringde före tjugondag Knut."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I nian läser vi om Luther och reformationen.",
            "I nian läser vi om Luther och reformationen.",
        ),
        ("Luther var munk innan han gifte sig.", "Luther var munk innan han gifte sig."),
        ("Grannen Luther Sjöqvist hjälpte oss.", "Grannen [person] hjälpte oss."),
    ],
)
def test_luther_alone_kept(text, expected):
    """Luther alone is the reformer (set 22 lost it twice); beside a surname, a person."""
    assert REDACT(text) == expected
