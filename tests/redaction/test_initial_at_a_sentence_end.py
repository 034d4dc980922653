"""A surname's initial that ends a sentence goes with the name, but the sentence keeps
its full stop: ``Jag heter Greta L.`` reads ``Jag heter [IP 1].``"""

from __future__ import annotations

import pytest

from qualkod.redaction import Redactor

REDACT = Redactor([("IP 1", ["Greta Lundin"]), ("IP 2", ["Mikael Ek"])])


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Jag heter Greta L.", "Jag heter [IP 1]."),
        ("Jag heter Greta L. Jag är undersköterska.", "Jag heter [IP 1]. Jag är undersköterska."),
        ("Det skrev Greta L.\nSen hände inget mer.", "Det skrev [IP 1].\nSen hände inget mer."),
        ("”Fråga Mikael E.” sa hon.", "”Fråga [IP 2].” sa hon."),
        ("Vi kallade henne M.K.", "Vi kallade henne [person]."),
    ],
)
def test_the_sentence_keeps_its_full_stop(said, expected):
    assert REDACT(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Greta L. sa att det fick vänta.", "[IP 1] sa att det fick vänta."),
        ("Det var Greta L, inte jag.", "Det var [IP 1], inte jag."),
        ("M.K. kallade vi henne.", "[person] kallade vi henne."),
    ],
)
def test_an_initials_full_stop_inside_a_sentence_goes_with_it(said, expected):
    assert REDACT(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Handläggaren hette Lovisa T.", "Handläggaren hette [person]."),
        ("Vi pratade med Lovisa T. om planen.", "Vi pratade med [person] om planen."),
        ("Lovisas T. var där", "[person]:s T. var där"),  # a genitive ends the name
    ],
)
def test_someone_elses_initial_goes_with_the_name_too(said, expected):
    assert REDACT(said) == expected
