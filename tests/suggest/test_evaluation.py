"""Turn-level scores and sub-code accuracy of :mod:`qualkod.suggest.evaluation`, on
hand-made turns and predictions whose expected figures are counted by hand."""

from qualkod.suggest.engine import SpanSuggestion
from qualkod.suggest.evaluation import EvalTurn, predicted_codes, report

THEMES = ("bristande_ansvar", "samverkan")


def _turn(key, *codes):
    """A turn coded with (theme, code) pairs; the spans cover the whole made-up text."""
    return EvalTurn(
        ("intervju", key),
        "text",
        tuple((0, 4, theme) for theme, _ in codes),
        tuple(codes),
    )


def test_subcode_accuracy_counts_turns_where_the_theme_is_right():
    turns = [
        # right theme, one of the two suggested quotes carries the coder's sub-code: right
        _turn(1, ("bristande_ansvar", "ansvar_skjuts_undan")),
        # right theme, the suggestion names the theme alone: judged and wrong
        _turn(2, ("bristande_ansvar", "ansvar_pa_papperet")),
        # right theme, wrong sub-code: judged and wrong
        _turn(3, ("bristande_ansvar", "annans_uppgift")),
        # the coder gave the theme only: not judged
        _turn(4, ("samverkan", "samverkan")),
        # the theme is missed: not judged
        _turn(5, ("samverkan", "samordning")),
        # right theme and sub-code
        _turn(6, ("samverkan", "samarbete"), ("bristande_ansvar", "annans_uppgift")),
    ]
    predictions = [
        {"bristande_ansvar": frozenset({"ansvar_pa_papperet", "ansvar_skjuts_undan"})},
        {"bristande_ansvar": frozenset({"bristande_ansvar"})},
        {"bristande_ansvar": frozenset({"oro_for_kapacitet"})},
        {"samverkan": frozenset({"samarbete"})},
        {},
        {"samverkan": frozenset({"samarbete"})},
    ]
    found = report("combined", 1, 0.45, THEMES, turns, predictions)
    ansvar, samverkan = found.themes
    assert (ansvar.subcodes_right, ansvar.subcodes_judged) == (1, 3)
    assert (samverkan.subcodes_right, samverkan.subcodes_judged) == (1, 1)
    assert (found.micro.subcodes_right, found.micro.subcodes_judged) == (2, 4)
    assert found.micro.subcode_accuracy == 0.5
    # The theme-level figures are unchanged by sub-codes: ansvar 3 of 4 gold turns found,
    # no false alarm; samverkan 2 of 3 found, turn 4 right, turn 5 missed.
    assert (ansvar.support, ansvar.predicted) == (4, 3)
    assert (samverkan.support, samverkan.predicted) == (3, 2)


def test_nested_codes_are_judged_as_the_first_level_sub_code_they_lie_under():
    # A made-up hierarchy: samarbete has a nested code, samordning has none.
    subcode_of = {"samarbete": "samarbete", "samarbete_ovantat": "samarbete"}
    turns = [
        # the coder chose the nested code, the suggestion its parent: right
        _turn(1, ("samverkan", "samarbete_ovantat")),
        # the coder chose the parent, a lexicon quote the nested code: right
        _turn(2, ("samverkan", "samarbete")),
        # the coder chose the nested code, the suggestion another sub-code: wrong
        _turn(3, ("samverkan", "samarbete_ovantat")),
    ]
    predictions = [
        {"samverkan": frozenset({"samarbete"})},
        {"samverkan": frozenset({"samarbete_ovantat"})},
        {"samverkan": frozenset({"samordning"})},
    ]
    found = report("combined", 1, 0.45, THEMES, turns, predictions, subcode_of)
    assert (found.micro.subcodes_right, found.micro.subcodes_judged) == (2, 3)
    # Without the map the codes are compared as they are: only exact ids count.
    found = report("combined", 1, 0.45, THEMES, turns, predictions)
    assert (found.micro.subcodes_right, found.micro.subcodes_judged) == (0, 3)


def test_turns_known_by_theme_only_judge_no_subcodes():
    turns = [EvalTurn(("a", 1), "text", ((0, 4, "samverkan"),))]
    found = report("combined", 1, 0.45, THEMES, turns, [{"samverkan": frozenset({"samarbete"})}])
    assert found.micro.subcodes_judged == 0 and found.micro.subcode_accuracy is None
    assert found.micro.f1 == 1.0


def test_predicted_codes_gathers_each_themes_quotes():
    def span(theme, code):
        return SpanSuggestion(0, 4, theme, code, 0.9, 0.5, 0.9, (), "lexikon")

    spans = [
        span("samverkan", "samarbete"),
        span("samverkan", "samordning"),
        span("bristande_ansvar", "bristande_ansvar"),
    ]
    assert predicted_codes(spans) == {
        "samverkan": frozenset({"samarbete", "samordning"}),
        "bristande_ansvar": frozenset({"bristande_ansvar"}),
    }


SMALL_CODEBOOK = """\
codebook:
  id: liten
  name: Liten kodbok
  version: "0.1"
  authors: [Testare]
  description: En kodbok för tester.
  theory: theory.yaml
themes:
  - id: ansvar
    name: Ansvar
    definition: Någon tar inte sitt ansvar.
    examples:
      positive: [Ingen tar ansvar för honom.]
      negative: [Det fungerar bra.]
    concepts: [mellanrum]
    codes:
      - id: ansvar_undan
        name: Ansvar undan
        definition: Ansvaret skjuts undan.
        examples:
          positive: [De skickar honom vidare hela tiden.]
        codes:
          - id: ansvar_undan_natt
            name: Undan på natten
            definition: Ansvaret skjuts undan nattetid.
            examples:
              positive: [På natten svarar ingen alls.]
      - id: ansvar_papper
        name: Ansvar på papperet
        definition: Ansvaret finns bara i dokumenten.
  - id: samarbete
    name: Samarbete
    definition: Arbete tillsammans.
    concepts: [integrering]
passages:
  - text: "Vi ses varje vecka och allt står bara i planen."
    codes: [samarbete, ansvar_papper]
  - text: "Ingen ringde tillbaka den natten."
    codes: [ansvar_undan_natt]
  - text: "Det är ansvar men vilket vet jag inte."
    codes: [ansvar]
  - text: "Jag har jobbat här i tre år."
    codes: []
"""


def test_codebook_texts_label_subcodes_within_their_theme(tmp_path):
    import shutil

    from qualkod.codebook import load_codebook
    from qualkod.suggest.evaluation import codebook_texts
    from tests.conftest import REPO

    shutil.copy(REPO / "tests" / "data" / "codebook" / "theory.yaml", tmp_path)
    (tmp_path / "kodbok.yaml").write_text(SMALL_CODEBOOK, encoding="utf-8")
    texts, labels = codebook_texts(load_codebook(tmp_path / "kodbok.yaml"))
    found = dict(zip(texts, labels, strict=True))
    undan, papper = "ansvar_undan", "ansvar_papper"
    # a theme's own examples say nothing of its sub-codes
    assert found["Ingen tar ansvar för honom."] == {"ansvar": 1.0}
    assert found["Det fungerar bra."] == {"ansvar": 0.0}
    # a sub-code's example, and one of a code below it, teach the first-level sub-code
    assert found["De skickar honom vidare hela tiden."] == {"ansvar": 1.0, undan: 1.0, papper: 0.0}
    assert found["På natten svarar ingen alls."] == {"ansvar": 1.0, undan: 1.0, papper: 0.0}
    # passages: every theme, and the sub-codes of the themes they carry with a sub-code
    assert found["Vi ses varje vecka och allt står bara i planen."] == {
        "ansvar": 1.0,
        "samarbete": 1.0,
        undan: 0.0,
        papper: 1.0,
    }
    assert found["Ingen ringde tillbaka den natten."] == {
        "ansvar": 1.0,
        "samarbete": 0.0,
        undan: 1.0,
        papper: 0.0,
    }
    assert found["Det är ansvar men vilket vet jag inte."] == {"ansvar": 1.0, "samarbete": 0.0}
    assert found["Jag har jobbat här i tre år."] == {"ansvar": 0.0, "samarbete": 0.0}


def test_coded_turns_teach_the_subcodes_the_coder_gave():
    from types import SimpleNamespace

    from qualkod.suggest.engine import TurnAnalysis
    from qualkod.suggest.evaluation import turn_examples

    # what turn_examples reads of a Suggester: each theme's sub-codes, and for every code
    # the sub-code it is or is under (here ansvar_undan_natt lies under ansvar_undan)
    subcodes = SimpleNamespace(
        subcodes={"ansvar": ("ansvar_undan", "ansvar_papper"), "samarbete": ()},
        subcode_of={
            "ansvar_undan": "ansvar_undan",
            "ansvar_undan_natt": "ansvar_undan",
            "ansvar_papper": "ansvar_papper",
        },
    )
    turns = [
        _turn(1, ("ansvar", "ansvar_papper")),
        _turn(2, ("ansvar", "ansvar")),  # the theme only: which sub-code is unknown
        _turn(3),
    ]
    analyses = [TurnAnalysis(4, {}, {}, features=[n]) for n in range(3)]
    examples = turn_examples(turns, analyses, ("ansvar", "samarbete"), subcodes)
    assert [e.labels for e in examples] == [
        {"ansvar": 1.0, "samarbete": 0.0, "ansvar_undan": 0.0, "ansvar_papper": 1.0},
        {"ansvar": 1.0, "samarbete": 0.0},
        {"ansvar": 0.0, "samarbete": 0.0},
    ]
    # a code further down teaches the sub-code it lies under
    [nested] = turn_examples(
        [_turn(4, ("ansvar", "ansvar_undan_natt"))], analyses[:1], ("ansvar",), subcodes
    )
    assert nested.labels == {"ansvar": 1.0, "ansvar_undan": 1.0, "ansvar_papper": 0.0}
    # without sub-codes, themes only (as before)
    assert turn_examples(turns[:1], analyses[:1], ("ansvar",))[0].labels == {"ansvar": 1.0}
