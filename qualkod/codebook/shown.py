"""A codebook's words as an output shows them: every name, definition, criterion and
example passed through one function (the project's redactor), ids and lexicon kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from qualkod.codebook_models import Code, Codebook


def with_words_as_shown(codebook: Codebook, shown: Callable[[str], str]) -> Codebook:
    """``codebook`` with its name, description and each code's name, definition,
    inclusion and exclusion criteria and examples passed through ``shown``.

    An example is often a passage from an interview and a definition may name a case
    (``som när Sofias klass leker``), so outputs redact them as they redact quotes. Ids,
    colours, lexicons, concepts and the training passages (which no output shows) are
    kept as they are.
    """
    return replace(
        codebook,
        name=shown(codebook.name),
        description=shown(codebook.description),
        themes=tuple(_code(theme, shown) for theme in codebook.themes),
    )


def _code(code: Code, shown: Callable[[str], str]) -> Code:
    return replace(
        code,
        name=shown(code.name),
        definition=shown(code.definition),
        include=tuple(shown(text) for text in code.include),
        exclude=tuple(replace(rule, text=shown(rule.text)) for rule in code.exclude),
        positive_examples=tuple(shown(text) for text in code.positive_examples),
        negative_examples=tuple(shown(text) for text in code.negative_examples),
        codes=tuple(_code(child, shown) for child in code.codes),
    )
