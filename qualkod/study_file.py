"""The study manifest (``study.yaml``): what it may say, read and checked.

:func:`load_study` reads and validates the manifest, naming the line and key of every
problem, and keeps where each value stands, so that a problem found later (a speaker no
transcript has, once they are imported) is named by its line too
(:meth:`StudySpec.where`). :mod:`qualkod.study_paths` checks where its inputs and
outputs are; :mod:`qualkod.reproduce` runs the study these describe.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from pathlib import Path
from typing import Annotated, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from qualkod.codebook import Located, YamlSyntaxError, load_located
from qualkod.errors import QualkodError
from qualkod.export.chapter import chapter_number_problem
from qualkod.ingest import normalise
from qualkod.input_files import read_input
from qualkod.output_files import study_file_kind
from qualkod.pseudonyms import display_key
from qualkod.record_reprs import Shown, length_shown, name_shown
from qualkod.redaction.names import first_names
from qualkod.spelling import did_you_mean
from qualkod.transcript_titles import is_generic_title

Sha256 = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^[0-9a-fA-F]{64}$")
]
"""A sha256 as ``sha256sum`` writes it, or in capitals as PowerShell's ``Get-FileHash`` does."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    coder_fields: ClassVar[tuple[str, ...]] = ()
    """Fields holding a coder's name: a repr shows ``<hidden>`` (a notebook keeps it)."""
    title_fields: ClassVar[tuple[str, ...]] = ()
    """Fields holding a title set by hand (it may name someone): a repr shows its length."""

    def __repr_args__(self):
        for name, value in super().__repr_args__():
            if name in self.coder_fields:
                yield name, Shown(name_shown(value))
            elif name in self.title_fields:
                yield name, Shown(length_shown(value))
            else:
                yield name, value


class InputFile(_Strict):
    """A file the study is built from, with its checksum."""

    path: str
    sha256: Sha256


class TranscriptFile(InputFile):
    """A transcript, with the title the study gives it (else import's ``Intervju n``)."""

    path: str = Field(repr=False)  # file names hold names
    title: str | None = None
    title_fields: ClassVar[tuple[str, ...]] = ("title",)

    @field_validator("title")
    @classmethod
    def _a_title(cls, title: str | None) -> str | None:
        if title is None:
            return None
        title = normalise(title)  # as import --title stores it
        if not title:
            raise ValueError("must not be empty; leave the key out for the generic title")
        if title.isdigit():
            raise ValueError("digits alone are read as a transcript id; add a word")
        if is_generic_title(title):
            raise ValueError(
                "qualkod numbers titles of this form itself (Intervju n, Fokusgrupp n); "
                "leave the key out, or choose another title"
            )
        return title


class SpeakerSpec(_Strict):
    """A speaker's pseudonym and/or role set by hand (``qualkod speakers set``), the
    speaker named by a display name in the transcripts."""

    name: str = Field(min_length=1, repr=False)  # a real name
    pseudonym: str | None = Field(None, min_length=1)
    role: Literal["interviewer", "interviewee", "unknown"] | None = None

    @model_validator(mode="after")
    def _something_set(self) -> SpeakerSpec:
        if self.pseudonym is None and self.role is None:
            raise ValueError("give a pseudonym or a role (or both), or remove the entry")
        return self


class ChapterSpec(_Strict):
    """Settings of the Word chapter."""

    file: str = "kapitel.docx"
    lang: Literal["sv", "en"] = "sv"
    number: str | None = None
    max_quotes: int = Field(4, ge=1, strict=True)
    coder: str | None = None
    coder_fields: ClassVar[tuple[str, ...]] = ("coder",)

    @field_validator("number")
    @classmethod
    def _a_chapter_number(cls, number: str | None) -> str | None:
        problem = chapter_number_problem(number)
        if problem:
            raise ValueError(problem)
        return number


class TablesSpec(_Strict):
    """Settings of the quote tables and the chart."""

    coder: str | None = None
    coder_fields: ClassVar[tuple[str, ...]] = ("coder",)
    xlsx: str = "citat.xlsx"
    html: str = "citat.html"
    csv: str = "citat.csv"
    chart: str = "citat-per-tema.png"


class TermSpec(_Strict):
    """A study-specific word to redact, as ``qualkod redact add TEXT --as TOKEN``."""

    text: str = Field(min_length=1, repr=False)  # the identifying word
    replacement: str = Field(alias="as", min_length=1)


class RedactionSpec(_Strict):
    """The study's redaction decisions, so a reproduction redacts what the study did."""

    terms: list[TermSpec] = Field(default_factory=list)
    """Places, workplaces and other identifying words, with their replacement."""
    ignore: list[str] = Field(default_factory=list)
    """Items found but not identifying (a surname that is also a word), by their text."""
    confirm: list[str] = Field(default_factory=list, repr=False)  # names
    """Possible names the study confirmed (a rare name no list knows), by their text."""


class StudySpec(_Strict):
    """The manifest."""

    study: str
    title: str = ""
    transcripts: list[TranscriptFile] = Field(min_length=1)
    interviewers: list[str] = Field(default_factory=list, repr=False)  # real names
    speakers: list[SpeakerSpec] = Field(default_factory=list)
    codebook: InputFile
    theory: InputFile | None = None
    codings: list[InputFile] = Field(default_factory=list)
    memos: InputFile | None = None
    outputs: str = Field("outputs", min_length=1)
    chapter: ChapterSpec = ChapterSpec()
    tables: TablesSpec = TablesSpec()
    redaction: RedactionSpec = RedactionSpec()
    _located: Located | None = PrivateAttr(None)

    def where(self, manifest: str | Path, *key: str | int) -> str:
        """``study.yaml:12:11``: the manifest and the line and column of the value at
        ``key`` (``"speakers", 0, "name"``), as :func:`load_study` found it; the manifest
        alone for a study not read from a file."""
        if self._located is None:
            return str(manifest)
        position = self._located.position(key)
        return f"{manifest}:{position.line}:{position.column}"


_ALL_KEYS = sorted(
    {
        field.alias or name
        for model in (TranscriptFile, SpeakerSpec, ChapterSpec, TablesSpec, TermSpec)
        + (RedactionSpec, StudySpec)
        for name, field in model.model_fields.items()
    }
)
"""Every key a study.yaml knows, for 'did you mean' hints."""


def study_settings(spec: StudySpec, root: Path) -> dict[str, str]:
    """A digest of each part of the manifest that shapes the outputs besides the inputs'
    bytes: the chapter's and the tables' settings, the transcripts' order, the
    interviewers, the redaction decisions, the speakers and titles set by hand (only
    where the study gives them, so that a study without them records what it recorded
    before), and each key of those that have keys (``chapter.max_quotes``).
    ``MANIFEST.json`` records them, so that a check can say which changed. The
    interviewers, the redaction lists, the speakers and the titles hold names, and a
    key's value alone is easy to guess (``chapter.coder``), so theirs are keyed by the
    transcripts' own bytes (an HMAC): no one without the interviews can test a guessed
    name against them; they change when a transcript does."""
    plain = {
        "chapter": spec.chapter.model_dump(),
        "tables": spec.tables.model_dump(),
        "order": [t.sha256 for t in spec.transcripts],  # it numbers the pseudonyms
    }
    named = {"interviewers": spec.interviewers, "redaction": spec.redaction.model_dump()}
    if spec.speakers:  # recorded only when given: a study without them records as before
        named["speakers"] = [s.model_dump(exclude_none=True) for s in spec.speakers]
    if any(t.title for t in spec.transcripts):
        named["titles"] = [t.title for t in spec.transcripts]
    secret = hashlib.sha256(b"qualkod study settings\0")
    for item in sorted(spec.transcripts, key=lambda t: t.sha256):
        secret.update((root / item.path).read_bytes())

    def keyed(value) -> str:
        return hmac.new(secret.digest(), _canonical(value), "sha256").hexdigest()

    def digest(value) -> str:
        return hashlib.sha256(_canonical(value)).hexdigest()

    found = {name: digest(value) for name, value in plain.items()}
    found |= {name: keyed(value) for name, value in named.items()}
    for name, value in (plain | named).items():  # each key too, so that a check can name it
        if isinstance(value, dict):  # keyed: a key alone (a coder's name) is easy to guess
            found.update({f"{name}.{key}": keyed(item) for key, item in value.items()})
    return found


def _canonical(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")


def load_study(path: str | Path) -> StudySpec:
    """Read and validate a study manifest.

    Raises:
        QualkodError: naming the file and the key of every problem.
    """
    path = Path(path)
    data = read_input(path, "study manifest")
    try:
        located = load_located(data.decode("utf-8-sig"))  # aliases capped; a BOM is no key
    except YamlSyntaxError as exc:
        where = f"{path}:{exc.position.line}:{exc.position.column}"
        raise QualkodError(f"{where}: not valid YAML ({exc})") from None
    except UnicodeDecodeError as exc:  # written in Latin-1 or Windows-1252
        line = data[: exc.start].count(b"\n") + 1
        raise QualkodError(f"{path}:{line}: not UTF-8 text; save the file as UTF-8") from None
    for key_path, position in located.duplicates:  # YAML would keep the last silently
        raise QualkodError(
            f"{path}:{position.line}:{position.column}: duplicate key "
            f"'{'.'.join(map(str, key_path))}'; each key may appear once, remove one"
        )
    kind = study_file_kind(path)
    if kind in ("codebook", "theory catalogue"):  # "qualkod reproduce kodbok.yaml"
        raise QualkodError(
            f"{path}: a {kind}, not a study manifest; give the study's manifest "
            "(study.yaml, see the README)"
        )
    try:
        spec = StudySpec.model_validate(located.data)
    except ValidationError as exc:
        # Problems at a place in the file first: their position is the one given.
        errors = sorted(exc.errors(), key=lambda e: e["type"] == "missing")
        first = errors[0]["loc"]
        position = located.position(first, key=errors[0]["type"] == "extra_forbidden")
        said = list(dict.fromkeys(_study_problem(e) for e in errors))
        problems = "; ".join(said[:3]) + (f"; and {len(said) - 3} more" if len(said) > 3 else "")
        raise QualkodError(f"{path}:{position.line}:{position.column}: {problems}") from None
    _refuse_repeated(spec, path, located)
    _refuse_recast_interviewers(spec, path, located)
    spec._located = located  # for problems found later: their line, kept cheaply
    return spec


def _refuse_recast_interviewers(spec: StudySpec, path: Path, located) -> None:
    """A speaker listed under ``interviewers:`` given another role under ``speakers:``:
    one of the two is a mistake, and which wins would be a guess."""
    interviewers = {display_key(name) for name in spec.interviewers}
    for n, speaker in enumerate(spec.speakers):
        if speaker.role in (None, "interviewer"):
            continue
        if display_key(speaker.name) in interviewers:
            position = located.position(("speakers", n, "role"))
            raise QualkodError(
                f"{path}:{position.line}:{position.column}: speakers.{n}.role "
                f"'{speaker.role}': this speaker is listed under interviewers; take "
                "one of the two out"
            )


def _refuse_repeated(spec: StudySpec, path: Path, located) -> None:
    """A title, speaker or pseudonym given twice: import would refuse the second."""
    kinds = [
        ("transcripts", "title", "transcript", [t.title for t in spec.transcripts], str.casefold),
        ("speakers", "name", "speaker", [s.name for s in spec.speakers], display_key),
        (
            "speakers",
            "pseudonym",
            "speaker",
            [s.pseudonym for s in spec.speakers],
            lambda p: " ".join(p.split()).casefold(),
        ),
    ]
    for listed, key, what, values, same in kinds:
        seen: dict[str, int] = {}
        for n, value in enumerate(values):
            if value is None:
                continue
            if same(value) in seen:
                position = located.position((listed, n, key))
                first = f"{listed}.{seen[same(value)]}.{key}"
                shown = "" if key == "name" else f" {value!r}"  # a speaker's name: never shown
                raise QualkodError(
                    f"{path}:{position.line}:{position.column}: {listed}.{n}.{key}{shown}: "
                    f"given twice (also as {first}); give each {what} "
                    + ("once" if key == "name" else f"a {key} of its own")
                )
            seen[same(value)] = n


_KEY_SHAPED = re.compile(r"[a-z][a-z0-9_]*")
"""How study.yaml's keys are written; a key written otherwise (``Anna Berg``) is shown
to nobody in an error."""


def _study_problem(error) -> str:
    """One validation problem of a study manifest, in words a user can act on."""
    where = ".".join(str(p) for p in error["loc"]) or "the file"
    kind, given = error["type"], error.get("input")
    if kind == "extra_forbidden":
        name = str(error["loc"][-1])
        hint = did_you_mean(name, _ALL_KEYS) or "; check its spelling in the README's study.yaml"
        if not _KEY_SHAPED.fullmatch(name) or name.title() in first_names():
            # "Anna Berg: Socionom W" under speakers: a participant's name, never echoed
            return "a key study.yaml does not know (not shown: it may be a name)" + hint
        return f"unknown key '{name}'" + hint
    if kind == "missing":
        return f"{where}: missing; add it"
    if kind in ("dict_type", "model_type"):
        return f"{where}: must be keys and values (key: value lines), not {_kind(given)}"
    if kind == "string_type" and isinstance(given, int | float | bool):
        return f"{where}: must be text; put it in quotes"
    if kind == "greater_than_equal":
        return f"{where}: must be {error['ctx']['ge']} or more"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"{where}: must be a whole number, such as 4"
    if kind == "string_too_short":
        return f"{where}: must not be empty"
    if kind == "string_pattern_mismatch" and where.endswith("sha256"):
        return f"{where}: must be the file's sha256, 64 hexadecimal digits (sha256sum FILE)"
    if kind == "literal_error":
        return f"{where}: must be {error['ctx']['expected']}"
    if kind == "value_error":  # a check of our own: its message is the advice
        return f"{where}: {error['ctx']['error']}"
    return f"{where}: {error['msg']}"


def _kind(value) -> str:
    if value is None:
        return "empty"
    if isinstance(value, list):
        return "a list"
    return f"'{str(value)[:40]}'"
