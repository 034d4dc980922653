"""A replaced name keeps its genitive, the same way for speakers, people, municipalities
and study terms: ``[IP 4]:s förslag``, ``[person]:s mamma``, ``[kommun]:s skola``.

Every expected string below is written by hand."""

from __future__ import annotations

import csv
import io

import pytest

from qualkod.redaction.genitive import with_genitive
from qualkod.redaction.names_seen import people_named
from qualkod.redaction.redactor import Redactor, Term

SPEAKERS = [("IP 4", ["Anna Berg"]), ("IP 6", ["Lars Ek"]), ("IP 7", ["Max Öberg"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi tog Annas förslag.", "Vi tog [IP 4]:s förslag."),
        ("Anna Bergs förslag var bra.", "[IP 4]:s förslag var bra."),
        ("ANNAS FÖRSLAG", "[IP 4]:S FÖRSLAG"),
        ("Anna:s förslag", "[IP 4]:s förslag"),  # the colon written: kept, not doubled
        ("Anna Berg's förslag", "[IP 4]:s förslag"),
        # a name ending in s or x has no genitive s of its own: no genitive is made up
        ("Lars förslag och Max idé.", "[IP 6] förslag och [IP 7] idé."),
        # but one written with an apostrophe is one
        ("Lars' förslag", "[IP 6]:s förslag"),
        # a compound's start, joined or hyphenated, is no genitive
        ("Anna-gruppen och Annasgruppen", "[IP 4]-gruppen och [IP 4]-gruppen"),
        ("Annas-förslaget var bäst.", "[IP 4]-förslaget var bäst."),
        # a genitive before "och", its noun said once for both
        ("Annas- och Lars idéer", "[IP 4]:s- och [IP 6] idéer"),
    ],
)
def test_a_speakers_genitive(text, expected):
    assert Redactor(SPEAKERS)(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jag tog Per Lagrens bil.", "Jag tog [person]:s bil."),
        ("Hon ringde Lisas mamma.", "Hon ringde [person]:s mamma."),
        ("Lisa Bergs mamma kom.", "[person]:s mamma kom."),
        ("Det var LENA BERGS bil.", "Det var [person]:S bil."),
        ("Det var Lisas.", "Det var [person]:s."),
        # an apostrophe, also after a name ending in s, x or z
        ("Lisa Berg's bil", "[person]:s bil"),
        ("Vi satt på Yilmaz' kontor.", "Vi satt på [person]:s kontor."),
        # two initials for a double first name
        ("P-O:s bil och K-G Lindhs båt", "[person]:s bil och [person]:s båt"),
        # a surname by its ending, after a title
        (
            "Jag talade med doktor Zelenkos sekreterare.",
            "Jag talade med doktor [person]:s sekreterare.",
        ),
        ("Vi ringde anna lindqvists mamma.", "Vi ringde [person]:s mamma."),
        # a nickname, a name in a list, a name after a title said twice in a turn
        (
            "Alla kallar henne Jossan, och Jossans mamma ringde.",
            "Alla kallar henne [person], och [person]:s mamma ringde.",
        ),
        ("Ali, Dragana och Sunes mamma kom.", "[person], [person] och [person]:s mamma kom."),
        (
            "Vi ringde tolken Zelalem. Sedan kom tolken Zelalems bror.",
            "Vi ringde tolken [person]. Sedan kom tolken [person]:s bror.",
        ),
        # the name is Lars, Thomas, Andreas, Kostas, Mattis: no genitive made up
        ("Thomas bil och Andreas cykel stod kvar.", "[person] bil och [person] cykel stod kvar."),
        ("Kostas mamma ringde.", "[person] mamma ringde."),
        ("Hej Mattis.", "Hej [person]."),
        # an s no list, text or ending explains is the name's (Olivares, af Ugglas)
        ("Sedan kom doktor Olivares in.", "Sedan kom doktor [person] in."),
        ("Det var Ebba von Platens mamma.", "Det var [person] mamma."),
        # a compound's start
        ("Det är Lisa-gruppen.", "Det är [person]-gruppen."),
        ("Lisas-gruppen träffas.", "[person]-gruppen träffas."),
    ],
)
def test_a_persons_genitive(text, expected):
    assert Redactor()(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Piteås skola ligger nära.", "[kommun]:s skola ligger nära."),
        ("Luleå kommuns budget", "[kommun]:s budget"),
        ("Piteås kommun köper platser.", "[kommun] köper platser."),
        ("Borås kommuns budget och i Borås", "[kommun]:s budget och i [kommun]"),
        ("Luleås-modellen och Luleåmodellen", "[kommun]-modellen och [kommun]-modellen"),
    ],
)
def test_a_municipalitys_genitive(text, expected):
    assert Redactor()(text) == expected


def test_a_genitive_seen_in_one_turn_and_the_name_in_another():
    # what the project names in one turn tells the genitive in another, as in one turn
    turns = [
        "Vi ringde tolken Zelalem i går.",
        "Sedan kom tolken Zelalems bror.",
        "Min chef, Nomvula, sa nej.",
        "Vi tog Nomvulas förslag.",
    ]
    known = people_named(turns)
    assert "Zelalems" not in known and {"Zelalem", "Nomvula"} <= known
    redact = Redactor(known_people=known)
    assert redact("Sedan kom tolken Zelalems bror.") == "Sedan kom tolken [person]:s bror."
    assert redact("Vi tog Nomvulas förslag.") == "Vi tog [person]:s förslag."
    # the genitive alone, in capitals or in a file name, is still the name
    assert redact("ZELALEMS mamma ringde.") == "[person]:S mamma ringde."
    assert redact.file_name("plan_ZelalemsFamilj.docx") == "plan_[person]-Familj.docx"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleverna på Kvarnlidens skola trivs.", "Eleverna på [ort]:s skola trivs."),
        ("Jag har jobbat på kvarnlidens förskola.", "Jag har jobbat på [ort]:s förskola."),
        ("KVARNLIDENS SKOLA", "[ort]:S SKOLA"),
        ("Det står i Fjällbys plan.", "Det står i [kommun]:s plan."),
        ("Hon bor på Eks gård.", "Hon bor på [gård]:s gård."),  # a short term
        ("Gamla  Kvarnens personal", "[kafé]:s personal"),  # two words, two spaces
        # the term's other forms are replaced whole, as before
        ("Kvarnlidenskolan ligger nära Kvarnliden.", "[ort] ligger nära [ort]."),
        ("Vi har Fjällbymodellen.", "Vi har [kommun]."),
        ("Fjällbys-modellen kom sen.", "[kommun]-modellen kom sen."),
        ("Fjällbys sa nej till oss.", "[kommun] sa nej till oss."),  # a verb: no genitive
        ("Fjällby:s plan", "[kommun]:s plan"),
    ],
)
def test_a_study_terms_genitive_keeps_its_genitive(text, expected):
    redact = Redactor(
        terms=[
            Term("Kvarnliden", "[ort]"),
            Term("Fjällby", "[kommun]"),
            Term("Ek", "[gård]"),
            Term("Gamla Kvarnen", "[kafé]"),
        ]
    )
    assert redact(text) == expected


def test_a_name_half_covered_by_a_term_keeps_no_genitive_on_its_first_half():
    redact = Redactor(terms=[Term("Bergs", "[gård]")])
    assert redact("Lena Bergs mamma kom.") == "[person] [gård] mamma kom."


@pytest.mark.parametrize(
    ("text", "name_end", "end", "expected"),
    [
        ("Lisas mamma", 4, 5, "[person]:s"),
        ("LISAS MAMMA", 4, 5, "[person]:S"),
        ("Lisa mamma", 4, 4, "[person]"),  # no ending
        ("Lisa's mamma", 4, 6, "[person]:s"),
        ("Yilmaz' kontor", 6, 7, "[person]:s"),
        ("P-O:s bil", 3, 5, "[person]:s"),
        ("Annas-förslaget", 4, 5, "[person]"),  # a compound: no genitive
        ("Annas sa nej", 4, 5, "[person]"),  # a verb after it: the s was the name's
        ("Lisas, inte mina", 4, 5, "[person]:s"),
    ],
)
def test_the_shared_step(text, name_end, end, expected):
    assert with_genitive(text, "[person]", name_end, end) == expected
    assert with_genitive(text, "[person]-", name_end, end) == "[person]-"


def test_the_review_lists_and_outputs_show_the_genitive(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("QUALKOD_CODER", "granskare")
    transcript = tmp_path / "samtal.txt"
    transcript.write_text(
        "Intervjuare: Vem hjälpte dig då?\n\n"
        "Deltagare: Det var min kontakt Zelalem som ringde runt åt mig.\n\n"
        "Intervjuare: Och sedan?\n\n"
        "Deltagare: Zelalems bror följde med, och Lisas mamma också.\n",
        encoding="utf-8",
    )
    assert cli("import", transcript, "--interviewer", "Intervjuare").exit_code == 0
    rows = list(csv.DictReader(io.StringIO(cli("redact", "--format", "csv").stdout)))
    lisa = next(r for r in rows if r["text"] == "Lisas")
    assert lisa["category"] == "person" and lisa["replacement"] == "[person]:s"
    zelalem = next(r for r in rows if r["text"] == "Zelalem")
    assert cli("redact", "confirm", zelalem["id"]).exit_code == 0
    shown = cli("show", "1", "--format", "csv").stdout
    assert "Zelalem" not in shown and "Lisa" not in shown
    assert "[person]:s bror följde med, och [person]:s mamma också." in shown
