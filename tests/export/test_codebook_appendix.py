"""The codebook appendix in Markdown and Word carries every field."""

from __future__ import annotations

import docx

from qualkod.codebook import load_codebook, load_theory
from qualkod.export import codebook_markdown, write_codebook_docx
from qualkod.models import Codebook, TheoryCatalogue
from tests.conftest import REPO

DEFAULT = REPO / "codebooks" / "samsjuklighet.yaml"
THEORY = REPO / "codebooks" / "tyrstrup-2014.yaml"


def _every_text(codebook: Codebook, theory: TheoryCatalogue, *, word=False) -> list[str]:
    """Every text of the codebook; Word shows a reference's *Title* in italics, unmarked."""
    texts = [codebook.id, codebook.name, codebook.version, codebook.language, codebook.description]
    texts += list(codebook.authors)
    texts += [r.text.replace("*", "") if word else r.text for r in codebook.references]
    for code in codebook.codes():
        texts += [code.id, code.name, code.definition, *code.include, *code.concepts]
        texts += [rule.text for rule in code.exclude] + [r.see for r in code.exclude if r.see]
        texts += [*code.positive_examples, *code.negative_examples]
        lexicon = code.lexicon
        texts += [*lexicon.lemmas, *lexicon.phrases, *lexicon.negation]
        texts += [p.pattern for p in lexicon.patterns]
        texts += [code.color] if code.color else []
    for concept in theory.concepts:
        texts += [concept.id, concept.name, concept.definition, concept.source.title]
    return texts


def test_markdown_has_every_field():
    codebook, theory = load_codebook(DEFAULT), load_theory(THEORY)
    markdown = codebook_markdown(codebook, theory)
    missing = [t for t in _every_text(codebook, theory) if t.replace("|", "\\|") not in markdown]
    assert missing == []
    assert markdown.count("| Kod | Definition | Inklusion | Exklusion | Exempel | Begrepp |") == 3
    assert "(negerat)" in markdown


def test_word_has_every_field_a_table_per_theme_and_swedish_language(tmp_path):
    codebook, theory = load_codebook(DEFAULT), load_theory(THEORY)
    out = tmp_path / "kodbok.docx"
    write_codebook_docx(codebook, out, theory)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            text += "\n" + "\n".join(cell.text for cell in row.cells)
    missing = [t for t in _every_text(codebook, theory, word=True) if t not in text]
    assert missing == []
    headers = [t.rows[0].cells[0].text for t in document.tables]
    assert headers.count("Kod") == 6  # code table and lexicon table per theme
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 2"][:3] == [
        "Tema 1: Bristande ansvar",
        "Tema 2: Samverkan – förutsättningar och förhoppningar",
        "Tema 3: Situationsanpassning",
    ]
    assert 'w:val="sv-SE"' in document.styles.element.xml
    assert document.core_properties.author == "qualkod"


def test_word_output_is_reproducible(tmp_path):
    codebook = load_codebook(DEFAULT)
    write_codebook_docx(codebook, tmp_path / "a.docx")
    write_codebook_docx(codebook, tmp_path / "b.docx")
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()


def test_reference_titles_are_in_italics(tmp_path):
    codebook, theory = load_codebook(DEFAULT), load_theory(THEORY)
    markdown = codebook_markdown(codebook, theory)
    assert "*Qualitative Research in Psychology*, *3*(2), 77–101." in markdown  # Markdown's own
    write_codebook_docx(codebook, tmp_path / "kodbok.docx", theory)
    document = docx.Document(str(tmp_path / "kodbok.docx"))
    braun = next(p for p in document.paragraphs if p.text.startswith("Braun, V."))
    assert [r.text for r in braun.runs if r.italic] == ["Qualitative Research in Psychology", "3"]
    assert braun.text == (
        "Braun, V. & Clarke, V. (2006). Using thematic analysis in psychology. "
        "Qualitative Research in Psychology, 3(2), 77–101. [braun_clarke2006]"
    )


def test_a_concepts_source_names_its_work_in_italics(tmp_path):
    codebook, theory = load_codebook(DEFAULT), load_theory(THEORY)
    title = "I välfärdsproduktionens gränsland – Organisatoriska mellanrum i vård, skola och omsorg"
    source = f"Tyrstrup, M. (2014). *{title}*. Studentlitteratur."  # from tyrstrup-2014.yaml
    assert source in codebook_markdown(codebook, theory)
    write_codebook_docx(codebook, tmp_path / "kodbok.docx", theory)
    document = docx.Document(str(tmp_path / "kodbok.docx"))
    concepts = next(t for t in document.tables if t.rows[0].cells[0].text == "Begrepp")
    cell = concepts.rows[1].cells[2]
    assert cell.text == source.replace("*", "")
    assert [r.text for r in cell.paragraphs[0].runs if r.italic] == [title]


def test_a_theme_without_a_lexicon_has_no_empty_lexicon_table(tmp_path):
    path = tmp_path / "enkel.yaml"
    path.write_text(
        "codebook:\n  id: enkel\n  name: Enkel kodbok\n  version: '0.1'\n"
        "themes:\n"
        "  - id: tid\n    name: Tid\n    definition: Brist på tid.\n"
        "    lexicon:\n      lemmas: [stress]\n"
        "  - id: rum\n    name: Rum\n    definition: Brist på lokaler.\n",
        encoding="utf-8",
    )
    markdown = codebook_markdown(load_codebook(path))
    assert markdown.count("| Kod | Lemman | Fraser | Mönster | Negationsord |") == 1  # Tid's
    assert markdown.index("Lemman") < markdown.index("Tema 2: Rum")
