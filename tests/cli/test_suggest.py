"""Suggestion commands through the command line."""

from __future__ import annotations


def test_evaluate_names_a_gold_file_that_cannot_be_read(cli, tmp_path):
    (tmp_path / "loop1.csv").symlink_to("loop2.csv")
    (tmp_path / "loop2.csv").symlink_to("loop1.csv")
    loop = tmp_path / "loop1.csv"
    for gold, expected in [
        (tmp_path, f"{tmp_path}: is a folder; give the codings file"),
        (loop, f"{loop}: cannot be read (Too many levels of symbolic links); check the path"),
    ]:
        result = cli("evaluate", "--gold", gold)
        assert result.exit_code == 1
        assert "Traceback" not in result.stderr + result.stdout
        assert result.stderr.strip().splitlines() == [f"Error: {expected}"]
