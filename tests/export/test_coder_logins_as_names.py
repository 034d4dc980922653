"""A coder login that reads as a speaker's name is labelled even with --coder-names.

The interviewee is Anna Berg, the interviewer Maja Lund. A coder logs in as
``anna.berg`` (or ``anna``, or the interviewer as ``maja_lund``), another as
``mhassan``. With ``--coder-names`` the exports keep ``mhassan``, but name a login that
the redactor reads as a speaker by her pseudonym (``IP 1``), as the chapter and an export
without ``--coder-names`` do, and one with a word of a speaker's name in it (``berg_a``,
``annab``) by its label (``Kodare A`` for the first to code); the command says how many
in one warning line that names neither login nor speaker. Without ``--coder-names`` a
study folder names a coder who is a speaker by her pseudonym too (``codings/ip-1.csv``),
never by her login, and reproduces the chapter's naming of her.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import yaml

from qualkod.export.refi_qda import write_qdpx
from qualkod.export.study import export_study
from qualkod.redaction.coder_labels import (
    kept_logins,
    labelled_logins,
    login_words,
    name_words,
    names_in_login,
)
from qualkod.reproduce import reproduce
from tests.conftest import REPO

INTERVIEW = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Maja Lund>Hur går arbetet med boendet nu för tiden?</v>

2
00:00:04.500 --> 00:00:12.000
<v Anna Berg>Det går trögt, vi väntar fortfarande på besked från nämnden om platsen.</v>

3
00:00:12.500 --> 00:00:15.000
<v Maja Lund>Vem håller i kontakten med er?</v>

4
00:00:15.500 --> 00:00:24.000
<v Anna Berg>Ingen egentligen, vi får jaga handläggaren varje vecka för svar.</v>
"""

ONE = (
    "Warning: 1 coder login looks like a participant's name; exported as the chapter names "
    "that coder (a coder label or a pseudonym)"
)
TWO = (
    "Warning: 2 coder logins look like participants' names; exported as the chapter names "
    "those coders (coder labels or pseudonyms)"
)
PSEUDONYMS = frozenset({"IP 1", "Intervjuare 1"})


def _project(cli, tmp_path: Path, logins: list[str]) -> None:
    """Import the interview; each login codes turn 2 and 4, in the order given."""
    vtt = tmp_path / "samtal.vtt"
    vtt.write_text(INTERVIEW, encoding="utf-8")
    assert cli("import", vtt, "--interviewer", "Maja Lund").exit_code == 0
    assert cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml").exit_code == 0
    for login in logins:
        for turn, code in (("2", "samarbete"), ("4", "fall_till_fall")):
            added = cli("code", "add", "-t", "1", "--turn", turn, "--code", code, "--coder", login)
            assert added.exit_code == 0, added.stderr
    memo = cli("memo", "add", "--theme", "samverkan", "Nämnden dröjer.", "--coder", logins[0])
    assert memo.exit_code == 0, memo.stderr


def _users(path: Path) -> list[str]:
    from lxml import etree

    qde = zipfile.ZipFile(io.BytesIO(path.read_bytes())).read("project.qde")
    root = etree.fromstring(qde)
    return [u.get("name") for u in root.iterfind(".//{urn:QDA-XML:project:1.0}User")]


def _qde_text(path: Path) -> str:
    return zipfile.ZipFile(io.BytesIO(path.read_bytes())).read("project.qde").decode("utf-8")


def test_kept_logins_names_a_login_read_as_a_speaker_by_her_pseudonym():
    shown = {"anna.berg": "IP 1", "maja": "Intervjuare 1", "eva": "Kodare D"}.get
    coders = ["anna.berg", "mhassan", "maja", "eva"]  # eva: the name of two speakers
    labels = kept_logins(coders, coders, lambda name: shown(name) or name, frozenset(), PSEUDONYMS)
    assert labels == {
        "anna.berg": "IP 1",  # as the chapter and the default export name her
        "mhassan": "mhassan",
        "maja": "Intervjuare 1",
        "eva": "Kodare D",  # no one speaker's pseudonym: her label by order
    }
    assert labelled_logins(labels) == 3
    # a pseudonym the caller does not list as one is no way out: the login is labelled
    labels = kept_logins(["anna.berg", "mhassan", "maja"], ["anna.berg", "mhassan", "maja"],
                         lambda name: shown(name) or name)  # fmt: skip
    assert labels == {"anna.berg": "Kodare A", "mhassan": "mhassan", "maja": "Kodare C"}
    # a login that is a label already (a project made from a labelled export) is kept
    assert kept_logins(["Kodare A", "anna"], [], lambda n: "IP 1" if n == "anna" else n) == {
        "Kodare A": "Kodare A",
        "anna": "Kodare B",
    }


def test_a_word_of_a_speakers_name_in_a_login_labels_it():
    speakers = name_words(["Anna Berg", "Lina Östberg", "Holm, Sara (Gäst)"])
    assert speakers == {"anna", "berg", "lina", "ostberg", "holm", "sara", "gast"}
    assert login_words("berg_a") == {"berg"}  # one letter is no word of a name
    assert login_words("AnnaBerg2") == {"anna", "berg"}
    assert login_words("l.ostberg@kommun.se") == {"ostberg", "kommun", "se"}
    unchanged = str  # as the redactor reads them: no speaker's name (berg: a mountain)
    coders = ["mhassan", "berg_a", "l.östberg"]  # in the order they first coded
    labels = kept_logins(coders, coders, unchanged, speakers)
    assert labels == {"mhassan": "mhassan", "berg_a": "Kodare B", "l.östberg": "Kodare C"}
    assert kept_logins(["berg_a"], [], unchanged) == {"berg_a": "berg_a"}  # no speakers given


def test_a_name_word_with_an_initial_joined_to_it_in_a_login_labels_it():
    speakers = name_words(["Anna Berg", "Lina Östberg"])
    # a name word of three letters or more with one or two letters before or after it
    assert names_in_login("annab", speakers) == {"anna"}
    assert names_in_login("AnnaB", speakers) == {"anna"}  # no capital starts a word in it
    assert names_in_login("östbergl", speakers) == {"ostberg"}
    assert names_in_login("linaö", speakers) == {"lina"}
    assert names_in_login("lostberg", speakers) == {"ostberg"}
    assert names_in_login("bergab.2", speakers) == {"berg"}
    # five letters more is another word (bergström), and a name word inside is no name
    assert names_in_login("bergström2024", speakers) == frozenset()
    assert names_in_login("kberga", speakers) == frozenset()
    assert names_in_login("mhassan", speakers) == frozenset()
    unchanged = str  # the redactor reads none of them as a speaker here
    coders = ["mhassan", "annab", "AnnaB", "östbergl", "bergström2024"]
    labels = kept_logins(coders, coders, unchanged, speakers)
    assert labels == {
        "mhassan": "mhassan",
        "annab": "Kodare B",
        "AnnaB": "Kodare C",
        "östbergl": "Kodare D",
        "bergström2024": "bergström2024",
    }
    assert labelled_logins(labels) == 3


def test_qdpx_with_coder_names_labels_a_login_that_is_the_interviewees_name(cli, tmp_path):
    _project(cli, tmp_path, ["anna.berg", "mhassan"])
    out = tmp_path / "med-namn.qdpx"
    result = cli("export", "qdpx", "--out", out, "--coder-names")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip() == ONE
    assert "coders: IP 1, mhassan" in result.stdout  # her pseudonym, as in the chapter
    assert _users(out) == ["IP 1", "mhassan"]
    text = _qde_text(out)
    assert "anna.berg" not in text and "Anna Berg" not in text

    raw = tmp_path / "raw.qdpx"  # the text is raw, but no login reads as a speaker's
    result = cli("export", "qdpx", "--out", raw, "--coder-names", "--raw-names")
    assert result.exit_code == 0, result.stderr
    assert ONE in result.stderr.splitlines()
    assert _users(raw) == ["IP 1", "mhassan"]

    plain = tmp_path / "utan.qdpx"  # without --coder-names: as before, no warning
    result = cli("export", "qdpx", "--out", plain)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert _users(plain) == ["IP 1", "Kodare B"]


def test_qdpx_from_python_counts_the_labelled_logins(cli, tmp_path, project):
    _project(cli, tmp_path, ["mhassan", "ANNA", "berg_a"])
    kept = write_qdpx(project, tmp_path / "a.qdpx", coder_names=True)
    # ANNA: the redactor reads her as the interviewee; berg_a: a word of her name
    assert kept.coders == ("IP 1", "Kodare C", "mhassan") and kept.logins_labelled == 2
    plain = write_qdpx(project, tmp_path / "b.qdpx")
    assert plain.logins_labelled == 0


def _method(path: Path) -> str:
    """The chapter's sentence naming who coded."""
    import docx

    said = [p.text for p in docx.Document(str(path)).paragraphs if "Kodningen gjordes" in p.text]
    assert len(said) == 1
    return said[0].split("Kodningen gjordes av ")[1].split(".")[0]


def _coder_column(folder: Path, paths: list[str]) -> set[str]:
    coders = set()
    for path in paths:
        lines = (folder / path).read_text(encoding="utf-8").splitlines()
        column = lines[0].split(",").index("coder")
        coders |= {line.split(",")[column] for line in lines[1:]}
    return coders


def test_study_with_coder_names_names_speakers_by_pseudonym_as_the_chapter(cli, tmp_path):
    _project(cli, tmp_path, ["anna", "lina.ostberg", "maja_lund"])
    direct = tmp_path / "direkt.docx"
    assert cli("export", "chapter", "--out", direct, "--coder", "anna").exit_code == 0
    assert _method(direct) == "IP 1"  # the project's own chapter
    folder = tmp_path / "studie"
    result = cli("export", "study", "--out", folder, "--coder", "anna", "--coder-names")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines().count(TWO) == 1
    assert "anna" not in result.stderr.casefold() and "maja" not in result.stderr.casefold()
    assert "codings of 3 coders" in result.stdout
    study = yaml.safe_load((folder / "study.yaml").read_text(encoding="utf-8"))
    paths = [c["path"] for c in study["codings"]]
    assert paths == [
        "codings/ip-1.csv",
        "codings/lina-ostberg.csv",
        "codings/intervjuare-1.csv",
    ]
    assert study["chapter"]["coder"] == "IP 1" and study["tables"] == {"coder": "IP 1"}
    assert _coder_column(folder, paths) == {"IP 1", "lina.ostberg", "Intervjuare 1"}
    memos = yaml.safe_load((folder / "memos.yaml").read_text(encoding="utf-8"))["memos"]
    assert [m["coder"] for m in memos] == ["IP 1"]
    reproduce(folder / "study.yaml")
    assert _method(folder / "outputs" / "kapitel.docx") == "IP 1"  # as the project's


def test_study_without_coder_names_names_a_speaker_by_pseudonym_not_login(cli, tmp_path, project):
    _project(cli, tmp_path, ["anna", "lina.ostberg"])
    direct = tmp_path / "direkt.docx"
    assert cli("export", "chapter", "--out", direct, "--coder", "anna").exit_code == 0
    assert _method(direct) == "IP 1"
    folder = tmp_path / "studie"
    result = cli("export", "study", "--out", folder, "--coder", "anna")
    assert result.exit_code == 0, result.stderr
    assert "coder login" not in result.stderr
    study = yaml.safe_load((folder / "study.yaml").read_text(encoding="utf-8"))
    # Before, her login went out (codings/anna.csv, coder: anna) so that reproduce would
    # show her pseudonym; the folder now names her by it, as the chapter does.
    paths = [c["path"] for c in study["codings"]]
    assert paths == ["codings/ip-1.csv", "codings/kodare-b.csv"]
    assert _coder_column(folder, paths) == {"IP 1", "Kodare B"}
    assert study["chapter"]["coder"] == "IP 1"
    memos = yaml.safe_load((folder / "memos.yaml").read_text(encoding="utf-8"))["memos"]
    assert [m["coder"] for m in memos] == ["IP 1"]
    for written in folder.rglob("*"):
        if written.is_file() and not written.is_relative_to(folder / "transcripts"):
            assert "anna" not in written.name and "coder: anna" not in written.read_text()
    reproduce(folder / "study.yaml")
    assert _method(folder / "outputs" / "kapitel.docx") == "IP 1"  # as the project's
    kept = export_study(project, tmp_path / "python", coder_names=True)
    assert kept.coders == ("IP 1", "lina.ostberg") and kept.logins_labelled == 1
    assert export_study(project, tmp_path / "python2").logins_labelled == 0
