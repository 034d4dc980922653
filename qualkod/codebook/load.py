"""Load codebooks and theory catalogues: YAML -> validated specs -> plain models.

Every problem in a file is reported at once, each as ``file:line:column: where: what``
so that a person can go straight to it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from pydantic import ValidationError

from qualkod.codebook import schema
from qualkod.codebook._yaml import Located, Position, YamlSyntaxError, load_located
from qualkod.codebook.named_theory import named_theory
from qualkod.errors import CodebookError
from qualkod.input_files import read_input
from qualkod.models import (
    Code,
    Codebook,
    Concept,
    Exclusion,
    Lexicon,
    LexiconPattern,
    Passage,
    Reference,
    SourceRef,
    TheoryCatalogue,
)
from qualkod.spelling import did_you_mean

_MESSAGES = {
    "string_pattern_mismatch": "{what}",
    "string_too_short": "is empty; write the text",
    "too_short": "needs at least one entry",
    "string_type": "must be text; put it in quotes",
    "int_type": "must be a whole number",
    "bool_type": "must be true or false",
    "list_type": "must be a list ('- item' lines)",
    "model_type": "must be a mapping ('key: value' lines)",
    "dict_type": "must be a mapping ('key: value' lines)",
}


_KEY_PLACES = {
    "codes": "; sub-codes go under their theme ('codes:' indented under the theme's 'id:')",
    "theme": "; a theme is an entry under 'themes:' ('- id: …'), and a passage's codes are "
    "listed under 'codes:'",
    "lexicon": "; a lexicon goes under its theme or sub-code",
    "examples": "; examples go under their theme or sub-code",
}
"""Where a key goes that is valid elsewhere in the file."""


class _Report:
    """Collects problems for one file."""

    def __init__(self, source: str, located: Located) -> None:
        self.source = source
        self.located = located
        self.items: list[tuple[Position, str]] = []

    def add(self, path: tuple, message: str, *, key: bool = False) -> None:
        position = self.located.position(path, key=key)
        where = _dotted(path)
        self.items.append((position, f"{where}: {message}" if where else message))

    def lines(self) -> list[str]:
        ordered = sorted(self.items, key=lambda item: (item[0].line, item[0].column))
        return [f"{self.source}:{p.line}:{p.column}: {text}" for p, text in ordered]


def _dotted(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _read(path: Path, kind: str) -> tuple[str, str]:
    data = read_input(path, f"{kind} file", error=lambda message: CodebookError([message]))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CodebookError([f"{path}:{line}: not UTF-8 text; save the file as UTF-8"]) from None
    return text, hashlib.sha256(data).hexdigest()


def _parse(text: str, source: str, top: str) -> Located:
    try:
        located = load_located(text)
    except YamlSyntaxError as exc:
        p = exc.position
        raise CodebookError([f"{source}:{p.line}:{p.column}: {exc}"]) from None
    if located.data is None:  # nothing but blanks or comments
        content = [line for line in text.splitlines() if line.strip()]
        if not content:
            said = "is empty"
        elif all(line.lstrip().startswith("#") for line in content):
            said = f"holds only comments, no '{top}:' at the top"
        else:  # "null", "~", "---": a YAML document with nothing in it
            said = f"holds no '{top}:' block"
        raise CodebookError([f"{source}:1:1: the file {said}; is this the right file?"])
    if not isinstance(located.data, dict):
        raise CodebookError(
            [f"{source}:1:1: expected a mapping with '{top}:' at the top; is this the right file?"]
        )
    other, advice = _OTHER_KIND[top]
    if top not in located.data and other in located.data:
        raise CodebookError([f"{source}: {advice}"], in_python=_THEORY_IN_PYTHON)
    return located


_OTHER_KIND = {
    "codebook": (
        "catalogue",
        "is a theory catalogue, not a codebook; give it as the catalogue "
        "(--theory, codebook.theory in the codebook, or theory: in a study.yaml)",
    ),
    "catalogue": (
        "codebook",
        "is a codebook, not a theory catalogue; give the catalogue "
        "(the YAML file with 'catalogue:' and 'concepts:' at the top)",
    ),
}
"""A file of the other kind, and what to do instead."""
_THEORY_IN_PYTHON = {"(--theory,": "(the theory argument,"}
"""Where a Python caller gives the catalogue (``use_codebook(p, FILE, theory)``)."""


def _validate(model: type, located: Located, report: _Report):
    for path, _ in located.duplicates:
        report.add(path, f"duplicate key '{path[-1]}'; each key may appear once", key=True)
    try:
        return model.model_validate(located.data)
    except ValidationError as exc:
        for error in exc.errors():
            _report_pydantic(error, located, report, model)
    return None


_TOP_BLOCKS = {
    schema.CodebookSpec: ("codebook", schema.MetadataSpec),
    schema.TheorySpec: ("catalogue", schema.CatalogueMetadataSpec),
}
"""A file's top block (``codebook:``, ``catalogue:``) and the keys that go under it."""


def _report_pydantic(error: dict, located: Located, report: _Report, model: type) -> None:
    loc = tuple(error["loc"])
    # Unions add the member type to the location (for example 'str' or 'ExclusionSpec').
    path = tuple(
        part
        for i, part in enumerate(loc)
        if isinstance(part, int) or (loc[:i] + (part,)) in located.values or _is_field(part)
    )
    kind = error["type"]
    if kind == "extra_forbidden":
        name = str(path[-1])
        hint = did_you_mean(name, schema.ALL_KEYS)
        if name in schema.ALL_KEYS:  # a key of another level: "codes" at the top
            hint = _KEY_PLACES.get(name, "; it belongs at another level of the file")
            top, block = _TOP_BLOCKS.get(model, (None, None))
            if len(path) == 1 and block is not None and name in block.model_fields:
                hint = f"; it belongs under '{top}:'"  # id:, name:, version: not indented
        report.add(path, f"unknown key '{name}'{hint}", key=True)
    elif kind == "missing":
        report.add(path[:-1], f"missing required key '{path[-1]}'")
    elif kind == "string_pattern_mismatch":
        report.add(path, _pattern_message(path, error.get("input")))
    elif kind in ("string_type", "model_type", "dict_type") and _union_member(loc):
        # One union member failing is not an error by itself; report the union once.
        if kind == "string_type":
            report.add(path, "must be text, or a mapping with the keys shown in the docs")
    elif kind == "string_type" and error.get("input") is None:
        report.add(path, "is empty; write the text")  # "definition:" with nothing after
    elif kind == "string_type" and isinstance(error.get("input"), list):
        report.add(path, "must be one text, not a list of '- ' lines; write it on one line")
    elif kind == "string_type" and isinstance(error.get("input"), dict):
        report.add(
            path, "must be one text, not 'key: value' lines; put it in quotes if it holds ': '"
        )
    elif kind in _MESSAGES:
        report.add(path, _MESSAGES[kind].format(what=error["msg"]))
    else:
        report.add(path, error["msg"].removeprefix("Value error, "))


def _is_field(part: object) -> bool:
    return isinstance(part, str) and part in schema.ALL_KEYS


def _union_member(loc: tuple) -> bool:
    return any(isinstance(p, str) and not _is_field(p) for p in loc)


def _pattern_message(path: tuple, value: object) -> str:
    if path and path[-1] == "color":
        return f"colour {value!r} is not '#RRGGBB' (for example '#2E86AB')"
    suggestion = slugify(str(value))
    return (
        f"bad id {value!r}: ids are slugs of a-z, 0-9 and _ starting with a letter; "
        f"try '{suggestion}'"
    )


def slugify(text: str) -> str:
    """Turn a name into an id slug: ``Förutsättningar och oro`` -> ``forutsattningar_och_oro``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(ch if ch.isalnum() else " " for ch in ascii_text.lower()).split()
    slug = "_".join(words)
    return slug if slug[:1].isalpha() else f"k_{slug}"


# --- codebooks ---------------------------------------------------------------------


def load_codebook(path: str | Path, theory: TheoryCatalogue | str | Path | None = None) -> Codebook:
    """Load and validate a codebook file.

    Args:
        path: the codebook YAML file.
        theory: a loaded catalogue or its path. When None and the codebook names one
            (``codebook.theory``), that file is loaded, relative to the codebook.
            Concept links are checked only when a catalogue is known.

    Raises:
        CodebookError: listing every problem with file, line and column.
    """
    path = Path(path)
    text, sha256 = _read(path, "codebook")
    if not isinstance(theory, TheoryCatalogue):
        theory_path = Path(theory) if theory is not None else named_theory(text, path)
        theory = load_theory(theory_path) if theory_path else None
    return parse_codebook(text, str(path), sha256=sha256, theory=theory)


def theory_file(codebook_path: str | Path, theory: str | Path | None = None) -> Path | None:
    """The theory catalogue that goes with a codebook: ``theory`` if given, else the file
    the codebook names in ``codebook.theory`` (relative to the codebook), else None."""
    if theory is not None:
        return Path(theory)
    path = Path(codebook_path)
    return named_theory(_read(path, "codebook")[0], path)


def parse_codebook(
    text: str,
    source: str,
    *,
    sha256: str = "",
    theory: TheoryCatalogue | None = None,
    stored: bool = False,
) -> Codebook:
    """Validate codebook YAML text; ``source`` names it in errors.

    Args:
        stored: the text is a codebook a project chose earlier: checks added since
            (an unpaired ``*`` in a reference) do not stop the project from working.

    Raises:
        CodebookError: listing every problem with line and column.
    """
    located = _parse(unicodedata.normalize("NFC", text), source, "codebook")
    report = _Report(source, located)
    spec = _validate(schema.CodebookSpec, located, report)
    if not stored:
        _check_emphasis(located.data, "codebook", report)
    _check_codebook_links(located.data, report, theory)
    if report.items or spec is None:
        raise CodebookError(report.lines())
    return _codebook_model(spec, sha256)


def _check_emphasis(data: dict, top: str, report: _Report) -> None:
    """A reference's italics are ``*Title*``: an asterisk without its pair is a typo."""
    meta = data.get(top)
    works = meta.get("references") if isinstance(meta, dict) else None
    for i, work in enumerate(works if isinstance(works, list) else []):
        words = work.get("text") if isinstance(work, dict) else None
        if isinstance(words, str) and words.count("*") % 2:
            report.add(
                (top, "references", i, "text"),
                "an asterisk without its pair; put a title in italics as *Title*, both asterisks",
            )


def _codes_with_paths(data: object):
    """(path, code dict) for every code mapping in raw data, tolerating bad structure."""
    themes = data.get("themes") if isinstance(data, dict) else None
    stack = [(("themes", i), c) for i, c in enumerate(themes)] if isinstance(themes, list) else []
    while stack:
        path, code = stack.pop(0)
        if not isinstance(code, dict):
            continue
        yield path, code
        children = code.get("codes")
        if isinstance(children, list):
            stack[0:0] = [((*path, "codes", i), c) for i, c in enumerate(children)]


def _check_codebook_links(data: object, report: _Report, catalogue: TheoryCatalogue | None):
    codes = list(_codes_with_paths(data))
    first: dict[str, tuple] = {}
    for path, code in codes:
        code_id = code.get("id")
        if not isinstance(code_id, str):
            continue
        if code_id in first:
            where = report.located.position((*first[code_id], "id"))
            report.add(
                (*path, "id"),
                f"duplicate id '{code_id}' (first used on line {where.line}); ids must be unique",
            )
        else:
            first[code_id] = path
    passages = data.get("passages") if isinstance(data, dict) else None
    for n, passage in enumerate(passages if isinstance(passages, list) else []):
        listed = passage.get("codes") if isinstance(passage, dict) else None
        # "codes: ansvar" is reported once as not a list, not letter by letter
        for i, code_id in enumerate(listed if isinstance(listed, list) else []):
            if isinstance(code_id, str) and code_id not in first:
                report.add(
                    ("passages", n, "codes", i),
                    f"passage code '{code_id}' is not in this codebook; use a code id",
                )
    for path, code in codes:
        for i, rule in enumerate(code.get("exclude") or []):
            if isinstance(rule, dict) and isinstance(rule.get("see"), str):
                if rule["see"] not in first:
                    report.add(
                        (*path, "exclude", i, "see"),
                        f"exclusion points to code '{rule['see']}', which this codebook lacks",
                    )
                elif rule["see"] == code.get("id"):
                    report.add(
                        (*path, "exclude", i, "see"),
                        f"exclusion points to its own code '{rule['see']}'; name the code "
                        "such passages get instead",
                    )
        if catalogue is None:
            continue
        known = [c.id for c in catalogue.concepts]
        for i, concept in enumerate(code.get("concepts") or []):
            if isinstance(concept, str) and concept not in known:
                hint = did_you_mean(concept, known)
                report.add(
                    (*path, "concepts", i),
                    f"concept '{concept}' is not in the theory catalogue {catalogue.id}{hint}",
                )


def _code_model(spec: schema.CodeSpec) -> Code:
    return Code(
        id=spec.id,
        name=spec.name,
        definition=spec.definition,
        include=tuple(spec.include),
        exclude=tuple(
            Exclusion(rule) if isinstance(rule, str) else Exclusion(rule.text, rule.see)
            for rule in spec.exclude
        ),
        positive_examples=tuple(spec.examples.positive),
        negative_examples=tuple(spec.examples.negative),
        lexicon=Lexicon(
            lemmas=tuple(spec.lexicon.lemmas),
            phrases=tuple(spec.lexicon.phrases),
            patterns=tuple(
                LexiconPattern(p) if isinstance(p, str) else LexiconPattern(p.pattern, p.negated)
                for p in spec.lexicon.patterns
            ),
            negation=tuple(spec.lexicon.negation),
        ),
        concepts=tuple(spec.concepts),
        color=spec.color,
        codes=tuple(_code_model(child) for child in spec.codes),
    )


def _references(specs) -> tuple[Reference, ...]:
    return tuple(Reference(r.id, r.text) for r in specs)


def _codebook_model(spec: schema.CodebookSpec, sha256: str) -> Codebook:
    meta = spec.codebook
    return Codebook(
        id=meta.id,
        name=meta.name,
        version=meta.version,
        themes=tuple(_code_model(theme) for theme in spec.themes),
        language=meta.language,
        authors=tuple(meta.authors),
        description=meta.description.strip(),
        references=_references(meta.references),
        theory=meta.theory,
        sha256=sha256,
        passages=tuple(Passage(p.text.strip(), tuple(p.codes), p.voice) for p in spec.passages),
    )


# --- theory catalogues -------------------------------------------------------------


def load_theory(path: str | Path) -> TheoryCatalogue:
    """Load and validate a theory catalogue file.

    Raises:
        CodebookError: listing every problem with file, line and column.
    """
    path = Path(path)
    text, sha256 = _read(path, "theory catalogue")
    return parse_theory(text, str(path), sha256=sha256)


def parse_theory(
    text: str, source: str, *, sha256: str = "", stored: bool = False
) -> TheoryCatalogue:
    """Validate theory-catalogue YAML text; ``source`` names it in errors.

    Args:
        stored: as for :func:`parse_codebook`.

    Raises:
        CodebookError: listing every problem with line and column.
    """
    located = _parse(unicodedata.normalize("NFC", text), source, "catalogue")
    report = _Report(source, located)
    spec = _validate(schema.TheorySpec, located, report)
    if not stored:
        _check_emphasis(located.data, "catalogue", report)
    concepts = located.data.get("concepts")
    concepts = concepts if isinstance(concepts, list) else []
    ids: dict[str, int] = {}
    for i, concept in enumerate(concepts):
        if isinstance(concept, dict) and isinstance(concept.get("id"), str):
            if concept["id"] in ids:
                first = report.located.position(("concepts", ids[concept["id"]], "id"))
                report.add(
                    ("concepts", i, "id"),
                    f"duplicate id '{concept['id']}' (first used on line {first.line}); ids must be unique",
                )
            else:
                ids[concept["id"]] = i
    for i, concept in enumerate(concepts):
        if not isinstance(concept, dict):
            continue
        for j, related in enumerate(concept.get("related") or []):
            if isinstance(related, str) and related not in ids:
                report.add(
                    ("concepts", i, "related", j),
                    f"related concept '{related}' is not in this catalogue",
                )
    if report.items or spec is None:
        raise CodebookError(report.lines())
    meta = spec.catalogue
    return TheoryCatalogue(
        id=meta.id,
        name=meta.name,
        version=meta.version,
        concepts=tuple(
            Concept(
                id=c.id,
                name=c.name,
                definition=c.definition,
                source=SourceRef(
                    author=c.source.author,
                    year=c.source.year,
                    title=c.source.title,
                    pages=None if c.source.pages is None else str(c.source.pages),
                    publisher=c.source.publisher,
                ),
                related=tuple(c.related),
                cues=tuple(" ".join(cue.lower().split()) for cue in c.cues),
            )
            for c in spec.concepts
        ),
        language=meta.language,
        description=meta.description.strip(),
        references=_references(meta.references),
        sha256=sha256,
    )
