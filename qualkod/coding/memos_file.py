"""Memos files: theme, theme x concept and link memos as plain YAML, to ship with a study.

A link memo says why one coded quote illustrates a concept; it names its coding as a
codings file does (transcript sha256, turn, start, end, code, coder), and the link
itself travels in the codings file's ``concepts`` column, so the codings file is
imported first. Memos on single codings travel in the codings file's ``memo`` column.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from qualkod import project as project_api
from qualkod.codebook import YamlSyntaxError, load_located
from qualkod.coding.decisions import CodingError
from qualkod.coding.memo_decisions import check_memo_target
from qualkod.coding.memo_text import one_paragraph
from qualkod.input_files import read_input
from qualkod.output_files import write_atomic
from qualkod.store import Project
from qualkod.store import codings as store
from qualkod.store import links as link_store


def export_memos(project: Project, path: str | Path) -> int:
    """Write theme and theme x concept memos (sorted by theme, concept, coder, text), the
    study's conclusions (in the order written), then link memos (sorted like a codings
    file, then by concept)."""
    with project.read() as conn:
        stored = store.list_memos(conn)
        codings = {c.id: c for c in store.list_codings(conn)}
        linked = [k for k in link_store.list_links(conn) if k.memo and k.coding_id in codings]
    found = sorted(
        (m for m in stored if m.code_id),
        key=lambda m: (m.code_id, m.concept_id or "", m.coder, m.text),
    )
    items = []
    for memo in found:
        item = {"theme": memo.code_id}
        if memo.concept_id:
            item["concept"] = memo.concept_id
        item["coder"] = memo.coder
        item["text"] = memo.text
        items.append(item)
    # conclusions in the order written: the chapter argues in that order
    for memo in (m for m in stored if m.is_conclusion):
        items.append({"conclusion": True, "coder": memo.coder, "text": memo.text})
    key = lambda k: (*_coding_key(codings[k.coding_id]), k.concept_id)  # noqa: E731
    for link in sorted(linked, key=key):
        c = codings[link.coding_id]
        items.append(
            {
                "coding": {
                    "transcript": c.transcript_sha256,
                    "turn": c.turn,
                    "start": c.start,
                    "end": c.end,
                    "code": c.code_id,
                    "coder": c.coder,
                },
                "concept": link.concept_id,
                "coder": link.coder,
                "text": link.memo,
            }
        )
    text = yaml.safe_dump({"memos": items}, allow_unicode=True, sort_keys=False, width=88)
    write_atomic(path, text.encode("utf-8"), replaces="memos file")
    return len(items)


_MEMO_KEYS = frozenset({"theme", "coding", "conclusion", "concept", "coder", "text"})


def _coding_key(c) -> tuple:
    return (c.transcript_sha256, c.turn, c.start, c.end, c.code_id, c.coder)


def import_memos(
    project: Project,
    path: str | Path,
    *,
    coder: str | None = None,
    default_coder: str = "unknown",
) -> tuple[int, int]:
    """Import a memos file, all or nothing; returns (added, already present).

    Args:
        coder: every memo's coder, whoever the file names.
        default_coder: the coder of a memo the file names no coder for.

    Raises:
        CodingError: naming the file and entry of every problem.
    """
    path = Path(path)
    raw = read_input(path, "memos file", error=CodingError)
    try:
        located = load_located(raw.decode("utf-8-sig"))  # aliases capped
    except YamlSyntaxError as exc:
        where = f"{path}:{exc.position.line}:{exc.position.column}"
        raise CodingError(f"{where}: not a readable YAML file ({exc})") from None
    except UnicodeDecodeError as exc:
        raise CodingError(f"{path}: not a readable YAML file ({type(exc).__name__})") from None
    for key_path, position in located.duplicates:  # YAML would keep the last silently
        raise CodingError(
            f"{path}:{position.line}:{position.column}: duplicate key '{key_path[-1]}'; "
            "each key may appear once, remove one"
        )
    data = located.data
    items = data.get("memos") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise CodingError(f"{path}: expected 'memos:' with a list of memos")
    other = sorted(set(data) - {"memos"}, key=str)
    if other:
        line = located.position((other[0],), key=True).line
        raise CodingError(f"{path}:{line}: unknown key '{other[0]}'; the file has 'memos:' only")
    coder = coder or None
    fallback = default_coder
    codebook = project_api.current_codebook(project)[0]
    errors, entries, link_memos = [], [], []
    for number, item in enumerate(items, start=1):
        line = located.position(("memos", number - 1)).line
        where = f"{path}:{line}: memo {number}"
        unknown = sorted(set(item) - _MEMO_KEYS, key=str) if isinstance(item, dict) else []
        if unknown:  # a misspelt 'consept' would make a theme memo of a concept memo
            errors.append(
                f"{where}: unknown key '{unknown[0]}'; a memo has theme, coding or "
                "conclusion, concept, coder and text"
            )
            continue
        wrong = next(
            (k for k in ("text", "coder") if isinstance(item, dict) and _not_text(item.get(k))),
            None,
        )
        if wrong:
            errors.append(f"{where}: '{wrong}' must be text; put it in quotes")
            continue
        if isinstance(item, dict) and "conclusion" in item:
            if item["conclusion"] is not True:
                errors.append(
                    f"{where}: 'conclusion' must be true; leave it out for a memo on a theme"
                )
            elif {"theme", "concept", "coding"} & set(item):
                errors.append(
                    f"{where}: a conclusion is about the whole study: "
                    "give it no theme, concept or coding"
                )
            elif not str(item.get("text") or "").strip():
                errors.append(f"{where}: a conclusion needs 'text'")
            else:
                who = coder or str(item.get("coder") or fallback)
                entries.append((None, None, who, one_paragraph(str(item["text"]))))
            continue
        if isinstance(item, dict) and "coding" in item:
            found = _link_memo(item, where, coder or None, fallback)
            if isinstance(found, str):
                errors.append(found)
            else:
                link_memos.append(found)
            continue
        if (
            not isinstance(item, dict)
            or not str(item.get("text") or "").strip()
            or not item.get("theme")
        ):
            errors.append(f"{where}: needs 'theme' and 'text'")
            continue
        try:
            check_memo_target(codebook, str(item["theme"]), item.get("concept"), from_file=True)
        except CodingError as exc:
            errors.append(f"{where}: {exc.for_option()}")  # respelled with the rest
            continue
        entries.append(
            (
                str(item["theme"]),
                item.get("concept"),
                coder or str(item.get("coder") or fallback),
                one_paragraph(str(item["text"])),
            )
        )
    if errors:
        raise CodingError("\n".join(errors))
    added = present = 0
    with project.write() as conn:
        if link_memos:
            codings = {_coding_key(c): c.id for c in store.list_codings(conn)}
            for where, key, concept, who, text in link_memos:
                link = link_store.find_link(conn, codings.get(key, -1), concept)
                if link is None or link.status != "linked":
                    errors.append(
                        f"{where}: no such link of a coding to {concept} in the project; "
                        "import the codings file (with its concepts column) first"
                    )
                    continue
                if link.memo == text:
                    present += 1
                    continue
                link_store.write_memo(conn, link, text, who)
                added += 1
            if errors:
                raise CodingError("\n".join(errors))  # rolls back the whole import
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


def _not_text(value) -> bool:
    """A value given that YAML did not read as text (``text: [a, b]``, ``coder: 12``)."""
    return value is not None and not isinstance(value, str)


def _link_memo(item: dict, where: str, coder: str | None, fallback: str):
    """A link memo entry as (where, coding key, concept, coder, text), or an error line."""
    coding = item.get("coding")
    text = one_paragraph(str(item.get("text") or ""))
    fields = ("transcript", "turn", "start", "end", "code", "coder")
    if not isinstance(coding, dict) or any(f not in coding for f in fields):
        return f"{where}: 'coding' needs {', '.join(fields)}"
    if not item.get("concept") or not text:
        return f"{where}: a link memo needs 'coding', 'concept' and 'text'"
    try:
        key = (
            str(coding["transcript"]).lower(),
            int(coding["turn"]),
            int(coding["start"]),
            int(coding["end"]),
            str(coding["code"]),
            str(coding["coder"]),
        )
    except (TypeError, ValueError):
        return f"{where}: 'coding' turn, start and end must be whole numbers"
    return where, key, str(item["concept"]), coder or str(item.get("coder") or fallback), text
