"""Terminal tables: nothing is cropped or dropped when a table is wider than the screen."""

from __future__ import annotations

from qualkod.cli import render


def test_a_table_wider_than_80_columns_keeps_every_column_and_all_text(capsys, monkeypatch):
    monkeypatch.setattr(render.console, "width", 80)
    columns = ["event", "at", "coder", "action", "coding", "memo", "undoes"]
    row = ["17", "2026-12-04T18:52:01+00:00", "Intervjuare 1", "accept-suggestion", "6", "", "12"]
    render.table(columns, [row], title="Audit log")
    shown = capsys.readouterr().out
    for word in [*columns, *row]:
        assert word in shown


def test_running_text_wraps_and_is_kept_whole_beside_wide_columns(capsys, monkeypatch):
    monkeypatch.setattr(render.console, "width", 80)
    quote = "Anhöriga märker ofta först att något har hänt med larmet under natten"
    render.table(
        ["coding", "concept", "code", "quote"],
        [["3", "teknikens_dubbelhet", "anhorig_som_reservsystem", quote]],
        wrap=("quote",),
    )
    shown = capsys.readouterr().out
    assert "anhorig_som_reservsystem" in shown and "teknikens_dubbelhet" in shown
    inside = [line.split("│")[-2].strip() for line in shown.splitlines() if line.count("│") > 4]
    assert " ".join(part for part in inside if part).endswith(quote)


def test_a_narrow_table_is_not_widened(capsys, monkeypatch):
    monkeypatch.setattr(render.console, "width", 80)
    render.table(["id", "title"], [["1", "Intervju 1"]])
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) < 40
