"""Agreement measures against published worked examples, and on a project."""

from __future__ import annotations

import math

import pytest

from qualkod.analysis import (
    agreement,
    agreement_with_others,
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
)
from qualkod.analysis.agreement import AgreementError
from qualkod.coding import add_coding, mark_decided
from qualkod.errors import ParameterError, QualkodError
from qualkod.project import current_codebook


def test_cohen_kappa_textbook_example():
    # 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 -> p_o .70, p_e .50, kappa .40
    a = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert percent_agreement([a, b]) == pytest.approx(0.7)


def test_cohen_kappa_undefined_when_nobody_varies():
    assert cohen_kappa([0, 0, 0], [0, 0, 0]) is None


def test_krippendorff_two_coders_binary_worked_example():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability": alpha = 0.095
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha([a, b]) == pytest.approx(0.095, abs=0.0005)


def test_krippendorff_four_coders_missing_values_worked_example():
    # Same source: four observers, 12 units, nominal with missing values: alpha = 0.743
    n = None
    data = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    assert krippendorff_alpha(data) == pytest.approx(0.743, abs=0.0005)
    assert krippendorff_alpha([[1, 1], [1, 1]]) is None


def test_agreement_on_a_project(coded_project):
    # Interviewee turns of transcript 1 are turns 2 and 4.
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "1", 4, "ansvar_skjuts_undan", "anna")
    add_coding(coded_project, "1", 4, "bristande_ansvar", "bo")
    codebook = current_codebook(coded_project)[0]
    report = agreement(coded_project, ["anna", "bo"], codebook)
    figures = {a.theme: a for a in report.themes}
    assert report.transcripts == (1,)
    assert figures["bristande_ansvar"].percent == 1.0
    assert figures["samverkan"].percent == 0.5
    assert figures["situationsanpassning"].kappa is None
    assert report.overall.units == 6
    assert math.isclose(report.overall.percent, 5 / 6)
    [disagreement] = report.disagreements
    assert (disagreement.turn, disagreement.theme, disagreement.applied_by) == (
        2,
        "samverkan",
        ("anna",),
    )
    by_sentence = agreement(coded_project, ["anna", "bo"], codebook, unit="sentence")
    assert by_sentence.overall.units > report.overall.units
    # anna reached both interviewee turns, bo one (turn 4); a turn marked done counts
    assert report.reached == (("anna", 2, 2), ("bo", 1, 2))
    assert report.not_reached() == [] and report.not_reached(0.6) == [("bo", 1, 2)]
    mark_decided(coded_project, "1", 2, "bo")
    assert agreement(coded_project, ["anna", "bo"], codebook).reached[1] == ("bo", 2, 2)


def test_agreement_needs_two_coders_with_shared_transcripts(coded_project):
    codebook = current_codebook(coded_project)[0]
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "2", 2, "samverkan", "bo")
    with pytest.raises(QualkodError, match="at least two"):
        agreement(coded_project, ["anna"], codebook)
    with pytest.raises(QualkodError, match="not coded any transcript in common"):
        agreement(coded_project, ["anna", "bo"], codebook)
    with pytest.raises(QualkodError, match="^coders='cecilia': has no codings"):
        agreement(coded_project, ["anna", "cecilia"], codebook)


def test_python_errors_name_the_parameters_the_command_line_its_options(coded_project):
    codebook = current_codebook(coded_project)[0]
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "2", 2, "samverkan", "bo")
    with pytest.raises(AgreementError) as one:  # still an AgreementError, and a ParameterError
        agreement(coded_project, ["anna"], codebook)
    assert isinstance(one.value, ParameterError)
    assert str(one.value) == (
        "coders: name at least two coders to compare, or one with agreement_with_others()"
    )
    assert one.value.for_option() == (
        "--coder: name at least two coders to compare, or one with --with-others"
    )
    with pytest.raises(AgreementError) as unit:
        agreement(coded_project, ["anna", "bo"], codebook, unit="word")
    assert (str(unit.value), unit.value.for_option()) == (
        "unit='word': use turn or sentence",
        "--unit word: use turn or sentence",
    )
    with pytest.raises(AgreementError) as apart:
        agreement(coded_project, ["anna", "bo"], codebook)
    assert str(apart.value).endswith("give that one to agreement_with_others()")
    assert apart.value.for_option().endswith("give that one --coder and --with-others")


def test_the_interviewer_coding_under_her_name_is_named_by_her_pseudonym(coded_project):
    codebook = current_codebook(coded_project)[0]
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "1", 2, "samverkan", "klindqvist")  # Karin Lindqvist's login
    report = agreement(coded_project, ["anna", "Intervjuare 1"], codebook)
    assert report.coders == ("anna", "klindqvist")
    with pytest.raises(QualkodError, match="the same coder twice"):
        agreement(coded_project, ["klindqvist", "Intervjuare 1"], codebook)


def test_one_coder_against_the_second_coder_of_each_interview(coded_project):
    # Interviewee turns: transcript 1 turns 2 and 4, transcript 2 turns 2 and 4. anna codes
    # both interviews; bo double-codes interview 1, cecilia interview 2.
    add_coding(coded_project, "1", 2, "samverkan", "anna")
    add_coding(coded_project, "2", 4, "bristande_ansvar", "anna")
    add_coding(coded_project, "1", 2, "samverkan", "bo")
    add_coding(coded_project, "1", 4, "situationsanpassning", "bo")
    add_coding(coded_project, "2", 4, "bristande_ansvar", "cecilia")
    add_coding(coded_project, "2", 2, "samverkan", "cecilia")
    # dan coded interview 1 too, once: bo, with two codings there, is its second coder,
    # so each turn counts once.
    add_coding(coded_project, "1", 4, "bristande_ansvar", "dan")
    codebook = current_codebook(coded_project)[0]
    with pytest.raises(QualkodError, match="not coded any transcript in common"):
        agreement(coded_project, ["anna", "bo", "cecilia", "dan"], codebook)
    report = agreement_with_others(coded_project, "anna", codebook)
    assert (report.against, report.coders, report.transcripts) == (
        "anna",
        ("anna", "bo", "cecilia"),
        (1, 2),
    )
    # By hand, four turns x three themes: bristande ansvar 4/4 agree, samverkan 3/4 (2:2
    # cecilia only), situationsanpassning 3/4 (1:4 bo only). anna says yes twice, the
    # second coders four times in twelve: p_e = 2/12 * 4/12 + 10/12 * 8/12 = 88/144,
    # kappa = (120/144 - 88/144) / (56/144) = 32/56.
    figures = {a.theme: a.percent for a in report.themes}
    assert figures == {"bristande_ansvar": 1.0, "samverkan": 0.75, "situationsanpassning": 0.75}
    assert report.overall.units == 12
    assert math.isclose(report.overall.percent, 10 / 12)
    assert math.isclose(report.overall.kappa, 32 / 56)
    assert [
        (d.transcript_id, d.turn, d.theme, d.applied_by, d.not_by) for d in report.disagreements
    ] == [
        (1, 4, "situationsanpassning", ("bo",), ("anna",)),
        (2, 2, "samverkan", ("cecilia",), ("anna",)),
    ]
    with pytest.raises(QualkodError, match="nobody else has coded a transcript erik coded"):
        agreement_with_others(coded_project, "erik", codebook)
