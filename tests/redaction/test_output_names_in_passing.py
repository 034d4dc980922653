"""An output's file name is refused where it names someone whom only a memo names, or
whom the interviews name in passing, and the message hides the name too."""

from __future__ import annotations

import pytest

from tests.conftest import REPO

TALK = (
    "Kerstin Malm: Hur kom du i kontakt med mottagningen?\n"
    "Bengt Sjöholm: Genom Lindqvist, faktiskt.\n"
    "Kerstin Malm: Och hur gick det sen?\n"
    "Bengt Sjöholm: Det gick bra tror jag.\n"
)
MEMO = "Kuratorn Hedvall nämns inte i samtalet men ordnade kontakten enligt journalen."


@pytest.fixture
def talked(cli, tmp_path):
    talk = tmp_path / "samtal.txt"
    talk.write_text(TALK, encoding="utf-8")
    assert cli("import", talk, "--interviewer", "Kerstin Malm").exit_code == 0
    assert cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml").exit_code == 0
    added = cli("memo", "add", MEMO, "--conclusion", "--coder", "kodare1")
    assert added.exit_code == 0, added.stderr
    return cli


@pytest.mark.parametrize(
    "out",
    [
        "hedvall.qdpx",  # only the memo names her
        "analys-Hedvalls.qdpx",  # a genitive
        "lindqvist.qdpx",  # named in passing in a turn
    ],
)
def test_a_name_from_a_memo_or_a_turn_is_refused_as_a_file_name(talked, tmp_path, out):
    target = tmp_path / out
    result = talked("export", "qdpx", "--out", target)
    assert result.exit_code == 1, result.stdout
    assert "names someone in the interviews" in result.stderr
    for name in ("hedvall", "lindqvist"):
        assert name not in result.stderr.lower(), result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_a_file_name_naming_nobody_is_written(talked, tmp_path):
    target = tmp_path / "kuratorns-roll.qdpx"
    result = talked("export", "qdpx", "--out", target)
    assert result.exit_code == 0, result.stderr
    assert target.exists()
