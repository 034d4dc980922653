"""The theory catalogue a codebook names in ``codebook.theory``, found beside it."""

from __future__ import annotations

from pathlib import Path

from qualkod.codebook._yaml import YamlSyntaxError, load_located
from qualkod.errors import CodebookError

_SHOWN_FILES = 5
"""At most this many catalogue files are named when the one asked for is missing."""


def named_theory(text: str, path: Path) -> Path | None:
    """The catalogue the codebook ``path`` (its ``text``) names, relative to the codebook.

    Returns:
        The catalogue's path, or None when the codebook names none (or cannot be read
        as YAML: that is reported with its position when the codebook is parsed).

    Raises:
        CodebookError: naming the codebook's line when that file does not exist or is a
            folder; a missing file is named once, with the YAML files that are there.
    """
    try:
        located = load_located(text)
    except YamlSyntaxError:
        return None
    data = located.data
    meta = data.get("codebook") if isinstance(data, dict) else None
    named = meta.get("theory") if isinstance(meta, dict) else None
    if not isinstance(named, str) or not named.strip():
        return None
    found = path.parent / named
    where = located.position(("codebook", "theory"))
    at = f"{path}:{where.line}:{where.column}: codebook.theory"
    if not found.exists():
        raise CodebookError(
            [
                f"{at}: {found} does not exist; {_what_is_there(found.parent, path)}; "
                "correct the path, relative to the codebook, or give --theory FILE"
            ],
            in_python={"give --theory FILE": "give theory=FILE"},
        )
    if found.is_dir():
        raise CodebookError(
            [
                f"{at}: {named} is a folder; name the theory catalogue's YAML file, "
                "relative to the codebook"
            ]
        )
    return found


def _what_is_there(folder: Path, codebook: Path) -> str:
    """The YAML files in ``folder`` (the codebook itself left out), for a wrong name."""
    if not folder.is_dir():
        return f"there is no folder {folder}"
    try:
        names = sorted(
            p.name
            for p in folder.iterdir()
            if p.suffix.lower() in (".yaml", ".yml") and p.is_file() and p.name != codebook.name
        )
    except OSError:  # a folder that cannot be listed: say nothing of its files
        return f"the folder {folder} cannot be listed"
    beside = folder == codebook.parent
    where = "beside the codebook" if beside else f"in {folder}"
    if not names:
        return f"there is no {'other ' if beside else ''}YAML file {where}"
    more = f" and {len(names) - _SHOWN_FILES} more" if len(names) > _SHOWN_FILES else ""
    return f"YAML files {where}: {', '.join(names[:_SHOWN_FILES])}{more}"
