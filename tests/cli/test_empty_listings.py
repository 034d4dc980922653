"""A listing with nothing in it says so in one line with what to do, as 'qualkod
codings' and 'qualkod links' do, rather than printing a table of headers alone
(newuser: 'qualkod log' and 'qualkod memo list' in a new project did)."""

from __future__ import annotations


def test_log_of_a_new_project_is_one_line(cli):
    result = cli("log")
    assert result.exit_code == 0
    assert result.stdout == (
        "The audit log is empty: no decision has been made in this project yet\n"
    )


def test_memo_list_of_a_new_project_is_one_line(cli):
    result = cli("memo", "list")
    assert result.exit_code == 0
    assert result.stdout == "No memos yet; add one with 'qualkod memo add --theme THEME TEXT'\n"


def test_csv_and_json_of_an_empty_log_and_memo_list_stay_machine_readable(cli):
    assert cli("log", "--format", "csv").stdout == (
        "event,at,coder,action,coding,memo,undoes,before,after\n"
    )
    assert cli("memo", "list", "--format", "csv").stdout == (
        "id,about,theme,concept,coding,coder,text\n"
    )
    assert cli("log", "--format", "json").stdout.strip() == "[]"
    assert cli("memo", "list", "--format", "json").stdout.strip() == "[]"


def test_a_memo_list_with_a_memo_is_still_a_table(coded_project, cli):
    assert cli("memo", "add", "--theme", "samverkan", "Mötena bär samarbetet.").exit_code == 0
    listed = cli("memo", "list").stdout
    assert "Memos" in listed and "Mötena bär samarbetet." in listed
    assert "No memos yet" not in listed
    logged = cli("log").stdout
    assert "Audit log" in logged and "The audit log is empty" not in logged


NOTHING_CODED = (
    "Warning: the project has no codings yet, so the table is empty; code with 'qualkod "
    "code add' or 'qualkod suggestions accept ID'\n"
)


def test_a_table_before_any_coding_says_why_it_is_empty(coded_project, cli, tmp_path):
    # newuser: 'qualkod table --out citat.md' before coding wrote "intervjuer:" and
    # "Inga kodade citat." under every theme without a word on the terminal
    shown = cli("table")
    assert shown.exit_code == 0
    assert shown.stderr == NOTHING_CODED
    written = cli("table", "--out", tmp_path / "citat.md")
    assert written.exit_code == 0
    assert written.stderr == NOTHING_CODED
    assert (tmp_path / "citat.md").exists()  # the file is still written, as asked


def test_statistics_before_any_coding_say_why_they_are_empty(coded_project, cli):
    result = cli("stats", "--format", "csv")
    assert result.exit_code == 0
    assert result.stderr == (
        "Warning: the project has no codings yet, so the statistics are empty; code with "
        "'qualkod code add' or 'qualkod suggestions accept ID'\n"
    )


def test_a_table_the_options_leave_empty_names_them(coded_project, cli):
    from qualkod.coding import add_coding

    add_coding(coded_project, "1", 2, "samverkan", "anna")  # not featured
    result = cli("table", "--theme", "samverkan", "--featured")
    assert result.exit_code == 0
    assert (
        result.stderr == "Warning: no codings match --theme and --featured, so the table is empty\n"
    )
    assert cli("table").stderr == ""  # the coding is there: nothing to warn about
