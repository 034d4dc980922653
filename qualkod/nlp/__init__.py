"""The Swedish spaCy pipeline, built once per process. Knows nothing of the database.

Importing this package does not import spaCy; the pipeline is built on first use.
"""

from qualkod.nlp.pipeline import PIPELINE_NAME, get_nlp
from qualkod.nlp.sentences import sentence_spans

__all__ = ["PIPELINE_NAME", "get_nlp", "sentence_spans"]
