"""README's count of tests and of PostgreSQL runs, checked when the whole suite runs
(it said about 2,750 tests when 3,497 were collected)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO


def _readme_counts() -> tuple[int, int]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    tests = re.search(r"About ([\d,]+) tests;", readme)
    postgres = re.search(r"every\s+project test \(some ([\d,]+)\)", readme)
    assert tests and postgres, "README no longer gives the counts this test checks"
    return int(tests.group(1).replace(",", "")), int(postgres.group(1).replace(",", ""))


def test_the_readme_gives_both_counts():
    tests, postgres = _readme_counts()
    assert 0 < postgres < tests


def test_the_readmes_counts_are_about_right(request):
    items = request.session.items
    whole = not request.config.option.keyword and not request.config.option.markexpr
    if not whole or len(items) < 1000:
        pytest.skip("checked only when the whole suite runs (no -k, no -m)")
    tests, postgres = _readme_counts()
    on_postgres = sum("postgresql" in item.nodeid for item in items)
    assert abs(len(items) - tests) <= tests * 0.15, len(items)
    assert abs(on_postgres - postgres) <= postgres * 0.25, on_postgres
