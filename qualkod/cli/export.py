"""``qualkod export chapter``, ``export qdpx``, ``export study`` and ``qualkod reproduce``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qualkod import project as project_api
from qualkod.cli import render
from qualkod.cli._interrupted import in_a_temporary_project
from qualkod.cli._options import CoderNamesOption, Language, ProjectOption, RawNamesOption
from qualkod.cli._project import opened_project, project_group
from qualkod.errors import ParameterError
from qualkod.output_files import check_output

export_app = project_group(
    "Export the Word thematic-analysis chapter, a REFI-QDA project or a study folder.",
    no_args_is_help=True,
)


@export_app.command("chapter")
def chapter_cli(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The .docx file to write.", show_default=False)
    ],
    template: Annotated[
        Path | None,
        typer.Option("--template", help="A Word template whose styles to use (.docx/.dotx)."),
    ] = None,
    lang: Annotated[
        Language,
        typer.Option(
            "--lang",
            help="Language of the chapter's own sentences and headings: sv or en (the "
            "codebook's names and definitions, memos and quotes stay as written).",
            case_sensitive=False,
        ),
    ] = Language.sv,
    number: Annotated[
        str | None,
        typer.Option("--number", help="Chapter number, such as 7.2; headings are numbered."),
    ] = None,
    max_quotes: Annotated[
        int,
        typer.Option(
            "--max-quotes",
            min=1,
            help="At most this many quotes per theme: the featured ones first, then the interviewees in turn (the appendix has them all).",
        ),
    ] = 4,
    coder: Annotated[
        str | None, typer.Option("--coder", help="Only this coder's codings (default: all).")
    ] = None,
    project: ProjectOption = None,
) -> None:
    """Write the thematic-analysis chapter (Word), built only from the project's data."""
    from qualkod.export.chapter import ChapterSettings, chapter_number_problem, write_chapter

    lang = lang.value
    problem = chapter_number_problem(number)
    if problem:
        raise ParameterError("number", number, problem, quoted=True)
    check_output(out, (".docx",), reads=(template,))  # never over the Word template
    settings = ChapterSettings(
        lang=lang, number=number, max_quotes=max_quotes, coder=coder, template=template
    )
    with opened_project(project) as opened:
        result = write_chapter(opened, out, settings)
        codebook_language = project_api.current_codebook(opened)[0].language
    render.info(
        f"Wrote {render.safe(out)}: {render.counted(result.themes, 'theme')}, {render.counted(result.quotes, 'quote')}, "
        f"{render.counted(result.concepts, 'theme x concept pair')} with linked quotes"
    )
    if result.memos_left_out:
        left = result.memos_left_out
        render.warn(
            f"{render.counted(len(left), 'memo')} ({', '.join(map(str, left))}) on themes the "
            f"codebook lacks left out; put each on its theme with 'qualkod memo move "
            f"{left[0]} --theme ID'"
        )
    if lang != codebook_language:
        render.warn(
            f"the chapter's own sentences are in '{lang}', but the codebook is in "
            f"'{codebook_language}': theme names, definitions, memos and quotes stay as written"
        )


@export_app.command("qdpx")
def qdpx_cli(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="The .qdpx file to write.", show_default=False)
    ],
    coder: Annotated[
        list[str] | None,
        typer.Option(
            "--coder",
            help="Only this coder's codings, memos and decided-turn marks; repeat for more "
            "(default: all).",
        ),
    ] = None,
    raw_names: RawNamesOption = False,
    coder_names: CoderNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """Write a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA and QualCoder.

    Coders are named Kodare A, Kodare B, ... (as in the chapter) unless --coder-names
    (a login that looks like a participant's name is named as in the chapter)."""
    from qualkod.export.refi_qda import write_qdpx

    check_output(out, (".qdpx",))
    with opened_project(project) as opened:
        result = write_qdpx(
            opened, out, coders=coder or None, raw_names=raw_names, coder_names=coder_names
        )
    render.info(
        f"Wrote {render.safe(out)}: {render.counted(result.sources, 'source')}, {render.counted(result.codings, 'coding')}, "
        f"{render.counted(result.links, 'concept link')}, {render.counted(result.notes, 'note')}"
        + (f" ({render.counted(result.decided, 'decided-turn mark')})" if result.decided else "")
        + f", coders: {render.safe(', '.join(result.coders) or 'none')}"
    )
    _warn_logins_labelled(result.logins_labelled)
    if raw_names:
        render.warn("--raw-names: the file holds real names and unredacted text; do not share it")


def _warn_logins_labelled(count: int) -> None:
    """Say that --coder-names left some logins out, naming neither login nor speaker."""
    if count == 1:
        render.warn(
            "1 coder login looks like a participant's name; exported as the chapter names "
            "that coder (a coder label or a pseudonym)"
        )
    elif count:
        render.warn(
            f"{count} coder logins look like participants' names; exported as the chapter "
            "names those coders (coder labels or pseudonyms)"
        )


@export_app.command("study")
def study_cli(
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="The folder to write (new or empty).",
            show_default=False,
            metavar="FOLDER",
        ),
    ],
    coder: Annotated[
        str | None,
        typer.Option("--coder", help="The coder whose analysis the chapter and tables report."),
    ] = None,
    number: Annotated[
        str | None, typer.Option("--number", help="The chapter's number, such as 4.2.")
    ] = None,
    max_quotes: Annotated[
        int, typer.Option("--max-quotes", min=1, help="At most this many quotes per theme.")
    ] = 4,
    lang: Annotated[
        Language,
        typer.Option(
            "--lang",
            help="Language of the chapter's own sentences: sv or en.",
            case_sensitive=False,
        ),
    ] = Language.sv,
    study: Annotated[
        str, typer.Option("--study", help="The study's id in study.yaml.", metavar="ID")
    ] = "studie",
    force: Annotated[
        bool, typer.Option("--force", help="Replace what a folder that is not empty holds.")
    ] = False,
    coder_names: CoderNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """Write the project as a study folder (transcripts, codebook, codings, memos,
    study.yaml) that 'qualkod reproduce' rebuilds.

    Coders are named Kodare A, Kodare B, ... (as in the chapter) in every file unless
    --coder-names (a login that looks like a participant's name is named as in the chapter);
    --coder still takes the login."""
    from qualkod.export.chapter import chapter_number_problem
    from qualkod.export.study import ChapterOptions, export_study

    lang = lang.value
    problem = chapter_number_problem(number)
    if problem:
        raise ParameterError("number", number, problem, quoted=True)
    settings = ChapterOptions(coder=coder, number=number, max_quotes=max_quotes, lang=lang)
    with opened_project(project) as opened:
        result = export_study(
            opened, out, study=study, chapter=settings, force=force, coder_names=coder_names
        )
    render.info(
        f"Wrote {render.safe(out)}/: {render.counted(result.transcripts, 'transcript')}, "
        f"codings of {render.counted(len(result.coders), 'coder')}, study.yaml; run "
        f"'qualkod reproduce {render.safe(out / 'study.yaml')}'"
    )
    for note in result.notes:
        render.warn(note)
    _warn_logins_labelled(result.logins_labelled)
    render.warn(
        "the folder holds the transcripts verbatim with real names: it is for the research "
        "team and the archive, not for publication"
    )


_LEFT_BY_REPRODUCE = (
    "the study's outputs folder is as it was and the run's temporary project is removed"
)
"""What an interrupted 'reproduce' left: it builds the study in a temporary project."""


def reproduce_cli(
    manifest: Annotated[
        Path, typer.Argument(help="The study manifest, such as study.yaml.", show_default=False)
    ],
    check: Annotated[
        Path | None,
        typer.Option(
            "--check",
            help="Re-run into a temporary folder (the outputs folder is not touched) and "
            "compare each output with this MANIFEST.json; exit code 1 when one differs.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Rebuild a study from its manifest: chapter, tables, chart and MANIFEST.json."""
    from qualkod.reproduce import reproduce

    def step(text: str) -> None:
        render.info(render.safe(f"… {text}"))

    if check is not None:
        from qualkod.reproduce import check as check_run

        with in_a_temporary_project(_LEFT_BY_REPRODUCE):
            checked = check_run(manifest, check, step=step)
        for line in checked.lines():
            render.line(line)
        if not checked.identical:
            raise typer.Exit(1)
        return
    with in_a_temporary_project(_LEFT_BY_REPRODUCE):
        result = reproduce(manifest, step=step)
    for name, path in result.outputs.items():
        render.info(f"  {render.safe(name)}  {render.safe(path)}")
    render.info(f"  MANIFEST.json  {render.safe(result.manifest)}")
