"""The full-screen session driven by keys through Textual's pilot, checked in the database."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Static

from qualkod.coding import codings, decided_turns
from qualkod.coding.session import CodingSession
from qualkod.suggest import service
from qualkod.tui.coding_app import _HINT, CodingApp
from tests.coding.test_session import suggested  # noqa: F401 - the fixture

SIZE = (80, 24)


class Shown(dict):
    """What was on screen when the keys were done: widget id -> its text."""

    screen: str
    turn_height: int


def _drive(project, keys: list[str], *, size=SIZE, **options):
    """Run the app at ``size``, press ``keys``; return the app and what it showed."""
    session = CodingSession(project, "kodare1", **options)
    app = CodingApp(session)

    async def run() -> Shown:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for key in keys:
                await pilot.press(key)
            await pilot.pause()
            shown = Shown((w.id, str(w.content)) for w in app.query(Static) if w.id is not None)
            shown.screen = app.export_screenshot()
            shown.turn_height = app.query_one("#turn").size.height
            return shown

    return app, asyncio.run(run())


def test_shows_turn_context_suggestions_and_progress(suggested):  # noqa: F811
    app, shown = _drive(suggested, [])
    turn = shown["text"]
    assert turn.startswith("IP 1  00:00:06")
    assert "Det är tungt [skratt]." in turn  # brackets literally, not rich markup
    assert "[skratt]" in shown.screen
    assert shown["previous"].startswith("Intervjuare 1 00:00:02")
    items = shown["items"]
    assert "suggested samarbete" in items and "ansvar_skjuts_undan" in items
    assert "words: backar, undan, tar, ansvar" in items
    assert shown["progress"].startswith("Decided 0/3")


def test_keys_accept_reject_code_and_done_save_at_once(suggested):  # noqa: F811
    keys = ["r", "minus", "a"]  # reject samarbete; the next is selected: narrow, accept
    keys += ["n", "c", *"situa", "enter"]  # turn 4: code it with another code
    keys += ["n", "d"]  # turn 6: nothing to code
    app, shown = _drive(suggested, keys)
    coded = {(c.turn, c.code_id, c.quote) for c in codings(suggested, coder="kodare1")}
    assert coded == {
        (2, "ansvar_skjuts_undan", "Regionen backar undan och säger att det är vårt ärende."),
        (4, "situationsanpassning", app.session._transcripts[1].turns[3].text),
    }
    assert [s.code for s in service.suggestions(suggested, status="rejected")] == ["samarbete"]
    assert decided_turns(suggested, "kodare1") == {(1, 2), (1, 4), (1, 6)}
    assert shown["progress"].startswith("Decided 3/3")


def test_memo_feature_undo_search_and_help(suggested):  # noqa: F811
    keys = ["a", "m", *"Tydligt exempel", "enter", "tab", "f"]
    keys += ["question_mark", "x"]  # help opens; any key closes it without acting
    keys += ["slash", *"cykeln", "enter"]
    app, _ = _drive(suggested, keys)
    (coding,) = codings(suggested, coder="kodare1")
    assert coding.memo == "Tydligt exempel" and coding.featured
    assert app.session.turn.index == 6
    app, _ = _drive(suggested, ["u", "u", "u"])
    assert codings(suggested, coder="kodare1") == []


def test_an_error_is_shown_not_raised(suggested):  # noqa: F811
    app, shown = _drive(suggested, ["p"])
    assert shown["status"] == "Error: this is the first turn"


def test_fits_80_columns_and_works_without_colour(suggested, monkeypatch):  # noqa: F811
    monkeypatch.setenv("NO_COLOR", "1")
    app, shown = _drive(suggested, [])
    assert app.no_color
    assert len(_HINT) <= 80
    assert "Decided" in shown.screen and "#c0392b" not in shown.screen.lower()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_layout_keeps_the_turn_visible(suggested, size):  # noqa: F811
    _, shown = _drive(suggested, [], size=size)
    assert shown.turn_height >= 5


def test_the_screen_shows_no_names_or_numbers(project, tmp_path):
    from qualkod.importing import import_files
    from qualkod.project import use_codebook
    from tests.conftest import REPO

    transcript = tmp_path / "samtal.txt"
    transcript.write_text(
        "Karin Lindqvist: Hur gick det sedan?\n\n"
        "Sara Holm: Jag ringde Lena Berg på psykiatrin, 070-123 45 67, och Karin var med.\n",
        encoding="utf-8",
    )
    import_files(project, [transcript], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    _, shown = _drive(project, [])
    for raw in ("Lena", "Berg", "070-123", "Karin", "Sara", "Holm"):
        assert raw not in shown.screen, raw
    assert "Jag ringde [person] på psykiatrin, [telefon], och [Intervjuare 1]" in shown["text"]
    _, shown = _drive(project, [], raw_names=True)
    assert "Lena Berg" in shown["text"]


def test_l_links_the_selected_coding_and_the_screen_shows_it(suggested):  # noqa: F811
    from qualkod.coding import links

    keys = ["tab", "a", "l", *"integr", "enter"]  # accept ansvar_skjuts_undan, link it
    _, shown = _drive(suggested, keys)
    assert [k.concept_id for k in links(suggested)] == ["integrering"]
    assert "→ integrering" in shown["items"]
