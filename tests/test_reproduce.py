"""``qualkod reproduce study.yaml``: the sample study rebuilt, twice, byte for byte."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile

import pytest
import yaml

from qualkod.errors import QualkodError
from qualkod.reproduce import load_study, reproduce, sha256_of
from tests.conftest import DATA, REPO, copy_study


@pytest.fixture
def study(tmp_path):
    """A copy of the repository's study: manifest, transcripts, codebooks, empty outputs."""
    return copy_study(tmp_path)


def test_the_manifest_names_every_input_with_its_sha256():
    spec = load_study(REPO / "study.yaml")
    for item in [*spec.transcripts, spec.codebook, spec.theory, *spec.codings, spec.memos]:
        assert sha256_of(REPO / item.path) == item.sha256, item.path


def test_reproduce_twice_gives_byte_identical_outputs(study):
    steps: list[str] = []
    first = reproduce(study, step=steps.append)
    assert steps[0] == "checking inputs"
    assert steps[-1] == f"wrote 5 files and MANIFEST.json to {study.parent / 'outputs'}/"
    names = ["kapitel.docx", "citat.xlsx", "citat.html", "citat.csv", "citat-per-tema.png"]
    assert sorted(first.outputs) == sorted(names)
    before = {p.name: p.read_bytes() for p in (study.parent / "outputs").iterdir()}
    reproduce(study)
    after = {p.name: p.read_bytes() for p in (study.parent / "outputs").iterdir()}
    assert before == after and "MANIFEST.json" in after
    record = json.loads(after["MANIFEST.json"])
    assert record["codebook"] == {"id": "samsjuklighet", "version": "1.5"}
    assert len(record["inputs"]) == 7
    for name in names:
        assert record["outputs"][name] == sha256_of(study.parent / "outputs" / name)


def test_a_changed_input_stops_the_run_naming_the_file(study):
    codings = study.parent / "transcripts" / "codings.csv"
    codings.write_text(codings.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with pytest.raises(QualkodError, match=r"^transcripts/codings.csv: sha256 .* differs") as said:
        reproduce(study)
    assert str(said.value).endswith(  # the study was given by its full path
        f"put its new sha256 into study.yaml (sha256sum {study.parent}/transcripts/codings.csv)"
    )
    # both sums whole: two that differ only at the end must not look the same
    assert hashlib.sha256(codings.read_bytes()).hexdigest() in str(said.value)
    assert list((study.parent / "outputs").iterdir()) == []  # nothing half-written


def test_a_catalogue_given_as_the_codebook_stops_the_run_before_any_work(study):
    text = study.read_text(encoding="utf-8")
    spec = load_study(study)
    catalogue = f"  path: {spec.theory.path}\n  sha256: {spec.theory.sha256}"
    codebook = f"  path: {spec.codebook.path}\n  sha256: {spec.codebook.sha256}"
    study.write_text(text.replace(codebook, catalogue, 1), encoding="utf-8")
    with pytest.raises(QualkodError, match="is a theory catalogue, not a codebook") as caught:
        reproduce(study)
    assert str(caught.value).startswith(str(study.parent / spec.theory.path))
    assert "theory: in a study.yaml" in str(caught.value)
    assert list((study.parent / "outputs").iterdir()) == []  # nothing half-written


_VALID = (
    "study: x\ntranscripts: [{path: t.vtt, sha256: " + "a" * 64 + "}]\n"
    "codebook: {path: a.yaml, sha256: " + "b" * 64 + "}\n"
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("study: x\n", ":1:1: transcripts: missing; add it; codebook: missing; add it"),
        ("study: [unclosed\n", ":2:1: not valid YAML"),
        ("study: x\ntranscripts: []\ncodebook: {path: a, sha256: b}\n", ":2:14: transcripts: "),
        ("", ":1:1: the file: must be keys and values (key: value lines), not empty"),
        ("- study: x\n", ":1:1: the file: must be keys and values (key: value lines), not a list"),
        ("study: x\nstuddy: y\n", ":2:1: unknown key 'studdy'; did you mean 'study'?"),
        # newuser: 'chaptr:' said only "check its spelling in the README's study.yaml"
        (_VALID + "chaptr: {lang: en}\n", ":4:1: unknown key 'chaptr'; did you mean 'chapter'?"),
        (
            _VALID + "chapter: {langu: en}\n",
            ":4:11: unknown key 'langu'; did you mean 'lang'?",
        ),
        (  # nothing close: where to look instead
            _VALID + "handledare: Eva\n",
            ":4:1: unknown key 'handledare'; check its spelling in the README's study.yaml",
        ),
        (
            "study: x\ncodebook: {path: a.yaml, sha256: 0000}\n",
            ":2:34: codebook.sha256: must be text; put it in quotes",
        ),
        (
            "study: x\ntranscripts: [{path: t.vtt, sha256: " + "a" * 64 + "}]\n"
            "codebook: {path: a.yaml, sha256: 'abc'}\n",
            ":3:34: codebook.sha256: must be the file's sha256, 64 hexadecimal digits",
        ),
        (_VALID + "chapter: {max_quotes: -3}\n", ":4:23: chapter.max_quotes: must be 1 or more"),
        (
            _VALID + "chapter: {max_quotes: true}\n",
            ":4:23: chapter.max_quotes: must be a whole number, such as 4",
        ),
        (_VALID + "outputs: ''\n", ":4:10: outputs: must not be empty"),
        (
            _VALID + "chapter: {number: '0'}\n",
            ":4:19: chapter.number: use whole numbers from 1 joined by dots, such as 7 or 7.2",
        ),
    ],
)
def test_a_bad_manifest_is_one_clear_error(tmp_path, text, message):
    manifest = tmp_path / "study.yaml"
    manifest.write_text(text, encoding="utf-8")
    with pytest.raises(QualkodError) as caught:
        load_study(manifest)
    assert str(caught.value).startswith(f"{manifest}{message}")
    assert "\n" not in str(caught.value)


def test_a_sha256_in_capitals_as_powershell_writes_it_is_the_same_sha256(tmp_path):
    digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    manifest = tmp_path / "study.yaml"
    manifest.write_text(
        f"study: x\ntranscripts: [{{path: t.vtt, sha256: {digest.upper()}}}]\n"
        f"codebook: {{path: a.yaml, sha256: {digest.upper()}}}\n",
        encoding="utf-8",
    )
    study = load_study(manifest)
    assert study.codebook.sha256 == study.transcripts[0].sha256 == digest


def test_a_manifest_that_cannot_be_read_is_one_clear_error(tmp_path):
    with pytest.raises(QualkodError, match=r"study.yaml: no such study manifest; check the"):
        load_study(tmp_path / "study.yaml")
    (tmp_path / "folder.yaml").mkdir()
    with pytest.raises(QualkodError, match=r"folder.yaml: is a folder; give the study manifest"):
        load_study(tmp_path / "folder.yaml")
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    with pytest.raises(QualkodError, match=r"loop.yaml: cannot be read \(Too many levels"):
        load_study(tmp_path / "loop.yaml")


def test_nested_aliases_in_a_manifest_are_refused_quickly(tmp_path):
    laughs = (DATA / "codebook" / "billion-laughs.yaml").read_text(encoding="utf-8")
    manifest = tmp_path / "study.yaml"
    manifest.write_text(laughs.replace("themes: *i", "study: x\ntranscripts: *i"), "utf-8")
    with pytest.raises(QualkodError) as caught:
        load_study(manifest)
    assert str(caught.value) == (
        f"{manifest}:7:8: not valid YAML (YAML alias '*e' makes the file expand beyond "
        "100,000 values (nested aliases); write the values out instead)"
    )


def test_the_studys_redaction_terms_and_ignored_items_are_applied(study):
    text = study.read_text(encoding="utf-8")
    study.write_text(
        text + "redaction:\n  terms:\n    - {text: psykiatrin, as: '[enhet]'}\n",
        encoding="utf-8",
    )
    reproduce(study)
    table = (study.parent / "outputs" / "citat.csv").read_text(encoding="utf-8")
    assert "[enhet]" in table and not re.search(r"(?<!\w)psykiatrin", table)
    assert "socialpsykiatrin" in table  # a term is a word or a compound's start


def test_a_speakers_name_the_study_would_ignore_is_one_clear_error(study):
    text = study.read_text(encoding="utf-8")
    study.write_text(text + "redaction:\n  ignore: [Petra]\n", encoding="utf-8")
    line = len(text.splitlines()) + 2  # 'Petra' from column 12 of '  ignore: [Petra]'
    with pytest.raises(QualkodError) as caught:
        reproduce(study)
    assert str(caught.value) == (
        f"{study}:{line}:12: redaction.ignore.0 'Petra' is a speaker's name, always replaced "
        "by the speaker's pseudonym; remove it"
    )


def test_an_ignored_item_the_transcripts_lack_is_one_clear_error(study):
    text = study.read_text(encoding="utf-8")
    study.write_text(text + "redaction:\n  ignore: [Zlatan]\n", encoding="utf-8")
    with pytest.raises(QualkodError, match=r"redaction.ignore.0 'Zlatan' is not found"):
        reproduce(study)


def test_a_confirmed_name_the_transcripts_lack_is_one_clear_error(study):
    text = study.read_text(encoding="utf-8")
    study.write_text(text + "redaction:\n  confirm: [Zlatan]\n", encoding="utf-8")
    with pytest.raises(QualkodError, match=r"redaction.confirm.0 'Zlatan' is not found"):
        reproduce(study)


def test_input_names_that_coincide_once_redacted_stay_apart_in_the_manifest():
    from qualkod.reproduce import _redacted_names

    def redact(path):
        return path.replace("anna", "[person]").replace("lena", "[person]")

    named = _redacted_names({"t/intervju-anna.vtt": "a", "t/intervju-lena.vtt": "b"}, redact)
    assert named == {"t/intervju-[person].vtt": "a", "t/intervju-[person].vtt (2)": "b"}


def _snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_run_stopped_while_writing_leaves_the_outputs_as_they_were(study, monkeypatch):
    from qualkod import output_folder

    outputs = study.parent / "outputs"
    outputs.rmdir()  # a fresh copy of a study may lack it: the first run makes it
    reproduce(study)
    before = _snapshot(outputs)
    assert len(before) == 6 and (outputs / "MANIFEST.json").exists()
    text = study.read_text(encoding="utf-8")  # outputs that differ from the last run's
    study.write_text(text.replace("  max_quotes: 4\n", "  max_quotes: 2\n", 1), encoding="utf-8")
    real, placed = os.replace, []

    def stopped_after_two(source, target):
        new = f"{os.sep}new{os.sep}" in str(source)  # an output moved into place
        if new and len(placed) == 2:
            raise KeyboardInterrupt
        real(source, target)
        if new:
            placed.append(target)

    monkeypatch.setattr(output_folder.os, "replace", stopped_after_two)
    with pytest.raises(KeyboardInterrupt):
        reproduce(study)
    # Two outputs had been replaced: they are put back, with the manifest set aside.
    assert len(placed) == 2
    assert _snapshot(outputs) == before
    assert sorted(p.name for p in outputs.iterdir()) == sorted(p.name for p in before)


def _changed_input(study, path, text):
    """``path`` (relative to the study) rewritten as ``text``, its new sha256 in study.yaml."""
    file = study.parent / path
    old = sha256_of(file)
    file.write_text(text, encoding="utf-8")
    manifest = study.read_text(encoding="utf-8")
    study.write_text(manifest.replace(old, sha256_of(file)), encoding="utf-8")


def test_a_transcript_that_does_not_parse_leaves_no_outputs_folder(study):
    from typer.testing import CliRunner

    from qualkod.cli.app import app

    outputs = study.parent / "outputs"
    outputs.rmdir()
    _changed_input(study, "transcripts/intervju-ifo-chef.vtt", "Det här är ingen utskrift.\n")
    result = CliRunner().invoke(app, ["reproduce", str(study)])
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()[-1:]
    assert line.startswith("Error: ") and "intervju-ifo-chef.vtt" in line
    assert "Traceback" not in result.stdout + result.stderr
    assert not outputs.exists()  # absent before, absent after


def test_a_bad_codings_file_leaves_the_earlier_outputs_untouched(study):
    from typer.testing import CliRunner

    from qualkod.cli.app import app

    outputs = study.parent / "outputs"
    reproduce(study)
    before = _snapshot(outputs)
    codings = (study.parent / "transcripts" / "codings.csv").read_text(encoding="utf-8")
    last = codings.splitlines()[-1].split(",")
    last[2] = "999"  # a turn the focus group does not have
    _changed_input(study, "transcripts/codings.csv", codings + ",".join(last) + "\n")
    result = CliRunner().invoke(app, ["reproduce", str(study)])
    assert result.exit_code == 1
    assert "999" in result.stderr and "Traceback" not in result.stdout + result.stderr
    assert _snapshot(outputs) == before


def test_sigterm_during_a_run_interrupts_it_so_that_cleanup_runs():
    import os
    import signal

    from qualkod.temporary_project import terminate_as_interrupt

    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt), terminate_as_interrupt():
        os.kill(os.getpid(), signal.SIGTERM)
        signal.pause()  # not reached: the handler raises as the signal arrives
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_coder_the_codings_files_lack_stops_the_run_before_any_output(study):
    text = study.read_text(encoding="utf-8")
    study.write_text(text.replace("  coder: kodare1\n", "  coder: kodare9\n", 1), encoding="utf-8")
    line = text.splitlines().index("  coder: kodare1") + 1  # the chapter's, read first
    with pytest.raises(QualkodError) as caught:
        reproduce(study)
    assert str(caught.value) == (
        f"{study}:{line}:10: chapter.coder kodare9: has no codings in the study's codings "
        "files; coders: kodare1, kodare2"
    )
    assert list((study.parent / "outputs").iterdir()) == []


def test_a_language_the_chapter_is_not_written_in_is_refused_with_its_line(study):
    text = study.read_text(encoding="utf-8")
    study.write_text(text.replace("  lang: sv\n", "  lang: de\n", 1), encoding="utf-8")
    line = text.splitlines().index("  lang: sv") + 1
    with pytest.raises(QualkodError) as caught:
        load_study(study)
    assert str(caught.value).startswith(f"{study}:{line}:9: chapter.lang: ")
    assert "'sv' or 'en'" in str(caught.value)


def test_a_key_given_twice_in_the_manifest_is_refused_with_its_line(study):
    text = study.read_text(encoding="utf-8")
    study.write_text(text.replace("  lang: sv\n", "  lang: sv\n  lang: en\n", 1), encoding="utf-8")
    line = text.splitlines().index("  lang: sv") + 2
    with pytest.raises(QualkodError) as caught:
        load_study(study)
    assert str(caught.value) == (
        f"{study}:{line}:3: duplicate key 'chapter.lang'; each key may appear once, remove one"
    )


def test_a_killed_runs_temporary_project_is_removed_by_the_next_run(study, tmp_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = int(finished.stdout)  # a process that has ended: its pid runs nothing now
    abandoned = tmp_path / "tmp" / f"qualkod-reproduce-{dead}-x1y2"
    abandoned.mkdir()
    (abandoned / "study.db").write_bytes(b"verbatim transcripts")
    alive = tmp_path / "tmp" / f"qualkod-reproduce-{os.getpid()}-z3"  # a run still going
    alive.mkdir()
    reproduce(study)
    assert not abandoned.exists()
    assert alive.exists()
    assert sorted(p.name for p in (tmp_path / "tmp").iterdir()) == [alive.name]


def test_an_input_listed_twice_or_a_folder_is_refused_before_any_work(study):
    text = study.read_text(encoding="utf-8")
    first = "  - path: transcripts/intervju-ifo-chef.vtt\n"
    entry = first + "    sha256: " + load_study(study).transcripts[0].sha256 + "\n"
    twice = text.replace(entry, entry + entry, 1)
    study.write_text(twice, encoding="utf-8")
    with pytest.raises(
        QualkodError,
        match=r"transcripts\.1\.path 'transcripts/intervju-ifo-chef"
        r"\.vtt' is listed twice \(also as 'transcripts/intervju-ifo-chef\.vtt'\)",
    ):
        reproduce(study)
    (study.parent / "transcripts" / "mapp").mkdir()
    study.write_text(
        text.replace("path: transcripts/intervju-ifo-chef.vtt", "path: transcripts/mapp", 1),
        encoding="utf-8",
    )
    with pytest.raises(QualkodError, match=r"input transcripts/mapp is a folder; give the file"):
        reproduce(study)
    assert list((study.parent / "outputs").iterdir()) == []


def test_a_study_without_codings_says_so_in_the_studys_words(study):
    data = yaml.safe_load(study.read_text(encoding="utf-8"))
    data["codings"] = []
    data["chapter"].pop("coder", None)
    data["tables"].pop("coder", None)
    study.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    lines = study.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text == "codings: []")
    with pytest.raises(QualkodError) as caught:
        reproduce(study)
    assert str(caught.value) == (
        f"{study}:{line}:10: codings: missing or empty; list a file exported with "
        "qualkod.coding.export_codings(p, FILE) under codings:"
    )
    assert list((study.parent / "outputs").iterdir()) == []


def test_codings_files_holding_no_codings_are_named_by_their_line(study, monkeypatch):
    from typer.testing import CliRunner

    from qualkod.cli.app import app

    text = study.read_text(encoding="utf-8")
    for name in ("codings.csv", "codings-coder2.csv"):
        path = study.parent / "transcripts" / name
        header = path.read_text(encoding="utf-8").splitlines()[0] + "\n"
        path.write_text(header, encoding="utf-8")
        old = sha256_of(REPO / "transcripts" / name)
        text = text.replace(old, hashlib.sha256(header.encode("utf-8")).hexdigest())
    study.write_text(text, encoding="utf-8")
    # the first item of the list under 'codings:' (the line after it), indented by two
    line = text.splitlines().index("codings:") + 2
    monkeypatch.chdir(study.parent)
    result = CliRunner().invoke(app, ["reproduce", "study.yaml"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"Error: study.yaml:{line}:3: codings: the files listed hold no codings; list a "
        "file exported with 'qualkod codings export' under codings:"
    )
    assert list((study.parent / "outputs").iterdir()) == []
