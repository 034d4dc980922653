"""The sample study's shipped codings and memos."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest
import yaml

from qualkod.analysis import agreement
from qualkod.coding import codings, export_codings, memos
from qualkod.project import current_codebook
from tests.conftest import REPO, SAMPLES

THEMES = ("bristande_ansvar", "samverkan", "situationsanpassning")
TITLES = {"intervju-ifo-chef.vtt": "Intervju 1", "fokusgrupp.docx": "Fokusgrupp 1"}


def _theme_of_codes() -> dict[str, str]:
    """Every code id of the default codebook (themes included) and its theme, from the YAML."""
    book = yaml.safe_load((REPO / "codebooks" / "samsjuklighet.yaml").read_text(encoding="utf-8"))
    found = {}

    def walk(node, theme):
        for code in node.get("codes") or ():
            found[code["id"]] = theme
            walk(code, theme)

    for theme in book["themes"]:
        found[theme["id"]] = theme["id"]
        walk(theme, theme["id"])
    return found


def _kodare2_decisions() -> dict:
    return json.loads((SAMPLES / "source" / "coder2.json").read_text(encoding="utf-8"))


def hand_agreement() -> dict[str, tuple[int, float, float, float, int]]:
    """Turn-level agreement of kodare1 and kodare2, computed by hand from the data.

    The units are the interviewee turns kodare2 lists (every one, in both transcripts);
    kodare1's themes come from ``codings.csv``, kodare2's from ``source/coder2.json``
    and the codebook. Per theme and pooled ('overall'): units, percent agreement,
    Cohen's kappa, Krippendorff's alpha (nominal, two coders, nothing missing) and
    the number of disagreements.
    """
    theme_of = _theme_of_codes()
    data = _kodare2_decisions()
    units = [(TITLES[t["file"]], u["turn"]) for t in data["transcripts"] for u in t["turns"]]
    second = {
        (TITLES[t["file"]], u["turn"], theme_of[code])
        for t in data["transcripts"]
        for u in t["turns"]
        for code in u["codes"]
    }
    with (SAMPLES / "codings.csv").open(encoding="utf-8") as handle:
        first = {(r["transcript"], int(r["turn"]), r["theme"]) for r in csv.DictReader(handle)}
    pairs = {
        theme: [((*u, theme) in first, (*u, theme) in second) for u in units] for theme in THEMES
    }
    pairs["overall"] = [pair for theme in THEMES for pair in pairs[theme]]
    figures = {}
    for name, decisions in pairs.items():
        n = len(decisions)
        differ = sum(a != b for a, b in decisions)
        agree = 1 - differ / n
        a_yes = sum(a for a, _ in decisions) / n
        b_yes = sum(b for _, b in decisions) / n
        chance = a_yes * b_yes + (1 - a_yes) * (1 - b_yes)
        kappa = (agree - chance) / (1 - chance)
        # Krippendorff: 2n pairable values; alpha = 1 - (2n - 1) * d / (n_yes * n_no).
        yes = sum(a + b for a, b in decisions)
        alpha = 1 - (2 * n - 1) * differ / (yes * (2 * n - yes))
        figures[name] = (n, agree, kappa, alpha, differ)
    return figures


@pytest.fixture
def sample(sample_study):
    """The coded sample study (built once for the test run)."""
    return sample_study


def _as_shipped(path) -> tuple[bytes, set[tuple[str, ...]]]:
    """An exported codings file without the provenance columns, which the shipped files
    (written before them) lack, and the set of its provenance cells."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    later = [rows[0].index(c) for c in ("source", "suggestion_score", "suggestion_evidence")]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows([c for i, c in enumerate(row) if i not in later] for row in rows)
    return out.getvalue().encode("utf-8"), {tuple(row[i] for i in later) for row in rows[1:]}


def test_shipped_file_round_trips_byte_for_byte(sample, tmp_path):
    out = tmp_path / "codings.csv"
    export_codings(sample, out, coder="kodare1")
    shipped, origins = _as_shipped(out)
    assert shipped == (SAMPLES / "codings.csv").read_bytes()
    assert origins == {("unknown", "", "")}  # the shipped file does not say


def test_every_theme_is_coded_featured_and_memoed(sample):
    codebook, _ = current_codebook(sample)
    main = codings(sample, coder="kodare1")
    assert {c.transcript_id for c in main} == {1, 2}
    for theme in codebook.themes:
        mine = [c for c in main if codebook.theme_of(c.code_id) is theme]
        assert len(mine) >= 15, theme.id
        assert any(c.featured for c in mine), theme.id
        assert len({c.transcript_id for c in mine if c.featured}) == 2, theme.id
    notes = {(m.code_id, m.concept_id) for m in memos(sample) if m.code_id}
    for theme in codebook.themes:
        assert (theme.id, None) in notes
        for concept in theme.concepts:
            assert (theme.id, concept) in notes, (theme.id, concept)


def test_the_second_coding_round_trips_byte_for_byte(sample, tmp_path):
    out = tmp_path / "codings-coder2.csv"
    export_codings(sample, out, coder="kodare2")
    shipped, origins = _as_shipped(out)
    assert shipped == (SAMPLES / "codings-coder2.csv").read_bytes()
    assert origins == {("unknown", "", "")}


def test_the_second_coding_is_the_independent_coders_decisions(sample):
    """codings-coder2.csv holds exactly the decisions in source/coder2.json."""
    theme_of = _theme_of_codes()
    data = _kodare2_decisions()
    assert data["coder"] == "kodare2" and data["source"]
    expected: Counter = Counter()
    for transcript in data["transcripts"]:
        for turn in transcript["turns"]:
            quotes = {}
            for item in turn["featured"]:
                quotes.setdefault(item["theme"], []).append(item["quote"])
            for code in turn["codes"]:
                key = (TITLES[transcript["file"]], turn["turn"], code)
                for quote in quotes.get(theme_of[code], [None]):
                    expected[(*key, quote)] += 1
    with (SAMPLES / "codings-coder2.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["coder"] for r in rows} == {"kodare2"}
    found = Counter(
        (r["transcript"], int(r["turn"]), r["code"], r["quote"] if r["featured"] == "yes" else None)
        for r in rows
    )
    assert found == expected
    whole = [r for r in rows if r["featured"] == "no"]
    assert all(r["start"] == "0" and int(r["end"]) == len(r["quote"]) for r in whole)


def test_the_second_coder_makes_agreement_demonstrable(sample):
    codebook, _ = current_codebook(sample)
    report = agreement(sample, ["kodare1", "kodare2"], codebook)
    assert report.transcripts == (1, 2)
    expected = hand_agreement()
    for figures in (*report.themes, report.overall):
        units, agree, kappa, alpha, _ = expected[figures.theme]
        assert figures.units == units
        assert figures.percent == pytest.approx(agree)
        assert figures.kappa == pytest.approx(kappa)
        assert figures.alpha == pytest.approx(alpha)
    assert len(report.disagreements) == expected["overall"][4] > 0
