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

from qualkod.codebook_models import emphasis_runs
from qualkod.output_files import normalise_zip, write_atomic

FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LANGUAGES = {"sv": "sv-SE", "en": "en-GB"}


def new_document(language: str = "sv", *, landscape: bool = False, template: Path | None = None):
    """A document whose text is marked as Swedish (or English) for Word's proofing, on
    A4 (or the template's own pages)."""
    document = _open_template(Path(template)) if template else _a4(docx.Document())
    set_language(document, language)
    if landscape:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = section.page_width, section.page_height
        if width < height:
            section.page_width, section.page_height = height, width
    return document


def _a4(document):
    """python-docx's own template is US Letter: A4 with 2.5 cm margins, as in Sweden."""
    from docx.shared import Mm

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
    return document


def _open_template(template: Path):
    """A .docx or .dotx (a template's content type is changed to a document's)."""
    import zipfile

    from qualkod._zip_limits import ZipTooLargeError, check_zip_size
    from qualkod.errors import ParameterError

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
        raise ParameterError("template", str(template), str(exc)) from None
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        raise ParameterError(
            "template",
            str(template),
            "not a Word document (cannot be read as one); give a .docx or .dotx saved by Word",
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
    document,
    header: list[str],
    rows: list[list[str]],
    *,
    widths=None,
    font_size: float = 9,
    emphasis_columns: tuple[int, ...] = (),
):
    """A table with a bold, repeating header row in the 'Table Grid' style.

    Args:
        widths: column widths as fractions of the text width (they are scaled to it).
        font_size: point size of the table text.
        emphasis_columns: columns whose text marks italics as ``*Title*`` (set as
            italic runs, the asterisks dropped).
    """
    table = document.add_table(rows=1, cols=len(header))
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    _repeat_header(table.rows[0])
    for row in rows:
        cells = table.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, row, strict=True)):
            lines = text.split("\n")
            if column not in emphasis_columns:
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
                continue
            cell.text = ""
            for number, line in enumerate(lines):
                paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                for words, italic in emphasis_runs(line):
                    paragraph.add_run(words).italic = italic or None
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(font_size)
    if widths:
        section = document.sections[-1]
        text_width = section.page_width - section.left_margin - section.right_margin
        shares = fit_widths(widths, header, rows, font_size, text_width)
        table.autofit = False
        for column, width in zip(table.columns, shares, strict=True):
            column.width = width
        for row in table.rows:
            for cell, width in zip(row.cells, shares, strict=True):
                cell.width = width
    return table


_EMU_PER_POINT = 12700
_CELL_MARGINS = 12 * _EMU_PER_POINT
"""Word's default left and right cell margins (5.4 pt each) and a little to spare."""
_NARROW = set("fijlrtI.,;:'()[]!|")
_WIDE = set("mwMW%")


def word_width(word: str, font_size: float, *, bold: bool = False) -> int:
    """A word's printed width in EMU, estimated per character so that it is at least
    the width in wide fonts (DejaVu Serif, LibreOffice's stand-in for Word's fonts)."""
    ems = sum(
        0.4 if c in _NARROW else 1.0 if c in _WIDE else 0.8 if c.isupper() else 0.64 for c in word
    )
    return int(ems * (1.1 if bold else 1.0) * font_size * _EMU_PER_POINT)


def fit_widths(
    widths, header: list[str], rows: list[list[str]], font_size: float, text_width: int
) -> list[int]:
    """Column widths in EMU from their shares of the text width, each widened (taking
    from the others) so that its longest word fits: no header or cell breaks inside a
    word (``Intervjupers|oner``) while the table still fits the page."""
    total = sum(widths)
    shares = [int(text_width * w / total) for w in widths]
    needed = [
        max(
            [word_width(w, font_size, bold=True) for w in str(h).split()]
            + [word_width(w, font_size) for row in rows for w in str(row[i]).split()]
            + [0]
        )
        + _CELL_MARGINS
        for i, h in enumerate(header)
    ]
    headers = [
        max(word_width(w, font_size, bold=True) for w in [*str(h).split(), ""]) + _CELL_MARGINS
        for h in header
    ]
    if sum(needed) > text_width:  # the widest column (quotes) wraps its words as it must
        widest = shares.index(max(shares))
        needed[widest] = headers[widest]
    if sum(needed) > text_width:  # cannot fit every word: the header's words at least
        needed = headers
    if sum(needed) > text_width:
        return shares
    for _ in range(len(shares)):
        short = [i for i, w in enumerate(shares) if w < needed[i]]
        if not short:
            break
        missing = sum(needed[i] - shares[i] for i in short)
        for i in short:
            shares[i] = needed[i]
        spare = {i: w - needed[i] for i, w in enumerate(shares) if i not in short}
        room = sum(spare.values())
        for i, extra in spare.items():
            shares[i] -= int(missing * extra / room) if room else 0
    return shares


def add_sequence_field(paragraph, sequence: str, number: int) -> None:
    """Word's numbering field ``SEQ Tabell``, showing ``number`` until Word updates it.

    A caption numbered this way is one Word knows: a list of tables or figures and a
    cross-reference find it, and the number follows when a table is moved.
    """

    def run(*children):
        element = OxmlElement("w:r")
        for child in children:
            element.append(child)
        paragraph._p.append(element)

    def field_char(kind: str):
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" SEQ {sequence} \\* ARABIC "
    shown = OxmlElement("w:t")
    shown.text = str(number)
    run(field_char("begin"))
    run(instruction)
    run(field_char("separate"))
    run(shown)
    run(field_char("end"))


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def find_style(document, names):
    """The document's style with one of ``names`` (or that id without spaces), or None:
    a template may call it ``Heading 1``, ``Rubrik 1`` or ``Rubrik1``."""
    return next(
        (
            style
            for name in names
            for style in document.styles
            if style.name == name or style.style_id == name.replace(" ", "")
        ),
        None,
    )


def add_quote_style(document, name: str) -> None:
    """A paragraph style for block quotes: indented both sides, italic, kept together."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm

    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    style.font.italic = True
    style.paragraph_format.left_indent = Cm(1.25)
    style.paragraph_format.right_indent = Cm(1.25)
    style.paragraph_format.space_after = Pt(10)
    style.paragraph_format.keep_together = True


def landscape_section(document) -> None:
    """A new page in landscape (for a wide table)."""
    from docx.enum.section import WD_SECTION

    section = document.add_section(WD_SECTION.NEW_PAGE)
    if section.page_width < section.page_height:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width


def clear_body(document) -> None:
    """Keep a template's styles, headers and page setup; drop its example text, and with
    it what only that text used and what may name its writers: comments (their authors
    and initials, in comments.xml and people.xml), footnotes and endnotes (their
    separators kept), building blocks (the glossary) and custom XML (a cover page's
    author, address, e-mail)."""
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    rels = document.part.rels
    for r_id, rel in list(rels.items()):
        kind = rel.reltype.rsplit("/", 1)[-1]
        if rel.is_external:
            continue
        if kind in _TEMPLATE_NOTES:
            rels.pop(r_id)
        elif kind in ("footnotes", "endnotes"):  # settings.xml names their separators
            _keep_separators_only(rel.target_part)
    for header_or_footer in _header_and_footer_parts(document):
        for element in list(header_or_footer._element.iter(*_COMMENT_MARKS)):
            parent = element.getparent()
            parent.remove(element)
            if parent.tag == qn("w:r") and not len(parent):  # the run held only the mark
                parent.getparent().remove(parent)


_TEMPLATE_NOTES = frozenset(
    """comments commentsExtended commentsIds commentsExtensible people glossaryDocument
    customXml""".split()
)
"""Parts a template's document part may point to that hold its writers' words or names
(the ends of their relationship types)."""


def _keep_separators_only(part) -> None:
    """Drop a footnotes or endnotes part's notes, keeping the separator lines Word needs."""
    from lxml import etree

    root = etree.fromstring(part.blob)
    for note in list(root):
        if note.get(qn("w:type")) in (None, "normal"):
            root.remove(note)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_COMMENT_MARKS = (qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:commentReference"))


def _header_and_footer_parts(document) -> list:
    """Every header and footer the sections use, once each."""
    parts = {
        id(part): part
        for section in document.sections
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        )
        if not part.is_linked_to_previous
    }
    return list(parts.values())


def redact_headers_and_footers(document, redact) -> None:
    """A template's headers and footers (first-page and even-page ones, and text boxes
    in them) through ``redact``, each stretch of text between tabs, breaks and fields on
    its own: a changed stretch keeps its first run's formatting, and tabs, page numbers
    and other fields stay as they are."""
    for part in _header_and_footer_parts(document):
        for paragraph in part._element.iter(qn("w:p")):
            for stretch in _text_stretches(paragraph):
                written = "".join(t.text or "" for t in stretch)
                redacted = redact(written) if written.strip() else written
                if redacted != written:
                    stretch[0].text = redacted
                    stretch[0].set(qn("xml:space"), "preserve")
                    for other in stretch[1:]:
                        other.text = ""
        _redact_described(part._element, redact)
        for relationship in part.part.rels.values():  # a link's address: mailto:karin@…
            if (
                relationship.is_external
                and redact(relationship.target_ref) != relationship.target_ref
            ):
                relationship._target = redact(relationship.target_ref)


# Words a header's picture, shape or link carries beside its text: alt text (descr,
# title), the picture's name (often its file's: 'foto-karin.png'), a VML shape's alt and
# title, a link's tooltip. Word shows them to screen readers and in the picture's pane.
_DESCRIBED = {
    "docPr": ("descr", "title", "name"),
    "cNvPr": ("descr", "title", "name"),
    "shape": ("alt", "title"),
    "imagedata": ("title", "alt"),
    "hyperlink": ("tooltip",),
}


def _redact_described(root, redact) -> None:
    for element in root.iter():
        local = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
        for attribute in _DESCRIBED.get(local, ()):
            for key, value in element.attrib.items():
                if key.rsplit("}", 1)[-1] == attribute and value.strip():
                    element.set(key, redact(value))


_SEPARATORS = {qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr"), qn("w:drawing"), qn("w:pict")}


def _text_stretches(paragraph) -> list[list]:
    """The paragraph's own ``w:t`` elements (not a text box's inside it, not a field's
    result) in stretches a tab, a break, a picture or a field ends."""
    stretches: list[list] = [[]]
    in_field = 0
    for run in paragraph.iter(qn("w:r")):
        ancestors = list(run.iterancestors(qn("w:p"), qn("w:fldSimple")))
        if ancestors[0] is not paragraph:  # a text box's run, or a simple field's result
            stretches.append([])
            continue
        for child in run:
            if child.tag == qn("w:fldChar"):
                stretches.append([])
                kind = child.get(qn("w:fldCharType"))
                in_field += 1 if kind == "begin" else -1 if kind == "end" else 0
            elif child.tag == qn("w:t") and in_field <= 0:
                stretches[-1].append(child)
            elif child.tag in _SEPARATORS or child.tag == qn("w:t"):
                stretches.append([])
    return [stretch for stretch in stretches if stretch]


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
