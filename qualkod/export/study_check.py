"""Whether a study folder's transcripts import as the project has them.

``reproduce`` numbers pseudonyms and titles and decides roles anew from the files and
the interviewers listed. :func:`speaker_differences` imports the written transcripts
into a temporary project the way ``reproduce`` does and names each transcript whose
title, pseudonyms or roles would come out otherwise than in the project.
"""

from __future__ import annotations

from collections.abc import Sequence

from qualkod.models import StoredTurn, TranscriptSummary


def speaker_differences(
    files: Sequence[tuple[str, bytes]],
    summaries: Sequence[TranscriptSummary],
    turns: dict[int, list[StoredTurn]],
    interviewers: Sequence[str],
) -> list[str]:
    """One line per transcript that ``reproduce`` would title, or whose speakers it would
    name or cast, otherwise than the project (pseudonyms only: no raw name is said)."""
    from qualkod.importing import import_files
    from qualkod.project import init_project
    from qualkod.store import open_project
    from qualkod.store import transcripts as transcript_store
    from qualkod.temporary_project import temporary_folder

    found = []
    with temporary_folder("qualkod-study-check-") as folder:
        paths = []
        for name, data in files:
            path = folder / name.replace("/", "-")
            path.write_bytes(data)
            paths.append(path)
        init_project(folder / "check.db")
        project = open_project(folder / "check.db")
        try:
            import_files(project, paths, interviewers=interviewers)
            with project.read() as conn:
                again = transcript_store.list_transcripts(conn)
                again_turns = {s.id: transcript_store.transcript_turns(conn, s.id) for s in again}
        finally:
            project.close()
    for summary, other in zip(summaries, again, strict=True):
        if other.title != summary.title:
            found.append(f"{summary.title} would be titled {other.title}")
            continue
        for mine, theirs in zip(turns[summary.id], again_turns[other.id], strict=True):
            was = (mine.speaker.pseudonym, mine.speaker.role)
            would = (theirs.speaker.pseudonym, theirs.speaker.role)
            if was != would:
                found.append(
                    f"in {summary.title} turn {mine.index} would be {would[0]} ({would[1]}), "
                    f"not {was[0]} ({was[1]})"
                )
                break
    return found
