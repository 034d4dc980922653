"""A codebook's top: the codebook block's keys written at the top level, and an empty
file, say what is wrong in the file's own terms."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from qualkod.cli.app import app


def _validate(path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["codebook", "validate", str(path)])
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stderr.strip().splitlines()


def test_the_codebook_blocks_keys_at_the_top_belong_under_codebook(tmp_path):
    # newuser: "unknown key 'id'; it belongs at another level of the file"
    path = tmp_path / "kodbok.yaml"
    path.write_text(
        "id: hemtjanst\nname: Hemtjänst\nversion: '1'\nthemes:\n"
        "  - id: tid\n    name: Tid\n    definition: Om brist på tid i arbetet.\n",
        encoding="utf-8",
    )
    code, lines = _validate(path)
    assert code == 1
    assert lines == [
        f"Error: {path}:1:1: missing required key 'codebook'",
        f"Error: {path}:1:1: id: unknown key 'id'; it belongs under 'codebook:'",
        f"Error: {path}:2:1: name: unknown key 'name'; it belongs under 'codebook:'",
        f"Error: {path}:3:1: version: unknown key 'version'; it belongs under 'codebook:'",
    ]


def test_a_key_of_a_theme_at_the_top_keeps_its_own_hint(tmp_path):
    path = tmp_path / "kodbok.yaml"
    path.write_text(
        "codebook: {id: a, name: A, version: '1'}\ndefinition: Fel plats.\nthemes:\n"
        "  - {id: a, name: A, definition: D}\n",
        encoding="utf-8",
    )
    code, lines = _validate(path)
    assert code == 1
    assert lines == [
        f"Error: {path}:2:1: definition: unknown key 'definition'; it belongs at another "
        "level of the file"
    ]


def test_an_empty_codebook_file_is_said_to_be_empty(tmp_path):
    # newuser: "expected a mapping with 'codebook:' at the top; is this the right file?"
    path = tmp_path / "tom.yaml"
    path.write_text("", encoding="utf-8")
    assert _validate(path) == (
        1,
        [f"Error: {path}:1:1: the file is empty; is this the right file?"],
    )
    path.write_text("# kodboken skrivs senare\n\n", encoding="utf-8")
    assert _validate(path) == (
        1,
        [
            f"Error: {path}:1:1: the file holds only comments, no 'codebook:' at the top; "
            "is this the right file?"
        ],
    )
    for nothing in ("null\n", "---\n", "~\n"):  # a YAML document holding nothing (review)
        path.write_text(nothing, encoding="utf-8")
        assert _validate(path) == (
            1,
            [f"Error: {path}:1:1: the file holds no 'codebook:' block; is this the right file?"],
        )


def test_a_catalogues_block_keys_at_the_top_belong_under_catalogue(tmp_path):
    from qualkod.codebook import load_theory
    from qualkod.errors import CodebookError

    path = tmp_path / "teori.yaml"
    path.write_text(
        "id: teori\nname: Teori\nversion: '1'\nconcepts:\n  - id: glapp\n    name: Glapp\n"
        "    definition: Ett glapp mellan två verksamheter.\n"
        "    source: {author: Ek, year: 2021, title: Om glapp}\n",
        encoding="utf-8",
    )
    with pytest.raises(CodebookError) as caught:
        load_theory(path)
    assert str(caught.value).splitlines() == [
        f"{path}:1:1: missing required key 'catalogue'",
        f"{path}:1:1: id: unknown key 'id'; it belongs under 'catalogue:'",
        f"{path}:2:1: name: unknown key 'name'; it belongs under 'catalogue:'",
        f"{path}:3:1: version: unknown key 'version'; it belongs under 'catalogue:'",
    ]
