"""python-docx helpers shared by the Word exports."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from qualkod.output_files import normalise_zip, write_atomic

FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LANGUAGES = {"sv": "sv-SE", "en": "en-GB"}


def new_document(language: str = "sv", *, landscape: bool = False, template: Path | None = None):
    """A document whose text is marked as Swedish (or English) for Word's proofing."""
    document = _open_template(Path(template)) if template else docx.Document()
    set_language(document, language)
    if landscape:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = section.page_width, section.page_height
        if width < height:
            section.page_width, section.page_height = height, width
    return document


def _open_template(template: Path):
    """A .docx or .dotx (a template's content type is changed to a document's)."""
    import zipfile

    from qualkod._zip_limits import ZipTooLargeError, check_zip_size
    from qualkod.errors import QualkodError

    try:
        data = template.read_bytes()
        check_zip_size(data)  # before anything unpacks it: no zip bombs
        if template.suffix.lower() == ".dotx":
            data = normalise_zip(
                data,
                rewrite={
                    "[Content_Types].xml": lambda xml: xml.replace(
                        b"template.main+xml", b"document.main+xml"
                    )
                },
            )
        return docx.Document(io.BytesIO(data))
    except ZipTooLargeError as exc:
        raise QualkodError(f"--template {template}: {exc}") from None
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise QualkodError(
            f"--template {template}: not a Word document ({exc.__class__.__name__}); "
            "give a .docx or .dotx saved by Word"
        ) from None


def set_language(document, language: str) -> None:
    """Set the language of the default run style and of every paragraph style."""
    tag = LANGUAGES.get(language, language)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            _lang(rpr, tag)
    for style in document.styles:
        element = style.element
        rpr = element.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            element.append(rpr)
        _lang(rpr, tag)


def _lang(rpr, tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    lang.set(qn("w:bidi"), tag)


def add_table(
    document, header: list[str], rows: list[list[str]], *, widths=None, font_size: float = 9
):
    """A table with a bold, repeating header row in the 'Table Grid' style.

    Args:
        widths: column widths as fractions of the text width (they are scaled to it).
        font_size: point size of the table text.
    """
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    _repeat_header(table.rows[0])
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            lines = text.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(font_size)
    if widths:
        section = document.sections[-1]
        text_width = section.page_width - section.left_margin - section.right_margin
        total = sum(widths)
        table.autofit = False
        for column, share in zip(table.columns, widths, strict=True):
            column.width = int(text_width * share / total)
        for row in table.rows:
            for cell, share in zip(row.cells, widths, strict=True):
                cell.width = int(text_width * share / total)
    return table


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def prepare_for_saving(document, *, title: str, language: str = "sv") -> None:
    """Fixed document properties: no user or machine names, no dates, so nothing
    personal leaks and the same content gives the same bytes. A template's own
    properties (see :func:`_drop_template_traces`) do not carry over."""
    properties = document.core_properties
    properties.title = title
    properties.author = "qualkod"
    properties.last_modified_by = "qualkod"
    properties.comments = ""
    properties.keywords = ""
    properties.subject = ""
    properties.category = ""
    properties.identifier = ""
    properties.version = ""
    properties.content_status = ""
    properties.language = LANGUAGES.get(language, language)
    properties.revision = 1
    properties.created = properties.modified = FIXED_TIME
    properties.last_printed = FIXED_TIME
    _drop_template_traces(document)


_APP_PERSONAL = {"Company", "Manager", "HyperlinkBase", "Template"}
"""Elements of docProps/app.xml that name people, firms, paths or the template file."""
_ATTACHED_TEMPLATE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
)


def _drop_template_traces(document) -> None:
    """Remove what a template says about who made it, beyond the core properties: its
    custom properties (docProps/custom.xml), the thumbnail of its first page, company,
    manager and template name in docProps/app.xml, and the path of the template it was
    attached to (often C:\\Users\\<name>\\...)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    package_rels = document.part.package.rels
    for r_id, rel in list(package_rels.items()):
        if rel.reltype in (RT.CUSTOM_PROPERTIES, RT.THUMBNAIL):
            package_rels.pop(r_id)
        elif rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            part = rel.target_part
            root = etree.fromstring(part.blob)
            for element in root:
                if etree.QName(element).localname in _APP_PERSONAL:
                    element.clear()
            part._blob = etree.tostring(
                root, xml_declaration=True, encoding="UTF-8", standalone=True
            )
    settings = document.part.part_related_by(RT.SETTINGS)
    for element in settings.element.findall(qn("w:attachedTemplate")):
        settings.element.remove(element)
    for r_id, rel in list(settings.rels.items()):
        if rel.reltype == _ATTACHED_TEMPLATE:
            settings.rels.pop(r_id)


def document_bytes(document, *, title: str, language: str = "sv") -> bytes:
    """The .docx bytes with fixed properties and zip timestamps."""
    prepare_for_saving(document, title=title, language=language)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def save_document(document, path: str | Path, *, title: str, language: str = "sv") -> None:
    """Save with fixed properties and zip timestamps, atomically."""
    write_atomic(path, document_bytes(document, title=title, language=language))
