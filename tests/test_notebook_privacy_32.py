"""Records that held a coder's login, or a title set by hand, in their repr no longer
show it: REFI-QDA import notes, selections and links, what ``init --from`` made, the
redaction review's decisions, agreement reports, imports and recodings of codings, the
chapter's and study's settings and what the exports wrote. The repr shows ``<hidden>``
for a login (``coder=<hidden>``, ``coders=(<hidden>, <hidden>)``) and a title by its
length, as :mod:`qualkod.record_reprs` does; the attributes keep the values.

The logins and the title are written for this test: ``ingrid.nordvall`` and
``Petter_Ask`` code, and a transcript is titled ``Samtal med Greta Lund``.
"""

from __future__ import annotations

from pathlib import Path

from qualkod.analysis.agreement import Agreement, AgreementReport, Disagreement
from qualkod.coding.file import CodingsImport
from qualkod.coding.recode import Recoding
from qualkod.export.chapter import ChapterSettings
from qualkod.export.refi_qda import QdpxResult
from qualkod.export.refi_qda_notes import Note as ExportNote
from qualkod.export.study import ChapterOptions, StudyExport
from qualkod.export.study_check import CarriedNames
from qualkod.importing import import_files
from qualkod.redaction import review
from qualkod.refi_import.notes import Note
from qualkod.refi_import.project import ProjectImport
from qualkod.refi_import.qdpx import Plan
from qualkod.refi_import.selections import Link, Selection
from qualkod.store.redactions import RedactionDecision, live_decisions
from qualkod.study_file import ChapterSpec, InputFile, StudySpec, TablesSpec, TranscriptFile

INGRID = "ingrid.nordvall"
PETTER = "Petter_Ask"
TITLE = "Samtal med Greta Lund"  # 21 characters
HIDDEN_WORDS = ("ingrid", "nordvall", "Petter", "Ask", "Greta", "Lund")


def assert_hidden(record: object) -> str:
    shown = repr(record)
    assert not [w for w in HIDDEN_WORDS if w in shown], shown
    assert not [w for w in HIDDEN_WORDS if w in str(record)], str(record)
    return shown


def test_refi_qda_import_records_hide_the_coder():
    note = Note("Mötet flyttades.", INGRID, "2025-02-03T08:00:00Z", name="Minnesanteckning")
    link = Link("horisontell_samordning", PETTER, "", "2025-02-03T08:05:00Z")
    selection = Selection(1, 0, 12, "samarbete", INGRID, "2025-02-03T08:10", "", links=(link,))
    made = ProjectImport(
        location="nytt.db",
        codebook_path=None,
        transcripts=1,
        turns=8,
        codings=3,
        coders=(INGRID, PETTER),
        memos=0,
        warnings=(),
    )
    plan = Plan(decided=[(0, 4, INGRID, "2025-02-03T09:00:00Z")])
    for record in (note, link, selection, made, plan):
        assert_hidden(record)
    assert "coder=<hidden>" in repr(note) and "coder=<hidden>" in repr(link)
    assert "code='samarbete', coder=<hidden>, created=" in repr(selection)
    assert "codings=3, coders=(<hidden>, <hidden>), memos=0" in repr(made)
    # the attributes keep them
    assert (note.coder, link.coder, selection.coder) == (INGRID, PETTER, INGRID)
    assert made.coders == (INGRID, PETTER) and plan.decided[0][2] == INGRID


def test_redaction_decisions_hide_who_decided(project, tmp_path):
    vtt = tmp_path / "samtal.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Maja Lund>Hur gick flytten?</v>\n\n"
        "00:00:05.000 --> 00:00:09.000\n<v Olle Sten>Bra, Gunnel Åkerlund hjälpte oss "
        "med allt.</v>\n",
        encoding="utf-8",
    )
    import_files(project, vtt, interviewers="Maja Lund")
    review.decide(project, ["Gunnel Åkerlund"], "confirmed", INGRID)
    with project.read() as conn:
        [decision] = live_decisions(conn)
    shown = assert_hidden(decision)
    assert "decision='confirmed', coder=<hidden>, decided_at=" in shown
    assert "Gunnel" not in shown and "Åkerlund" not in shown
    assert decision.coder == INGRID
    made = RedactionDecision(3, "term:x", "term", "x", "[ort]", "added", PETTER, "2025-01-01")
    assert assert_hidden(made).endswith("coder=<hidden>, decided_at='2025-01-01')")


def test_agreement_reports_hide_the_coders():
    overall = Agreement("overall", 4, 0.75, 0.5, 0.5)
    disagreement = Disagreement(1, 4, None, "samverkan", (INGRID,), (PETTER,), "IP 1", "Ja.")
    report = AgreementReport(
        coders=(INGRID, PETTER),
        unit="turn",
        transcripts=(1,),
        themes=(overall,),
        overall=overall,
        disagreements=(disagreement,),
        against=INGRID,
        second_coders=((1, PETTER),),
        reached=((PETTER, 3, 4),),
    )
    assert "applied_by=(<hidden>,), not_by=(<hidden>,)" in assert_hidden(disagreement)
    shown = assert_hidden(report)
    assert shown.startswith("AgreementReport(coders=(<hidden>, <hidden>), unit='turn'")
    assert "against=<hidden>, second_coders=((1, <hidden>),)" in shown
    assert shown.endswith("reached=((<hidden>, 3, 4),))")
    assert report.not_reached() == []  # 3 of 4 is more than half
    assert report.coders == (INGRID, PETTER) and report.second_coders == ((1, PETTER),)


def test_coding_and_export_results_hide_logins_and_titles():
    records = (
        CodingsImport(added=2, unchanged=0, coders=(PETTER,)),
        Recoding("samarbete", "samverkan", (4, 7), (INGRID, PETTER)),
        ChapterSettings(coder=INGRID),
        ChapterOptions(coder=PETTER, number="4.2"),
        StudyExport(Path("studie"), ("study.yaml",), 1, (INGRID,), logins_labelled=1),
        QdpxResult(1, 3, 0, 2, (INGRID, PETTER)),
        ExportNote("n1", "Anteckning om Greta Lund", PETTER, "2025-01-01", "Greta Lund ringde."),
        CarriedNames([TITLE, None], []),
    )
    shown = [assert_hidden(record) for record in records]
    assert "coders=(<hidden>,)" in shown[0] and "coders=(<hidden>, <hidden>)" in shown[1]
    assert (
        "coder=<hidden>" in shown[2] and "ChapterOptions(coder=<hidden>, number='4.2'" in (shown[3])
    )
    assert "coders=(<hidden>,), notes=(), logins_labelled=1" in shown[4]
    assert "name=<24 chars>, coder=<hidden>" in shown[6] and "text=<18 chars>" in shown[6]
    assert "titles=(<21 chars>, None)" in shown[7]
    assert records[2].coder == INGRID and records[7].titles[0] == TITLE


def test_study_settings_hide_the_coder_and_a_title_given():
    settings = StudySpec(
        study="flytt",
        transcripts=[TranscriptFile(path="transcripts/t1.vtt", sha256="a" * 64, title=TITLE)],
        codebook=InputFile(path="kodbok.yaml", sha256="b" * 64),
        chapter=ChapterSpec(coder=INGRID),
        tables=TablesSpec(coder=PETTER),
    )
    shown = assert_hidden(settings)
    assert "title=<21 chars>" in shown
    assert "max_quotes=4, coder=<hidden>" in shown and "TablesSpec(coder=<hidden>," in shown
    assert "TablesSpec(coder=None," in repr(TablesSpec())  # nothing is nothing
    assert settings.transcripts[0].title == TITLE and settings.chapter.coder == INGRID
