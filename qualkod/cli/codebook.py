"""``qualkod codebook``: validate, show, export and choose codebooks."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from qualkod import project as project_api
from qualkod.cli import render
from qualkod.cli._options import ProjectOption
from qualkod.cli._project import opened_project, project_group
from qualkod.codebook import load_codebook, load_theory, theory_file
from qualkod.export import codebook_markdown, write_codebook_docx
from qualkod.models import Code, Codebook, TheoryCatalogue
from qualkod.output_files import check_output, write_atomic
from qualkod.redaction import Redactor
from qualkod.redaction.project import project_redactor, refuse_a_named_file
from qualkod.store import project_location

codebook_app = project_group("Validate, show, export and choose codebooks.", no_args_is_help=True)


CodebookFile = Annotated[
    Path, typer.Argument(help="Codebook YAML file.", show_default=False, metavar="FILE")
]
TheoryOption = Annotated[
    Path | None,
    typer.Option(
        "--theory",
        help="Theory catalogue YAML. Default: the one the codebook names (codebook.theory).",
        show_default=False,
    ),
]


class ExportFormat(StrEnum):
    """Formats of the codebook appendix."""

    md = "md"
    docx = "docx"
    qdc = "qdc"


def _load(path: Path, theory: Path | None) -> tuple[Codebook, TheoryCatalogue | None]:
    theory_path = theory_file(path, theory)
    catalogue = load_theory(theory_path) if theory_path else None
    return load_codebook(path, catalogue), catalogue


def _summary(codebook: Codebook, catalogue: TheoryCatalogue | None) -> str:
    codes = list(codebook.codes())
    sub_codes = len(codes) - len(codebook.themes)
    examples = sum(len(c.positive_examples) + len(c.negative_examples) for c in codes)
    links = sum(len(c.concepts) for c in codes)
    theory = (
        f"{render.counted(links, 'concept link')} checked against {catalogue.id} ({render.counted(len(catalogue.concepts), 'concept')})"
        if catalogue
        else "concept links not checked (no theory catalogue)"
    )
    return (
        f"{codebook.id} {codebook.version}: {render.counted(len(codebook.themes), 'theme')}, {render.counted(sub_codes, 'sub-code')}, "
        f"{render.counted(examples, 'example')}, {render.counted(len(codebook.passages), 'training passage')}, {theory}"
    )


@codebook_app.command("validate")
def validate_cli(path: CodebookFile, theory: TheoryOption = None) -> None:
    """Check a codebook (and its theory catalogue); list every error with file:line:column."""
    codebook, catalogue = _load(path, theory)
    render.info(f"Valid: {render.safe(path)}: {render.safe(_summary(codebook, catalogue))}")


def _node(code: Code, catalogue: TheoryCatalogue | None) -> render.TreeNode:
    details = [code.definition]
    if code.concepts:
        names = [
            concept.name if (concept := catalogue and catalogue.concept(c)) else c
            for c in code.concepts
        ]
        details.append("Concepts: " + ", ".join(names))
    return render.TreeNode(
        label=f"{code.name} ({code.id})",
        color=code.color,
        details=tuple(details),
        children=tuple(_node(child, catalogue) for child in code.codes),
    )


@codebook_app.command("show")
def show_cli(path: CodebookFile, theory: TheoryOption = None) -> None:
    """Show the themes, codes, definitions and linked concepts as a tree."""
    codebook, catalogue = _load(path, theory)
    root = render.TreeNode(
        label=f"{codebook.name} – version {codebook.version}",
        details=(),
        children=tuple(_node(theme, catalogue) for theme in codebook.themes),
    )
    render.tree(root)


def _example_redactor(option: str | None, out: Path) -> Redactor:
    """The project's redactor (refusing an ``out`` that names someone of it) when a
    project is given or ./qualkod.db exists, else one that knows no speakers."""
    if option is None and not Path(project_location(None)).exists():
        render.warn(
            "no project here: examples are redacted by name lists, numbers and addresses "
            "only; give --project to redact the interviews' names in every form"
        )
        return Redactor()
    with opened_project(option) as opened:
        redactor = project_redactor(opened)
    refuse_a_named_file(redactor, out, "--out")
    return redactor


@codebook_app.command("export")
def export_cli(
    path: CodebookFile,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format", "-f", help="md, docx or qdc (REFI-QDA codebook).", case_sensitive=False
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write.", show_default=False)],
    theory: TheoryOption = None,
    project: ProjectOption = None,
) -> None:
    """Write the codebook as a reviewer's appendix (md, docx) or a REFI-QDA codebook (qdc).

    Examples are redacted like quotes; with a project (--project, $QUALKOD_PROJECT or a
    ./qualkod.db here) also its speakers' names in every form and the people it names.
    """
    check_output(out, (f".{fmt.value}",), reads=(path, theory_file(path, theory)))
    from qualkod.codebook import with_words_as_shown

    redact = _example_redactor(project, out)
    codebook, catalogue = _load(path, theory)
    # Examples may quote an interview and a definition name a case: redacted like
    # quotes, by the project's redactor when there is a project.
    codebook = with_words_as_shown(codebook, redact)
    if fmt is ExportFormat.qdc:
        from qualkod.export.refi_qda import write_qdc

        write_qdc(codebook, catalogue, out)
    elif fmt is ExportFormat.md:
        write_atomic(out, codebook_markdown(codebook, catalogue).encode("utf-8"))
    else:
        write_codebook_docx(codebook, out, catalogue)
    render.info(f"Wrote {render.safe(out)} ({fmt.value}) from {render.safe(path)}")


@codebook_app.command("use")
def use_cli(
    path: CodebookFile,
    theory: TheoryOption = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Use it even though live codings use codes it lacks (tables then show each "
            "such code as a theme of its own, the chapter only in its appendix, and "
            "agreement leaves them out).",
        ),
    ] = False,
    project: ProjectOption = None,
) -> None:
    """Make this codebook the one the project codes with (recorded by id, version, sha256)."""
    with opened_project(project) as opened:
        use = project_api.use_codebook(opened, path, theory, force=force)
    codebook = use.codebook
    what = f"{codebook.id} {codebook.version} (sha256 {codebook.sha256[:12]})"
    if use.already_current:
        render.info(f"Already the project's codebook: {render.safe(what)}")
    else:
        render.info(f"The project now codes with {render.safe(what)}")
    if use.same_version_changed:
        render.warn(
            f"this codebook differs from the {codebook.id} {codebook.version} "
            f"used before (sha256 {use.previous.sha256[:12]}) but has the same version: raise "
            "'version' in the file so that the chapter and the log tell them apart"
        )
    if use.disappeared:
        render.warn(
            f"codes of the previous codebook ({use.previous.codebook_id} {use.previous.version}) "
            f"missing from this one: {', '.join(use.disappeared)}"
        )
    if use.stale_suggestions:
        render.warn(
            f"{render.counted(use.stale_suggestions, 'open suggestion')} "
            f"{'is' if use.stale_suggestions == 1 else 'are'} of codes this codebook lacks; "
            "'qualkod suggest' replaces the open suggestions"
        )
    if use.stranded_memos:
        ids = [i for _, found in use.stranded_memos for i in found]
        themes = ", ".join(theme for theme, _ in use.stranded_memos)
        render.warn(
            f"{render.counted(len(ids), 'memo')} ({', '.join(map(str, ids))}) "
            f"{'is' if len(ids) == 1 else 'are'} on "
            f"{'a theme' if len(use.stranded_memos) == 1 else 'themes'} this codebook lacks "
            f"({themes}): the "
            f"chapter leaves {'it' if len(ids) == 1 else 'them'} out; put each on its theme "
            f"with 'qualkod memo move {ids[0]} --theme ID'"
        )
    if use.uncoded:
        total = sum(n for _, n in use.uncoded)
        render.warn(
            f"{render.counted(total, 'coding')} {'uses' if total == 1 else 'use'} codes this "
            f"codebook lacks ({render.few(c for c, _ in use.uncoded)}): tables show each as a theme "
            "of its own, the chapter only in its appendix (not in the analysis, featured or "
            "not), and agreement leaves them out"
        )
    if use.unknown_concepts:
        links = sum(n for _, n in use.unknown_concepts)
        concepts = ", ".join(c for c, _ in use.unknown_concepts)
        render.warn(
            f"{render.counted(links, 'link')} to concepts "
            + ("without a theory catalogue" if use.theory is None else "this catalogue lacks")
            + f" ({concepts}) are kept but left out of the chapter, tables and exports; "
            "give the catalogue with --theory to show them"
        )


@codebook_app.command("current")
def current_cli(project: ProjectOption = None) -> None:
    """Show which codebook the project codes with."""
    with opened_project(project) as opened:
        codebook, catalogue = project_api.current_codebook(opened)
    render.info(render.safe(_summary(codebook, catalogue)) + f" (sha256 {codebook.sha256[:12]})")


@codebook_app.command("import")
def import_cli(
    path: Annotated[
        Path, typer.Argument(help="REFI-QDA codebook (.qdc).", show_default=False, metavar="FILE")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Codebook YAML to write.", show_default=False)
    ],
) -> None:
    """Convert a REFI-QDA .qdc codebook (NVivo, ATLAS.ti, MAXQDA, QualCoder) to codebook YAML."""
    from qualkod.refi_import import import_codebook

    check_output(out, (".yaml", ".yml"), reads=(path,))
    result = import_codebook(path, out)
    for warning in result.warnings:
        render.warn(warning)
    themes = len(result.codebook.themes)
    sub_codes = len(list(result.codebook.codes())) - themes
    render.info(
        f"Wrote {render.safe(out)} from {render.safe(path)}: {render.counted(themes, 'theme')}, {render.counted(sub_codes, 'sub-code')}"
    )
    if result.theory_path:
        render.info(f"Theory catalogue written to {render.safe(result.theory_path)}")
