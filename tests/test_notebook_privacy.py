"""What a notebook shows of qualkod's records keeps participants' names out: a saved
output cell holds the repr of whatever the last line gave, so no record shows a real
name, a file name with one, or a found identifying item in its repr, while the
attribute still gives it to the researcher who asks for it (``speaker.raw_name``)."""

from __future__ import annotations

import pytest

from qualkod import analysis, coding
from qualkod import project as api
from qualkod.importing import import_files
from qualkod.ingest import read_transcript
from qualkod.ingest._cues import Cue
from qualkod.ingest._layout import LineTranscript
from qualkod.models import Role
from qualkod.redaction import Redactor, Term, review
from qualkod.refi_import.notes import Note
from qualkod.refi_import.qdpx import Plan, Source
from qualkod.refi_import.selections import Link as QdaLink
from qualkod.refi_import.selections import Selection
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
from qualkod.suggest import suggest, suggestions
from tests.conftest import REPO

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
    # neither who speaks, the file's name nor the words (a name said in them) are shown
    assert_no_names(transcript, *transcript.turns)
    said = "Vi lägger schemat tillsammans med Gunnel Åkerlund varje måndag morgon."
    assert transcript.turns[1].text == said  # the attribute gives the words
    assert f"text=<{len(said)} chars>" in repr(transcript.turns[1])
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


# Written for this test: a home-care worker tells of weekly planning with the region;
# the nurse he names, Gunnel Åkerlund, comes back in the coder's quote and memos.
PLANERING = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Maj-Britt Sandgren>Hur samordnar ni besöken med regionen?</v>

00:00:05.000 --> 00:00:12.000
<v Torbjörn Växby>Vi träffas varje torsdag med Gunnel Åkerlund och gör en gemensam planering.</v>
"""
PLANNED = "Vi träffas varje torsdag med Gunnel Åkerlund och gör en gemensam planering."
CODEBOOK = REPO / "codebooks" / "samsjuklighet.yaml"


def shown_as_length(record: object, field: str, text: str) -> bool:
    """Whether the record's repr shows ``field`` as the length of ``text`` alone."""
    return f"{field}=<{len(text)} chars>" in repr(record) and text not in repr(record)


def test_words_quotes_and_memos_are_shown_by_their_length(project, tmp_path):
    path = tmp_path / "planering.vtt"
    path.write_text(PLANERING, encoding="utf-8")
    import_files(project, path, interviewers="Maj-Britt Sandgren")
    api.use_codebook(project, CODEBOOK)
    suggest(project)
    [offered] = suggestions(project)
    quote = "med Gunnel Åkerlund"
    made = coding.add_coding(
        project, 1, 2, "samverkan", "anna", quote=quote, memo="Gunnel Åkerlund leder mötet."
    )
    first = "Gunnel Åkerlund är länken till regionen."
    coding.add_memo(project, first, "anna", coding_id=made.id)
    replacing = coding.add_memo(project, "Åkerlund bokar lokalen.", "anna", coding_id=made.id)
    on_theme = coding.add_memo(project, "Gunnel nämns av flera.", "anna", theme="samverkan")
    link = coding.add_link(
        project,
        made.id,
        "organisatoriska_mellanrum",
        "anna",
        memo="Gunnel Åkerlund sitter emellan.",
    )
    coding.add_coding(project, 1, 2, "bristande_ansvar", "bertil")
    report = analysis.agreement(project, ["anna", "bertil"], api.current_codebook(project)[0])
    events = coding.history(project)
    coding.export_codings(project, tmp_path / "kodningar.csv", coder="anna")
    [row] = coding.read_codings_file(tmp_path / "kodningar.csv")
    summary, turns = api.turns(project, 1)

    # the attributes give the words to code that asks for them ...
    assert (turns[1].text, offered.text, made.quote, row.quote) == (PLANNED, PLANNED, quote, quote)
    assert replacing.replaced == first and link.memo == "Gunnel Åkerlund sitter emellan."
    assert [e.action for e in events if "Gunnel" in (e.after or "")]  # the memo's JSON
    assert report.disagreements and report.disagreements[0].turn == 2
    # ... and a notebook's saved output shows how long they are, never them
    assert shown_as_length(turns[1], "text", PLANNED)
    assert shown_as_length(offered, "text", PLANNED)
    assert shown_as_length(made, "quote", quote) and shown_as_length(row, "quote", quote)
    assert shown_as_length(made, "memo", "Gunnel Åkerlund leder mötet.")
    assert shown_as_length(replacing, "replaced", first)
    assert shown_as_length(on_theme, "text", "Gunnel nämns av flera.")
    assert shown_as_length(link, "memo", "Gunnel Åkerlund sitter emellan.")
    assert "memo=''" in repr(coding.codings(project, coder="bertil")[0])  # nothing is nothing
    everything = (*turns, summary, offered, made, row, replacing, on_theme, link, *events, report)
    assert_no_names(*everything)
    assert_no_names(turns, coding.memos(project), coding.links(project))  # lists of them


def test_records_inside_the_stages_show_no_words():
    said = "Gunnel Åkerlund ringde i morse."
    records = (
        Cue("Torbjörn Växby", said, 1000, 4000),
        Note(said, "anna", "2025-01-01T10:00:00Z", name="Gunnel"),
        Selection(0, 0, 15, "samverkan", "anna", "", said, links=(QdaLink("x", "anna", said, ""),)),
    )
    assert_no_names(*records)
    assert shown_as_length(records[0], "text", said) and records[0].text == said
    assert shown_as_length(records[2], "memo", said) and records[2].links[0].memo == said


def test_a_coder_is_hidden_in_the_reprs_of_decisions(project, tmp_path):
    path = tmp_path / "planering.vtt"
    path.write_text(PLANERING, encoding="utf-8")
    import_files(project, path, interviewers="Maj-Britt Sandgren")
    api.use_codebook(project, CODEBOOK)
    suggest(project)
    [offered] = suggestions(project)
    # a login with the coder's own name, and the interviewer coding under hers
    made = coding.add_coding(project, 1, 2, "samverkan", "ingrid.nordvall", memo="Viktig.")
    memo = coding.add_memo(project, "Planeringen bär.", "ingrid.nordvall", theme="samverkan")
    link = coding.add_link(project, made.id, "organisatoriska_mellanrum", "ingrid.nordvall")
    coding.reject_suggestion(project, offered.id, "Maj-Britt Sandgren")
    [decided] = suggestions(project, status="all")
    coding.export_codings(project, tmp_path / "kodningar.csv")
    [row] = coding.read_codings_file(tmp_path / "kodningar.csv")
    records = (
        made,
        memo,
        link,
        decided,
        row,
        *coding.codings(project),
        *coding.memos(project),
        *coding.links(project),
        *coding.history(project),
        *coding.coders(project),
    )
    assert_no_names(*records, names=("ingrid", "nordvall", "Maj-Britt", "Sandgren"))
    for record in (made, memo, link, row, *coding.history(project), *coding.coders(project)):
        assert "coder=<hidden>" in repr(record), repr(record)
    assert "decided_by=<hidden>" in repr(decided)
    assert "decided_by=None" in repr(offered)  # nothing is nothing
    # the attributes still say who
    assert (made.coder, memo.coder, link.coder, row.coder) == ("ingrid.nordvall",) * 4
    assert decided.decided_by == "Maj-Britt Sandgren"


def test_a_transcript_summary_shows_no_title_given_by_hand(project, interview):
    import_files(project, interview, interviewers="Maj-Britt Sandgren")
    api.set_title(project, 1, "Hemtjänst med Torbjörn Växby")
    [summary] = api.transcripts(project)
    shown = repr(summary)
    assert_no_names(summary, names=SPEAKERS)
    title = "Hemtjänst med Torbjörn Växby"  # 28 characters
    assert f"title=<{len(title)} chars>" in shown and "title=<28 chars>" in shown
    assert shown.startswith("TranscriptSummary(id=1, title=<28 chars>, ")
    assert "turns=4" in shown and "words=" in shown and "speakers=2" in shown
    assert summary.title == title  # the attribute gives it


def test_codebook_examples_and_passages_are_shown_by_their_length():
    from qualkod.codebook.schema import CodeSpec, ExamplesSpec, PassageSpec
    from qualkod.models import Code, Codebook, Passage

    said = "Gunnel Åkerlund ringer alltid innan hon kommer."  # 47 characters
    other = "Vi har inget samarbete alls."  # 28 characters
    code = Code(
        "samverkan",
        "Samverkan",
        "Arbete tillsammans över gränser.",
        positive_examples=(said, other),
        negative_examples=(other,),
    )
    passage = Passage(said, ("samverkan",), voice="undersköterska")
    book = Codebook("hemtjanst", "Hemtjänst", "1.0", (code,), passages=(passage,))
    examples = ExamplesSpec(positive=[said], negative=[other, said])
    spec = CodeSpec(id="samverkan", name="Samverkan", definition="Arbete.", examples=examples)
    records = (code, passage, book, examples, spec, PassageSpec(text=said, codes=["samverkan"]))
    assert_no_names(*records)
    assert not [r for r in records if "innan hon" in repr(r) or "samarbete alls" in repr(r)]
    assert "positive_examples=(<47 chars>, <28 chars>)" in repr(code)
    assert "negative_examples=(<28 chars>,)" in repr(code)
    assert "Passage(text=<47 chars>, codes=('samverkan',), voice='undersköterska')" in repr(book)
    assert "ExamplesSpec(positive=(<47 chars>,), negative=(<28 chars>, <47 chars>))" in repr(spec)
    assert "PassageSpec(text=<47 chars>, codes=['samverkan'], voice='')" == repr(records[-1])
    assert "definition='Arbete tillsammans över gränser.'" in repr(code)  # the codebook's own
    assert code.positive_examples == (said, other) and examples.positive == [said]


def test_what_a_removal_deleted_shows_no_title_and_no_coder():
    """A removal's summary (``coding.remove_transcript``) printed in a notebook: the
    hand-set title and the coders' logins stay out, the counts are there."""
    from qualkod.coding.removal import TranscriptRemoval

    removal = TranscriptRemoval(
        transcript_id=4,
        title="Samtal med Greta Lund",
        sha256="c" * 64,
        turns=40,
        codings={"anna.lind": 5, "per.ek": 2},
        suggestions=1,
        links=0,
        events=3,
    )
    shown = repr(removal)
    for word in ("Greta", "Lund", "anna.lind", "per.ek"):
        assert word not in shown
    assert "title=<21 chars>" in shown
    assert shown.endswith("codings=7)")
    assert removal.codings == {"anna.lind": 5, "per.ek": 2}  # the attribute keeps them
