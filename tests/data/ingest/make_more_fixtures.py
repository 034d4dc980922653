"""Build the Word and compound-file ingest fixtures for speaker headings, tables and
encryption next to this file.

Like ``make_fixtures.py`` (whose deterministic saving it uses): run
``python tests/data/ingest/make_more_fixtures.py`` after changing one; the output is
committed.
"""

from __future__ import annotations

import struct

import docx
from make_fixtures import HERE, _save


def _teams(headers_and_speech: list[tuple[str, str]], name: str) -> None:
    """A newer Teams layout document: preamble, one paragraph per turn, closing line."""
    document = docx.Document()
    for line in ("Uppföljning hemtjänst", "9 oktober 2025, 09:30", "6m 40s"):
        document.add_paragraph(line)
    document.add_paragraph("Greta Dahl startade transkriberingen")
    for header, speech in headers_and_speech:
        paragraph = document.add_paragraph()
        paragraph.add_run(header).add_break()
        paragraph.add_run(speech)
    document.add_paragraph("Greta Dahl stoppade transkriberingen")
    _save(document, name)


def teams_one_space() -> None:
    """Headings with one space before the time; the third person speaks once."""
    _teams(
        [
            ("Greta Dahl 0:02", "Berätta gärna hur en vanlig morgon ser ut."),
            ("Olof Brink 0:09", "Vi börjar med ett kort möte i personalrummet."),
            ("Ingrid Falk 0:21", "Sedan delar vi upp besöken mellan oss."),
            ("Greta Dahl 0:30", "Vem bestämmer fördelningen?"),
            ("Olof Brink 0:34", "Det gör samordnaren, oftast kvällen innan."),
        ],
        "teams-one-space.docx",
    )


def teams_mixed_spacing() -> None:
    """Wide headings, except one with one space and a name seen nowhere else."""
    _teams(
        [
            ("Greta Dahl   0:02", "Hur många brukare besöker du under ett pass?"),
            ("Olof Brink   0:08", "Ungefär tolv, ibland fler."),
            ("Ingrid Falk 0:15", "För mig blir det sällan mer än tio."),
            ("Greta Dahl   0:22", "Hinner ni med dokumentationen?"),
        ],
        "teams-mixed-spacing.docx",
    )


_TABLE_TURNS = [
    ("Greta Dahl", "Hur kom du i kontakt med föreningen?"),
    ("Olof Brink", "En granne tog med mig på ett öppet möte."),
    ("Greta Dahl", "Vad fick dig att stanna kvar?"),
    ("Olof Brink", "Gemenskapen, och att någon lyssnade."),
]


def word_tables() -> None:
    """Transcripts laid out as tables: 'Name | text' rows (with a title paragraph and a
    continuation row), 'Name: text' cells, and a three-column table qualkod refuses."""
    document = docx.Document()
    document.add_paragraph("Intervju om föreningslivet")
    table = document.add_table(rows=0, cols=2)
    for name, speech in [*_TABLE_TURNS, ("", "Det betydde mycket då.")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, speech
    _save(document, "table-turns.docx")

    document = docx.Document()
    table = document.add_table(rows=0, cols=1)
    for name, speech in _TABLE_TURNS:
        table.add_row().cells[0].text = f"{name}: {speech}"
    _save(document, "table-labels.docx")

    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    for k, (name, speech) in enumerate(_TABLE_TURNS):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = f"0:0{k}", name, speech
    _save(document, "table-three-columns.docx")


_FREE, _END, _FAT, _NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _entry(name: str, kind: int, *, color: int = 1, right: int = _NONE, child: int = _NONE):
    """One 128-byte directory entry of a compound file (MS-CFB 2.6), with no data."""
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBBIII", len(encoded), kind, color, _NONE, right, child)
        + bytes(16 + 4 + 8 + 8)  # class id, state bits, creation and modified times
        + struct.pack("<IQ", _END, 0)  # start sector, size: empty streams
    )


def encrypted_docx() -> None:
    """What Word writes for a password-protected .docx, reduced to its structure: an OLE
    compound file (version 3, 512-byte sectors) holding the streams 'EncryptionInfo'
    and 'EncryptedPackage', here empty."""
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<I", 0)  # the FAT is sector 0
        + struct.pack("<I", _FREE) * 108
    )
    fat = struct.pack("<II", _FAT, _END) + struct.pack("<I", _FREE) * 126
    directory = (
        _entry("Root Entry", 5, child=1)
        + _entry("EncryptionInfo", 2, right=2)
        + _entry("EncryptedPackage", 2, color=0)
        + _entry("", 0)
    )
    (HERE / "encrypted.docx").write_bytes(header + fat + directory)


if __name__ == "__main__":
    teams_one_space()
    teams_mixed_spacing()
    word_tables()
    encrypted_docx()
