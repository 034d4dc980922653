"""The Swedish pipeline: ``spacy.blank("sv")`` + sentencizer + qualkod's lemmatiser.

Built once per process and reused; nothing is downloaded (the lemma table comes from
the installed spacy-lookups-data package).
"""

from __future__ import annotations

from functools import lru_cache

PIPELINE_NAME = "qualkod.sv_pipeline.v1"
"""Stored with every suggestion, so results can be traced to the pipeline."""


@lru_cache(maxsize=1)
def get_nlp():
    """The shared pipeline (tokenizer, sentencizer, lemmatiser)."""
    import spacy

    import qualkod.nlp.lemmatizer  # noqa: F401 - registers the factory

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("qualkod_lemmatizer")
    return nlp
