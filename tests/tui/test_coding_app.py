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
    lines: list[str]
    """The screen's rows as text, pop-ups included."""
    statuses: list[str]
    """The status line after each key."""
    modal: bool
    """Whether a pop-up was open at the end."""


def _drive(project, keys: list[str], *, size=SIZE, session=None, **options):
    """Run the app at ``size``, press ``keys``; return the app and what it showed."""
    session = session or CodingSession(project, "kodare1", **options)
    app = CodingApp(session)

    async def run() -> Shown:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            statuses = []
            for key in keys:
                await pilot.press(key)
                statuses.append(str(app.query_one("#status", Static).content))
            await pilot.pause()
            shown = Shown((w.id, str(w.content)) for w in app.query(Static) if w.id is not None)
            shown.screen = app.export_screenshot()
            shown.turn_height = app.query_one("#turn").size.height
            shown.lines = [strip.text for strip in app.screen._compositor.render_strips()]
            shown.statuses = statuses
            shown.modal = app.screen.is_modal
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
    # a accepts samarbete; the focus stays on the next suggestion, two tabs reach the coding
    keys = ["a", "tab", "tab", "m", *"Tydligt exempel", "enter", "f"]
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

    keys = ["tab", "a", "tab", "l", *"integr", "enter"]  # accept ansvar_skjuts_undan, link it
    _, shown = _drive(suggested, keys)
    assert [k.concept_id for k in links(suggested)] == ["integrering"]
    assert "→ integrering" in shown["items"]


SELECT_FIRST = "Error: select one of your codings first (tab)"


def test_x_f_m_l_act_on_the_selected_coding_never_on_a_suggestion(suggested):  # noqa: F811
    from qualkod.coding import links

    # a accepts samarbete; the focus goes on to the ansvar_skjuts_undan suggestion
    app, shown = _drive(suggested, ["a", "x", "f", "l", "m"])
    assert shown.statuses[0].startswith("accepted: coding ")
    assert shown.statuses[1:] == [SELECT_FIRST] * 4
    assert not shown.modal  # m opened no prompt to type into
    (coding,) = codings(suggested, coder="kodare1")
    assert (coding.code_id, coding.featured, coding.memo or "") == ("samarbete", False, "")
    assert links(suggested) == []
    _, shown = _drive(suggested, ["p", "tab", "tab", "f", "x"])  # now the coding is focused
    assert shown.statuses[-2:] == [
        f"coding {coding.id} featured",
        f"removed coding {coding.id}",
    ]
    assert codings(suggested, coder="kodare1") == []
    _, shown = _drive(suggested, ["n", "n", "x"])  # turn 6: nothing on it
    assert shown.statuses[-1] == "Error: code the turn first (c)"


def test_c_selects_the_new_coding_for_m_and_f(suggested):  # noqa: F811
    keys = ["n", "c", *"situa", "enter", "m", *"Planen", "enter", "f"]  # as in the README
    _, shown = _drive(suggested, keys)
    (coding,) = codings(suggested, coder="kodare1")
    assert (coding.code_id, coding.memo, coding.featured) == (
        "situationsanpassning",
        "Planen",
        True,
    )


def test_a_second_memo_says_it_replaces_the_first_and_u_brings_it_back(suggested):  # noqa: F811
    keys = ["a", "tab", "tab", "m", *"Forsta", "enter", "m"]
    _, shown = _drive(suggested, keys)
    (coding,) = codings(suggested, coder="kodare1")
    prompt = "\n".join(shown.lines)
    assert f"Memo on coding {coding.id}; it replaces the memo: Forsta" in prompt
    _, shown = _drive(suggested, ["p", "tab", "tab", "m", *"Andra", "enter"])
    assert shown.statuses[-1] == (
        f"memo saved on coding {coding.id}; it replaces the earlier memo (Forsta); "
        "u brings that back"
    )
    assert [c.memo for c in codings(suggested, coder="kodare1")] == ["Andra"]
    _drive(suggested, ["u"])
    assert [c.memo for c in codings(suggested, coder="kodare1")] == ["Forsta"]


def test_the_item_line_shows_the_link_before_the_memo(suggested):  # noqa: F811
    keys = ["a", "tab", "tab", "m", *"Ett mycket tydligt exempel", "enter"]
    keys += ["l", *"integr", "enter"]
    _, shown = _drive(suggested, keys)
    assert "→ integrering  memo: Ett mycket tydligt exempel" in shown["items"]


def test_help_and_pickers_keep_the_keys_from_the_screen_behind(suggested):  # noqa: F811
    # tab and q close the help and do nothing else; r then rejects the first suggestion
    _, shown = _drive(suggested, ["question_mark", "tab", "question_mark", "q", "r"])
    assert shown.statuses[:4] == ["? shows the keys"] * 4  # nothing acted, q did not quit
    assert shown.statuses[-1].endswith("(samarbete)")
    assert [s.code for s in service.suggestions(suggested, status="rejected")] == ["samarbete"]
    app, shown = _drive(suggested, ["c", "tab", "enter"])  # a stray Enter picks nothing
    assert shown.modal and app.session.focus == 0
    assert any("type or press ↓ (Escape cancels)" in line for line in shown.lines)
    _, shown = _drive(suggested, ["l", "escape", "c", *"xyz", "enter"])
    assert any("nothing matches; change the filter" in line for line in shown.lines)
    assert codings(suggested, coder="kodare1") == []
    _drive(suggested, ["c", "down", "enter"])  # moved to: the codebook's first code
    assert [c.code_id for c in codings(suggested, coder="kodare1")] == ["bristande_ansvar"]


def test_an_error_about_a_change_made_elsewhere_shows_the_turn_as_it_is(suggested):  # noqa: F811
    from qualkod.coding.decisions import remove_coding

    CodingSession(suggested, "kodare1").accept()  # samarbete on turn 2
    (coding,) = codings(suggested, coder="kodare1")
    session = CodingSession(suggested, "kodare1")  # resumes at turn 4
    remove_coding(suggested, coding.id, "kodare1")  # the command line, meanwhile
    _, shown = _drive(suggested, ["p", "tab", "tab", "x"], session=session)
    assert shown.statuses[-1].startswith(f"Error: coding {coding.id}: already removed by kodare1")
    assert "coded" not in shown["items"]


@pytest.fixture
def long_turn(project, tmp_path):
    """One interviewee turn of twenty weeks, each week's first sentence suggested
    ansvar_skjuts_undan."""
    from qualkod.importing import import_files
    from qualkod.project import use_codebook
    from tests.conftest import REPO

    weeks = " ".join(
        f"Vecka {n} backade regionen undan och ingen tog ansvar. Det regnade." for n in range(1, 21)
    )
    transcript = tmp_path / "hosten.txt"
    transcript.write_text(
        f"Karin Lindqvist: Hur var hösten?\n\nLena Berg: {weeks}\n\nKarin Lindqvist: Tack.\n",
        encoding="utf-8",
    )
    import_files(project, [transcript], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    service.suggest(project)
    return project


def test_a_long_turn_scrolls_to_the_selection_and_the_list_to_the_focus(long_turn):
    _, shown = _drive(long_turn, ["tab"] * 14)  # the 15th suggestion: week 15
    screen = "\n".join(shown.lines)
    assert "Vecka 15 backade" in screen and "Vecka 1 backade" not in screen
    items = shown["items"].splitlines()
    assert len(items) == 6
    assert "▶" in items[2] and items[-1].strip().startswith("item 15 of 20")
    _, shown = _drive(long_turn, ["tab"] * 14 + ["pageup"] * 3)  # PgUp back to the start
    assert "Vecka 1 backade" in "\n".join(shown.lines)
    _, shown = _drive(long_turn, ["pagedown"] * 3)  # PgDn down to the end
    assert "Vecka 20 backade" in "\n".join(shown.lines)
    _, shown = _drive(long_turn, [])
    assert "Vecka 1 backade" in "\n".join(shown.lines) and "▶" in shown["items"].splitlines()[0]


def test_retraining_says_so_first_runs_in_a_worker_and_holds_decisions(
    suggested,  # noqa: F811
    monkeypatch,
):
    import threading

    from qualkod.coding.session import RETRAINING

    service.train(suggested)
    service.suggest(suggested)
    release, started = threading.Event(), threading.Event()
    relearn = service.relearn

    def slow_relearn(project, **options):
        started.set()
        assert release.wait(60)
        return relearn(project, **options)

    monkeypatch.setattr(service, "relearn", slow_relearn)
    app = CodingApp(CodingSession(suggested, "kodare1", learn_every=1))

    async def run() -> list[str]:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            statuses = []
            for key in ["r", "a", "n"]:  # reject, then a decision and a move while it runs
                await pilot.press(key)
                statuses.append(str(app.query_one("#status", Static).content))
            assert started.wait(60)
            assert app.session.turn.index == 4  # the screen answered meanwhile
            release.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            statuses.append(str(app.query_one("#status", Static).content))
            return statuses

    statuses = asyncio.run(run())
    assert statuses[0].startswith("rejected suggestion ") and RETRAINING in statuses[0]
    assert statuses[1].startswith(RETRAINING + " decisions wait")
    assert statuses[-1].startswith("learnt from your decisions: classifier ")
    # the reject was saved before retraining, the held accept was not made
    (rejected,) = service.suggestions(suggested, status="rejected")
    assert statuses[0].startswith(f"rejected suggestion {rejected.id} ({rejected.code})")
    assert codings(suggested, coder="kodare1") == []
    assert service.decisions_since_training(suggested) == 0


@pytest.mark.parametrize("keys", [["question_mark"], ["c"], ["m"]])
def test_pop_ups_fit_a_small_terminal(suggested, keys):  # noqa: F811
    if keys == ["m"]:  # a memo prompt: on a new coding
        keys = ["n", "c", *"situa", "enter", "m"]
    _, shown = _drive(suggested, keys, size=(60, 20))
    assert shown.modal
    screen = "\n".join(shown.lines)
    tops = [line for line in shown.lines if "╭" in line]
    bottoms = [line for line in shown.lines if "╰" in line]
    assert tops and "╮" in tops[-1] and bottoms and "╯" in bottoms[-1]  # both edges seen
    if keys == ["question_mark"]:  # a long meaning wraps within its column
        assert "feature the selected coding's quote" in screen
        assert "(or stop featuring it)" in screen or "featuring it)" in screen
    elif keys == ["c"]:
        assert "Code the selection with" in screen and "situationsanpassning" in screen
    else:
        assert "Memo on coding" in screen and "(Enter saves, Escape cancels)" in screen


def test_search_finds_what_the_screen_shows_never_a_hidden_name(project, tmp_path):
    from qualkod.coding.session import SessionError
    from qualkod.importing import import_files
    from qualkod.project import use_codebook
    from tests.conftest import REPO

    transcript = tmp_path / "samtal.txt"
    transcript.write_text(
        "Karin Lindqvist: Hur gick det?\n\n"
        "Sara Holm: Det gick bra.\n\n"
        "Karin Lindqvist: Och sedan?\n\n"
        "Sara Holm: Jag ringde Lena Berg på psykiatrin.\n",
        encoding="utf-8",
    )
    import_files(project, [transcript], interviewers=["Karin Lindqvist"])
    use_codebook(project, REPO / "codebooks" / "samsjuklighet.yaml")
    session = CodingSession(project, "kodare1")
    with pytest.raises(SessionError, match="in no turn"):
        session.search("Lena")
    assert session.turn.index == 2
    assert session.search("[person]") == "found '[person]' in turn 4"
    _, shown = _drive(project, ["slash", *"Berg", "enter"])
    assert shown.statuses[-1] == "Error: 'Berg' is in no turn of this session"
    assert CodingSession(project, "kodare1", raw_names=True).search("lena") == (
        "found 'lena' in turn 4"
    )


def test_d_on_a_coded_turn_records_nothing_more_to_code_and_says_so(suggested):  # noqa: F811
    from qualkod.coding import history

    _, shown = _drive(suggested, ["a", "d", "p", "d"])
    assert shown.statuses[1] == "turn 2 decided: nothing more to code than your 1 coding"
    assert shown.statuses[3] == "turn 2 was marked decided already; nothing recorded"
    assert [e.action for e in history(suggested)][-1] == "review"
    assert shown["progress"].startswith("Decided 1/3")
    assert "bristande_ansvar 1/1" in shown["progress"]  # its open suggestion passed over


def test_passages_of_a_long_turn_show_the_turn_score_once(long_turn):
    _, shown = _drive(long_turn, [])
    rows = shown["items"].splitlines()
    assert "passage 1/20; the turn's score" in rows[0]
    assert all("score" not in row for row in rows[1:])
    assert "passage 2/20  words: " in rows[1]
