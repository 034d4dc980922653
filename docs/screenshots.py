"""Rebuild the README's picture of a coding session: ``python docs/screenshots.py``.

Imports the sample study into a temporary project, runs ``suggest`` (lexicon only), opens
the interactive session at 80x24 on the fifth turn with suggestions, selects the second
suggestion and saves what the terminal shows as ``docs/coding-session.svg``.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from qualkod.coding.session import CodingSession
    from qualkod.importing import import_files
    from qualkod.project import init_project, use_codebook
    from qualkod.store import open_project
    from qualkod.suggest.service import suggest
    from qualkod.tui.coding_app import CodingApp

    with tempfile.TemporaryDirectory() as folder:
        location = Path(folder) / "sample.db"
        init_project(location)
        project = open_project(location)
        samples = ROOT / "transcripts"
        import_files(
            project,
            [samples / "intervju-ifo-chef.vtt", samples / "fokusgrupp.docx"],
            interviewers=["Karin Lindqvist", "Johan Ek"],
        )
        use_codebook(project, ROOT / "codebooks" / "samsjuklighet.yaml")
        suggest(project)
        app = CodingApp(CodingSession(project, "kodare1", only_suggested=True))

        async def run() -> None:
            async with app.run_test(size=(80, 24)) as pilot:
                for key in ["n", "n", "n", "n", "tab"]:
                    await pilot.press(key)
                await pilot.pause()
                app.save_screenshot(filename="coding-session.svg", path=str(ROOT / "docs"))

        asyncio.run(run())
        project.close()
    print(ROOT / "docs" / "coding-session.svg")


if __name__ == "__main__":
    main()
