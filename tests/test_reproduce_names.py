"""study.yaml's titles (``transcripts[].title``) and ``speakers:`` (pseudonyms and roles
set by hand): given after import, and every problem one line naming the key."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from qualkod.cli.app import app
from tests.conftest import copy_study

FIRST_SHA = "    sha256: fb25fa8714112643197ca9f3f5289de45a44aae9ef05cbfb778ee54d2341ecba\n"
SECOND_SHA = "    sha256: 3ebd335110683e627b6cee53a82f6456ddb98371d13250c7c9b121f05a206ef5\n"


@pytest.fixture
def study(tmp_path):
    return copy_study(tmp_path)


def _with(study, *, first="", second="", speakers=""):
    """The sample manifest with a title under either transcript and ``speakers:`` last;
    returns the number of lines before the speakers."""
    text = study.read_text(encoding="utf-8")
    assert FIRST_SHA in text and SECOND_SHA in text
    text = text.replace(FIRST_SHA, FIRST_SHA + first, 1).replace(SECOND_SHA, SECOND_SHA + second)
    text = text if text.endswith("\n") else text + "\n"
    study.write_text(text + speakers, encoding="utf-8")
    return len(text.splitlines())


def _run(study):
    return CliRunner().invoke(app, ["reproduce", str(study)], catch_exceptions=False)


def test_titles_pseudonyms_and_roles_of_the_study_reach_its_quote_table(study):
    _with(
        study,
        second="    title: Samtal med enhetscheferna\n",
        speakers=(
            "speakers:\n"
            "  - name: Maria Nyström\n"
            "    pseudonym: Socionom A\n"
            "  - name: Ahmed Karimi\n"
            "    role: unknown\n"
        ),
    )
    result = _run(study)
    assert result.exit_code == 0, result.stderr
    outputs = study.parent / "outputs"
    rows = (outputs / "citat.csv").read_text(encoding="utf-8").splitlines()[1:]
    cited = [tuple(row.split(",")[2:4]) for row in rows]
    # By import: Maria Nyström IP 1 in Intervju 1; Lindberg, Petra, Sara Holm and Ahmed
    # Karimi IP 2, 3 and 4 in Fokusgrupp 1. With Maria's pseudonym fixed and Ahmed's role
    # unknown, the automatic ones are numbered again from IP 1.
    assert sorted(set(cited)) == [
        ("IP 1", "Samtal med enhetscheferna"),
        ("IP 2", "Samtal med enhetscheferna"),
        ("Okänd talare 1", "Samtal med enhetscheferna"),
        ("Socionom A", "Intervju 1"),
    ]
    assert len(cited) == 89  # every quote of the study, as without them
    settings = json.loads((outputs / "MANIFEST.json").read_text(encoding="utf-8"))["settings"]
    assert {"speakers", "titles"} <= settings.keys()


def test_a_check_names_the_speakers_when_a_pseudonym_changed_since(study):
    from qualkod.reproduce import check

    _with(study, speakers="speakers:\n  - name: Maria Nyström\n    pseudonym: Socionom A\n")
    assert _run(study).exit_code == 0
    text = study.read_text(encoding="utf-8")
    study.write_text(text.replace("Socionom A", "Socionom B"), encoding="utf-8")
    result = check(study, study.parent / "outputs" / "MANIFEST.json")
    assert not result.identical  # the quotes of Intervju 1 are cited otherwise
    assert result.settings == ["speakers"]


@pytest.mark.parametrize("added", [True, False])
def test_a_check_names_the_titles_when_study_yaml_gained_or_lost_one(study, added):
    from qualkod.reproduce import check

    plain = study.read_text(encoding="utf-8")
    _with(study, first="    title: Samtal med chefen\n")
    titled = study.read_text(encoding="utf-8")
    study.write_text(plain if added else titled, encoding="utf-8")
    assert _run(study).exit_code == 0
    study.write_text(titled if added else plain, encoding="utf-8")
    result = check(study, study.parent / "outputs" / "MANIFEST.json")
    assert not result.identical  # Intervju 1 is cited by another title
    assert result.settings == ["titles"]


def test_the_sample_study_without_them_records_neither():
    from tests.conftest import REPO

    settings = json.loads((REPO / "outputs" / "MANIFEST.json").read_text(encoding="utf-8"))
    assert not {"speakers", "titles"} & settings["settings"].keys()


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            {"speakers": "speakers:\n  - name: Maria Nyström\n    pseudonymn: IP 7\n"},
            ":{n3}:5: unknown key 'pseudonymn'; did you mean 'pseudonym'?",
        ),
        (  # a participant's name written as a key is never shown (review, session 32)
            {"speakers": "speakers:\n  - Maria Nyström: Socionom W\n"},
            ":{n2}:5: a key study.yaml does not know (not shown: it may be a name); check "
            "its spelling in the README's study.yaml; speakers.0.name: missing; add it",
        ),
        (
            {"speakers": "speakers:\n  - name: Maria Nyström\n    anna: IP 7\n"},
            ":{n3}:5: a key study.yaml does not know (not shown: it may be a name); check "
            "its spelling in the README's study.yaml",
        ),
        (
            {"first": "    titel: Samtal om ansvaret\n"},
            ":{first}:5: unknown key 'titel'; did you mean 'title'?",
        ),
        (
            {
                "speakers": "speakers:\n  - name: Maria Nyström\n    pseudonym: IP 7\n"
                "  - name: Ahmed Karimi\n    pseudonym: ip 7\n"
            },
            ":{n5}:16: speakers.1.pseudonym 'ip 7': given twice (also as speakers.0.pseudonym); "
            "give each speaker a pseudonym of its own",
        ),
        (  # Karin Lindqvist is under interviewers: in the sample's study.yaml
            {"speakers": "speakers:\n  - name: karin lindqvist\n    role: interviewee\n"},
            ":{n3}:11: speakers.0.role 'interviewee': this speaker is listed under "
            "interviewers; take one of the two out",
        ),
        (
            {"speakers": "speakers:\n  - name: Maria Nyström\n    role: chef\n"},
            ":{n3}:11: speakers.0.role: must be 'interviewer', 'interviewee' or 'unknown'",
        ),
        (
            {"speakers": "speakers:\n  - name: Maria Nyström\n"},
            ":{n2}:5: speakers.0: give a pseudonym or a role (or both), or remove the entry",
        ),
        (
            {
                "speakers": "speakers:\n  - name: Maria Nyström\n    role: unknown\n"
                "  - name: maria nyström (Gäst)\n    pseudonym: Socionom B\n"
            },
            ":{n4}:11: speakers.1.name: given twice (also as "
            "speakers.0.name); give each speaker once",
        ),
        (
            {"first": "    title: Intervju 2\n"},
            ":{first}:12: transcripts.0.title: qualkod numbers titles of this form itself "
            "(Intervju n, Fokusgrupp n); leave the key out, or choose another title",
        ),
        (
            {"first": "    title: Samtal A\n", "second": "    title: samtal a\n"},
            ":{second}:12: transcripts.1.title 'samtal a': given twice (also as "
            "transcripts.0.title); give each transcript a title of its own",
        ),
        # these are found once the transcripts are imported, still before any output, and
        # named by their line as those above are
        (
            {"speakers": "speakers:\n  - name: Maria Nyströmm\n    pseudonym: Socionom A\n"},
            ":{n2}:11: speakers.0.name: no speaker of that name in the "
            "transcripts; "
            "check its spelling",
        ),
        (
            {"speakers": "speakers:\n  - name: Ahmed Karimi\n    pseudonym: Maria\n"},
            ":{n3}:16: speakers.0.pseudonym 'Maria': holds a participant's name; a pseudonym "
            "is shown "
            "in every export, so choose one that names nobody",
        ),
    ],
)
def test_a_bad_title_or_speaker_is_one_line_naming_the_key_and_nothing_is_written(
    study, change, said
):
    n = _with(study, **change)
    lines = study.read_text(encoding="utf-8").splitlines()
    first = lines.index(FIRST_SHA.rstrip("\n")) + 2  # the line under the first sha256
    second = lines.index(SECOND_SHA.rstrip("\n")) + 2
    where = said.format(n2=n + 2, n3=n + 3, n4=n + 4, n5=n + 5, first=first, second=second)
    result = _run(study)
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == f"Error: {study}{where}\n"
    assert list((study.parent / "outputs").iterdir()) == []  # nothing written
