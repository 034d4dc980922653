"""``qualkod link add|remove|memo|reject`` and ``qualkod links``: quotes linked to theory."""

from __future__ import annotations

from typing import Annotated

import typer

from qualkod import coding as coding_api
from qualkod.cli import render
from qualkod.cli._options import CoderOption, FormatOption, OutputFormat, ProjectOption
from qualkod.cli._project import opened_project, project_group

link_app = project_group("Link coded quotes to concepts of the theory catalogue.")


CodingArgument = Annotated[int, typer.Argument(help="Coding id (see 'qualkod codings').")]
ConceptArgument = Annotated[str, typer.Argument(help="Concept id of the theory catalogue.")]


@link_app.command("add")
def add_cli(
    coding: CodingArgument,
    concept: ConceptArgument,
    memo: Annotated[
        str, typer.Option("--memo", "-m", help="Why the quote shows the concept.")
    ] = "",
    coder: CoderOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Also when the coding is another coder's.")
    ] = False,
    project: ProjectOption = None,
) -> None:
    """Link a coding's quote to a concept it illustrates (one transaction; undoable)."""
    who = coding_api.resolve_coder(coder)
    with opened_project(project) as opened:
        link = coding_api.add_link(opened, coding, concept, who, memo=memo, others=force)
    render.info(f"Linked coding {coding} to {concept} (link {link.id})")


ForceOption = Annotated[
    bool, typer.Option("--force", help="Also when the link is another coder's.")
]


@link_app.command("remove")
def remove_cli(
    link: Annotated[int, typer.Argument(help="Link id (see 'qualkod links').")],
    force: ForceOption = False,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Remove a link (kept in the audit log; 'qualkod undo' brings it back)."""
    who = coding_api.resolve_coder(coder)
    with opened_project(project) as opened:
        removed = coding_api.remove_link(opened, link, who, others=force)
    render.info(f"Removed link {link} (coding {removed.coding_id} -> {removed.concept_id})")


@link_app.command("memo")
def memo_cli(
    link: Annotated[int, typer.Argument(help="Link id (see 'qualkod links').")],
    text: Annotated[str, typer.Argument(help="Why the quote shows the concept.")],
    force: ForceOption = False,
    coder: CoderOption = None,
    project: ProjectOption = None,
) -> None:
    """Write or replace a link's memo."""
    who = coding_api.resolve_coder(coder)
    with opened_project(project) as opened:
        coding_api.set_link_memo(opened, link, text, who, others=force)
    render.info(f"Memo saved on link {link}")


@link_app.command("reject")
def reject_cli(
    coding: CodingArgument,
    concept: ConceptArgument,
    coder: CoderOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Also when the coding is another coder's.")
    ] = False,
    project: ProjectOption = None,
) -> None:
    """Turn down a proposed link (see 'qualkod links --suggested'); it is not proposed again."""
    who = coding_api.resolve_coder(coder)
    with opened_project(project) as opened:
        coding_api.reject_link(opened, coding, concept, who, others=force)
    render.info(f"Rejected the link of coding {coding} to {concept}")


SUGGESTION_COLUMNS = ["coding", "concept", "score", "codebook", "cues", "code", "quote"]


def links_cli(
    concept: Annotated[
        str | None, typer.Option("--concept", help="Only links to this concept.")
    ] = None,
    theme: Annotated[str | None, typer.Option("--theme", help="Only quotes of this theme.")] = None,
    suggested: Annotated[
        bool,
        typer.Option(
            "--suggested",
            help="Proposed links instead: concepts whose cue words are in a quote "
            "(accept with 'qualkod link add', turn down with 'qualkod link reject').",
        ),
    ] = False,
    fmt: FormatOption = OutputFormat.table,
    project: ProjectOption = None,
) -> None:
    """List quote-to-concept links: link, coding, concept, theme, code, speaker, transcript,
    start, quote, memo, coder (names redacted)."""
    from qualkod.analysis import LINK_COLUMNS, links
    from qualkod.analysis.material import read_material

    with opened_project(project) as opened:
        if suggested:
            _suggestions(opened, fmt)
            return
        if concept is not None:
            coding_api.links(opened, concept=concept)  # checks the concept id
        frame = links(read_material(opened, theme=theme), concept=concept)
    if fmt is OutputFormat.table:
        if frame.empty:
            render.info("No links yet; add one with 'qualkod link add CODING CONCEPT'")
            return
        rows = [
            [r.link, r.coding, r.concept, f"{r.speaker} {r.start}".strip(), r.quote, r.memo]
            for r in frame.itertuples()
        ]
        header = ["link", "coding", "concept", "speaker", "quote", "memo"]
        render.listing("table", header, rows, title="Links", wrap=("quote", "memo"))
        return
    render.listing(fmt.value, list(LINK_COLUMNS), frame.values.tolist())


def _suggestions(opened, fmt: OutputFormat) -> None:
    from qualkod.redaction.project import ProjectRedactor

    found = coding_api.link_suggestions(opened)
    codings = {c.id: c for c in coding_api.codings(opened)}
    outgoing = ProjectRedactor(opened)
    rows = []
    for s in found:
        c = codings[s.coding_id]
        rows.append(
            [
                s.coding_id,
                s.concept_id,
                f"{s.score:.1f}",
                "yes" if s.in_codebook else "no",
                "; ".join(s.cues),
                c.code_id,
                outgoing.span(c.transcript_id, c.turn, c.start, c.end),
            ]
        )
    if fmt is OutputFormat.table and not rows:
        render.info("No proposed links: no concept's cue words are in an unlinked quote")
        return
    if fmt is OutputFormat.table:
        render.listing(
            "table", SUGGESTION_COLUMNS, rows, title="Proposed links", wrap=("quote", "cues")
        )
        return
    render.listing(fmt.value, SUGGESTION_COLUMNS, rows)
