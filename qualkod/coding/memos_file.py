"""Memos files: theme and theme x concept memos as plain YAML, to ship with a study.

Memos on single codings travel in the codings file's ``memo`` column instead.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from qualkod import project as project_api
from qualkod.codebook import YamlSyntaxError, load_located
from qualkod.coding.decisions import CodingError, check_memo_target
from qualkod.output_files import write_atomic
from qualkod.store import Project
from qualkod.store import codings as store


def export_memos(project: Project, path: str | Path) -> int:
    """Write theme and link memos to YAML (sorted by theme, concept, text)."""
    with project.read() as conn:
        found = [m for m in store.list_memos(conn) if m.code_id]
    found.sort(key=lambda m: (m.code_id, m.concept_id or "", m.coder, m.text))
    items = []
    for memo in found:
        item = {"theme": memo.code_id}
        if memo.concept_id:
            item["concept"] = memo.concept_id
        item["coder"] = memo.coder
        item["text"] = memo.text
        items.append(item)
    text = yaml.safe_dump({"memos": items}, allow_unicode=True, sort_keys=False, width=88)
    write_atomic(path, text.encode("utf-8"))
    return len(items)


def import_memos(
    project: Project, path: str | Path, *, coder: str | None = None
) -> tuple[int, int]:
    """Import a memos file, all or nothing; returns (added, already present).

    Raises:
        CodingError: naming the file and entry of every problem.
    """
    path = Path(path)
    try:
        data = load_located(path.read_bytes().decode("utf-8-sig")).data  # aliases capped
    except FileNotFoundError:
        raise CodingError(f"{path}: no such memos file; check the path") from None
    except YamlSyntaxError as exc:
        where = f"{path}:{exc.position.line}:{exc.position.column}"
        raise CodingError(f"{where}: not a readable YAML file ({exc})") from None
    except UnicodeDecodeError as exc:
        raise CodingError(f"{path}: not a readable YAML file ({type(exc).__name__})") from None
    items = data.get("memos") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise CodingError(f"{path}: expected 'memos:' with a list of memos")
    codebook = project_api.current_codebook(project)[0]
    errors, entries = [], []
    for number, item in enumerate(items, start=1):
        where = f"{path}: memo {number}"
        if (
            not isinstance(item, dict)
            or not str(item.get("text") or "").strip()
            or not item.get("theme")
        ):
            errors.append(f"{where}: needs 'theme' and 'text'")
            continue
        try:
            check_memo_target(codebook, str(item["theme"]), item.get("concept"))
        except CodingError as exc:
            errors.append(f"{where}: {exc}")
            continue
        entries.append(
            (
                str(item["theme"]),
                item.get("concept"),
                coder or str(item.get("coder") or "unknown"),
                " ".join(str(item["text"]).split()),
            )
        )
    if errors:
        raise CodingError("\n".join(errors))
    added = present = 0
    with project.write() as conn:
        existing = {(m.code_id, m.concept_id, m.coder, m.text) for m in store.list_memos(conn)}
        for theme, concept, who, text in entries:
            if (theme, concept, who, text) in existing:
                present += 1
                continue
            memo_id = store.insert_memo(
                conn,
                {
                    "code_id": theme,
                    "concept_id": concept,
                    "text": text,
                    "coder": who,
                    "created_at": store.now(),
                    "deleted": False,
                },
            )
            store.add_event(conn, who, "import", memo_id=memo_id)
            added += 1
    return added, present
