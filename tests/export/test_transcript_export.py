"""``qualkod transcripts export``: pseudonymised transcripts as files, for a supervisor
or an archive."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qualkod.cli.app import app
from qualkod.errors import ParameterError, QualkodError
from qualkod.export.transcripts import export_transcripts
from qualkod.importing import import_files
from qualkod.project import init_project
from qualkod.store import open_project
from tests.conftest import INGEST

# An invented interview: the file name, the speakers, a chef named in passing and a phone
# number all identify someone; none of them may leave the project.
SAMTAL = """WEBVTT

00:00:03.000 --> 00:00:08.000
<v Karin Lindqvist>Välkommen. Kan du berätta hur samarbetet fungerar hos er?</v>

00:00:09.000 --> 00:00:20.000
<v Maja Lundberg>Ja, jag jobbar i Kalix. Min chef Göran Wikström brukar ringa mig på 070-123 45 67 när något händer.</v>

00:00:21.000 --> 00:00:25.000
<v Karin Lindqvist>Hur ofta händer det, Maja?</v>

00:01:02.000 --> 00:01:10.000
<v Maja Lundberg>Ungefär varje vecka, säger Göran.</v>
"""

ANDRA = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Karin Lindqvist>Hur började du här?</v>

00:00:05.000 --> 00:00:09.000
<v Olle Berglund>Jag kom hit för tio år sedan.</v>
"""

RAW = ("Karin", "Lindqvist", "Maja", "Lundberg", "Göran", "Wikström", "070-123", "123 45 67")

HEADER = (
    "Pseudonymiserad av qualkod: talare som IP n / Intervjuare n; namn, kommuner, orter, "
    "telefonnummer, e-post m.m. ersatta"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def imported(cli, tmp_path):
    """The CLI on a project with the invented interview (transcript 1)."""
    source = _write(tmp_path, "samtal-maja-lundberg.vtt", SAMTAL)
    result = cli("import", source, "--interviewer", "Karin Lindqvist")
    assert result.exit_code == 0, result.stderr
    return cli


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "till-handledaren"
    folder.mkdir()
    return folder


def _turn_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("[")]


def _no_raw_name_in(folder: Path) -> None:
    for path in folder.rglob("*"):
        for name in RAW:
            assert name not in path.name
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as package:
                texts = [package.read(n).decode("utf-8") for n in package.namelist()]
        else:
            texts = [path.read_text(encoding="utf-8")]
        for text in texts:
            for name in RAW:
                assert name not in text, (path.name, name)


def test_txt_has_a_header_and_every_turn_redacted_as_show_shows_it(imported, out):
    result = imported("transcripts", "export", "1", "--out", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"Wrote 1 pseudonymised transcript to {out}: Intervju 1.txt"
    assert [p.name for p in out.iterdir()] == ["Intervju 1.txt"]
    text = (out / "Intervju 1.txt").read_text(encoding="utf-8")
    assert text.splitlines()[:3] == ["Intervju 1", HEADER, ""]
    lines = _turn_lines(text)
    assert len(lines) == 4
    assert lines[0] == (
        "[00:00:03] Intervjuare 1: Välkommen. Kan du berätta hur samarbetet fungerar hos er?"
    )
    assert lines[1].startswith("[00:00:09] IP 1: Ja, jag jobbar i ")
    assert lines[1].endswith(". Min chef [person] brukar ringa mig på [telefon] när något händer.")
    assert lines[2] == "[00:00:21] Intervjuare 1: Hur ofta händer det, [IP 1]?"
    assert lines[3] == "[00:01:02] IP 1: Ungefär varje vecka, säger [person]."
    # The same redaction boundary as 'qualkod show': the same words, turn by turn.
    shown = list(csv.DictReader(io.StringIO(imported("show", "1", "--format", "csv").stdout)))
    assert [line.split(": ", 1)[1] for line in lines] == [row["text"] for row in shown]
    _no_raw_name_in(out)


def test_docx_reads_back_with_the_same_header_and_turns(imported, out):
    import docx

    result = imported("transcripts", "export", "Intervju 1", "--out", out, "--format", "docx")
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in out.iterdir()] == ["Intervju 1.docx"]
    document = docx.Document(str(out / "Intervju 1.docx"))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[:2] == ["Intervju 1", HEADER]
    assert document.paragraphs[0].style.name == "Heading 1"
    assert len(paragraphs) == 6
    assert paragraphs[2] == (
        "[00:00:03] Intervjuare 1: Välkommen. Kan du berätta hur samarbetet fungerar hos er?"
    )
    assert paragraphs[3].startswith("[00:00:09] IP 1: Ja, jag jobbar i ")
    assert "Min chef [person] brukar ringa mig på [telefon] när" in paragraphs[3]
    assert paragraphs[4] == "[00:00:21] Intervjuare 1: Hur ofta händer det, [IP 1]?"
    assert paragraphs[5] == "[00:01:02] IP 1: Ungefär varje vecka, säger [person]."
    assert [r.bold for r in document.paragraphs[5].runs] == [True, None]
    assert document.core_properties.title == "Intervju 1"
    assert document.core_properties.author == "qualkod"
    _no_raw_name_in(out)


def test_an_existing_file_is_kept_unless_force(imported, out):
    kept = out / "Intervju 1.txt"
    kept.write_text("handed in before", encoding="utf-8")
    refused = imported("transcripts", "export", "1", "--out", out)
    assert refused.exit_code == 1 and refused.stdout == ""
    assert refused.stderr == (
        f"Error: {kept}: is there already; nothing was written; add --force to replace "
        "it, or give another --out folder\n"
    )
    assert kept.read_text(encoding="utf-8") == "handed in before"
    assert [p.name for p in out.iterdir()] == ["Intervju 1.txt"]
    forced = imported("transcripts", "export", "1", "--out", out, "--force")
    assert forced.exit_code == 0, forced.stderr
    assert kept.read_text(encoding="utf-8").startswith("Intervju 1\n")
    assert [p.name for p in out.iterdir()] == ["Intervju 1.txt"]


def test_an_unknown_transcript_is_one_line_and_nothing_is_written(imported, out):
    result = imported("transcripts", "export", "1", "7", "--out", out)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: transcript '7': not in ")
    assert result.stderr.endswith("; list them with 'qualkod transcripts'\n")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def test_a_missing_folder_names_the_option_and_the_fix(imported, tmp_path):
    missing = tmp_path / "finns-inte"
    result = imported("transcripts", "export", "1", "--out", missing)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: --out {missing}: the folder does not exist; create it first (mkdir) or "
        "give another\n"
    )
    assert not missing.exists()


def test_an_unwritable_folder_names_the_option_and_the_fix(imported, out, monkeypatch):
    real_access = os.access  # chmod does not stop root: answer as a read-only folder does

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path) == out:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    result = imported("transcripts", "export", "1", "--out", out)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: --out {out}: the folder is not writable; make it writable, or give "
        "another folder\n"
    )


def test_ids_or_all_but_not_both(imported, out):
    for args in ([], ["1", "--all"]):
        result = imported("transcripts", "export", *args, "--out", out)
        assert result.exit_code == 2
        assert "give transcript ids (or titles), or --all, not both" in result.stderr
    assert list(out.iterdir()) == []


def test_all_writes_one_file_per_transcript(imported, out, tmp_path):
    second = _write(tmp_path, "olle-berglund-2024.vtt", ANDRA)
    assert imported("import", second, "--interviewer", "Karin Lindqvist").exit_code == 0
    result = imported("transcripts", "export", "--all", "--out", out, "-f", "docx")
    assert result.exit_code == 0, result.stderr
    assert "Wrote 2 pseudonymised transcripts" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == ["Intervju 1.docx", "Intervju 2.docx"]
    _no_raw_name_in(out)
    import docx

    paragraphs = [p.text for p in docx.Document(str(out / "Intervju 2.docx")).paragraphs]
    assert paragraphs[-1] == "[00:00:05] IP 2: Jag kom hit för tio år sedan."


def test_python_api_returns_the_files_and_names_its_parameters(project, tmp_path, out):
    source = _write(tmp_path, "samtal.vtt", SAMTAL)
    import_files(project, [source], interviewers=["Karin Lindqvist"])
    written = export_transcripts(project, [1], out, "txt")
    assert written == [out / "Intervju 1.txt"]
    with pytest.raises(ParameterError, match=r"^fmt='pdf': give txt or docx$"):
        export_transcripts(project, [1], out, "pdf")
    with pytest.raises(ParameterError, match=r"^out='.*finns-inte': the folder does not exist"):
        export_transcripts(project, None, tmp_path / "finns-inte")


def test_a_project_in_a_read_only_folder_is_exported(tmp_path, monkeypatch):
    monkeypatch.delenv("QUALKOD_PROJECT", raising=False)
    shared = tmp_path / "delad" / "studie.db"
    shared.parent.mkdir()
    init_project(shared)
    with open_project(shared) as opened:
        import_files(
            opened, [_write(tmp_path, "samtal.vtt", SAMTAL)], interviewers=["Karin Lindqvist"]
        )
    real_access = os.access  # a read-only share, as qualkod asks about it (tests run as root)

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path).resolve() == shared.parent.resolve():
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    with open_project(shared) as opened:
        assert opened.read_only
    before = shared.read_bytes()
    folder = tmp_path / "ut"
    folder.mkdir()
    result = CliRunner().invoke(
        app,
        ["transcripts", "export", "--all", "--out", str(folder), "--project", str(shared)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    written = (folder / "Intervju 1.txt").read_text(encoding="utf-8")
    assert written.endswith("[00:01:02] IP 1: Ungefär varje vecka, säger [person].\n")
    assert shared.read_bytes() == before
    assert sorted(p.name for p in shared.parent.iterdir()) == ["studie.db"]


def test_the_date_is_in_the_header_when_the_file_gives_one(cli, out):
    assert cli("import", INGEST / "teams-new.docx", "-i", "Karin Lindqvist").exit_code == 0
    assert cli("transcripts", "export", "1", "--out", out).exit_code == 0
    text = (out / "Fokusgrupp 1.txt").read_text(encoding="utf-8")
    assert text.splitlines()[:3] == ["Fokusgrupp 1", "Datum: 2025-03-12", HEADER]


def test_two_titles_that_give_one_file_name_each_get_their_id(imported, out, tmp_path):
    # redaction makes both titles 'Samtal om [person]': neither may replace the other
    second = _write(tmp_path, "andra.vtt", ANDRA)
    titled = imported("import", second, "-i", "Karin Lindqvist", "--title", "Samtal om Lena")
    assert titled.exit_code == 0, titled.stderr
    # transcript 1's title is 'Intervju 1': a third gets one that redacts as the second's
    third = _write(tmp_path, "tredje.vtt", ANDRA.replace("tio år", "två år"))
    titled = imported("import", third, "-i", "Karin Lindqvist", "--title", "Samtal om Göran")
    assert titled.exit_code == 0, titled.stderr
    result = imported("transcripts", "export", "--all", "--out", out)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "Intervju 1.txt",
        "Samtal om [person] (2).txt",
        "Samtal om [person] (3).txt",
    ]
    assert (
        (out / "Samtal om [person] (3).txt")
        .read_text(encoding="utf-8")
        .endswith("[00:00:05] IP 2: Jag kom hit för två år sedan.\n")
    )
    # the name does not depend on which transcripts are exported with it
    alone = tmp_path / "en"
    alone.mkdir()
    assert imported("transcripts", "export", "3", "--out", alone).exit_code == 0
    assert [p.name for p in alone.iterdir()] == ["Samtal om [person] (3).txt"]


def test_a_title_that_is_another_numbered_name_is_numbered_too(project, tmp_path, out):
    titles = ["Samtal om Lena", "Samtal om Göran", "samtal om [person] (1)"]
    for number, title in enumerate(titles, start=1):
        source = _write(tmp_path, f"{number}.vtt", ANDRA.replace("tio", f"{number}0"))
        import_files(project, [source], interviewers=["Karin Lindqvist"], title=title)
    written = export_transcripts(project, None, out)
    assert [p.name for p in written] == [
        "Samtal om [person] (1).txt",
        "Samtal om [person] (2).txt",
        "samtal om [person] (1) (3).txt",  # not over transcript 1's file, in any case
    ]
    assert len(list(out.iterdir())) == 3


def test_the_python_api_refuses_an_existing_file_by_its_parameter(project, tmp_path, out):
    import_files(
        project, [_write(tmp_path, "samtal.vtt", SAMTAL)], interviewers=["Karin Lindqvist"]
    )
    export_transcripts(project, [1], out)
    with pytest.raises(QualkodError) as refused:
        export_transcripts(project, [1], out)
    kept = out / "Intervju 1.txt"
    assert str(refused.value) == (
        f"{kept}: is there already; nothing was written; pass force=True to replace it, or "
        "give another out folder"
    )
    assert refused.value.for_option() == (
        f"{kept}: is there already; nothing was written; add --force to replace it, or "
        "give another --out folder"
    )
    assert export_transcripts(project, [1], out, force=True) == [kept]
