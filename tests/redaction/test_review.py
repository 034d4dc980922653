"""Reviewing redactions: list, confirm, ignore, add, undo, --check, through the CLI."""

from __future__ import annotations

import csv
import io

import pytest

from tests.conftest import DATA, REPO

PLANTED = DATA / "redaction"


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def reviewed(cli, monkeypatch):
    monkeypatch.setenv("QUALKOD_CODER", "granskare")
    result = cli("import", PLANTED / "uppfoljning.vtt", "--interviewer", "Karin Lindqvist")
    assert result.exit_code == 0, result.stderr
    return cli


def _item(cli, text: str) -> dict:
    rows = _rows(cli("redact", "--format", "csv").stdout)
    return next(r for r in rows if r["text"] == text)


def test_listing_names_category_count_context_and_status(reviewed):
    rows = _rows(reviewed("redact", "--format", "csv").stdout)
    assert list(rows[0]) == [
        "id", "transcript", "category", "text", "count", "status", "replacement", "context",
    ]  # fmt: skip
    eva = next(r for r in rows if r["text"] == "Eva Ström")
    assert eva["category"] == "person" and eva["status"] == "automatic"
    assert eva["replacement"] == "[person]" and "Eva Ström" in eva["context"]
    assert int(eva["count"]) == 2


def test_check_fails_until_everything_is_reviewed(reviewed):
    result = reviewed("redact", "--check")
    assert result.exit_code == 1
    assert "redaction items are not reviewed yet" in result.stderr
    assert reviewed("redact", "confirm", "--all").exit_code == 0
    result = reviewed("redact", "--check")
    assert result.exit_code == 0 and "are reviewed" in result.stdout


def test_confirming_one_category_twice_says_only_that_category_is_reviewed(reviewed):
    first = reviewed("redact", "confirm", "--all", "--category", "phone")
    assert first.exit_code == 0 and "(phone)" in first.stdout
    again = reviewed("redact", "confirm", "--all", "--category", "phone")
    assert again.exit_code == 0
    assert "every phone item is reviewed" in again.stdout
    assert reviewed("redact", "--check").exit_code == 1  # the people are still to review


def test_confirming_a_category_nothing_was_found_in_says_so(reviewed):
    result = reviewed("redact", "confirm", "--all", "--category", "plate")
    assert result.exit_code == 0
    assert "no plate item was found" in result.stdout
    assert "reviewed" not in result.stdout


def test_ignore_keeps_a_word_in_outputs_and_undo_brings_redaction_back(reviewed):
    item = _item(reviewed, "Eva Ström")
    assert "Eva Ström" not in reviewed("show", "1", "--format", "csv").stdout
    result = reviewed("redact", "ignore", item["id"])
    assert result.exit_code == 0 and "Ignored 1 item: " in result.stdout
    assert _item(reviewed, "Eva Ström")["status"] == "ignored"
    assert "Eva Ström" in reviewed("show", "1", "--format", "csv").stdout
    log = _rows(reviewed("log", "--format", "csv").stdout)
    assert log[-1]["action"] == "redact-ignored" and log[-1]["coder"] == "granskare"
    assert reviewed("undo").exit_code == 0
    assert _item(reviewed, "Eva Ström")["status"] == "automatic"
    assert "Eva Ström" not in reviewed("show", "1", "--format", "csv").stdout


def test_add_a_study_term_and_it_is_replaced_everywhere(reviewed):
    assert "Björkgården" in reviewed("show", "1", "--format", "csv").stdout
    result = reviewed("redact", "add", "Björkgården", "--as", "[boende]")
    assert result.exit_code == 0, result.stderr
    shown = reviewed("show", "1", "--format", "csv").stdout
    assert "Björkgården" not in shown and "[boende]" in shown
    assert _item(reviewed, "Björkgården")["status"] == "added"


def test_items_are_named_by_id_prefix_or_text(reviewed):
    assert reviewed("redact", "confirm", "Eva Ström").exit_code == 0
    assert _item(reviewed, "Eva Ström")["status"] == "confirmed"
    result = reviewed("redact", "confirm", "zzzzzz")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: redaction item 'zzzzzz': no such id or text; list them with 'qualkod redact'"
    )


def test_confirm_needs_ids_or_all(reviewed):
    for words in (["confirm"], ["ignore", "1", "--all"]):
        result = reviewed("redact", *words)
        assert result.exit_code == 2
        assert result.stderr.strip() == (
            f"Error: give item ids (or texts), or --all, not both; "
            f"see 'qualkod redact {words[0]} --help'"
        )
    result = reviewed("redact", "add", "Fjällby", "--as", " ")
    assert result.exit_code == 1 and "--as: give the replacement" in result.stderr
    # a replacement the outputs would themselves hide: a speaker's name, a phone number
    for replacement in ("Karin Lindqvist", "070-123 45 67", "Ｋａｒｉｎ"):
        result = reviewed("redact", "add", "Björkgården", "--as", replacement)
        assert result.exit_code == 1, replacement
        assert f"--as {replacement!r}: holds what outputs hide" in result.stderr
    assert ",term," not in reviewed("redact", "--format", "csv").stdout  # nothing added
    assert reviewed("redact", "add", "Björkgården", "--as", "[boende]").exit_code == 0
    assert ",term," in reviewed("redact", "--format", "csv").stdout
    # nor may a replacement bring back a word already added
    result = reviewed("redact", "add", "Fjällby", "--as", "nära Björkgården")
    assert result.exit_code == 1
    assert "--as 'nära Björkgården': holds what outputs hide (term 'Björkgården')" in result.stderr


def test_a_possible_name_is_offered_and_redacted_once_confirmed(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("QUALKOD_CODER", "granskare")
    transcript = tmp_path / "samtal.txt"
    transcript.write_text(
        "Intervjuare: Vem hjälpte dig då?\n\n"
        "Deltagare: Det var min kontakt Zelalem som ringde runt åt mig.\n\n"
        "Intervjuare: Och sedan?\n\n"
        "Deltagare: Zelalem följde med till mottagningen.\n",
        encoding="utf-8",
    )
    assert cli("import", transcript, "--interviewer", "Intervjuare").exit_code == 0
    item = _item(cli, "Zelalem")
    assert item["category"] == "possible_person" and item["status"] == "to confirm"
    assert "Zelalem" in cli("show", "1", "--format", "csv").stdout  # not redacted yet
    assert cli("redact", "--check").exit_code == 1
    assert cli("redact", "confirm", item["id"]).exit_code == 0
    shown = cli("show", "1", "--format", "csv").stdout
    assert "Zelalem" not in shown and shown.count("[person]") == 2  # the sentence start too
    assert cli("redact", "--check").exit_code == 0


def test_undo_across_coders_brings_back_only_what_was_replaced(reviewed):
    ignore_as_a = reviewed("redact", "ignore", "Eva Ström", "--coder", "a")
    assert ignore_as_a.exit_code == 0
    assert reviewed("redact", "confirm", "Eva Ström", "--coder", "b").exit_code == 0
    assert reviewed("undo", "--coder", "a").exit_code == 0  # a takes back the ignore
    assert reviewed("undo", "--coder", "b").exit_code == 0  # b takes back the confirm
    assert _item(reviewed, "Eva Ström")["status"] == "automatic"
    assert "Eva Ström" not in reviewed("show", "1", "--format", "csv").stdout


def test_a_term_or_replacement_longer_than_a_project_keeps_is_refused(reviewed):
    before = reviewed("redact", "--format", "csv").stdout
    result = reviewed("redact", "add", "Fjällby", "--as", "[" + "x" * 200 + "]")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: --as: the replacement is longer than 200 characters"
    result = reviewed("redact", "add", "Fjällby " * 70, "--as", "[ort]")
    assert result.exit_code == 1
    assert "the term is longer than 495 characters" in result.stderr
    assert reviewed("redact", "--format", "csv").stdout == before  # nothing added


def test_a_one_letter_term_is_refused(reviewed):
    result = reviewed("redact", "add", "i", "--as", "[x]")
    assert result.exit_code == 1
    assert "give a word of two letters or more" in result.stderr


def test_a_text_reference_wins_over_an_id_that_starts_the_same():
    from qualkod.redaction.review import Candidate, resolve

    def item(id_, text):
        return Candidate(
            id_, f"person:{text.casefold()}", 1, "person", text, 1, "", "automatic", ""
        )

    found = [item("ebbe12ab34", "Lena"), item("0123456789", "Ebbe")]
    assert resolve(found, "Ebbe").text == "Ebbe"
    assert resolve(found, "ebbe12").text == "Lena"


def test_memos_in_the_log_are_redacted_across_line_breaks(reviewed):
    reviewed("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    reviewed("code", "add", "-t", "1", "--turn", "2", "--code", "samverkan")
    reviewed("memo", "add", "Rad ett\nEva Ström ringde.\tMohammed kom.", "--coding", "1")
    log = reviewed("log", "--format", "csv").stdout
    assert "Eva" not in log and "Mohammed" not in log and "[person]" in log


def test_given_titles_are_redacted_in_listings_and_messages(cli):
    result = cli("import", PLANTED / "uppfoljning.vtt", "--title", "Samtal med Eva Ström")
    assert result.exit_code == 0, result.stderr
    assert "'Samtal med [person]'" in result.stdout
    listing = cli("transcripts", "--format", "csv").stdout
    assert "Samtal med [person]" in listing and "Eva" not in listing
    assert "Samtal med Eva Ström" in cli("transcripts", "--format", "csv", "--raw-names").stdout


def test_a_speakers_name_cannot_be_ignored(reviewed):
    rows = _rows(reviewed("redact", "--format", "csv").stdout)
    speaker = next(r for r in rows if r["category"] == "speaker")
    result = reviewed("redact", "ignore", speaker["id"])
    assert result.exit_code == 1
    assert f"redaction item {speaker['id']} ({speaker['text']}): is a speaker's name" in (
        result.stderr
    )
    assert _item(reviewed, speaker["text"])["status"] != "ignored"
    every = reviewed("redact", "ignore", "--all")  # the rest is ignored, the speakers not
    assert every.exit_code == 0, every.stderr
    assert _item(reviewed, speaker["text"])["status"] != "ignored"
    assert _item(reviewed, "Eva Ström")["status"] == "ignored"


def test_a_municipality_is_redacted_listed_and_kept_once_ignored(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("QUALKOD_CODER", "granskare")
    transcript = tmp_path / "samtal.txt"
    transcript.write_text(
        "Intervjuare: Var jobbar du?\n\n"
        "Deltagare: Jag är socialsekreterare i Kalix, och Haparanda kommun köper platser av oss.\n",
        encoding="utf-8",
    )
    assert cli("import", transcript, "--interviewer", "Intervjuare").exit_code == 0
    shown = cli("show", "1", "--format", "csv").stdout
    assert "Kalix" not in shown and "Haparanda" not in shown
    assert "socialsekreterare i [kommun], och [kommun] köper" in shown
    kalix = _item(cli, "Kalix")  # listed as a municipality, not as a possible person
    assert kalix["category"] == "municipality" and kalix["status"] == "automatic"
    assert kalix["replacement"] == "[kommun]"
    assert cli("redact", "ignore", kalix["id"]).exit_code == 0
    shown = cli("show", "1", "--format", "csv").stdout
    assert "i Kalix, och [kommun] köper" in shown
