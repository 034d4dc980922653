"""The Python API as a researcher in a notebook uses it: README's "Python" section runs
as written, and each stage's public functions take what a notebook naturally passes
(one path, a role as text, ``status="all"``) or say which parameter to change."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys

import pytest

import qualkod.export
import qualkod.importing
import qualkod.suggest
from qualkod import analysis, coding
from qualkod import project as api
from qualkod.coding.decisions import CodingError
from qualkod.errors import ParameterError, QualkodError, RedactionError
from qualkod.importing import import_files
from qualkod.models import Role
from tests.conftest import REPO

CODEBOOK = REPO / "codebooks" / "samsjuklighet.yaml"

# A short Teams interview written for these tests: a home-support worker about care
# between the municipality and the region. Turn 2 is about working together (samverkan),
# turn 4 about responsibility passed back and forth (bristande ansvar).
SAMTAL = """WEBVTT

5d0c1a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d/1-0
00:00:01.000 --> 00:00:04.500
<v Karin Lindqvist>Hur ser samarbetet med hemsjukvården ut hos er?</v>

7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918/2-0
00:00:05.000 --> 00:00:11.000
<v Olle Berglund>Vi träffas varje tisdag och gör en gemensam planering för varje brukare.</v>

5d0c1a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d/3-0
00:00:12.000 --> 00:00:14.000
<v Karin Lindqvist>Och när det inte fungerar?</v>

7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918/4-0
00:00:15.000 --> 00:00:23.000
<v Olle Berglund>Då skickas ansvaret fram och tillbaka mellan regionen och kommunen, och ingen tar tag i det.</v>
"""
SAMVERKAN_TURN = "Vi träffas varje tisdag och gör en gemensam planering för varje brukare."


@pytest.fixture
def samtal(project, tmp_path):
    """The project with SAMTAL imported (Karin Lindqvist interviewing) and the codebook."""
    path = tmp_path / "samtal.vtt"
    path.write_text(SAMTAL, encoding="utf-8")
    import_files(project, [path], interviewers=["Karin Lindqvist"])
    api.use_codebook(project, CODEBOOK)
    return project


def test_one_path_and_one_interviewer_are_not_read_letter_by_letter(project, tmp_path):
    path = tmp_path / "samtal.vtt"
    path.write_text(SAMTAL, encoding="utf-8")
    [result] = import_files(project, str(path), interviewers="Karin Lindqvist")
    assert (result.transcript_id, result.speakers, result.turns) == (
        1,
        ("Intervjuare 1", "IP 1"),
        4,
    )
    assert not result.roles_guessed  # the interviewer was named, not guessed
    [again] = import_files(project, path)  # a Path alone: the same file, not imported twice
    assert again.already and again.transcript_id == 1


def test_a_role_is_given_as_text(samtal):
    speaker, _ = api.set_speaker(samtal, "Olle Berglund", role="interviewer")
    assert speaker.role is Role.INTERVIEWER and speaker.pseudonym == "Intervjuare 2"
    speaker, _ = api.set_speaker(samtal, "Intervjuare 2", role="Interviewee")
    assert speaker.role is Role.INTERVIEWEE and speaker.pseudonym == "IP 1"
    with pytest.raises(ParameterError) as refused:
        api.set_speaker(samtal, "IP 1", role="chef")
    assert refused.value.parameter == "role"
    assert str(refused.value).startswith("role='chef': use 'interviewer', 'interviewee'")
    assert refused.value.for_option().startswith("--role chef: ")


def test_a_coder_that_is_none_is_named_not_a_crash(samtal):
    with pytest.raises(QualkodError, match=r"^coder: give the coder's name .* not None"):
        coding.add_coding(samtal, 1, 2, "samverkan", None)
    assert coding.codings(samtal) == []


def test_suggestions_of_every_status_and_a_wrong_one(samtal):
    from qualkod.suggest import suggest, suggestions

    suggest(samtal)
    offered = suggestions(samtal, coder="anna", theme="samverkan")
    turn_2 = [s for s in offered if s.turn == 2]
    assert turn_2, "turn 2 (träffas, gemensam planering) is about samverkan"
    rejected = coding.reject_suggestion(samtal, turn_2[0].id, "anna")
    ids = {
        status: {s.id for s in suggestions(samtal, coder="anna", status=status)}
        for status in ("open", "rejected", "all", None)
    }
    assert rejected.id not in ids["open"]
    assert ids["rejected"] == {rejected.id}
    assert ids["all"] == ids[None] == ids["open"] | {rejected.id}
    with pytest.raises(ParameterError) as refused:
        suggestions(samtal, status="closed")
    assert refused.value.parameter == "status"
    assert "'open', 'accepted', 'rejected' or 'all'" in str(refused.value)


def test_each_package_exports_its_stage():
    assert {"suggest", "suggestions", "train", "evaluate"} <= set(qualkod.suggest.__all__)
    assert {"write_chapter", "ChapterSettings", "write_table", "export_transcripts"} <= set(
        qualkod.export.__all__
    )
    assert {"import_files", "ImportResult", "ImportFailed"} <= set(qualkod.importing.__all__)
    for package in (qualkod.suggest, qualkod.export, qualkod.importing):
        for name in package.__all__:
            assert getattr(package, name) is not None, f"{package.__name__}.{name}"
        assert set(package.__all__) <= set(dir(package))  # help() and completion list them
    with pytest.raises(AttributeError, match="qualkod.suggest"):
        qualkod.suggest.no_such_name  # noqa: B018
    # the command line imports qualkod.export for the codebook appendix: the chapter's
    # modules stay unloaded until a name of theirs is used
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, qualkod.export; print('qualkod.export.chapter' "
         "in sys.modules, 'qualkod.suggest.service' in sys.modules)"],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert loaded.stdout.split() == ["False", "False"]


def test_the_chapter_without_settings_and_the_table_by_its_extension(samtal, tmp_path):
    from qualkod.export import write_chapter, write_table

    out = tmp_path / "ut"
    out.mkdir()
    made = coding.add_coding(samtal, 1, 2, "samverkan", "anna", featured=True)
    assert made.quote == SAMVERKAN_TURN
    written = write_chapter(samtal, out / "kapitel.docx")  # settings by default
    assert (written.themes, written.quotes) == (3, 1)
    import docx

    document = docx.Document(out / "kapitel.docx")
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    text = "\n".join([*(par.text for par in document.paragraphs), *cells])
    assert SAMVERKAN_TURN in text and "IP 1" in text and "Olle" not in text

    material = analysis.load_material(samtal, coder="anna")
    assert write_table(material, out / "citat.csv") == out / "citat.csv"
    rows = list(csv.DictReader(io.StringIO((out / "citat.csv").read_text("utf-8"))))
    assert [(r["theme"], r["speaker"], r["quote"], r["coder"]) for r in rows] == [
        ("samverkan", "IP 1", SAMVERKAN_TURN, "Kodare A")
    ]
    with pytest.raises(ParameterError, match=r"^path='.*citat\.txt': name the file with one"):
        write_table(material, out / "citat.txt")
    with pytest.raises(RedactionError):  # a file name that names the interviewee
        write_table(material, out / "olle-berglund.csv")
    assert sorted(p.name for p in out.iterdir()) == ["citat.csv", "kapitel.docx"]


def _readme_python_blocks() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Python\n") : readme.index("\n## Development\n")]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


@pytest.mark.filterwarnings("ignore:load_material. the codings of 2 coders are merged")
def test_the_readme_python_section_runs_as_written(tmp_path, monkeypatch):
    blocks = _readme_python_blocks()
    assert len(blocks) == 6
    for folder in ("transcripts", "codebooks"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    names: dict = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), names)  # noqa: S102

    # what the README says the steps give, from its own text and the sample transcripts
    assert [r.title for r in names["imported"]] == ["Intervju 1", "Fokusgrupp 1"]
    assert names["turns"][11].text.count("Regionen backar liksom undan") == 1
    assert names["made"].coder == "anna"  # the last block's coding, removed again
    assert names["redact"]("Jag ringde Lena Berg på 070-123 45 67.") == (
        "Jag ringde [person] på [telefon]."
    )
    quotes = names["quotes"]
    assert len(quotes) == 2 and set(quotes["coder"]) == {"anna"}
    assert quotes.loc[quotes["code"] == "ansvar_skjuts_undan", "concepts"].tolist() == [
        "organisatoriska_mellanrum"
    ]
    assert (tmp_path / "kapitel.docx").stat().st_size > 0
    assert (tmp_path / "citat.xlsx").read_bytes()[:2] == b"PK"
    assert (tmp_path / "citat-per-tema.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "studie" / "study.yaml").is_file()
    # the listing as a frame: anna's two codings and the sample study's coder's, no words;
    # coders as the chapter labels them: anna decided first (her accepted suggestion),
    # kodare1's codings were imported after
    codings = names["codings"]
    assert codings.groupby("coder").size()["Kodare A"] == 2
    assert set(codings["coder"]) == {"Kodare A", "Kodare B"} and "quote" not in codings.columns
    assert set(names["team"]["coder"]) == {"anna", "kodare1"}  # asked for by name

    # a fresh process finds every decision (the suggestion decisions too)
    check = """
from qualkod import coding, project
from qualkod.store import open_project
from qualkod.suggest import suggestions
with open_project("notebook.db") as p:
    anna = {(c.turn, c.code_id, c.featured, c.memo) for c in coding.codings(p, coder="anna")}
    print((12, "ansvar_skjuts_undan", True, "Tydligaste exemplet på en reträtt.") in anna)
    print(len(anna))
    print(sorted((l.concept_id, l.memo) for l in coding.links(p) if l.coder == "anna"))
    print(len(suggestions(p, coder="anna", status="rejected")))
    print(len(suggestions(p, coder="anna", status="accepted")))
    print([m.text for m in coding.memos(p) if m.coder == "anna" and m.code_id == "samverkan"])
    print([r.speaker.pseudonym for r in project.speakers(p) if r.speaker.pseudonym_fixed])
"""
    run = subprocess.run(
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert run.stdout.splitlines() == [
        "True",
        "2",  # the accepted suggestion and the coding added by hand
        "[('organisatoriska_mellanrum', 'Ärendet hamnar mellan huvudmännen.')]",
        "1",
        "1",
        "['Relationerna bär samverkan mer än avtalen.']",
        "['IP 7']",
    ]


def test_an_unknown_concept_is_named_by_its_parameter_with_the_concepts(samtal):
    made = coding.add_coding(samtal, 1, 4, "ansvar_skjuts_undan", "anna")
    with pytest.raises(ParameterError) as refused:
        coding.add_link(samtal, made.id, "mellanrummet", "anna")
    assert isinstance(refused.value, CodingError)  # as before, for except clauses
    assert refused.value.parameter == "concept"
    said = str(refused.value)
    assert said.startswith("concept='mellanrummet': not in the theory catalogue tyrstrup_2014")
    assert "concepts: organisatoriska_mellanrum, vertikal_styrning," in said
    assert "integrering" in said
    # the command line takes the concept as an argument of 'link add', not an option
    assert refused.value.for_option().startswith(
        "concept 'mellanrummet': not in the theory catalogue tyrstrup_2014; concepts: "
    )
    with pytest.raises(ParameterError, match=r"^concept='mellanrummet': "):
        coding.reject_link(samtal, made.id, "mellanrummet", "anna")
    with pytest.raises(ParameterError, match=r"^concept='mellanrummet': "):
        coding.links(samtal, concept="mellanrummet")
    assert coding.links(samtal) == []


def test_a_transcript_is_typed_as_an_id_or_text_where_a_number_is_taken(samtal):
    import inspect

    from qualkod.coding.removal import removal_plan, remove_transcript
    from qualkod.coding.session import CodingSession
    from qualkod.coding.turn_reviews import mark_decided

    takes_a_number = {
        coding.add_coding: "transcript",
        coding.codings: "transcript",
        coding.recode: "transcript",
        api.turns: "reference",
        qualkod.suggest.suggest: "transcript",
        removal_plan: "transcript",
        remove_transcript: "transcript",
        mark_decided: "transcript",
        CodingSession: "transcript",
    }
    for function, parameter in takes_a_number.items():
        hint = inspect.signature(function).parameters[parameter].annotation
        assert hint in ("str | int", "str | int | None"), (function, hint)
    # and a number is what each of these takes
    made = coding.add_coding(samtal, 1, 2, "samverkan", "anna")
    assert [c.id for c in coding.codings(samtal, transcript=1)] == [made.id]
    assert api.turns(samtal, 1)[0].title == "Intervju 1"
    assert removal_plan(samtal, 1).codings == {"anna": 1}
    with pytest.raises(QualkodError, match="transcript ids start at 1"):
        coding.codings(samtal, transcript=0)  # not every transcript's codings
