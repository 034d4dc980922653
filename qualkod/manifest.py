"""``MANIFEST.json``: what ``reproduce`` wrote, from which inputs, with which versions.

A reproduction is byte-identical on one machine; on another it is byte-identical only
with the same versions of the packages that shape the outputs. ``MANIFEST.json`` records
them (``versions``: Python, the zlib that compresses the .docx and .xlsx, qualkod and
every package below), the inputs by path and sha256 and the outputs by sha256. It holds
no dates and no absolute paths, so the same study with the same versions gives the same
``MANIFEST.json`` on every machine.

:func:`compare` sets a recorded ``MANIFEST.json`` against a new one (for
:func:`qualkod.reproduce.check`, which re-runs a study into a temporary folder); for an
output that differs it names the recorded versions that differ from this machine's.
"""

from __future__ import annotations

import json
import platform
import zlib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError

from qualkod.counts import counted
from qualkod.errors import QualkodError

SHAPING_PACKAGES = (
    "python-docx",
    "lxml",
    "openpyxl",
    "et-xmlfile",
    "matplotlib",
    "pillow",
    "numpy",
    "pandas",
    "spacy",
    "spacy-lookups-data",
    "faker",
    "krippendorff",
)
"""Distributions whose version can change an output's bytes: the Word and Excel writers
and their XML libraries, the chart (matplotlib renders, Pillow writes the PNG), the
tables (pandas, numpy), the Swedish word lists that decide what is redacted (spaCy's
lemma tables, Faker's name lists) and the agreement figures (krippendorff).
scikit-learn and scipy only train and run suggestions, which ``reproduce`` does not."""

NOT_INSTALLED = "not installed"

_Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


def versions() -> dict[str, str]:
    """This machine's versions of Python, zlib, qualkod and every shaping package."""
    from qualkod import __version__

    found = {
        "python": platform.python_version(),
        "zlib": zlib.ZLIB_RUNTIME_VERSION,
        "qualkod": __version__,
    }
    for name in SHAPING_PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = NOT_INSTALLED
    return found


def record(
    study: str,
    codebook: dict[str, str],
    inputs: dict[str, str],
    outputs: dict[str, str],
    settings: dict[str, str] | None = None,
) -> bytes:
    """The bytes of ``MANIFEST.json`` (inputs and outputs map a name to its sha256;
    ``settings`` a part of study.yaml to the sha256 of what it says)."""
    data = {
        "study": study,
        "codebook": codebook,
        "versions": versions(),
        "settings": dict(settings or {}),
        "inputs": dict(sorted(inputs.items())),
        "outputs": dict(sorted(outputs.items())),
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class Recorded(BaseModel):
    """The parts of a ``MANIFEST.json`` a check reads (older ones lack ``versions``)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    outputs: dict[str, _Sha256]
    inputs: dict[str, _Sha256] = {}
    versions: dict[str, str] = {}
    settings: dict[str, _Sha256] = {}
    """Older manifests record none."""
    qualkod: str | None = None
    """The only version a MANIFEST.json of qualkod 0.1 without ``versions`` records."""


def load_recorded(path: str | Path) -> Recorded:
    """Read a ``MANIFEST.json`` written by ``reproduce``.

    Raises:
        QualkodError: one line, when the file is missing, not JSON or not a manifest.
    """
    path = Path(path)
    if path.is_dir():
        raise QualkodError(
            f"{path}: is a folder; give the MANIFEST.json in it ({path / 'MANIFEST.json'})"
        )
    if not path.is_file():
        raise QualkodError(
            f"{path}: no such MANIFEST.json; check the path, or run 'qualkod reproduce' "
            "first to write one"
        )
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise QualkodError(f"{path}: not a MANIFEST.json (not UTF-8 text: {exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise QualkodError(
            f"{path}:{exc.lineno}:{exc.colno}: not a MANIFEST.json (not valid JSON: {exc.msg})"
        ) from None
    try:
        return Recorded.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'top level'}: {e['msg']}" for e in exc.errors()
        )
        raise QualkodError(
            f"{path}: not a MANIFEST.json written by 'qualkod reproduce' ({problems})"
        ) from None


@dataclass(frozen=True)
class VersionDifference:
    """A recorded version that is not this machine's."""

    name: str
    recorded: str
    here: str

    def __str__(self) -> str:
        return f"{self.name} {self.recorded} (here {self.here})"


IDENTICAL = "identical"
DIFFERENT = "different"
NOT_WRITTEN = "not written"
NOT_RECORDED = "not recorded"


@dataclass(frozen=True)
class CheckResult:
    """A study's outputs compared with a recorded ``MANIFEST.json``."""

    manifest: Path
    outputs: dict[str, str]
    """Output name -> IDENTICAL, DIFFERENT, NOT_WRITTEN (recorded, this study no longer
    writes it) or NOT_RECORDED (written, but not in the manifest)."""
    versions: list[VersionDifference]
    inputs: list[str] = field(default_factory=list)
    """Inputs whose sha256 differs from the recorded one, or that only one side has."""
    versions_recorded: bool = True
    settings: list[str] = field(default_factory=list)
    """Parts of study.yaml (chapter, tables, redaction, interviewers, order) that say
    something else than when the manifest was written: the keys that changed
    (``chapter.max_quotes``) where the manifest records each key's digest (older ones
    record only the part's)."""

    @property
    def identical(self) -> bool:
        return all(status == IDENTICAL for status in self.outputs.values())

    def differing(self) -> list[str]:
        return [name for name, status in self.outputs.items() if status != IDENTICAL]

    def explanation(self) -> str:
        """Which recorded versions (and inputs) differ from this machine's, in one line."""
        if not self.versions_recorded:
            said = "the manifest records no package versions (written by an older qualkod)"
        elif self.versions:
            said = "recorded versions that differ here: " + ", ".join(map(str, self.versions))
        else:
            said = "every recorded version is this machine's"
        if self.inputs:
            said += "; inputs that differ from the manifest's: " + ", ".join(self.inputs)
        if self.settings:
            parts = [_SETTING_NAMES.get(name, name) for name in self.settings]
            said += "; study.yaml differs from when the manifest was written: " + ", ".join(parts)
        return said

    def lines(self) -> list[str]:
        """One line per output, then a summary line."""
        width = max(map(len, self.outputs), default=0)
        found = []
        for name, status in self.outputs.items():
            found.append(f"{name:<{width}}  {status}")
        same = sum(status == IDENTICAL for status in self.outputs.values())
        summary = f"{same} of {counted(len(self.outputs), 'output')} identical to {self.manifest}"
        if not self.identical:
            summary += f"; {self.explanation()}"
        return [*found, summary]


REORDERED = "order"
GIVEN_ONLY = ("speakers", "titles")
"""Settings recorded only where the study gives them: one recorded on one side only
was added to or taken out of study.yaml."""
KEYED_SETTINGS = ("interviewers", "redaction", "speakers", "titles", REORDERED)
"""Settings whose digest changes with the transcripts' bytes (see
:func:`qualkod.study_file.study_settings`): keyed by them, or listing their sha256. So
are the digests of single keys (``chapter.coder``): when an input changed, a check names
the changed part by its plain digest instead."""
_SETTING_NAMES = {
    REORDERED: "the order of the transcripts (pseudonyms are numbered in it)",
    "titles": "the transcripts' titles",
}


def compare(recorded: Recorded, written: Recorded, manifest: Path) -> CheckResult:
    """Compare a run's own MANIFEST.json (``written``) with a recorded one."""
    outputs = {}
    for name in sorted(recorded.outputs.keys() | written.outputs.keys()):
        before, now = recorded.outputs.get(name), written.outputs.get(name)
        if before is None:
            outputs[name] = NOT_RECORDED
        elif now is None:
            outputs[name] = NOT_WRITTEN
        else:
            outputs[name] = IDENTICAL if before == now else DIFFERENT
    then = dict(recorded.versions)
    if not then and recorded.qualkod is not None:
        then["qualkod"] = recorded.qualkod
    differences = [
        VersionDifference(name, then[name], written.versions.get(name, NOT_INSTALLED))
        for name in then
        if then[name] != written.versions.get(name, NOT_INSTALLED)
    ]
    inputs = sorted(
        name
        for name in recorded.inputs.keys() | written.inputs.keys()
        if recorded.inputs.get(name) != written.inputs.get(name)
    )
    reordered = bool(inputs) and sorted(recorded.inputs.values()) == sorted(written.inputs.values())
    if reordered:
        inputs = []  # the same files, named by other pseudonyms (listed in another order)
    names = [*written.settings, *(n for n in GIVEN_ONLY if n in recorded.settings)]
    changed = [
        name
        for name in dict.fromkeys(names)
        if _setting_changed(name, recorded.settings, written.settings)
        # keyed by the transcripts' bytes: when an input changed, they change too
        and not (inputs and ("." in name or name in KEYED_SETTINGS))
    ]
    settings = []
    for name in (name for name in changed if "." not in name):
        keys = [key for key in changed if key.startswith(f"{name}.")]
        settings += keys or [name]  # the keys that changed, where the manifest has them
    if reordered and REORDERED not in settings:
        settings.append(REORDERED)
    return CheckResult(
        manifest=manifest,
        outputs=outputs,
        versions=differences,
        inputs=inputs,
        versions_recorded=bool(recorded.versions),
        settings=settings,
    )


def _setting_changed(name: str, recorded: dict[str, str], written: dict[str, str]) -> bool:
    if name in recorded and name in written:
        return recorded[name] != written[name]
    # an older manifest may not record every part; one given only where the study gives
    # it is there on one side when study.yaml gained or lost it
    return name in GIVEN_ONLY and bool(recorded)
