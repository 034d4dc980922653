"""The Word chapter, checked with python-docx on the sample study."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from qualkod import analysis
from qualkod.coding import memos
from qualkod.errors import QualkodError
from qualkod.export.chapter import ChapterSettings, build_chapter
from tests.conftest import raw_name_forms, raw_names_in

THEMES = [
    "Bristande ansvar",
    "Samverkan – förutsättningar och förhoppningar",
    "Situationsanpassning",
]


@pytest.fixture(scope="module")
def chapter_bytes(sample_study_db):
    from qualkod.store import open_project

    project = open_project(sample_study_db)
    data = build_chapter(project, ChapterSettings(number="4.2", coder="kodare1"))
    again = build_chapter(project, ChapterSettings(number="4.2", coder="kodare1"))
    project.close()
    assert data == again  # the same project gives the same bytes
    return data


@pytest.fixture
def document(chapter_bytes):
    return docx.Document(io.BytesIO(chapter_bytes))


def _styled(document, prefix: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith(prefix)]


def test_headings_are_real_numbered_heading_styles(document):
    assert _styled(document, "Heading 1") == ["4.2 Intervjuanalys"]
    level2 = _styled(document, "Heading 2")
    assert level2[:5] == [
        "4.2.1 Material och metod",
        *(f"4.2.{n} {name}" for n, name in enumerate(THEMES, start=2)),
        "4.2.5 Sammanfattande analys",
    ]
    assert level2[5:] == ["Bilaga: Citat per tema", "Referenser"]


def test_introduction_states_material_method_and_agreement(document):
    intro = " ".join(p.text for p in document.paragraphs[2:5])
    assert "2 intervjuer med sammanlagt 4 intervjupersoner" in intro
    assert "1 individuell intervju och 1 fokusgruppsintervju" in intro
    assert "Microsoft Teams" in intro and "pseudonymiserats" in intro
    assert "Samsjuklighet" in intro and "version 1.2" in intro
    assert "Cohens kappa 0,82" in intro and "Krippendorffs alfa 0,82" in intro


def test_every_featured_quote_is_there_verbatim_in_the_quote_style(sample_study, document):
    material = analysis.load_material(sample_study, coder="kodare1", featured=True)
    featured = analysis.quotes(material)
    assert len(featured) > 5
    quoted = _styled(document, "Intervjucitat")
    for quote in featured["quote"]:
        assert any(f"\u201d{quote}\u201d" in text for text in quoted), quote
    leads = [p.text for p in document.paragraphs if p.text.endswith("beskriver följande:")]
    assert len(leads) == len(quoted)


def test_a_concept_paragraph_for_every_link_with_a_memo(sample_study, document):
    links = [m for m in memos(sample_study) if m.concept_id]
    assert links
    paragraphs = [p.text for p in document.paragraphs]
    catalogue = analysis.load_material(sample_study).catalogue
    names = {c.id: c.name for c in catalogue.concepts}
    for memo in links:
        heading = next(
            i for i, text in enumerate(paragraphs) if text.endswith(names[memo.concept_id])
        )
        section = paragraphs[heading : heading + 4]
        assert any("(Tyrstrup, 2014)" in text for text in section)
        assert any(memo.text == text for text in paragraphs), memo.text


def test_figure_tables_captions_and_references(document):
    assert len(document.inline_shapes) == 1
    assert len(document.tables) == 2
    captions = _styled(document, "Caption")
    assert captions == [
        "Tabell 1. Teman, kopplade begrepp, antal citat och antal intervjupersoner.",
        "Figur 1. Kodade citat per tema och intervju.",
    ]
    summary = document.tables[0]
    assert [c.text for c in summary.rows[0].cells] == [
        "Tema",
        "Begrepp",
        "Citat",
        "Intervjupersoner",
    ]
    assert len(summary.rows) == 4
    assert len(document.tables[1].rows) == 89 + 1  # the appendix: every kodare1 coding
    references = document.paragraphs[-3:]
    assert any(p.text.startswith("Tyrstrup, M. (2014)") for p in references)
    assert document.sections[-1].page_width > document.sections[-1].page_height  # landscape


def test_swedish_language_and_no_raw_names_anywhere(sample_study, chapter_bytes, document):
    styles = document.styles.element.xml
    assert 'w:val="sv-SE"' in styles
    package = zipfile.ZipFile(io.BytesIO(chapter_bytes))
    xml = "".join(
        package.read(name).decode("utf-8") for name in package.namelist() if name.endswith(".xml")
    )
    assert raw_names_in(xml, raw_name_forms(sample_study)) == []
    assert "[IP 3]" in xml
    assert document.core_properties.author == "qualkod"


def test_english_chapter(sample_study):
    data = build_chapter(sample_study, ChapterSettings(lang="en"))
    document = docx.Document(io.BytesIO(data))
    assert _styled(document, "Heading 1") == ["Interview analysis"]
    assert any(p.text.endswith("describes the following:") for p in document.paragraphs)
    assert 'w:val="en-GB"' in document.styles.element.xml


def test_template_with_swedish_style_names(sample_study, tmp_path):
    template = docx.Document()
    for style in template.styles:
        if style.name in ("Heading 1", "Heading 2", "Heading 3", "Caption"):
            swedish = {"Caption": "Beskrivning"}.get(
                style.name, style.name.replace("Heading", "Rubrik")
            )
            style.name = swedish
            style.element.set(docx.oxml.ns.qn("w:styleId"), swedish.replace(" ", ""))
    template.add_paragraph("Mallens exempeltext som inte ska följa med.")
    path = tmp_path / "mall.docx"
    template.save(path)
    data = build_chapter(sample_study, ChapterSettings(template=path, number="3"))
    document = docx.Document(io.BytesIO(data))
    assert _styled(document, "Rubrik 1") == ["3 Intervjuanalys"]
    assert len(_styled(document, "Rubrik 2")) == 7
    assert _styled(document, "Beskrivning")[0].startswith("Tabell 1.")
    assert "Mallens exempeltext" not in " ".join(p.text for p in document.paragraphs)


def test_dotx_template_and_a_broken_template(sample_study, tmp_path):
    import re

    path = tmp_path / "mall.docx"
    docx.Document().save(path)
    source = zipfile.ZipFile(path)
    dotx = tmp_path / "mall.dotx"
    with zipfile.ZipFile(dotx, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "[Content_Types].xml":
                data = re.sub(rb"document\.main\+xml", b"template.main+xml", data)
            target.writestr(name, data)
    document = docx.Document(
        io.BytesIO(build_chapter(sample_study, ChapterSettings(template=dotx)))
    )
    assert _styled(document, "Heading 1") == ["Intervjuanalys"]
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(QualkodError, match="trasig.docx: not a Word document"):
        build_chapter(sample_study, ChapterSettings(template=broken))


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (ChapterSettings(lang="de"), "--lang de"),
        (ChapterSettings(max_quotes=0), "--max-quotes 0"),
        (ChapterSettings(number="sju"), "--number sju"),
        (ChapterSettings(template="saknas.docx"), "--template saknas.docx: no such file"),
        (ChapterSettings(coder="nobody"), "--coder nobody"),
    ],
)
def test_bad_settings_are_clear_errors(sample_study, settings, message):
    with pytest.raises(QualkodError, match=message):
        build_chapter(sample_study, settings)


def test_a_zip_bomb_template_is_refused_before_it_is_unpacked(sample_study, tmp_path):
    from tests.bombs import docx_bomb

    docx.Document().save(tmp_path / "tom.docx")
    bomb = docx_bomb(tmp_path / "mall.docx", source=tmp_path / "tom.docx")
    with pytest.raises(QualkodError) as caught:
        build_chapter(sample_study, ChapterSettings(template=bomb))
    assert str(caught.value).startswith(
        f"--template {bomb}: word/document.xml would unpack to 300 MB, more than the 50 MB"
    )


def _personal_template(path):
    """A template that says who made it in every place Word keeps such things."""
    import re

    source = tmp = path.with_suffix(".tmp.docx")
    document = docx.Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = "Sara Holm"
    properties.title, properties.subject = "Sara Holms mall", "Holm Konsult"
    properties.keywords, properties.comments = "Sara Holm", "Gjord av Sara Holm"
    properties.category, properties.identifier = "Holm Konsult", "Sara Holm"
    properties.version, properties.content_status = "Sara Holm", "Holm Konsult"
    document.save(tmp)
    custom = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
        b'"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt='
        b'"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property '
        b'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Ansvarig">'
        b"<vt:lpwstr>Sara Holm</vt:lpwstr></property></Properties>"
    )
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as target:
        for name in original.namelist():
            data = original.read(name)
            if name == "docProps/app.xml":
                data = data.replace(b"<Company/>", b"<Company>Holm Konsult AB</Company>")
                data = data.replace(b"<Manager/>", b"<Manager>Sara Holm</Manager>")
                data = data.replace(b"Normal.dotm", b"Sara Holms mall.dotm")
            elif name == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/custom-properties" '
                    b'Target="docProps/custom.xml"/></Relationships>',
                )
            elif name == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            elif name == "word/settings.xml":
                data = re.sub(
                    rb"(<w:settings[^>]*>)",
                    rb'\1<w:attachedTemplate r:id="rId99"/>',
                    data,
                    count=1,
                )
            target.writestr(name, data)
        target.writestr("docProps/custom.xml", custom)
        target.writestr(
            "word/_rels/settings.xml.rels",
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
            b'"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            b'Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/attachedTemplate" Target="file:///C:/Users/SaraHolm/Mallar/'
            b'Holm.dotm" TargetMode="External"/></Relationships>',
        )
    tmp.unlink()
    return path


def test_a_templates_own_properties_do_not_carry_over(sample_study, tmp_path):
    template = _personal_template(tmp_path / "mall.docx")
    raw = zipfile.ZipFile(template)
    assert b"Sara Holm" in raw.read("docProps/custom.xml")
    assert b"SaraHolm" in raw.read("word/_rels/settings.xml.rels")
    assert docx.Document(template).core_properties.author == "Sara Holm"
    data = build_chapter(sample_study, ChapterSettings(template=template))
    written = zipfile.ZipFile(io.BytesIO(data))
    names = written.namelist()
    assert "docProps/custom.xml" not in names and "docProps/thumbnail.jpeg" not in names
    for name in names:
        content = written.read(name)
        for trace in (b"Sara", b"Holm", b"custom-properties", b"attachedTemplate"):
            assert trace not in content, (name, trace)
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert (properties.author, properties.last_modified_by) == ("qualkod", "qualkod")
    assert data == build_chapter(sample_study, ChapterSettings(template=template))
