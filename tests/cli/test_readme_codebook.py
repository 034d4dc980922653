"""The README shows a whole codebook of one's own, the ``codebook:`` block included: a
new user who copied only the README's theme example was told "missing required key
'codebook'" with no example of that block anywhere in the README."""

from __future__ import annotations

import re

from tests.conftest import REPO


def _readme_yaml_blocks() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```yaml\n(.*?)```", readme, flags=re.DOTALL)


def _least_codebook() -> str:
    (block,) = [b for b in _readme_yaml_blocks() if "id: min_kodbok" in b]
    return block


def test_the_readmes_least_codebook_validates_as_written(cli, tmp_path):
    path = tmp_path / "min-kodbok.yaml"
    path.write_text(_least_codebook(), encoding="utf-8")
    result = cli("codebook", "validate", path, project=False)
    assert result.exit_code == 0, result.stderr
    # one theme (ansvar) with one code under it, no examples, no catalogue
    assert result.stdout.startswith(f"Valid: {path}: min_kodbok 0.1: 1 theme, 1 sub-code")
    assert "no theory catalogue" in result.stdout


def test_the_readmes_least_codebook_is_the_one_a_project_codes_with(cli, tmp_path):
    path = tmp_path / "min-kodbok.yaml"
    path.write_text(_least_codebook(), encoding="utf-8")
    result = cli("codebook", "use", path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("The project now codes with min_kodbok 0.1")


def test_without_its_quotes_the_version_is_refused_as_the_readme_says(cli, tmp_path):
    path = tmp_path / "min-kodbok.yaml"
    path.write_text(_least_codebook().replace('"0.1"', "0.10"), encoding="utf-8")
    result = cli("codebook", "validate", path, project=False)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {path}:4:12: codebook.version: must be text; put it in quotes"
    )
