"""Memos from the command line: ``memo add``, ``move``, ``remove``, ``list``, ``export``,
``import``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qualkod import coding as coding_api
from qualkod.cli import render
from qualkod.cli._options import (
    CoderOption,
    FormatOption,
    OutputFormat,
    ProjectOption,
    RawNamesOption,
)
from qualkod.cli._project import opened_project, project_group
from qualkod.cli._usage import USAGE_ERROR
from qualkod.coding.memo_text import shortened
from qualkod.output_files import check_output
from qualkod.redaction.project import ProjectRedactor

memo_app = project_group(
    "Write memos on themes, theme x concept links and codings.", no_args_is_help=True
)


@memo_app.command("add")
def memo_add_cli(
    text: Annotated[str, typer.Argument(help="The memo text.", show_default=False)],
    theme: Annotated[
        str | None, typer.Option("--theme", help="Theme id (or a sub-code's id, for a memo on it).")
    ] = None,
    concept: Annotated[
        str | None, typer.Option("--concept", help="With --theme: the linked concept id.")
    ] = None,
    coding: Annotated[int | None, typer.Option("--coding", help="Coding id.")] = None,
    conclusion: Annotated[
        bool,
        typer.Option(
            "--conclusion",
            help="A conclusion of the whole study: the chapter's 'Slutsatser', in the order "
            "written.",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="With --coding: also on another coder's coding.")
    ] = False,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Write a memo on a theme, a theme x concept link or a coding, or a conclusion."""
    if [theme is not None, coding is not None, conclusion].count(True) != 1 or (
        concept is not None and theme is None
    ):
        raise USAGE_ERROR(
            "give one of --theme CODE (optionally with --concept ID), --coding ID or --conclusion"
        )
    with opened_project(project) as opened:
        memo = coding_api.add_memo(
            opened,
            text,
            coding_api.resolve_coder(coder),
            theme=theme,
            concept=concept,
            coding_id=coding,
            conclusion=conclusion,
            others=force,
        )
        # the memo replaced is shown as every memo is: names and numbers redacted
        replaced = ProjectRedactor(opened).text(memo.replaced) if memo.replaced else ""
    if memo.is_conclusion:
        render.info(f"Conclusion saved as memo {memo.id} (the chapter's 'Slutsatser')")
        return
    target = (
        f"coding {memo.coding_id}"
        if memo.coding_id
        else f"{memo.code_id} x {memo.concept_id}"
        if memo.concept_id
        else f"theme {memo.code_id}"
    )
    number = f" {memo.id}" if memo.id else ""  # a coding's memo has no id of its own
    render.info(f"Memo{number} on {render.safe(target)} saved")
    if memo.replaced and memo.replaced != memo.text:
        render.warn(
            f"it replaces the coding's earlier memo ({shortened(replaced)}); "
            "'qualkod undo' brings that back"
        )


@memo_app.command("move")
def memo_move_cli(
    memo_id: Annotated[int, typer.Argument(help="The memo's id ('qualkod memo list').")],
    theme: Annotated[
        str, typer.Option("--theme", help="Theme id (or a sub-code's id, for a memo on it).")
    ],
    concept: Annotated[
        str | None, typer.Option("--concept", help="The linked concept id, for a link's memo.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Also another coder's memo.")] = False,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Put a memo on another theme (after a theme was renamed in a new codebook)."""
    with opened_project(project) as opened:
        memo = coding_api.move_memo(
            opened,
            memo_id,
            coding_api.resolve_coder(coder),
            theme,
            concept,
            others=force,
        )
    target = f"{memo.code_id} x {memo.concept_id}" if memo.concept_id else f"theme {memo.code_id}"
    render.info(f"Memo {memo.id} is on {render.safe(target)} now ('qualkod undo' moves it back)")


@memo_app.command("remove")
def memo_remove_cli(
    memo_id: Annotated[int, typer.Argument(help="The memo's id ('qualkod memo list').")],
    force: Annotated[bool, typer.Option("--force", help="Also another coder's memo.")] = False,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Remove a memo on a theme or a link, or a conclusion ('qualkod undo' restores it)."""
    with opened_project(project) as opened:
        memo = coding_api.remove_memo(
            opened, memo_id, coding_api.resolve_coder(coder), others=force
        )
    render.info(f"Removed memo {memo.id} ('qualkod undo' restores it)")


@memo_app.command("list")
def memo_list_cli(
    fmt: FormatOption = OutputFormat.table,
    raw_names: RawNamesOption = False,
    project: ProjectOption = None,
) -> None:
    """List the memos (identifying details redacted)."""
    with opened_project(project) as opened:
        memos = coding_api.memos(opened)
        outgoing = ProjectRedactor(opened, raw=raw_names)
    rows = [
        [
            m.id or "",  # a coding's memo is part of the coding, not a memo of its own
            _about(m),
            m.code_id or "",
            m.concept_id or "",
            m.coding_id or "",
            outgoing.coder(m.coder),
            outgoing.text(m.text),
        ]
        for m in memos
    ]
    if fmt is not OutputFormat.table:
        render.listing(
            fmt.value, ["id", "about", "theme", "concept", "coding", "coder", "text"], rows
        )
        return
    if not rows:
        render.info("No memos yet; add one with 'qualkod memo add --theme THEME TEXT'")
        return
    # What a memo is on in one column that wraps, as the text does: the table fits the
    # screen (or a pipe's 80 columns) and every memo is there whole.
    render.table(
        ["id", "about", "coder", "text"],
        [[r[0], _target(*r[1:5]), r[5], r[6]] for r in rows],
        title="Memos",
        wrap=("about", "text"),
    )


@memo_app.command("export")
def memo_export_cli(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="YAML file to write.", show_default=False)
    ],
    project: ProjectOption = None,
) -> None:
    """Write theme, theme x concept, link and conclusion memos to a YAML file."""
    check_output(out, (".yaml", ".yml"))
    with opened_project(project) as opened:
        count = coding_api.export_memos(opened, out)
    render.info(f"Wrote {render.counted(count, 'memo')} to {render.safe(out)}")
    if count:
        render.warn_verbatim(out)


@memo_app.command("import")
def memo_import_cli(
    file: Annotated[Path, typer.Argument(help="A memos YAML file.", show_default=False)],
    coder: Annotated[
        str | None,
        typer.Option(
            "--coder",
            help="Import every memo as this coder's (default: as the file says; a memo "
            "naming no coder is yours, --coder or $QUALKOD_CODER).",
        ),
    ] = None,
    project: ProjectOption = None,
) -> None:
    """Import theme, link and conclusion memos from a YAML file: all or none."""
    with opened_project(project) as opened:
        added, present = coding_api.import_memos(
            opened,
            file,
            coder=coding_api.resolve_coder(coder) if coder is not None else None,
            default_coder=coding_api.resolve_coder(None),  # a memo naming no coder is yours
        )
    render.info(
        f"Imported {render.counted(added, 'memo')} from {render.safe(file)} ({present} already present)"
    )


__all__ = ["memo_app"]


def _target(about: str, theme: str, concept: str, coding: int | str) -> str:
    """What a memo is on, as 'memo add' names it: ``theme samverkan``, ``samverkan x
    integrering``, ``coding 55``, ``conclusion``."""
    if about == "conclusion":
        return about
    if about == "coding":
        return f"coding {coding}"
    return f"{theme} x {concept}" if about == "link" else f"theme {theme}"


def _about(memo) -> str:
    if memo.is_conclusion:
        return "conclusion"
    if memo.coding_id:
        return "coding"
    return "link" if memo.concept_id else "theme"
