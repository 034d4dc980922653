"""'init --from' titles sources as 'import' does: a source named in the form qualkod
numbers itself (Intervju 5, fokusgrupp 2) gets the generic title import would give,
never a title 'import --title' refuses."""

from __future__ import annotations

import zipfile
from pathlib import Path

from typer.testing import CliRunner

from qualkod.cli.app import app

ONE = """\
Lena Vik: Hur ser en vanlig vecka ut för dig?
Pelle Strand: Mest möten på förmiddagen och hembesök efter lunch.
"""
GROUP = """\
Lena Vik: Hur fördelar ni ärendena i gruppen?
Pelle Strand: Vi turas om, en vecka i taget.
Stina Ahl: Och den som har jour tar de akuta.
"""


def _run(*args) -> object:
    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result


def _titles(location: Path) -> list[str]:
    import csv
    import io

    listed = _run("transcripts", "--format", "csv", "--project", location).stdout
    return [row["title"] for row in csv.DictReader(io.StringIO(listed))]


def test_sources_named_as_generic_titles_get_the_titles_import_gives(tmp_path, monkeypatch):
    monkeypatch.delenv("QUALKOD_PROJECT", raising=False)
    first = tmp_path / "first.db"
    _run("init", first)
    for name, text, title in (("a.txt", ONE, "Vecka"), ("b.txt", GROUP, "Gruppen")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        _run("import", tmp_path / name, "--interviewer", "Lena Vik", "--title", title, "-p", first)
    exported = tmp_path / "a.qdpx"
    _run("export", "qdpx", "--out", exported, "-p", first)
    # as another program might name them: a number with a gap, the wrong kind, lower case
    renamed = tmp_path / "b.qdpx"
    with zipfile.ZipFile(exported) as old, zipfile.ZipFile(renamed, "w") as new:
        for member in old.infolist():
            data = old.read(member.filename)
            if member.filename == "project.qde":
                data = data.replace(b'name="Vecka"', b'name="Intervju 5"')
                data = data.replace(b'name="Gruppen"', b'name="intervju 2"')
            new.writestr(member, data)
    location = tmp_path / "ny.db"
    _run("init", location, "--from", renamed, "--codebook-out", tmp_path / "k.yaml")
    # one interviewee: an interview; two: a focus group, each numbered from 1
    assert _titles(location) == ["Intervju 1", "Fokusgrupp 1"]
    (tmp_path / "c.txt").write_text(ONE.replace("vanlig", "lugn"), encoding="utf-8")
    _run("import", tmp_path / "c.txt", "--interviewer", "Lena Vik", "-p", location)
    assert _titles(location) == ["Intervju 1", "Fokusgrupp 1", "Intervju 2"]
