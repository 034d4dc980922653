"""Build the binary and re-encoded ingest fixtures next to this file.

The text fixtures are written by hand; these are derived from them or built with
python-docx, because their bytes (encodings, zip containers) are not easy to edit.
Run ``python tests/data/ingest/make_fixtures.py`` after changing one; the output is
committed and deterministic.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2025, 3, 18, 14, 0, 0)


def _save(document, name: str) -> None:
    properties = document.core_properties
    properties.created = properties.modified = FIXED
    properties.author = "qualkod tests"
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(
                zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6]),
                source.read(item.filename),
                compress_type=zipfile.ZIP_DEFLATED,
            )
    (HERE / name).write_bytes(out.getvalue())


def teams_docx_new() -> None:
    """Newer Teams layout: one paragraph per turn, header and speech split by a break."""
    document = docx.Document()
    for line in (
        "Uppföljning samverkan",
        "12 mars 2025, 10:02",
        "14m 3s",
        "Karin Lindqvist startade transkriberingen",
    ):
        document.add_paragraph(line)
    for name, clock, text in (
        ("Karin Lindqvist", "0:03", "Hej och välkommen. Hör ni mig?"),
        ("Sara Holm (Gäst)", "0:07", "Ja, nu hör jag."),
        ("Karin Lindqvist", "0:10", "Hur fungerar samarbetet med psykiatrin?"),
        ("Ahmed Karimi", "1:02:15", "Det beror helt på vem man får tag i."),
        ("Ahmed Karimi", "1:02:40", "Ibland går det fort, ibland inte alls."),
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{name}   {clock}").add_break()
        paragraph.add_run(text)
    document.add_paragraph("Karin Lindqvist stoppade transkriberingen")
    _save(document, "teams-new.docx")


def teams_docx_old() -> None:
    """Older Teams layout: arrow timing, speaker line, text; once on one line."""
    document = docx.Document()
    for line in (
        "0:0:0.0 --> 0:0:5.250",
        "Karin Lindqvist",
        "Välkommen, vi börjar med en presentation.",
        "0:0:5.250 --> 0:0:9.500",
        "Maria Nyström",
        "Jag är IFO-chef sedan fyra år.",
        "Maria Nyström  0:00:09.500 --> 0:00:12.000",
        "Innan dess var jag enhetschef.",
    ):
        document.add_paragraph(line)
    _save(document, "teams-old.docx")


def untimed_docx() -> None:
    """A hand transcript in Word: ``I:``/``IP:`` labels, no times."""
    document = docx.Document()
    document.add_paragraph("Intervju 3, transkriberad för hand")
    for line in (
        "I: Vad betyder reformen för er?",
        "IP: Att vi måste hitta nya sätt att samarbeta.",
        "I: Hur då?",
        "IP: Genom gemensamma möten, tror jag.",
    ):
        document.add_paragraph(line)
    _save(document, "untimed.docx")


def not_a_transcript_docx() -> None:
    """A Word document with prose, such as meeting notes."""
    document = docx.Document()
    document.add_heading("Minnesanteckningar", level=1)
    document.add_paragraph("Gruppen diskuterade budgeten för nästa år.")
    document.add_paragraph("Nästa möte hålls i april.")
    _save(document, "not-a-transcript.docx")


def _paragraphs(lines: list[str]) -> docx.Document:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return document


def meet_docx() -> None:
    """Google Meet's Docs export from a Swedish account, a short meeting: one timestamp.

    The Swedish closing and footer lines are inferred wordings (see qualkod.ingest.meet).
    """
    document = _paragraphs(
        [
            "Föräldramöte (2025-05-14 18:00 CEST) - Transkription",
            "Transkription",
            "00:00:00",
            "Maja Engström: Tack för att ni kom i kväll.",
            "Viktor Nyberg: Vi hann precis.",
            "Maja Engström: Först lite om utflykten.",
            "Transkriberingen avslutades efter 00:03:26",
            "Den här redigerbara transkriptionen har datorgenererats och kan innehålla fel. "
            "Användare kan också ändra texten efter att den har skapats.",
        ]
    )
    _save(document, "meet-sv.docx")


def teams_pane_docx() -> None:
    """The Teams transcript pane (English UI) pasted into Word, avatar initials included."""
    document = _paragraphs(
        [
            "Project check-in",
            "HJ",
            "Holly Jameson",
            "0 minutes 9 seconds",
            "Shall we begin?",
            "TW",
            "Tobias Wren",
            "1 minute 30 seconds",
            "Sure, go ahead.",
            "HJ",
            "Holly Jameson",
            "1 hour 2 minutes",
            "That's all for today.",
        ]
    )
    _save(document, "teams-pane-en.docx")


def teams_docx_no_duration() -> None:
    """Newer Teams layout without a duration line, a converter's comment on top and a
    template's title property."""
    document = _paragraphs(
        [
            "<!-- Konverterad med exempelverktyget 1.2 -->",
            "4 april 2025, 13:30",
            "Nora Lind startade transkriberingen",
        ]
    )
    for header, text in (
        ("Nora Lind   0:04", "Välkommen, vi börjar direkt."),
        ("Pontus Kraft   0:11", "Bra, jag har förberett några frågor om schemat."),
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(header).add_break()
        paragraph.add_run(text)
    document.add_paragraph("Nora Lind stoppade transkriberingen")
    document.core_properties.title = "Word Document"
    _save(document, "teams-no-duration.docx")


def word_title_docx() -> None:
    """An untimed hand transcript whose only title is a converter's title property."""
    document = _paragraphs(["I: Hur länge har du bott här?", "IP: Snart tio år."])
    document.core_properties.title = "Microsoft Word - intervju7.docx"
    _save(document, "word-title.docx")


def encodings() -> None:
    """The Teams fixture as UTF-16 with BOM, and as UTF-8 with BOM and CRLF."""
    text = (HERE / "teams-new.vtt").read_text(encoding="utf-8")
    (HERE / "utf16.vtt").write_bytes(text.encode("utf-16"))
    (HERE / "bom-crlf.vtt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    labels = (HERE / "labels.txt").read_text(encoding="utf-8")
    (HERE / "latin1.txt").write_bytes(labels.encode("latin-1"))
    chinese = "主持人：请介绍一下你的工作。\n受访者：我在社区中心工作，已经三年了。\n"
    (HERE / "gb2312.txt").write_bytes(chinese.encode("gb2312"))


def garbage() -> None:
    """Bytes no transcript has: a fixed pseudo-random sequence with NULs."""
    state, out = 12345, bytearray()
    for _ in range(512):
        state = (state * 1103515245 + 12345) % 2**31
        out.append(state >> 23)
    (HERE / "garbage.bin").write_bytes(bytes(out))


if __name__ == "__main__":
    teams_docx_new()
    teams_docx_old()
    untimed_docx()
    not_a_transcript_docx()
    meet_docx()
    teams_pane_docx()
    teams_docx_no_duration()
    word_title_docx()
    encodings()
    garbage()
