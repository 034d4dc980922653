"""What a notebook shows of qualkod's records keeps participants' names out: a saved
output cell holds the repr of whatever the last line gave, so no record shows a real
name, a file name with one, or a found identifying item in its repr, while the
attribute still gives it to the researcher who asks for it (``speaker.raw_name``)."""

from __future__ import annotations

import pytest

from qualkod import project as api
from qualkod.importing import import_files
from qualkod.ingest import read_transcript
from qualkod.ingest._cues import Cue
from qualkod.ingest._layout import LineTranscript
from qualkod.models import Role
from qualkod.redaction import Redactor, Term, review
from qualkod.refi_import.qdpx import Plan, Source
from qualkod.store.redactions import live_decisions
from qualkod.study_file import (
    InputFile,
    RedactionSpec,
    SpeakerSpec,
    StudySpec,
    TermSpec,
    TranscriptFile,
)
from qualkod.study_names import SpeakerNaming

# Written for this test: an interview about home care in a small municipality. The
# interviewer is Maj-Britt Sandgren, the interviewee Torbjörn Växby, who mentions a
# colleague, Gunnel Åkerlund; the file's name carries the interviewee's name.
VTT = """WEBVTT

00:00:01.000 --> 00:00:05.000
<v Maj-Britt Sandgren>Berätta om hur ni planerar hemtjänsten på vintern.</v>

00:00:06.000 --> 00:00:14.000
<v Torbjörn Växby>Vi lägger schemat tillsammans med Gunnel Åkerlund varje måndag morgon.</v>

00:00:15.000 --> 00:00:18.000
<v Maj-Britt Sandgren>Fungerar det bra?</v>

00:00:19.000 --> 00:00:26.000
<v Torbjörn Växby>För det mesta, men när snön kommer blir körningarna mycket längre.</v>
"""
FILE_NAME = "Torbjörn Växby samtal.vtt"
SPEAKERS = ("Maj-Britt", "Sandgren", "Torbjörn", "Växby")
NAMES = (*SPEAKERS, "Gunnel", "Åkerlund")


def assert_no_names(*records: object, names: tuple[str, ...] = NAMES) -> None:
    for record in records:
        for shown in (repr(record), str(record)):
            assert not [n for n in names if n in shown], shown


@pytest.fixture
def interview(tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text(VTT, encoding="utf-8")
    return path


def test_a_transcript_read_from_a_file_shows_no_names(interview):
    transcript = read_transcript(interview)
    # a turn's words are shown verbatim (a name said in them too: redaction is the
    # project's, ``project_redactor(p)``); who speaks and the file's name are not
    assert_no_names(transcript, *transcript.turns, names=SPEAKERS)
    assert "Gunnel Åkerlund" in repr(transcript.turns[1])
    assert transcript.title == "Torbjörn Växby samtal"  # from the file name
    assert transcript.turns[1].speaker == "Torbjörn Växby"  # the attribute still says it
    assert transcript.source_name == FILE_NAME


def test_project_records_show_pseudonyms_not_names(project, interview):
    [result] = import_files(project, interview, interviewers="Maj-Britt Sandgren")
    rows = api.speakers(project)
    summary, turns = api.turns(project, 1)
    speaker, _ = api.set_speaker(project, "Torbjörn Växby", pseudonym="IP 4")
    shown = (result, *rows, *(row.speaker for row in rows), summary, *turns, speaker)
    assert_no_names(*shown, names=SPEAKERS)
    assert "IP 4" in repr(speaker) and "Intervjuare 1" in repr(rows[0])
    assert [row.speaker.raw_name for row in rows] == ["Maj-Britt Sandgren", "Torbjörn Växby"]
    assert rows[1].names == ("Torbjörn Växby",)
    assert turns[1].speaker.raw_name == "Torbjörn Växby"
    assert result.path.endswith(FILE_NAME) and summary.source_name == FILE_NAME


def test_redaction_items_show_their_category_not_the_name(project, interview):
    import_files(project, interview, interviewers="Maj-Britt Sandgren")
    found = review.candidates(project)
    assert "Gunnel Åkerlund" in [c.text for c in found]
    review.decide(project, ["Gunnel Åkerlund"], "confirmed", "anna", found=found)
    with project.read() as conn:
        decisions = live_decisions(conn)
    term = Term("Växby", "[ort]")
    findings = Redactor(terms=[term]).findings("Torbjörn Växby bor i Växby.")
    assert decisions and findings
    assert_no_names(*found, *decisions, term, *findings)


def test_study_settings_and_internal_records_show_no_names():
    study = StudySpec(
        study="hemtjanst",
        transcripts=[TranscriptFile(path=f"transcripts/{FILE_NAME}", sha256="0" * 64)],
        interviewers=["Maj-Britt Sandgren"],
        speakers=[SpeakerSpec(name="Torbjörn Växby", pseudonym="IP 4")],
        codebook=InputFile(path="kodbok.yaml", sha256="1" * 64),
        redaction=RedactionSpec(
            terms=[TermSpec.model_validate({"text": "Åkerlund", "as": "[person]"})],
            confirm=["Gunnel"],
        ),
    )
    assert study.speakers[0].name == "Torbjörn Växby"
    records = (
        study,
        SpeakerNaming("Torbjörn Växby", pseudonym="IP 4"),
        Cue("Torbjörn Växby", "Hej."),
        LineTranscript("arrow", [], starter="Maj-Britt Sandgren", labels={"Gunnel": "I"}),
        Source(FILE_NAME, "Torbjörn Växby: Hej.", None, None),
        Plan(roles={"Torbjörn Växby": Role.INTERVIEWEE}),
    )
    assert_no_names(*records)
