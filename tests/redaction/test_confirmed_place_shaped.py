"""A word the investigator confirms as a name is a person's also where it is shaped or
placed as a place is (``hem till Kvarnberg``): ``[person]``, not ``[ort]``."""

from __future__ import annotations

import csv
import io

from qualkod.redaction import Redactor


def test_a_confirmed_name_shaped_as_a_place_is_a_person():
    redact = Redactor(known_people={"Kvarnberg"}, confirmed_people={"Kvarnberg"})
    assert redact("Vi cyklade hem till Kvarnberg efter jobbet.") == (
        "Vi cyklade hem till [person] efter jobbet."
    )
    assert redact("Hon sov över hos Kvarnbergs i Kvarnberg.") == (
        "Hon sov över hos [person]:s i [person]."
    )


def test_unconfirmed_it_stays_a_place():
    redact = Redactor(known_people={"Kvarnberg"})
    assert redact("Vi cyklade hem till Kvarnberg efter jobbet.") == (
        "Vi cyklade hem till [ort] efter jobbet."
    )


def test_confirming_a_name_in_a_project_makes_it_a_person(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("QUALKOD_CODER", "granskare")
    transcript = tmp_path / "samtal.txt"
    transcript.write_text(
        "Intervjuare: Vem stöttade dig mest?\n\n"
        "Deltagare: Det var nog min stödperson Kvarnberg, faktiskt.\n\n"
        "Intervjuare: Hur träffades ni?\n\n"
        "Deltagare: Jag gick hem till Kvarnberg varje torsdag.\n",
        encoding="utf-8",
    )
    assert cli("import", transcript, "--interviewer", "Intervjuare").exit_code == 0
    rows = list(csv.DictReader(io.StringIO(cli("redact", "--format", "csv").stdout)))
    item = next(r for r in rows if r["text"] == "Kvarnberg" and r["category"] == "possible_person")
    assert cli("redact", "confirm", item["id"]).exit_code == 0
    shown = cli("show", "1", "--format", "csv").stdout
    assert "Kvarnberg" not in shown
    assert "[ort]" not in shown and shown.count("[person]") == 2
