"""Ordinary words the newer rules took for names, places or addresses: a site named by
what it is for at the start of a sentence (``Hundhagen är stängd.``), a count after
``vid`` (``vid Ica 3 gånger``), a rent after ``lägenheten``, a word after ``familjen``
that names no family (``familjen Sverige``), and a pair of capitals that is an
abbreviation (``PT``) although a speaker's initials."""

from __future__ import annotations

import pytest

from qualkod.redaction.redactor import Redactor

REDACT = Redactor([("IP 1", ["Lotta Ek"])])


@pytest.mark.parametrize(
    "text",
    [
        # R1: an everyday word before a site's word, first in a sentence or after a verb
        "Slalombacken ligger bakom skolan.",
        "Idrottsvallen ligger bakom skolan.",
        "Hundhagen är stängd.",
        "Bollhagen har nya mål.",
        "Fotbollsvallen var blöt.",
        "Lekhagen är populär.",
        "Fårhagen ligger vid ån.",
        "Hembyn är liten.",
        "Badudden är bäst på sommaren.",
        "Villakullen har vuxit.",
        "Det regnade. Hundhagen var lerig.",
        "Hon köpte Sommarhagen av en släkting.",
        # R2: a count, an entrance or a window after "vid", and an organisation
        "Vi stannade vid Ica 3 gånger.",
        "Hon var vid Sahlgrenska 3 veckor.",
        "Vi möttes vid Entré 3.",
        "Vi ses vid Ingång 2.",
        "Jag satt vid Fönster 2 i salen.",
        "Vi stannade vid Ica 3.",
        # R3: a rent, not a flat's number
        "Hyran för lägenheten 1200 kronor i månaden.",
        "Vi betalade för lägenheten 1150 kr förra året.",
        # R4: after a word for a family, a word that names no family
        "Hela familjen Sverige ställde upp.",
        "Vi firade med familjen Jul varje år.",
        "Vi åt middag med familjen Hur ska jag säga",
        "Hon läste sagor av bröderna Grimm.",
        "Vi såg bröderna Marx på tv.",
        "Hon läste Bröderna Lejonhjärta i skolan.",
    ],
)
def test_ordinary_words_kept(text):
    assert REDACT(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kvarnberget har alltid haft egen väg upp.", "[ort] har alltid haft egen väg upp."),
        ("De köpte skog och Kvarnberget har egen väg.", "De köpte skog och [ort] har egen väg."),
        ("Han bor vid Lillkroken 4 sen länge.", "Han bor vid [adress] sen länge."),
        ("Hon bor i lägenhet 1201 sedan maj.", "Hon bor i [adress] sedan maj."),
        ("Vi hälsade på bröderna Rask i går.", "Vi hälsade på bröderna [person] i går."),
        ("Vi bodde hos familjen Vinter då.", "Vi bodde hos familjen [person] då."),
    ],
)
def test_names_still_redacted(text, expected):
    assert REDACT(text) == expected


def test_pt_is_no_speakers_initials():
    """R5: Petra Thor's initials are PT, but ``med PT`` is a personal trainer."""
    redact = Redactor([("IP 1", ["Petra Thor"])])
    assert redact("Jag tränar med PT två gånger i veckan.") == (
        "Jag tränar med PT två gånger i veckan."
    )
    assert redact("Petra Thor tränar.") == "[IP 1] tränar."
