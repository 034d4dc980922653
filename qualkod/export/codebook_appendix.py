"""The codebook as a reviewer's appendix, in Markdown or Word.

Both formats are rendered from one neutral layout (:func:`appendix_sections`), so they
always carry the same content: per theme a table with code, definition, inclusion,
exclusion, examples and linked concepts, a lexicon table, then the concepts of the
theory catalogue and the references. Every field of the codebook appears.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from qualkod.codebook_models import emphasis_runs
from qualkod.models import Code, Codebook, TheoryCatalogue
from qualkod.redaction import Redactor

CODE_HEADER = ["Kod", "Definition", "Inklusion", "Exklusion", "Exempel", "Begrepp"]
LEXICON_HEADER = ["Kod", "Lemman", "Fraser", "Mönster", "Negationsord"]
CONCEPT_HEADER = ["Begrepp", "Definition", "Källa", "Relaterade begrepp"]
# Relative column widths in the Word tables, by header.
_WIDTHS = {
    tuple(CODE_HEADER): (3, 5, 4, 4, 6, 3),
    tuple(LEXICON_HEADER): (3, 5, 5, 5, 2),
    tuple(CONCEPT_HEADER): (3, 7, 5, 3),
}


@dataclass(frozen=True)
class Section:
    """A heading, paragraphs and optional tables."""

    heading: str
    level: int
    paragraphs: tuple[str, ...] = ()
    tables: tuple[tuple[list[str], list[list[str]]], ...] = ()
    emphasis: bool = False
    """The paragraphs mark italics as ``*Title*`` (Markdown keeps them, Word sets them)."""


def _concept_name(concept_id: str, theory: TheoryCatalogue | None) -> str:
    concept = theory.concept(concept_id) if theory else None
    return f"{concept.name} ({concept_id})" if concept else concept_id


def _code_label(code: Code, depth: int) -> str:
    return f"{'– ' * depth}{_example_redactor()(code.name)} ({code.id})"


def _code_row(code: Code, depth: int, theory: TheoryCatalogue | None) -> list[str]:
    # Examples may paraphrase an interview and a definition name a case: they leave
    # redacted like quotes.
    redact = _example_redactor()
    exclusions = [
        f"{redact(rule.text)} → se {rule.see}" if rule.see else redact(rule.text)
        for rule in code.exclude
    ]
    examples = [f"+ {redact(text)}" for text in code.positive_examples] + [
        f"− {redact(text)}" for text in code.negative_examples
    ]
    return [
        _code_label(code, depth),
        redact(code.definition),
        "\n".join(f"• {redact(text)}" for text in code.include),
        "\n".join(f"• {text}" for text in exclusions),
        "\n".join(examples),
        "\n".join(_concept_name(c, theory) for c in code.concepts),
    ]


@lru_cache(maxsize=1)
def _example_redactor() -> Redactor:
    """Finds other people, numbers and addresses (a codebook knows no speakers)."""
    return Redactor()


def _lexicon_row(code: Code, depth: int) -> list[str]:
    lexicon = code.lexicon
    patterns = [f"{p.pattern} (negerat)" if p.negated else p.pattern for p in lexicon.patterns]
    return [
        _code_label(code, depth),
        ", ".join(lexicon.lemmas),
        "; ".join(lexicon.phrases),
        "; ".join(patterns),
        ", ".join(lexicon.negation),
    ]


def _rows(theme: Code, theory: TheoryCatalogue | None):
    codes, lexicon = [], []

    def visit(code: Code, depth: int) -> None:
        codes.append(_code_row(code, depth, theory))
        lexicon.append(_lexicon_row(code, depth))
        for child in code.codes:
            visit(child, depth + 1)

    visit(theme, 0)
    return codes, lexicon


def appendix_sections(codebook: Codebook, theory: TheoryCatalogue | None = None) -> list[Section]:
    """The appendix as a list of sections, format-neutral."""
    facts = [
        f"Kodbokens id: {codebook.id}. Version: {codebook.version}. Språk: {codebook.language}.",
    ]
    if codebook.authors:
        facts.append("Författare: " + ", ".join(codebook.authors) + ".")
    if codebook.sha256:
        facts.append(f"Kontrollsumma (sha256): {codebook.sha256}.")
    if codebook.passages:
        facts.append(
            f"Träningspassager för förslagsmotorn: {len(codebook.passages)} "
            "(märkta för alla teman; listas inte här)."
        )
    if codebook.theory:
        facts.append(f"Teorikatalog: {codebook.theory}.")
    sections = [
        Section(
            f"Kodbok: {codebook.name}",
            1,
            tuple(p for p in (codebook.description, " ".join(facts)) if p),
        )
    ]
    for number, theme in enumerate(codebook.themes, start=1):
        codes, lexicon = _rows(theme, theory)
        colour = f" Färg i tabeller och diagram: {theme.color}." if theme.color else ""
        sections.append(
            Section(
                f"Tema {number}: {theme.name}",
                2,
                (f"{theme.definition}{colour}",),
                # no lexicon table where no code of the theme has one
                ((CODE_HEADER, codes), (LEXICON_HEADER, lexicon))
                if any(any(row[1:]) for row in lexicon)
                else ((CODE_HEADER, codes),),
            )
        )
    if theory:
        rows = [
            [
                f"{c.name} ({c.id})",
                c.definition,
                _source(c),
                ", ".join(_concept_name(r, theory) for r in c.related),
            ]
            for c in theory.concepts
        ]
        intro = f"{theory.name}, version {theory.version} ({theory.id})."
        paragraphs = tuple(p for p in (intro, theory.description) if p)
        sections.append(Section("Teoretiska begrepp", 2, paragraphs, ((CONCEPT_HEADER, rows),)))
    references = list(codebook.references) + [
        r for r in (theory.references if theory else ()) if r not in codebook.references
    ]
    if references:
        entries = tuple(f"{' '.join(r.text.split())} [{r.id}]" for r in references)
        sections.append(Section("Referenser", 2, entries, emphasis=True))
    return sections


def _source(concept) -> str:
    source = concept.source
    parts = [f"{source.author} ({source.year}). *{source.title}*."]
    if source.publisher:
        parts.append(f"{source.publisher}.")
    if source.pages:
        parts.append(f"s. {source.pages}.")
    return " ".join(parts)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def codebook_markdown(codebook: Codebook, theory: TheoryCatalogue | None = None) -> str:
    """The appendix as Markdown (GitHub tables)."""
    out: list[str] = []
    for section in appendix_sections(codebook, theory):
        out += [f"{'#' * section.level} {section.heading}", ""]
        for paragraph in section.paragraphs:
            out += [paragraph, ""]
        for header, rows in section.tables:
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "---|" * len(header))
            out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
            out.append("")
    return "\n".join(out)


def write_codebook_docx(
    codebook: Codebook, path: str | Path, theory: TheoryCatalogue | None = None
) -> None:
    """Write the appendix as a Word document (landscape, one table per theme)."""
    from qualkod.export._word import add_table, new_document, save_document

    document = new_document(codebook.language, landscape=True)
    for section in appendix_sections(codebook, theory):
        document.add_heading(section.heading, level=section.level)
        for paragraph in section.paragraphs:
            if not section.emphasis:
                document.add_paragraph(paragraph)
                continue
            written = document.add_paragraph()
            for words, italic in emphasis_runs(paragraph):
                written.add_run(words).italic = italic or None
        for header, rows in section.tables:
            # The concepts' sources name their works in italics, as the reference list does.
            emphasis = (CONCEPT_HEADER.index("Källa"),) if header == CONCEPT_HEADER else ()
            add_table(
                document, header, rows, widths=_WIDTHS[tuple(header)], emphasis_columns=emphasis
            )
            document.add_paragraph()
    save_document(document, path, title=f"Kodbok: {codebook.name}", language=codebook.language)
