"""A shared ``study.yaml`` never makes ``reproduce`` read or write outside the study."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from qualkod.errors import QualkodError
from qualkod.reproduce import reproduce
from qualkod.study_file import load_study
from tests.conftest import copy_study


@pytest.fixture
def study(tmp_path):
    """A copy of the repository's study inside ``tmp_path/study``, a victim file beside it."""
    root = copy_study(tmp_path / "study").parent
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "important.txt").write_text("keep me\n", encoding="utf-8")
    return root / "study.yaml"


def _edit(manifest, change) -> None:
    data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    change(data)
    manifest.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _snapshot(folder):
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d, v: d["chapter"].update(file="../../victim/important.txt"),
            "chapter.file '../../victim/important.txt' leaves the outputs folder; "
            "give a file name inside outputs/",
        ),
        (
            lambda d, v: d["tables"].update(csv=f"{v}/important.txt"),
            "tables.csv '{victim}/important.txt' leaves the outputs folder",
        ),
        (
            lambda d, v: d["tables"].update(xlsx="../study.yaml"),
            "tables.xlsx '../study.yaml' leaves the outputs folder",
        ),
        (
            lambda d, v: d["tables"].update(chart="MANIFEST.json"),
            "tables.chart 'MANIFEST.json' is also the manifest reproduce writes; "
            "give each output its own file name",
        ),
        (
            lambda d, v: d["chapter"].update(file="kapitel.txt"),
            "chapter.file 'kapitel.txt' must end in .docx (the kind of file written there)",
        ),
        (
            lambda d, v: d["tables"].update(html="citat.xlsx", xlsx="citat.xlsx"),
            "tables.html 'citat.xlsx' is also tables.xlsx; give each output its own file name",
        ),
        (
            lambda d, v: d["tables"].update(html="citat.htm", csv="citat.txt"),
            "tables.csv 'citat.txt' must end in .csv",
        ),
        (
            lambda d, v: d.update(outputs="../victim"),
            "outputs '../victim' leaves the study folder; give a folder inside the folder "
            "of study.yaml, such as outputs",
        ),
        (
            lambda d, v: d.update(outputs="."),
            "outputs '.' leaves the study folder",
        ),
        (
            lambda d, v: d.update(outputs="transcripts") or d["tables"].update(csv="codings.csv"),
            "tables.csv 'codings.csv' would overwrite the input transcripts/codings.csv",
        ),
        (
            lambda d, v: d["transcripts"][0].update(path=f"{v}/important.txt"),
            "transcripts.0.path '{victim}/important.txt' leaves the study folder; "
            "give a path inside the folder of study.yaml",
        ),
        (
            lambda d, v: d["memos"].update(path="../victim/important.txt"),
            "memos.path '../victim/important.txt' leaves the study folder",
        ),
        (  # inside the study, but the manifest would carry this machine's folders
            lambda d, v: d["memos"].update(path=f"{v}/../study/transcripts/memos.yaml"),
            "memos.path is an absolute path; write it relative to the folder of study.yaml, "
            "as 'transcripts/memos.yaml'",
        ),
        (
            lambda d, v: d.update(outputs=f"{v}/../study/outputs"),
            "outputs is an absolute path; write it relative to the folder of study.yaml, "
            "as 'outputs'",
        ),
    ],
)
def test_a_path_that_leaves_the_study_is_refused_before_anything_is_written(study, change, message):
    victim = str(study.parent.parent / "victim")
    _edit(study, lambda data: change(data, victim))
    before = _snapshot(study.parent.parent)
    with pytest.raises(QualkodError) as caught:
        reproduce(study)
    assert str(caught.value).startswith(f"{study}: " + message.replace("{victim}", victim))
    assert "\n" not in str(caught.value)
    assert _snapshot(study.parent.parent) == before


def test_a_symlink_that_leads_out_of_the_outputs_folder_is_refused(study):
    victim = study.parent.parent / "victim" / "important.txt"
    (study.parent / "outputs" / "kapitel.docx").symlink_to(victim)
    with pytest.raises(QualkodError, match="chapter.file 'kapitel.docx' leaves the outputs"):
        reproduce(study)
    assert victim.read_text(encoding="utf-8") == "keep me\n"


def test_a_symlinked_outputs_folder_that_leads_out_is_refused(study):
    (study.parent / "outputs").rmdir()
    (study.parent / "outputs").symlink_to(study.parent.parent / "victim")
    with pytest.raises(QualkodError, match="outputs 'outputs' leaves the study folder"):
        reproduce(study)
    assert [p.name for p in (study.parent.parent / "victim").iterdir()] == ["important.txt"]


def test_a_symlinked_input_that_leads_out_is_refused(study):
    codebook = study.parent / "codebooks" / "samsjuklighet.yaml"
    outside = study.parent.parent / "victim" / "samsjuklighet.yaml"
    shutil.move(codebook, outside)
    codebook.symlink_to(outside)
    with pytest.raises(QualkodError, match="codebook.path 'codebooks/samsjuklighet.yaml' leaves"):
        reproduce(study)


def test_an_interviewer_no_transcript_names_is_reported_as_the_studys(study):
    _edit(study, lambda data: data.update(interviewers=["Karin Lindqvist", "Ingen Alls"]))
    before = _snapshot(study.parent.parent)
    line = study.read_text(encoding="utf-8").splitlines().index("- Ingen Alls") + 1
    with pytest.raises(QualkodError) as caught:
        reproduce(study)
    assert str(caught.value) == (
        f"{study}:{line}:3: interviewers.1 'Ingen Alls': no speaker of that name in the "
        "imported files; check the spelling against the transcript"
    )
    assert _snapshot(study.parent.parent) == before


def test_a_study_file_saved_in_latin_1_names_the_line_and_a_bom_is_read(study):
    text = study.read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    text = f"{first}\n# Studien gäller samverkan på två förvaltningar\n{rest}"  # line 2
    study.write_bytes(text.encode("cp1252", errors="replace"))  # an editor set to Western
    with pytest.raises(QualkodError) as caught:
        reproduce(study)
    assert str(caught.value) == f"{study}:2: not UTF-8 text; save the file as UTF-8"
    study.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # Notepad's byte-order mark
    assert load_study(study).interviewers == ["Karin Lindqvist", "Johan Ek"]


def test_an_output_in_a_folder_of_its_own_inside_the_outputs_is_written(study):
    # QA 24: 'tables.xlsx: tabeller/citat.xlsx' failed after the chapter was written
    _edit(study, lambda data: data["tables"].update(xlsx="tabeller/citat.xlsx"))
    result = reproduce(study)
    target = study.parent / "outputs" / "tabeller" / "citat.xlsx"
    assert target.read_bytes()[:2] == b"PK"  # a zip: an Excel file
    assert json.loads(result.manifest.read_text(encoding="utf-8"))["outputs"]["tabeller/citat.xlsx"]


def test_a_read_only_outputs_folder_is_named_before_any_work(study, monkeypatch):
    # QA 25: a read-only outputs folder gave "Permission denied" (a traceback on a
    # read-only file system) after the whole run; chmod does not stop root, so the
    # folder is read-only as os.access, which qualkod asks, tells it
    import os

    from typer.testing import CliRunner

    from qualkod.cli.app import app

    outputs = study.parent / "outputs"
    access = os.access

    def read_only(path, mode, *args, **kwargs):
        if mode & os.W_OK and os.path.realpath(path) == os.path.realpath(outputs):
            return False
        return access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", read_only)
    result = CliRunner().invoke(app, ["reproduce", str(study)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: {study}: outputs outputs: cannot write in the folder {outputs} (read-only); "
        "make it writable, or name another folder under outputs:"
    )
    assert "importing" not in result.stderr  # refused before the run's work
    assert list(outputs.iterdir()) == []


@pytest.mark.parametrize(
    ("run_in", "given", "shown"),
    [
        # newuser: run from the parent folder, the hint said 'sha256sum
        # transcripts/intervju-ifo-chef.vtt', which is not there
        ("parent", "studie2/study.yaml", "studie2/transcripts/intervju-ifo-chef.vtt"),
        ("study", "study.yaml", "transcripts/intervju-ifo-chef.vtt"),
    ],
)
def test_the_checksum_hint_names_the_changed_file_as_the_user_reaches_it(
    tmp_path, monkeypatch, run_in, given, shown
):
    from typer.testing import CliRunner

    from qualkod.cli.app import app

    study = copy_study(tmp_path / "studie2")
    vtt = study.parent / "transcripts" / "intervju-ifo-chef.vtt"
    vtt.write_bytes(vtt.read_bytes() + b"\n")
    monkeypatch.chdir(tmp_path if run_in == "parent" else study.parent)
    result = CliRunner().invoke(app, ["reproduce", given])
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    line = " ".join(result.stderr.split())  # the one line, as rich may wrap it
    assert line.startswith("Error: transcripts/intervju-ifo-chef.vtt: sha256 ")
    assert line.endswith(f"put its new sha256 into study.yaml (sha256sum {shown})")
    assert list((study.parent / "outputs").iterdir()) == []
