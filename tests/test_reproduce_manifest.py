"""The committed ``outputs/MANIFEST.json``: versions, checksums and ``reproduce --check``."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from typer.testing import CliRunner

from qualkod.cli.app import app
from qualkod.errors import QualkodError
from qualkod.manifest import (
    SHAPING_PACKAGES,
    Recorded,
    compare,
    load_recorded,
    versions,
)
from qualkod.reproduce import check, reproduce, sha256_of
from tests.conftest import REPO, copy_study

COMMITTED = REPO / "outputs" / "MANIFEST.json"


@pytest.fixture
def study(tmp_path):
    """A copy of the repository's study: manifest, transcripts, codebooks, empty outputs."""
    return copy_study(tmp_path / "study")


def test_a_reproduction_gives_the_outputs_the_committed_manifest_records(study):
    """Catches the day a dependency (or a change to qualkod) changes a byte of an output."""
    recorded = load_recorded(COMMITTED)
    steps: list[str] = []
    reproduce(study, step=steps.append)
    out = study.parent / "outputs"
    assert steps[-1] == f"wrote 5 files and MANIFEST.json to {out}/"
    found = {p.name: sha256_of(p) for p in out.iterdir() if p.name != "MANIFEST.json"}
    differing = sorted(
        name
        for name in found.keys() | recorded.outputs.keys()
        if found.get(name) != recorded.outputs.get(name)
    )
    here = load_recorded(out / "MANIFEST.json")
    why = compare(recorded, here, COMMITTED).explanation()
    assert not differing, (
        f"outputs that differ from {COMMITTED.relative_to(REPO)}: {', '.join(differing)}; "
        f"{why}. Install with `pip install -c constraints.txt '.[test]'`; when the change "
        "is intended, run `qualkod reproduce study.yaml` and commit outputs/MANIFEST.json"
    )


def test_the_committed_manifest_records_every_shaping_version_and_the_studys_inputs():
    record = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert list(record) == ["study", "codebook", "versions", "settings", "inputs", "outputs"]
    parts = ["chapter", "tables", "order", "interviewers", "redaction"]
    assert list(record["settings"])[:5] == parts
    study_yaml = yaml.safe_load((REPO / "study.yaml").read_text(encoding="utf-8"))
    for key in ("file", "lang", "number", "max_quotes", "coder"):  # as study.yaml writes them
        assert f"chapter.{key}" in record["settings"]
    for key in study_yaml["tables"]:
        assert f"tables.{key}" in record["settings"]
    assert {name.partition(".")[0] for name in record["settings"]} == set(parts)
    assert list(record["versions"]) == ["python", "zlib", "qualkod", *SHAPING_PACKAGES]
    assert "not installed" not in record["versions"].values()
    study = (REPO / "study.yaml").read_text(encoding="utf-8")
    pairs = dict(re.findall(r"path: (\S+)\n\s+sha256: ([0-9a-f]{64})", study))
    assert record["inputs"] == dict(sorted(pairs.items()))


def test_the_constraints_pin_the_versions_the_committed_manifest_records():
    pins = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version.strip()
    recorded = json.loads(COMMITTED.read_text(encoding="utf-8"))["versions"]
    for name in SHAPING_PACKAGES:
        assert pins.get(name) == recorded[name], name
    assert "qualkod" not in pins


def test_the_manifest_holds_nothing_of_the_machine(study):
    reproduce(study)
    text = (study.parent / "outputs" / "MANIFEST.json").read_text(encoding="utf-8")
    assert str(study.parent) not in text and "/tmp" not in text and "\\\\" not in text
    assert not re.search(r"20\d\d-\d\d-\d\d|\d\d:\d\d:\d\d", text)  # no dates or times
    assert json.loads(text)["versions"] == versions()


def _record(outputs, versions=None, **more):
    return Recorded.model_validate({"outputs": outputs, "versions": versions or {}, **more})


def test_a_check_names_the_outputs_that_differ_and_the_versions_that_differ(tmp_path):
    one, two = "1" * 64, "2" * 64
    recorded = _record(
        {"a.png": one, "b.csv": one, "gone.txt": one},
        {"python": "3.11.7", "matplotlib": "3.10.0", "pandas": "3.1.1"},
        inputs={"t.vtt": one},
    )
    here = _record(
        {"a.png": two, "b.csv": one, "new.txt": one},
        {"python": "3.11.7", "matplotlib": "3.11.2", "pandas": "3.1.1", "faker": "40"},
        inputs={"t.vtt": two},
    )
    result = compare(recorded, here, tmp_path / "MANIFEST.json")
    assert result.outputs == {
        "a.png": "different",
        "b.csv": "identical",
        "gone.txt": "not written",
        "new.txt": "not recorded",
    }
    assert not result.identical and result.differing() == ["a.png", "gone.txt", "new.txt"]
    assert result.lines()[-1] == (
        f"1 of 4 outputs identical to {tmp_path / 'MANIFEST.json'}; recorded versions that "
        "differ here: matplotlib 3.10.0 (here 3.11.2); inputs that differ from the "
        "manifest's: t.vtt"
    )


def test_a_manifest_without_versions_says_so(tmp_path):
    recorded = _record({"a.png": "1" * 64}, qualkod="0.1.0")
    here = _record({"a.png": "2" * 64}, {"qualkod": "0.1.0"})
    result = compare(recorded, here, tmp_path / "MANIFEST.json")
    assert "records no package versions" in result.lines()[-1]


def test_check_re_runs_into_a_temporary_folder_and_reports_per_output(study, tmp_path):
    record = json.loads(COMMITTED.read_text(encoding="utf-8"))
    record["outputs"]["citat.csv"] = "0" * 64
    record["versions"]["numpy"] = "1.0.0"
    tampered = tmp_path / "MANIFEST.json"
    tampered.write_text(json.dumps(record), encoding="utf-8")
    result = CliRunner().invoke(app, ["reproduce", str(study), "--check", str(tampered)])
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert [line.split() for line in lines[-6:-1]] == [
        ["citat-per-tema.png", "identical"],
        ["citat.csv", "different"],
        ["citat.html", "identical"],
        ["citat.xlsx", "identical"],
        ["kapitel.docx", "identical"],
    ]
    assert lines[-1].startswith(
        f"4 of 5 outputs identical to {tampered}; recorded versions that differ here: "
        "numpy 1.0.0 (here "
    )
    assert list((study.parent / "outputs").iterdir()) == []  # the outputs are not touched


def test_check_against_the_committed_manifest_exits_0(study):
    result = CliRunner().invoke(app, ["reproduce", str(study), "--check", str(COMMITTED)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == f"5 of 5 outputs identical to {COMMITTED}"
    assert list((study.parent / "outputs").iterdir()) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # newuser: "no such MANIFEST.json" said nothing of where one comes from
        (
            None,
            "{path}: no such MANIFEST.json; check the path, or run 'qualkod reproduce' first "
            "to write one\n",
        ),
        ("folder", "{path}: is a folder; give the MANIFEST.json in it"),
        ("{not json", "{path}:1:2: not a MANIFEST.json (not valid JSON: "),
        (b"\xff\xfe", "{path}: not a MANIFEST.json (not UTF-8 text"),
        ("[]", "{path}: not a MANIFEST.json written by 'qualkod reproduce' (top level: "),
        ('{"outputs": {"a": "x"}}', "{path}: not a MANIFEST.json written by 'qualkod "),
    ],
)
def test_a_missing_or_invalid_manifest_is_one_line_before_any_run(study, content, message):
    path = study.parent / "other.json"
    if content == "folder":
        path.mkdir()
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(QualkodError) as caught:
        load_recorded(path)
    assert caught.value.for_option().startswith(message.format(path=path).rstrip("\n"))
    result = CliRunner().invoke(app, ["reproduce", str(study), "--check", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {message.format(path=path)}")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "checking inputs" not in result.stdout  # nothing ran


def test_reproduce_says_the_folder_it_really_wrote_to(study, monkeypatch):
    text = study.read_text(encoding="utf-8").replace("outputs: outputs", "outputs: resultat")
    study.write_text(text, encoding="utf-8")
    (study.parent / "resultat").mkdir()
    monkeypatch.chdir(study.parent.parent)
    result = CliRunner().invoke(app, ["reproduce", "study/study.yaml"])
    assert result.exit_code == 0, result.output
    assert "… wrote 5 files and MANIFEST.json to study/resultat/" in result.stdout
    assert (study.parent / "resultat" / "MANIFEST.json").is_file()


def test_a_check_names_the_parts_of_study_yaml_that_changed(tmp_path):
    one, two, three = "1" * 64, "2" * 64, "3" * 64
    settings = {"chapter": one, "tables": one, "redaction": one}
    python = {"python": "3.11.7"}
    recorded = _record(
        {"a.png": one}, python, inputs={"t/[IP 1].vtt": one, "t/[IP 2].vtt": two}, settings=settings
    )
    here = _record(
        {"a.png": two},
        python,
        # the same two files, listed the other way round: their pseudonyms swap
        inputs={"t/[IP 1].vtt": two, "t/[IP 2].vtt": one},
        settings={**settings, "chapter": three, "redaction": three},
    )
    result = compare(recorded, here, tmp_path / "MANIFEST.json")
    assert result.inputs == [] and result.settings == ["chapter", "redaction", "order"]
    assert result.lines()[-1].endswith(
        "every recorded version is this machine's; study.yaml differs from when the manifest "
        "was written: chapter, redaction, the order of the transcripts (pseudonyms are "
        "numbered in it)"
    )
    # a transcript changed: the redaction digest, keyed by the transcripts, says nothing
    changed = _record(
        {"a.png": two},
        inputs={"t/[IP 1].vtt": three, "t/[IP 2].vtt": two},
        settings={**settings, "redaction": three},
    )
    result = compare(recorded, changed, tmp_path / "MANIFEST.json")
    assert result.inputs == ["t/[IP 1].vtt"] and result.settings == []
    older = _record({"a.png": one})  # a manifest written before settings were recorded
    assert compare(older, here, tmp_path / "MANIFEST.json").settings == []


def test_checking_after_a_setting_changed_says_which(study):
    reproduce(study)
    data = yaml.safe_load(study.read_text(encoding="utf-8"))
    data["chapter"]["max_quotes"] = 2
    study.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    steps: list[str] = []
    result = check(study, study.parent / "outputs" / "MANIFEST.json", step=steps.append)
    assert steps and not any(s.startswith("wrote") for s in steps)  # its folder is gone
    assert result.settings == ["chapter.max_quotes"] and result.inputs == []
    assert result.lines()[-1].endswith(
        "study.yaml differs from when the manifest was written: chapter.max_quotes"
    )


def test_a_check_against_a_manifest_with_only_the_parts_names_the_part(tmp_path):
    one, two = "1" * 64, "2" * 64
    older = _record({"a.png": one}, settings={"chapter": one, "tables": one})
    here = _record(
        {"a.png": two},
        settings={"chapter": two, "chapter.lang": two, "chapter.number": one, "tables": one},
    )
    assert compare(older, here, tmp_path / "MANIFEST.json").settings == ["chapter"]
    newer = _record(
        {"a.png": one},
        settings={"chapter": one, "chapter.lang": one, "chapter.number": one, "tables": one},
    )
    assert compare(newer, here, tmp_path / "MANIFEST.json").settings == ["chapter.lang"]
    # a key only the newer qualkod records: the part is named
    here = _record({"a.png": two}, settings={**here.settings, "chapter.new_key": one})
    newest = _record({"a.png": one}, settings={"chapter": one, "chapter.lang": two, "tables": one})
    assert compare(newest, here, tmp_path / "MANIFEST.json").settings == ["chapter"]
    # a transcript changed: the keys' digests (keyed by the transcripts) say nothing
    before = _record({"a.png": one}, inputs={"t.vtt": one}, settings=newer.settings)
    after = _record(
        {"a.png": two},
        inputs={"t.vtt": two},
        settings={"chapter": one, "chapter.lang": two, "chapter.number": two, "tables": two},
    )
    assert compare(before, after, tmp_path / "MANIFEST.json").settings == ["tables"]


def test_checking_after_the_transcripts_were_reordered_says_so(study):
    reproduce(study)
    data = yaml.safe_load(study.read_text(encoding="utf-8"))
    data["transcripts"] = data["transcripts"][::-1]  # file names that name nobody
    study.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = check(study, study.parent / "outputs" / "MANIFEST.json")
    assert not result.identical
    assert result.inputs == [] and result.settings == ["order"]
    assert result.lines()[-1].endswith(
        "study.yaml differs from when the manifest was written: the order of the transcripts "
        "(pseudonyms are numbered in it)"
    )


def test_a_missing_manifest_in_python_names_the_python_call(tmp_path):
    with pytest.raises(QualkodError) as caught:
        load_recorded(tmp_path / "nosuch.json")
    assert str(caught.value) == (
        f"{tmp_path / 'nosuch.json'}: no such MANIFEST.json; check the path, or run "
        "qualkod.reproduce.reproduce(STUDY.yaml) first to write one"
    )
