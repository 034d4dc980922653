"""The codebook and theory-catalogue file formats, validated with pydantic.

These classes describe what a person writes in YAML; unknown keys are forbidden so
that a misspelt key is reported instead of silently ignored. They are converted to
the plain models in :mod:`qualkod.models` straight after validation.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from qualkod.record_reprs import Shown, length_shown

SLUG_PATTERN = r"^[a-z][a-z0-9_]*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


class Strict(BaseModel):
    """Base: unknown keys are errors; strings are never coerced from numbers."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class _ExampleText(Strict):
    """A model whose ``free_text_fields`` a repr shows by their lengths only
    (:func:`~qualkod.record_reprs.length_shown`): example passages may paraphrase real
    interviews, and a notebook keeps a repr in its saved output."""

    free_text_fields: ClassVar[tuple[str, ...]] = ()

    def __repr_args__(self):
        for name, value in super().__repr_args__():
            yield name, Shown(length_shown(value)) if name in self.free_text_fields else value


class ReferenceSpec(Strict):
    """A work cited, for the reference list; ``*Title*`` is set in italics."""

    id: Slug
    text: Text


class MetadataSpec(Strict):
    """Who made the codebook and which version it is."""

    id: Slug
    name: Text
    version: Text
    language: Text = "sv"
    authors: list[Text] = Field(default_factory=list)
    description: str = ""
    references: list[ReferenceSpec] = Field(default_factory=list)
    theory: str | None = None


class ExclusionSpec(Strict):
    """When not to use the code, optionally pointing to the code to use instead."""

    text: Text
    see: Slug | None = None


class ExamplesSpec(_ExampleText):
    """Passages that must be coded (positive) and that must not (negative)."""

    free_text_fields = ("positive", "negative")

    positive: list[Text] = Field(default_factory=list)
    negative: list[Text] = Field(default_factory=list)


def _check_pattern(value: str) -> str:
    tokens = value.split()
    if all(token == "*" for token in tokens):
        raise ValueError("a pattern needs at least one word besides '*'")
    for token in tokens:
        if token != "*" and any(not part for part in token.split("|")):
            raise ValueError(f"empty alternative in {token!r}; write 'a|b'")
    return value


PatternText = Annotated[Text, AfterValidator(_check_pattern)]


class PatternSpec(Strict):
    """A lemma pattern; with ``negated`` it counts only next to a negation cue."""

    pattern: PatternText
    negated: bool = False


class LexiconSpec(Strict):
    """Swedish words and expressions the suggestion engine looks for."""

    lemmas: list[Text] = Field(default_factory=list)
    phrases: list[Text] = Field(default_factory=list)
    patterns: list[PatternText | PatternSpec] = Field(default_factory=list)
    negation: list[Text] = Field(default_factory=list)


class CodeSpec(Strict):
    """A theme or a sub-code."""

    id: Slug
    name: Text
    definition: Text
    include: list[Text] = Field(default_factory=list)
    exclude: list[Text | ExclusionSpec] = Field(default_factory=list)
    examples: ExamplesSpec = Field(default_factory=ExamplesSpec)
    lexicon: LexiconSpec = Field(default_factory=LexiconSpec)
    concepts: list[Slug] = Field(default_factory=list)
    color: Color | None = None
    codes: list[CodeSpec] = Field(default_factory=list)


class PassageSpec(_ExampleText):
    """A labelled training passage: words a participant might say, and every code it carries."""

    free_text_fields = ("text",)

    text: str = Field(min_length=1)
    codes: list[str] = Field(default_factory=list)
    voice: str = ""


class CodebookSpec(Strict):
    """A whole codebook file."""

    codebook: MetadataSpec
    themes: list[CodeSpec] = Field(min_length=1)
    passages: list[PassageSpec] = Field(default_factory=list)


class SourceSpec(Strict):
    """Where a concept comes from."""

    author: Text
    year: int
    title: Text
    pages: str | int | None = None
    publisher: str | None = None


class ConceptSpec(Strict):
    """A concept of the theoretical frame."""

    id: Slug
    name: Text
    definition: Text
    source: SourceSpec
    related: list[Slug] = Field(default_factory=list)
    cues: list[Text] = Field(default_factory=list)


class CatalogueMetadataSpec(Strict):
    """Identity of a theory catalogue."""

    id: Slug
    name: Text
    version: Text
    language: Text = "sv"
    description: str = ""
    references: list[ReferenceSpec] = Field(default_factory=list)


class TheorySpec(Strict):
    """A whole theory-catalogue file."""

    catalogue: CatalogueMetadataSpec
    concepts: list[ConceptSpec] = Field(min_length=1)


ALL_KEYS = sorted(
    {
        name
        for model in (
            ReferenceSpec,
            MetadataSpec,
            ExclusionSpec,
            ExamplesSpec,
            PatternSpec,
            LexiconSpec,
            CodeSpec,
            CodebookSpec,
            SourceSpec,
            ConceptSpec,
            CatalogueMetadataSpec,
            TheorySpec,
        )
        for name in model.model_fields
    }
)
"""Every key the two formats know, for 'did you mean' hints."""
