"""Coders' decided-turn marks ('qualkod code done') through a REFI-QDA round trip:
'export qdpx' writes each as a note 'Avgjord' by the coder on the turn's selection
(named Kodare A, Kodare B as in the chapter, kodare_a being the first to decide),
'init --from' reads them back as the same coders' marks."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualkod.cli.app import app
from qualkod.coding import decided_marks
from qualkod.store import open_project
from tests.conftest import DATA, REPO

REFI = DATA / "refi-qda"  # vendored with their MIT notice: see its README.md
PROJECT_NS = "urn:QDA-XML:project:1.0"

TRANSCRIPT = """\
Lena Vik: Hur började arbetsdagen i måndags?
Pelle Strand: Med ett möte om nya rutiner för hembesöken.
Lena Vik: Vad tyckte gruppen om dem?
Pelle Strand: De flesta var positiva men ville ha mer tid för resorna.
"""


def _project(cli, tmp_path: Path) -> None:
    source = tmp_path / "samtal.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    assert cli("import", source, "--interviewer", "Lena Vik").exit_code == 0
    assert cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml").exit_code == 0
    for turn, coder in ((2, "kodare_a"), (4, "kodare_a"), (4, "kodare_b")):
        done = cli("code", "done", "-t", "1", "--turn", str(turn), "--coder", coder)
        assert done.exit_code == 0, done.stderr
    added = cli(
        "code", "add", "-t", "1", "--turn", "2", "--code", "samverkan", "--coder", "kodare_b"
    )
    assert added.exit_code == 0, added.stderr


def _qde(path: Path):
    from lxml import etree

    return etree.fromstring(zipfile.ZipFile(io.BytesIO(path.read_bytes())).read("project.qde"))


def _marks(root) -> list[tuple[str, str]]:
    """(turn selection name, user name) of every 'Avgjord' note, by the selections that
    refer to them."""
    ns = {"q": PROJECT_NS}
    users = {u.get("guid"): u.get("name") for u in root.iterfind(".//q:User", ns)}
    notes = {
        n.get("guid"): users[n.get("creatingUser")]
        for n in root.iterfind(".//q:Note", ns)
        if n.get("name") == "Avgjord"
    }
    found = []
    for selection in root.iterfind(".//q:PlainTextSelection", ns):
        for ref in selection.iterfind("q:NoteRef", ns):
            if ref.get("targetGUID") in notes:
                found.append((selection.get("name"), notes[ref.get("targetGUID")]))
    return sorted(found)


def test_decided_marks_survive_export_and_init_from(cli, tmp_path):
    _project(cli, tmp_path)
    out = tmp_path / "studie.qdpx"
    written = cli("export", "qdpx", "--out", out)
    assert written.exit_code == 0, written.stderr
    assert "(3 decided-turn marks)" in written.stdout
    root = _qde(out)
    assert _marks(root) == [
        ("IP 1, tur 2", "Kodare A"),
        ("IP 1, tur 4", "Kodare A"),
        ("IP 1, tur 4", "Kodare B"),
    ]
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(REFI / "Project.xsd")))
    assert schema.validate(root), schema.error_log

    location = tmp_path / "ny.db"
    made = CliRunner().invoke(
        app,
        ["init", str(location), "--from", str(out), "--codebook-out", str(tmp_path / "k.yaml")],
        catch_exceptions=False,
    )
    assert made.exit_code == 0, made.stderr
    assert "3 decided-turn marks" in made.stdout
    assert "skipped" not in made.stderr
    project = open_project(location)
    try:
        marks = sorted((r.transcript_id, r.turn, r.coder) for r in decided_marks(project))
    finally:
        project.close()
    assert marks == [(1, 2, "Kodare A"), (1, 4, "Kodare A"), (1, 4, "Kodare B")]
    # the imported project exports the same file again, marks, coders and times included
    again = tmp_path / "igen.qdpx"
    runner = CliRunner()
    result = runner.invoke(app, ["export", "qdpx", "--out", str(again), "--project", str(location)])
    assert result.exit_code == 0, result.stderr
    assert again.read_bytes() == out.read_bytes()


def test_export_for_one_coder_carries_only_their_marks(cli, tmp_path):
    _project(cli, tmp_path)
    out = tmp_path / "b.qdpx"
    written = cli("export", "qdpx", "--out", out, "--coder", "kodare_b")
    assert written.exit_code == 0, written.stderr
    assert _marks(_qde(out)) == [("IP 1, tur 4", "Kodare B")]


@pytest.mark.parametrize("undo", [False, True])
def test_a_mark_undone_is_not_exported(cli, tmp_path, undo):
    _project(cli, tmp_path)
    if undo:  # kodare_a's last decision is the mark on turn 4
        assert cli("undo", "--coder", "kodare_a").exit_code == 0
    out = tmp_path / "s.qdpx"
    assert cli("export", "qdpx", "--out", out).exit_code == 0
    expected = [("IP 1, tur 2", "Kodare A"), ("IP 1, tur 4", "Kodare B")]
    if not undo:
        expected.insert(1, ("IP 1, tur 4", "Kodare A"))
    assert _marks(_qde(out)) == expected


def test_with_coder_names_the_marks_keep_the_logins(cli, tmp_path):
    _project(cli, tmp_path)
    out = tmp_path / "s.qdpx"
    assert cli("export", "qdpx", "--out", out, "--coder-names").exit_code == 0
    assert _marks(_qde(out)) == [
        ("IP 1, tur 2", "kodare_a"),
        ("IP 1, tur 4", "kodare_a"),
        ("IP 1, tur 4", "kodare_b"),
    ]
