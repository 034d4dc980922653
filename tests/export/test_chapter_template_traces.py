"""A template's header carries words beside its text: a picture's alt text and name
(a department's logo or the author's photo, 'foto-karin-lindqvist.png'), a link's
tooltip and its address (mailto:…). They leave the chapter redacted like the header's
text, since Word shows them (the picture pane, screen readers, the link itself)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from qualkod.export.chapter import ChapterSettings, build_chapter

# The sample study's interviewer (Karin Lindqvist) and interviewee (Maria Nyström).
TRACES = ("karin", "lindqvist", "maria", "nyström", "nystrom")


def _one_pixel_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _template(tmp_path):
    template = docx.Document()
    header = template.sections[0].header
    header.paragraphs[0].text = "Institutionen för socialt arbete"
    run = header.add_paragraph().add_run()
    run.add_picture(io.BytesIO(_one_pixel_png()), width=Cm(1))
    for element in header._element.iter():
        local = element.tag.rsplit("}", 1)[-1]
        if local == "docPr":
            element.set("descr", "Foto på Karin Lindqvist")
            element.set("title", "Maria Nyströms arbetsplats")
        elif local == "cNvPr":
            element.set("name", "foto-karin-lindqvist.png")
    link = header.add_paragraph()
    address = "mailto:karin.lindqvist@kommun.se"
    rid = header.part.relate_to(address, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), rid)
    hyperlink.set(qn("w:tooltip"), "Mejla Karin")
    text_run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "Kontakt"
    text_run.append(text)
    hyperlink.append(text_run)
    link._p.append(hyperlink)
    path = tmp_path / "mall.docx"
    template.save(path)
    return path


def test_a_header_pictures_alt_text_and_links_address_are_redacted(sample_study, tmp_path):
    data = build_chapter(
        sample_study, ChapterSettings(template=_template(tmp_path), coder="kodare1")
    )
    package = zipfile.ZipFile(io.BytesIO(data))
    for name in package.namelist():
        content = package.read(name).decode("utf-8", "replace").lower()
        for trace in TRACES:
            assert trace not in content, (name, trace)
    header = docx.Document(io.BytesIO(data)).sections[0].header
    described = {
        element.tag.rsplit("}", 1)[-1]: dict(element.attrib)
        for element in header._element.iter()
        if element.tag.rsplit("}", 1)[-1] in ("docPr", "cNvPr")
    }
    # the picture and the link are kept, their words redacted as the header's text is
    assert described["docPr"]["descr"] == "Foto på [Intervjuare 1]"
    assert described["docPr"]["title"] == "[IP 1]:s arbetsplats"
    assert "lindqvist" not in described["cNvPr"]["name"].lower()
    assert "Kontakt" in header.paragraphs[2]._p.xml
    (link,) = [r for r in header.part.rels.values() if r.is_external]
    assert link.target_ref.startswith("mailto:[")
