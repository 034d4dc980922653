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
