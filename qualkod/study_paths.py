"""Where a study's inputs and outputs are, checked: :func:`check_paths` keeps every
input and output inside the study's folders (a manifest is shared between people, so it
is untrusted); :func:`check_inputs` compares every input with its sha256.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from qualkod.errors import QualkodError
from qualkod.study_file import InputFile, StudySpec


def sha256_of(path: Path) -> str:
    """The file's sha256 in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _inputs(spec: StudySpec) -> list[InputFile]:
    found = [*spec.transcripts, spec.codebook, *spec.codings]
    found += [f for f in (spec.theory, spec.memos) if f is not None]
    return found


def _named_inputs(spec: StudySpec) -> list[tuple[str, InputFile]]:
    """Every input with its key in the manifest, as pydantic names it."""
    named = [(f"transcripts.{i}.path", item) for i, item in enumerate(spec.transcripts)]
    named.append(("codebook.path", spec.codebook))
    if spec.theory is not None:
        named.append(("theory.path", spec.theory))
    named += [(f"codings.{i}.path", item) for i, item in enumerate(spec.codings)]
    if spec.memos is not None:
        named.append(("memos.path", spec.memos))
    return named


_SUFFIXES = {
    "chapter.file": (".docx",),
    "tables.xlsx": (".xlsx",),
    "tables.html": (".html", ".htm"),
    "tables.csv": (".csv",),
    "tables.chart": (".png",),
}


def output_names(spec: StudySpec) -> list[tuple[str, str]]:
    tables = spec.tables
    return [
        ("chapter.file", spec.chapter.file),
        ("tables.xlsx", tables.xlsx),
        ("tables.html", tables.html),
        ("tables.csv", tables.csv),
        ("tables.chart", tables.chart),
    ]


def _absolute(path: str) -> bool:
    """An absolute path, on this system or as Windows writes one (``C:\\Users\\…``)."""
    return Path(path).is_absolute() or bool(re.match(r"[A-Za-z]:[\\/]|[\\/]", path))


def check_paths(spec: StudySpec, root: Path, manifest: Path) -> Path:
    """Check that the manifest keeps every input and output inside the study's folders.

    A manifest is shared between people, so it must never make ``reproduce`` read or
    write elsewhere: inputs lie inside the study folder (the manifest's folder), the
    outputs folder lies inside it too, and every output inside the outputs folder.
    Paths are resolved first, so ``..``, absolute paths and symlinks that lead out are
    all caught. Nothing is read or written before every path has passed.

    Returns:
        The resolved outputs folder.

    Raises:
        QualkodError: naming the first key whose path leaves its folder.
    """
    root = root.resolve()
    where = f"the folder of {manifest.name}"
    inputs = {}
    listed: dict[tuple[Path, str], str] = {}
    for key, item in _named_inputs(spec):
        file = (root / item.path).resolve()
        if _absolute(item.path) and file.is_relative_to(root) and file != root:
            # the manifest would carry this machine's folders (and the user's login)
            raise QualkodError(
                f"{manifest}: {key} is an absolute path; write it relative to {where}, "
                f"as '{file.relative_to(root).as_posix()}'"
            )
        if not file.is_relative_to(root) or file == root:
            raise QualkodError(
                f"{manifest}: {key} '{item.path}' leaves the study folder; "
                f"give a path inside {where}"
            )
        kind = key.split(".")[0]  # the same transcript or codings file twice
        if (file, kind) in listed:  # (a codebook given as the catalogue is named later)
            raise QualkodError(
                f"{manifest}: {key} '{item.path}' is listed twice (also as "
                f"'{listed[file, kind]}'); list each input once"
            )
        listed[file, kind] = inputs[file] = item.path
    out = (root / spec.outputs).resolve()
    if _absolute(spec.outputs) and out.is_relative_to(root) and out != root:
        raise QualkodError(
            f"{manifest}: outputs is an absolute path; write it relative to {where}, "
            f"as '{out.relative_to(root).as_posix()}'"
        )
    if not out.is_relative_to(root) or out == root:
        raise QualkodError(
            f"{manifest}: outputs '{spec.outputs}' leaves the study folder; "
            f"give a folder inside {where}, such as outputs"
        )
    taken: dict[Path, str] = {out / "MANIFEST.json": "the manifest reproduce writes"}
    for key, name in output_names(spec):
        target = (out / name).resolve()
        if not target.is_relative_to(out) or target == out:
            raise QualkodError(
                f"{manifest}: {key} '{name}' leaves the outputs folder; "
                f"give a file name inside {spec.outputs}/"
            )
        if target in taken:
            raise QualkodError(
                f"{manifest}: {key} '{name}' is also {taken[target]}; "
                "give each output its own file name"
            )
        suffixes = _SUFFIXES[key]
        if Path(name).suffix.lower() not in suffixes:
            raise QualkodError(
                f"{manifest}: {key} '{name}' must end in {' or '.join(suffixes)} "
                "(the kind of file written there)"
            )
        taken[target] = key
        if target in inputs:
            raise QualkodError(
                f"{manifest}: {key} '{name}' would overwrite the input {inputs[target]}; "
                "give another file name"
            )
    return out


def check_inputs(spec: StudySpec, root: Path, manifest: Path) -> dict[str, str]:
    """Check every input's sha256 against the manifest; returns path -> sha256.

    Raises:
        QualkodError: at the first input that is missing or changed, naming it.
    """
    found = {}
    for item in _inputs(spec):
        file = root / item.path
        if file.is_dir():
            raise QualkodError(
                f"{manifest}: input {item.path} is a folder; give the file's path "
                f"(relative to the manifest's folder, {root})"
            )
        if not file.is_file():
            raise QualkodError(
                f"{manifest}: input {item.path} does not exist "
                f"(paths are relative to the manifest's folder, {root})"
            )
        actual = sha256_of(file)
        if actual != item.sha256:
            # the file as the user reaches it from where they ran: 'reproduce studie2/
            # study.yaml' run in the parent folder needs studie2/transcripts/x.vtt
            reached = Path(manifest).parent / item.path
            raise QualkodError(
                f"{item.path}: sha256 {actual} differs from the {item.sha256} that "
                f"{manifest} records; restore the file, or if it was changed on purpose "
                f"put its new sha256 into {Path(manifest).name} (sha256sum {reached})"
            )
        found[item.path] = actual
    return found
