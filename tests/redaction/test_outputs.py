"""Nothing identifying reaches any output: the planted-items oracle.

``tests/data/redaction`` holds three transcripts written for this test by someone who
never saw the redaction code, with ``expected.yaml``: every planted identifying item
(speakers' names in every form, other people, personnummer, phone numbers, e-mail,
addresses, URLs, study terms, a name in a file name) and ordinary words that must
stay. The project is built and every output qualkod writes is scanned for every item.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from qualkod.cli.app import app
from tests.conftest import DATA, REPO

PLANTED = DATA / "redaction"
SPEC = yaml.safe_load((PLANTED / "expected.yaml").read_text(encoding="utf-8"))
FILES = sorted({item["file"] for item in SPEC["items"]})
INTERVIEWERS = ["Karin Lindqvist", "Johan Ek"]
# Memos are the investigator's words; they name people too.
THEME_MEMO = "Som Sara Holm och överläkare Berg beskrev det (070-174 06 12) är ansvaret oklart."


def _count(text: str, item: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(item) + r"(?!\w)", text))


def _zip_text(data: bytes) -> str:
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        )


class _Run:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.runner = CliRunner()
        self.db = folder / "studie.db"

    def __call__(self, *args) -> str:
        result = self.runner.invoke(
            app,
            [str(a) for a in args] + ["--project", str(self.db)],
            catch_exceptions=False,
            env={"QUALKOD_CODER": "kodare1"},
        )
        assert result.exit_code == 0, (args, result.stderr)
        return result.stdout + result.stderr


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    """Every output of a project built from the planted transcripts, by name."""
    folder = tmp_path_factory.mktemp("planted")
    for name in FILES:
        (folder / name).write_bytes((PLANTED / name).read_bytes())
    run = _Run(folder)
    found: dict[str, str] = {}
    found["init"] = run("init")
    interviewers = [a for name in INTERVIEWERS for a in ("--interviewer", name)]
    found["import"] = run("import", *[folder / f for f in FILES], *interviewers)
    found["codebook use"] = run("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    for term in SPEC["study_terms"]:
        run("redact", "add", term["text"], "--as", term["as"])
    _code_every_turn(run, folder)
    run("memo", "add", THEME_MEMO, "--theme", "bristande_ansvar")
    for n in range(1, len(FILES) + 1):
        for fmt in ("table", "csv", "json"):
            found[f"show {n} {fmt}"] = run("show", str(n), "--format", fmt)
    for fmt in ("table", "csv", "json"):
        found[f"transcripts {fmt}"] = run("transcripts", "--format", fmt)
        found[f"codings {fmt}"] = run("codings", "--format", fmt)
        found[f"log {fmt}"] = run("log", "--format", fmt)
        found[f"memo list {fmt}"] = run("memo", "list", "--format", fmt)
        found[f"speakers {fmt}"] = run("speakers", "--format", fmt)
    found["suggest"] = run("suggest")
    found["suggestions csv"] = run("suggestions", "--format", "csv", "--status", "all")
    found["suggestions table"] = run("suggestions", "--status", "all")
    for fmt in ("terminal", "csv", "md", "html"):
        found[f"table {fmt}"] = run("table", "--format", fmt)
    run("table", "--format", "xlsx", "--out", folder / "citat.xlsx")
    found["table xlsx"] = _zip_text((folder / "citat.xlsx").read_bytes())
    found["agreement"] = run("agreement", "--coder", "kodare1", "--coder", "kodare2")
    found["stats"] = run("stats")
    found["stats csv"] = run("stats", "--format", "csv")
    run("export", "chapter", "--out", folder / "kapitel.docx", "--coder", "kodare1")
    found["chapter"] = _zip_text((folder / "kapitel.docx").read_bytes())
    found.update(_reproduce(run, folder))
    return found


def _code_every_turn(run: _Run, folder: Path) -> None:
    """Code every interviewee turn; the memo repeats the turn's words (names included)."""
    from qualkod.store import open_project
    from qualkod.store import transcripts as transcript_store

    project = open_project(str(run.db))
    try:
        with project.read() as conn:
            rows = transcript_store.turn_texts(conn)
    finally:
        project.close()
    for number, row in enumerate(rows):
        if row.role != "interviewee":
            continue
        args = ["code", "add", "-t", str(row[0]), "--turn", str(row[2]), "--code", "samverkan"]
        args += ["--memo", row.text[:120]]
        if number % 3 == 0:
            args.append("--featured")
        run(*args)
        if row[0] == 1:  # the interviewer codes under her own name: she is a speaker
            run(*args[:8], "--featured", "--coder", INTERVIEWERS[0])
        if row[0] == 1:  # a second coder disagrees on the first transcript
            run(
                "code",
                "add",
                "-t",
                "1",
                "--turn",
                str(row[2]),
                "--code",
                "bristande_ansvar",
                "--coder",
                "kodare2",
            )


def _reproduce(run: _Run, folder: Path) -> dict[str, str]:
    """Run 'reproduce' on a study of the planted files; its outputs and MANIFEST.json."""
    run("codings", "export", "--out", folder / "codings.csv")
    for name in ("samsjuklighet.yaml", "tyrstrup-2014.yaml"):
        (folder / name).write_bytes((REPO / "codebooks" / name).read_bytes())

    def entry(name: str) -> dict:
        return {"path": name, "sha256": hashlib.sha256((folder / name).read_bytes()).hexdigest()}

    study = {
        "study": "planterat-sara-holm",  # a study id that names a speaker
        "transcripts": [entry(name) for name in FILES],
        "interviewers": INTERVIEWERS,
        "codebook": entry("samsjuklighet.yaml"),
        "theory": entry("tyrstrup-2014.yaml"),
        "codings": [entry("codings.csv")],
        "chapter": {"coder": "kodare1"},
        "redaction": {"terms": [{"text": t["text"], "as": t["as"]} for t in SPEC["study_terms"]]},
    }
    (folder / "study.yaml").write_text(yaml.safe_dump(study, allow_unicode=True), encoding="utf-8")
    (folder / "outputs").mkdir()
    said = CliRunner().invoke(app, ["reproduce", str(folder / "study.yaml")])
    assert said.exit_code == 0, said.stderr
    found = {"reproduce": said.stdout + said.stderr}
    for path in sorted((folder / "outputs").iterdir()):
        data = path.read_bytes()
        if path.suffix in (".docx", ".xlsx"):
            found[f"reproduce {path.name}"] = _zip_text(data)
        elif path.suffix != ".png":
            found[f"reproduce {path.name}"] = data.decode("utf-8")
    return found


@pytest.mark.parametrize(
    "item", SPEC["items"], ids=lambda i: f"{i['file']}:{i['category']}:{i['text']}"
)
def test_no_planted_item_reaches_any_output(outputs, item):
    leaks = [name for name, text in outputs.items() if _count(text, item["text"])]
    assert not leaks, f"{item['text']!r} ({item['category']}) is in: {', '.join(leaks)}"


def test_the_planted_set_is_as_large_as_promised():
    categories = {item["category"] for item in SPEC["items"]}
    assert len(SPEC["items"]) >= 60
    assert {"speaker", "person", "personnummer", "phone", "email", "address", "url"} <= categories


@pytest.mark.parametrize("negative", SPEC["negatives"], ids=lambda n: f"{n['file']}:{n['text']}")
def test_ordinary_words_stay(outputs, negative):
    number = FILES.index(negative["file"]) + 1
    shown = " ".join(turn["text"] for turn in json.loads(outputs[f"show {number} json"]))
    shown = re.sub(r"\[[^\]]*\]", "[]", shown)  # "[personnummer]" is no use of the word
    assert _count(shown, negative["text"]) == negative["count"], negative.get("why")


def test_titles_are_generic_and_the_import_warns_about_the_file_name(outputs):
    assert "Intervju 1" in outputs["transcripts csv"]
    assert "Fokusgrupp 1" in outputs["transcripts csv"]
    assert re.search(
        r"the file name contains a speaker's name \([^()\n]*/intervju-\[IP \d\]\.vtt\)",
        outputs["import"],
    )


def test_raw_names_only_on_request(tmp_path):
    folder = tmp_path
    name = "intervju-sara-holm.vtt"
    (folder / name).write_bytes((PLANTED / name).read_bytes())
    run = _Run(folder)
    run("init")
    run("import", folder / name)
    assert "Sara" in run("show", "1", "--format", "csv", "--raw-names")
    assert "Sara" not in run("show", "1", "--format", "csv")
