"""The default codebook and the Tyrstrup (2014) catalogue that ship with qualkod."""

from __future__ import annotations

import pytest

from qualkod.codebook import (
    dump_codebook,
    dump_theory,
    load_codebook,
    load_theory,
    parse_codebook,
    parse_theory,
)
from tests.conftest import REPO

DEFAULT = REPO / "codebooks" / "samsjuklighet.yaml"
THEORY = REPO / "codebooks" / "tyrstrup-2014.yaml"

DOMAIN_CONCEPTS = {
    "organisatoriska_mellanrum",
    "vertikal_styrning",
    "horisontell_samordning",
    "arbetsorganisatoriskt_perspektiv",
    "arbetskraftsintensiva_tjanster",
    "tjansteperspektiv",
    "industrilogik",
    "ansvarsgranser_och_organisationstillhorighet",
    "integrering",
    "hierarkiska_modellen",
    "natverks_och_projektmodellen",
    "generella_riktlinjer_och_specifika_situationer",
}


def test_the_default_themes_and_their_links():
    codebook = load_codebook(DEFAULT)
    assert [t.id for t in codebook.themes] == [
        "bristande_ansvar",
        "samverkan",
        "situationsanpassning",
    ]
    assert {c.id for c in codebook.code("samverkan").codes} >= {
        "samarbete",
        "samordning",
        "forutsattningar",
        "forhoppningar_och_oro",
    }
    for theme in codebook.themes:
        assert len(theme.positive_examples) >= 8, theme.id
        assert len(theme.negative_examples) >= 4, theme.id
        assert theme.codes and theme.concepts and theme.color
        assert theme.include and theme.exclude
        lexicon = theme.lexicon
        assert len(lexicon.lemmas) >= 10 and len(lexicon.phrases) >= 5 and lexicon.patterns
        assert any(" " in phrase for phrase in lexicon.phrases)


def test_the_catalogue_has_every_concept_of_the_study():
    theory = load_theory(THEORY)
    assert {c.id for c in theory.concepts} == DOMAIN_CONCEPTS
    assert all(c.source.year == 2014 and "Tyrstrup" in c.source.author for c in theory.concepts)


@pytest.mark.parametrize(
    ("theme", "concept"),
    [
        ("bristande_ansvar", "ansvarsgranser_och_organisationstillhorighet"),
        ("samverkan", "integrering"),
        ("situationsanpassning", "natverks_och_projektmodellen"),
    ],
)
def test_typical_theme_concept_links(theme, concept):
    assert concept in load_codebook(DEFAULT).code(theme).concepts


def test_round_trip_through_yaml_is_lossless():
    codebook = load_codebook(DEFAULT)
    again = parse_codebook(dump_codebook(codebook), "dump.yaml", sha256=codebook.sha256)
    assert again == codebook
    theory = load_theory(THEORY)
    assert parse_theory(dump_theory(theory), "dump.yaml", sha256=theory.sha256) == theory
