"""Loading the material the analysis tables are built from."""

from __future__ import annotations

import warnings

import pytest

from qualkod.analysis import load_material


def test_merging_several_coders_codings_is_warned_of(sample_study):
    with pytest.warns(UserWarning) as warned:
        material = load_material(sample_study)
    assert [str(w.message) for w in warned] == [
        "load_material: the codings of 2 coders are merged (kodare1, kodare2); give "
        "coder=NAME for one coder's codings, or coder=[NAME, ...] to merge those named"
    ]
    assert warned[0].filename == __file__  # where the call is, not inside qualkod
    assert {c.coder for c in material.codings} == {"kodare1", "kodare2"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # one coder, or coders named: nothing to warn of
        assert {c.coder for c in load_material(sample_study, coder="kodare1").codings} == {
            "kodare1"
        }
        load_material(sample_study, coder=["kodare1", "kodare2"])


def test_no_warning_when_one_coder_coded(coded_project):
    from qualkod.coding import add_coding

    add_coding(coded_project, 1, 2, "samverkan", "anna")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(load_material(coded_project).codings) == 1


def test_an_unknown_coder_is_named_by_the_parameter(sample_study):
    with pytest.raises(Exception) as raised:
        load_material(sample_study, coder="nobody")
    assert str(raised.value) == "coder='nobody': has no codings; coders: kodare1, kodare2"
