"""Times written minutes and seconds (``[00:35]``) that count a recording's time up from
its start are a transcript's, though on a five-second grid like a programme's clock."""

from __future__ import annotations

import io

import docx
import pytest

from qualkod.errors import TranscriptError
from qualkod.ingest import read_transcript

_REFUSED = "does not look like a transcript"

# A hand-typed interview with a postwoman: no punctuation, a stamp every turn on a
# five-second grid, elapsed minutes and seconds from the start of the recording.
_BREVBARARE = (
    "[00:00] I: då kör vi är det okej att jag spelar in\n"
    "[00:05] IP: ja det går bra\n"
    "[00:35] I: du jobbar som brevbärare eller hur\n"
    "[00:50] IP: ja sedan tjugonitton ungefär\n"
    "[01:10] I: hur ser en vanlig morgon ut\n"
    "[01:45] IP: jag sorterar från halv sju och sedan cyklar jag ut\n"
)
_BREVBARARE_TURNS = [
    ("I", 0, "då kör vi är det okej att jag spelar in"),
    ("IP", 5_000, "ja det går bra"),
    ("I", 35_000, "du jobbar som brevbärare eller hur"),
    ("IP", 50_000, "ja sedan tjugonitton ungefär"),
    ("I", 70_000, "hur ser en vanlig morgon ut"),
    ("IP", 105_000, "jag sorterar från halv sju och sedan cyklar jag ut"),
]


def _turns(path) -> list[tuple[str, int | None, str]]:
    return [(t.speaker, t.start_ms, t.text) for t in read_transcript(path).turns]


def test_bracketed_minutes_and_seconds_from_the_start_are_read_as_a_transcript(tmp_path):
    path = tmp_path / "brevbärare.txt"
    path.write_text(_BREVBARARE, encoding="utf-8")
    assert _turns(path) == _BREVBARARE_TURNS


def test_minutes_and_seconds_without_brackets_in_word_headings_are_read(tmp_path):
    # Teams-like headings 'Name   0:05' above the speech, counting up from 0:00.
    paragraphs = [
        "Intervjuare   0:00",
        "välkommen hit och tack för att du kom",
        "Deltagare   0:05",
        "tack själv",
        "Intervjuare   0:20",
        "vi börjar med din bakgrund",
        "Deltagare   0:30",
        "jag är uppvuxen i Sundsvall",
    ]
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "bakgrund.docx"
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    assert [(speaker, start) for speaker, start, _ in _turns(path)] == [
        ("Intervjuare", 0),
        ("Deltagare", 5_000),
        ("Intervjuare", 20_000),
        ("Deltagare", 30_000),
    ]
    assert _turns(path)[3][2] == "jag är uppvuxen i Sundsvall"


def test_minutes_past_twenty_four_are_no_time_of_day(tmp_path):
    # Part two of a recording: it starts 35 minutes in, which no clock shows as 35:00.
    path = tmp_path / "del2.txt"
    path.write_text(
        "[35:00] I: vi fortsätter där vi slutade\n"
        "[35:20] IP: med nattskiften alltså\n"
        "[36:05] I: ja just det\n"
        "[36:30] IP: de är tyngst på vintern\n",
        encoding="utf-8",
    )
    assert [(s, t) for s, t, _ in _turns(path)] == [
        ("I", 2_100_000),
        ("IP", 2_120_000),
        ("I", 2_165_000),
        ("IP", 2_190_000),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A morning's programme in brackets with leading zeros: clock times.
        "[08:00] Fika: matsalen\n[08:30] Info: aulan\n[09:00] Fika: matsalen\n",
        # An afternoon: starts at 13:00, far from a recording's first minute.
        "Pass   13:00   sal 2\nPaus   13:45   kaffe\nPass   14:00   sal 2\nPaus   14:45   frukt\n",
    ],
)
def test_a_programme_at_clock_times_is_still_refused(tmp_path, text):
    path = tmp_path / "program.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    assert str(caught.value).startswith(f"{path}:1: {_REFUSED}")
    assert "schedule or an agenda" in str(caught.value)


def test_on_the_command_line_the_elapsed_time_interview_is_imported(cli, tmp_path):
    path = tmp_path / "brevbärare.txt"
    path.write_text(_BREVBARARE, encoding="utf-8")
    result = cli("import", path)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "6 turns" in result.stdout
    assert result.stderr.strip() == ""  # no warning, no refusal
    rows = cli("show", "1", "--format", "csv").stdout.strip().splitlines()
    assert rows[1:] == [
        "1,00:00:00,00:00:05,Intervjuare 1,interviewer,då kör vi är det okej att jag spelar in",
        "2,00:00:05,00:00:35,IP 1,interviewee,ja det går bra",
        "3,00:00:35,00:00:50,Intervjuare 1,interviewer,du jobbar som brevbärare eller hur",
        "4,00:00:50,00:01:10,IP 1,interviewee,ja sedan tjugonitton ungefär",
        "5,00:01:10,00:01:45,Intervjuare 1,interviewer,hur ser en vanlig morgon ut",
        "6,00:01:45,00:01:49,IP 1,interviewee,jag sorterar från halv sju och sedan cyklar jag ut",
    ]
