"""``qualkod speakers`` and ``speakers set``."""

from __future__ import annotations

import csv
import io

from tests.conftest import INGEST, REPO


def test_listing_hides_raw_names_unless_asked(cli):
    cli("import", INGEST / "teams-new.docx", "--interviewer", "Karin Lindqvist")
    result = cli("speakers", "--format", "csv")
    assert result.stdout.splitlines()[0] == "pseudonym,role,role_source,transcripts,turns,words"
    assert "Sara" not in result.stdout and "Karin" not in result.stdout
    raw = cli("speakers", "--format", "csv", "--raw-names")
    rows = list(csv.DictReader(io.StringIO(raw.stdout)))
    assert [(r["pseudonym"], r["raw_names"]) for r in rows] == [
        ("Intervjuare 1", "Karin Lindqvist"),
        ("IP 1", "Sara Holm (Gäst)"),
        ("IP 2", "Ahmed Karimi"),
    ]
    table = cli("speakers", "--raw-names")
    assert "Sara Holm (Gäst)" in table.stdout


def test_set_role_and_pseudonym(cli):
    cli("import", INGEST / "teams-new.docx")
    result = cli("speakers", "set", "IP 2", "--role", "interviewee", "--pseudonym", "IP 9")
    assert result.exit_code == 0, result.stderr
    assert "IP 9: role interviewee" in result.stdout
    listing = cli("speakers", "--format", "csv").stdout
    assert "IP 9,interviewee,set" in listing


def test_set_unknown_speaker_fails_cleanly(cli):
    cli("import", INGEST / "zoom.vtt")
    result = cli("speakers", "set", "IP 42", "--role", "interviewer")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "IP 42" in result.stderr


def test_project_given_before_the_subcommand_is_the_one_changed(cli, tmp_path, monkeypatch):
    # A second project in the working folder must stay as it is.
    monkeypatch.chdir(tmp_path)
    assert cli("init", "qualkod.db", project=False).exit_code == 0
    cli("import", INGEST / "zoom.vtt", project=False)
    cli("import", INGEST / "zoom.vtt")
    before = cli("speakers", "--format", "csv", project=False).stdout

    # given before the subcommand, -p outranks $QUALKOD_PROJECT as it does after it
    monkeypatch.setenv("QUALKOD_PROJECT", str(tmp_path / "qualkod.db"))
    result = cli(
        "speakers", "-p", cli.project_path, "set", "IP 1", "--role", "interviewer", project=False
    )
    monkeypatch.delenv("QUALKOD_PROJECT")
    assert result.exit_code == 0, result.stderr
    assert "IP 1,interviewer,set" not in before
    assert ",interviewer,set" in cli("speakers", "--format", "csv").stdout
    assert cli("speakers", "--format", "csv", project=False).stdout == before


def test_a_listing_option_before_a_subcommand_is_refused_not_dropped(cli):
    cli("import", INGEST / "zoom.vtt")
    result = cli("speakers", "--raw-names", "set", "IP 1", "--role", "interviewer")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: --raw-names does not apply to 'qualkod speakers set'; leave it out, "
        "or give it to 'qualkod speakers' alone"
    )
    assert ",interviewer,set" not in cli("speakers", "--format", "csv").stdout


def test_a_pseudonym_holding_a_participants_name_is_refused(cli):
    cli("import", INGEST / "teams-new.docx", "--interviewer", "Karin Lindqvist")
    look_alikes = ("Ｓａｒａ", "𝐒𝐚𝐫𝐚", "S\u0430ra", "Sa\u00adra", "Lindqvíst")
    for named in ("Sara Holm", "karin", "Holms kollega", "Ahmed i teamet", "IP-Sara", *look_alikes):
        result = cli("speakers", "set", "IP 2", "--pseudonym", named)
        assert result.exit_code == 1, named
        assert "holds a participant's name" in result.stderr
    for label in ("[IP 1]", "a@b.se"):  # a redaction's token, an address
        result = cli("speakers", "set", "IP 2", "--pseudonym", label)
        assert result.exit_code == 1, label
        assert "a pseudonym is a label such as" in result.stderr
    assert cli("speakers", "set", "IP 2", "--pseudonym", "Enhetschefen").exit_code == 0
    rows = list(csv.DictReader(io.StringIO(cli("speakers", "--format", "csv").stdout)))
    assert [r["pseudonym"] for r in rows] == ["Intervjuare 1", "IP 1", "Enhetschefen"]


def test_a_pseudonym_naming_someone_the_interviews_name_is_refused(cli, tmp_path):
    talk = tmp_path / "samtal.txt"
    talk.write_text(
        "Birgitta Östman: Vem hjälper dig?\nSune Åberg: Tord Ekholm på boendet hjälper mig.\n"
        "Birgitta Östman: Hur ofta?\nSune Åberg: Varje vecka.\n",
        encoding="utf-8",
    )
    cli("import", talk, "--interviewer", "Birgitta Östman")
    for named, why in (
        ("Åbergskan", "holds a participant's name"),  # a speaker's name inside a word
        ("Tord", "holds what outputs hide (person 'Tord')"),  # named in passing
        ("Ekholms granne", "holds what outputs hide (person 'Ekholms')"),
    ):
        result = cli("speakers", "set", "IP 1", "--pseudonym", named)
        assert result.exit_code == 1, named
        assert why in result.stderr, result.stderr
    # an invented first name no interview names is a pseudonym as researchers choose them
    for label in ("Anna", "Handläggare X"):
        result = cli("speakers", "set", "Sune Åberg", "--pseudonym", label)
        assert result.exit_code == 0, result.stderr


def test_making_a_coded_interviewee_an_interviewer_warns_of_the_codings(cli):
    cli("import", INGEST / "teams-new.docx", "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    for turn in ("2", "4"):  # IP 1's turn, then IP 2's
        added = cli("code", "add", "-t", "1", "--turn", turn, "--code", "samverkan", "--coder", "a")
        assert added.exit_code == 0, added.stderr
    result = cli("speakers", "set", "IP 2", "--role", "interviewer")
    assert result.exit_code == 0
    assert "Warning: 1 coding is on Intervjuare 2's turns" in result.stderr
    quiet = cli("speakers", "set", "Intervjuare 2", "--role", "interviewee")
    assert quiet.exit_code == 0 and "Warning" not in quiet.stderr


def test_the_command_line_names_the_option_of_a_refused_value(cli):
    from tests.conftest import INGEST, REPO

    cli("import", INGEST / "teams-new.vtt", "--interviewer", "Karin Lindqvist")
    cli("codebook", "use", REPO / "codebooks" / "samsjuklighet.yaml")
    refused = cli("speakers", "set", "IP 1", "--pseudonym", "IP 07")
    assert refused.exit_code == 1
    assert refused.stderr.strip() == (
        "Error: --pseudonym 'IP 07': looks like IP 7 to a reader; write the number without "
        "leading zeros"
    )
    cli(
        "code", "add", "-t", "1", "--turn", "2", "--code", "samverkan", "--coder", "Karin Lindqvist"
    )
    nobody = cli("table", "--coder", "nobody")  # coders listed as outputs show them
    assert nobody.stderr.strip() == "Error: --coder nobody: has no codings; coders: Intervjuare 1"
