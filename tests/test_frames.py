"""A listing as a DataFrame (``qualkod.to_frame``): a row per record, a column per field,
and in a notebook's saved output no real name and no words but redacted ones."""

from __future__ import annotations

import pytest

import qualkod
from qualkod import coding
from qualkod import project as api
from qualkod.errors import ParameterError
from qualkod.importing import import_files
from qualkod.models import Role, Speaker, Turn
from qualkod.redaction.project import project_redactor
from tests.conftest import REPO

CODEBOOK = REPO / "codebooks" / "samsjuklighet.yaml"

# Written for this test: a home-care worker on planning visits with the region; he
# names the nurse he plans with, Gunnel Åkerlund.
SAMTAL = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Maj-Britt Sandgren>Hur planerar ni veckans besök?</v>

00:00:05.000 --> 00:00:12.000
<v Torbjörn Växby>Vi sitter med Gunnel Åkerlund på måndagarna och delar upp dem.</v>

00:00:13.000 --> 00:00:15.000
<v Maj-Britt Sandgren>Räcker tiden?</v>

00:00:16.000 --> 00:00:20.000
<v Torbjörn Växby>Ibland räcker inte timmarna till.</v>
"""
SAID = (
    "Hur planerar ni veckans besök?",
    "Vi sitter med Gunnel Åkerlund på måndagarna och delar upp dem.",
    "Räcker tiden?",
    "Ibland räcker inte timmarna till.",
)
NAMES = ("Maj-Britt", "Sandgren", "Torbjörn", "Växby", "Gunnel", "Åkerlund")


@pytest.fixture
def samtal(project, tmp_path):
    path = tmp_path / "planering.vtt"
    path.write_text(SAMTAL, encoding="utf-8")
    import_files(project, path, interviewers="Maj-Britt Sandgren")
    api.use_codebook(project, CODEBOOK)
    return project


def shown(frame) -> str:
    """All a notebook shows of a frame: its columns and every cell."""
    return frame.to_string(max_colwidth=None)


def test_a_listing_is_a_frame_of_a_row_per_record(samtal):
    coding.add_coding(samtal, 1, 2, "samverkan", "anna", quote="delar upp dem")
    coding.add_coding(samtal, 1, 4, "bristande_ansvar", "bertil", memo="Gunnel saknas.")
    frame = qualkod.to_frame(coding.codings(samtal))
    assert frame[["turn", "code_id", "coder", "start", "end"]].values.tolist() == [
        [2, "samverkan", "Kodare A", 48, 61],  # 'delar upp dem' before the turn's full stop
        [4, "bristande_ansvar", "Kodare B", 0, 33],
    ]
    assert "quote" not in frame.columns and "memo" not in frame.columns  # no words ...
    assert not [n for n in NAMES if n in shown(frame)]
    assert isinstance(coding.codings(samtal), list)  # the listing itself is unchanged


def test_a_record_within_a_record_has_columns_of_its_own_without_the_name(samtal):
    frame = qualkod.to_frame(api.speakers(samtal))
    assert frame[["speaker.pseudonym", "speaker.role", "turns"]].values.tolist() == [
        ["Intervjuare 1", "interviewer", 2],
        ["IP 1", "interviewee", 2],
    ]
    assert not [c for c in frame.columns if "name" in c]  # raw_name and names left out
    assert not [n for n in NAMES if n in shown(frame)]


def test_words_are_in_the_frame_only_through_redact(samtal):
    summary, turns = api.turns(samtal, 1)
    assert "text" not in qualkod.to_frame(turns).columns
    assert qualkod.to_frame(turns, redact=str.upper)["text"].tolist() == [s.upper() for s in SAID]
    redacted = qualkod.to_frame(turns, redact=project_redactor(samtal))
    assert redacted["text"].tolist()[2:] == list(SAID[2:])  # nobody named there
    assert not [n for n in NAMES if n in shown(redacted)]
    memo = coding.add_memo(
        samtal, "Gunnel Åkerlund håller i planeringen.", "anna", theme="samverkan"
    )
    memos = qualkod.to_frame(coding.memos(samtal), redact=project_redactor(samtal))
    assert memos["id"].tolist() == [memo.id] and "Gunnel" not in shown(memos)
    assert qualkod.to_frame(summary)["turns"].tolist() == [4]  # one record: one row


def test_coders_are_labels_unless_names_are_asked_for(samtal):
    # bertil codes first, then anna, then Maj-Britt Sandgren, the interviewer, herself
    coding.add_coding(samtal, 1, 4, "bristande_ansvar", "bertil")
    first = coding.add_coding(samtal, 1, 2, "samverkan", "anna", memo="Viktig.")
    coding.add_memo(samtal, "Tiden räcker inte.", "anna", theme="samverkan")
    coding.add_link(samtal, first.id, "organisatoriska_mellanrum", "anna")
    coding.add_coding(samtal, 1, 2, "samverkan", "Maj-Britt Sandgren", quote="delar upp dem")
    listed = coding.codings(samtal)  # by turn and start: anna's whole turn 2, hers, turn 4
    assert [c.coder for c in listed] == ["anna", "Maj-Britt Sandgren", "bertil"]

    # by default: Kodare A, B ... in the order the coders first come in the listing
    assert qualkod.to_frame(listed)["coder"].tolist() == ["Kodare A", "Kodare B", "Kodare C"]
    memos = qualkod.to_frame(coding.memos(samtal))  # the coding's memo and the theme's
    assert memos["coder"].tolist() == ["Kodare A", "Kodare A"]
    assert qualkod.to_frame(coding.links(samtal))["coder"].tolist() == ["Kodare A"]
    # as the chapter and 'stats --format csv' name them: by the project's order of first
    # decision (bertil A, anna B), the interviewer who codes by her pseudonym
    chapter = qualkod.to_frame(listed, coders=samtal)["coder"].tolist()
    assert chapter == ["Kodare B", "Intervjuare 1", "Kodare A"]
    assert qualkod.to_frame(listed, coders="names")["coder"].tolist() == [
        "anna",
        "Maj-Britt Sandgren",
        "bertil",
    ]
    everything = qualkod.to_frame(listed), qualkod.to_frame(listed, coders=samtal)
    assert not [n for n in ("anna", "bertil", *NAMES) for f in everything if n in shown(f)]
    with pytest.raises(ParameterError) as refused:
        qualkod.to_frame(listed, coders="namn")
    assert str(refused.value).startswith("coders='namn': give 'labels'")


def test_a_title_is_in_the_frame_only_through_redact(samtal):
    api.set_title(samtal, 1, "Samtal med Torbjörn Växby")  # a title given by hand
    [summary] = api.transcripts(samtal)
    assert summary.title == "Samtal med Torbjörn Växby"  # the attribute gives it
    assert "title" not in qualkod.to_frame(summary).columns
    upper = qualkod.to_frame(summary, redact=str.upper)["title"].tolist()
    assert upper == ["SAMTAL MED TORBJÖRN VÄXBY"]
    redacted = qualkod.to_frame(summary, redact=project_redactor(samtal))
    assert redacted["title"].tolist()[0].startswith("Samtal med ")
    assert not [n for n in NAMES if n in shown(redacted)]


def test_what_is_no_listing_of_records_is_refused():
    assert qualkod.to_frame([]).empty
    with pytest.raises(ParameterError) as refused:
        qualkod.to_frame([1, 2])
    assert refused.value.parameter == "records"
    assert str(refused.value).startswith("records: give a listing of qualkod records")
    speaker = Speaker(1, "Anna Ek", Role.INTERVIEWEE, "IP 1", "given")
    with pytest.raises(ParameterError, match="give records of one type, not Speaker, Turn$"):
        qualkod.to_frame([speaker, Turn(1, "Anna Ek", "Hej.")])
    assert qualkod.to_frame([speaker])["pseudonym"].tolist() == ["IP 1"]
