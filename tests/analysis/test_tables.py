"""The reviewers' DataFrames, built from the sample study's shipped codings."""

from __future__ import annotations

import csv

import pytest

from qualkod import analysis
from qualkod.errors import QualkodError
from qualkod.redaction.project import project_redactor
from qualkod.store import transcripts as transcript_store
from tests.conftest import SAMPLES, raw_name_forms, raw_names_in


def _shipped(name: str) -> int:
    with (SAMPLES / name).open(encoding="utf-8") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def test_one_row_per_coding_with_the_contract_columns(sample_study):
    frame = analysis.quotes(sample_study)
    assert len(frame) == _shipped("codings.csv") + _shipped("codings-coder2.csv")
    assert list(frame.columns[:10]) == [
        "theme", "code", "speaker", "transcript", "start",
        "quote", "concepts", "coder", "memo", "featured",
    ]  # fmt: skip
    only = analysis.quotes(analysis.load_material(sample_study, coder="kodare1"))
    assert len(only) == _shipped("codings.csv") and set(only["coder"]) == {"kodare1"}
    featured = analysis.quotes(analysis.load_material(sample_study, featured=True))
    assert len(featured) and featured["featured"].all()


def test_every_quote_is_verbatim_from_its_turn_with_names_redacted(sample_study):
    redact = project_redactor(sample_study)
    with sample_study.read() as conn:
        turns = {
            (t.transcript_id, t.index): t
            for tid in (1, 2)
            for t in transcript_store.transcript_turns(conn, tid)
        }
    frame = analysis.quotes(sample_study)
    for row in frame.itertuples():
        turn = turns[(row.transcript_id, row.turn)]
        assert row.quote and row.quote in redact(turn.text)
        assert row.speaker == turn.speaker.pseudonym
    assert frame["quote"].str.contains(r"\[IP 3\]").any()  # "Sara" in the focus group
    names = raw_name_forms(sample_study)
    assert {"Sara", "Sara Holm (Gäst)", "Lindberg"} <= names
    text = frame.to_csv()
    assert raw_names_in(text, names) == []


def test_rows_follow_codebook_theme_order_and_carry_their_own_links(sample_study):
    import json

    frame = analysis.quotes(sample_study)
    order = ["bristande_ansvar", "samverkan", "situationsanpassning"]
    seen = list(dict.fromkeys(frame["theme"]))
    assert seen == order
    assert set(frame["start"].str.len()) == {8}
    # The sample's links, as decided in the source file, one quote at a time.
    decided = json.loads((SAMPLES / "source" / "links-kodare1.json").read_text("utf-8"))
    expected = sorted(
        (item["transcript"], item["turn"], ";".join(sorted(k["concept"] for k in item["links"])))
        for item in decided["links"]
    )
    first = frame[frame["coder"] == "kodare1"]
    found = sorted(
        (r.transcript, r.turn, ";".join(sorted(r.concepts.split("; ")) if r.concepts else []))
        for r in first.itertuples()
    )
    assert found == expected
    assert (frame[frame["coder"] == "kodare2"]["concepts"] == "").all()  # kodare2 linked none


def test_counts_coverage_and_cooccurrence_add_up(sample_study):
    material = analysis.load_material(sample_study, coder="kodare1")
    counts = analysis.counts(material)
    assert counts["quotes"].sum() == _shipped("codings.csv")
    assert set(counts["speaker"]) == {"IP 1", "IP 2", "IP 3", "IP 4"}
    coverage = analysis.coverage(material)
    assert coverage["coverage"].between(0, 1).all()
    totals = coverage[coverage["transcript"] == "alla intervjuer"]
    assert len(totals) == 3
    assert (totals["interviewee_words"] > 5000).all()
    matrix = analysis.cooccurrence(material)
    assert (matrix.values == matrix.values.T).all()
    quotes = analysis.quotes(material)
    for theme in matrix.index:
        turns = quotes[quotes["theme"] == theme][["transcript_id", "turn"]].drop_duplicates()
        assert matrix.loc[theme, theme] == len(turns)


def test_concept_coverage_lists_every_catalogue_concept(sample_study):
    frame = analysis.concept_coverage(sample_study)
    assert len(frame) == 12
    linked = frame[frame["themes"] != ""]
    assert (linked["quotes"] > 0).all() and (linked["interviewees"] <= 4).all()
    assert frame["reference"].str.contains("Tyrstrup").all()


def test_scope_names_codebook_coders_and_transcripts(sample_study):
    frame = analysis.quotes(analysis.load_material(sample_study, theme="samverkan"))
    scope = frame.attrs["scope"]
    assert scope.codebook == "samsjuklighet 1.5" and scope.coders == ("kodare1", "kodare2")
    assert scope.transcripts[0] == "1 Intervju 1"
    assert "tema: samverkan" in scope.describe()
    assert set(frame["theme"]) == {"samverkan"}


def test_unknown_theme_or_coder_is_a_clear_error(sample_study):
    # named by the parameter in Python; the command line names its option
    with pytest.raises(QualkodError, match="^theme='nonsense': not in codebook") as raised:
        analysis.load_material(sample_study, theme="nonsense")
    assert raised.value.for_option().startswith("--theme nonsense: not in codebook")
    with pytest.raises(
        QualkodError, match="^coder='nobody': has no codings; coders: kodare1, kodare2$"
    ) as raised:
        analysis.load_material(sample_study, coder="nobody")
    assert raised.value.for_option() == "--coder nobody: has no codings; coders: kodare1, kodare2"


# Counted by hand: Vi | har | en | IFO-chef, | två | (2) | socionomer | och | 10-15 |
# klienter. (the dash "–" is no word) = 10 words; "IFO-chef, två" covers 2 of them.
_HAND_COUNTED = """WEBVTT

00:00:00.000 --> 00:00:03.000
<v Karin Lindqvist>Hur många är ni?</v>

00:00:03.000 --> 00:00:09.600
<v Maria Nyström>Vi har en IFO-chef, två (2) socionomer – och 10-15 klienter.</v>
"""


def test_coverage_counts_words_as_transcripts_and_speakers_do(project, tmp_path):
    from qualkod.coding import add_coding
    from qualkod.importing import import_files
    from qualkod.project import speakers, transcripts, use_codebook
    from tests.conftest import REPO

    path = tmp_path / "intervju.vtt"
    path.write_text(_HAND_COUNTED, encoding="utf-8")
    import_files(project, [path], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    add_coding(project, "1", 2, "samverkan", "anna", quote="IFO-chef, två")
    coverage = analysis.coverage(project)
    row = coverage[(coverage["theme"] == "samverkan") & (coverage["transcript"] == "Intervju 1")]
    assert row["interviewee_words"].item() == 10 and row["coded_words"].item() == 2
    interviewee = next(s for s in speakers(project) if s.speaker.pseudonym == "IP 1")
    assert interviewee.words == 10
    assert transcripts(project)[0].words == 4 + 10


def test_stats_and_speakers_count_the_sample_alike(sample_study):
    from qualkod.project import speakers

    coverage = analysis.coverage(analysis.load_material(sample_study))
    totals = coverage[coverage["transcript"] == "alla intervjuer"]
    # Each interviewee of the sample speaks in one transcript only.
    said = sum(s.words for s in speakers(sample_study) if s.speaker.role.value == "interviewee")
    assert set(totals["interviewee_words"]) == {said}
    interview = coverage[coverage["transcript"] == "Intervju 1"]
    assert set(interview["interviewee_words"]) == {2603}  # IP 1 in `qualkod speakers`


def test_a_quote_is_timed_by_the_cue_it_begins_in(project):
    from qualkod.coding import add_coding
    from qualkod.importing import import_files
    from qualkod.project import use_codebook
    from tests.conftest import INGEST, REPO

    import_files(project, [INGEST / "teams-new.vtt"], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    # Turn 2 is two cues, at 00:00:10.000 and 00:00:15.500 (the second from offset 56).
    add_coding(project, "1", 2, "samverkan", "anna", quote="I fyra år")
    add_coding(project, "1", 2, "situationsanpassning", "anna", quote="trivdes jag")
    add_coding(project, "1", 2, "bristande_ansvar", "anna", quote="vuxenenheten. Och där")
    frame = analysis.quotes(project).set_index("quote")
    assert frame.loc["I fyra år", "start"] == "00:00:10"
    assert frame.loc["trivdes jag", "start"] == "00:00:15"
    assert frame.loc["vuxenenheten. Och där", "start"] == "00:00:10"  # where it begins


def test_cooccurrence_pairs_only_themes_one_coder_gave_a_turn(coded_project):
    from qualkod.coding import add_coding

    add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "1", 2, "bristande_ansvar", "eva")  # another coder's reading
    add_coding(coded_project, "1", 4, "samverkan", "eva")
    add_coding(coded_project, "1", 4, "bristande_ansvar", "eva")
    matrix = analysis.cooccurrence(coded_project)
    assert matrix.loc["samverkan", "bristande_ansvar"] == 1  # turn 4, eva's; not turn 2
    assert matrix.loc["samverkan", "samverkan"] == 2
    assert matrix.loc["bristande_ansvar", "bristande_ansvar"] == 2
    material = analysis.load_material(coded_project)
    assert material.shared_transcripts() == {1: ["anna", "eva"]}
    assert analysis.load_material(coded_project, coder="eva").shared_transcripts() == {}


def test_a_material_prints_short_with_no_raw_name(sample_study):
    both = analysis.load_material(sample_study)
    one = analysis.load_material(sample_study, coder="kodare1")
    # the sample study: kodare1's 89 codings and kodare2's second coding of both interviews;
    # coders as the chapter labels them (kodare1's codings were imported first: Kodare A)
    assert (
        repr(one)
        == "<Material: codebook samsjuklighet 1.5, 89 codings by Kodare A, 2 transcript(s)>"
    )
    shown = repr(both)
    assert "codings by Kodare A, Kodare B, 2 transcript(s); 2 transcript(s) coded by more" in shown
    assert "kodare1" not in shown and "kodare2" not in shown  # no login
    assert len(shown) < 300
    assert raw_names_in(shown, raw_name_forms(sample_study)) == []
