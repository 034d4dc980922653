"""Codebook: YAML codebooks and theory catalogues, validated into plain models.

Knows nothing of the project database. Its guarded YAML reader (line and column in
every error, limits against YAML bombs) serves the other files people write too:
``study.yaml`` and memos files.
"""

from qualkod.codebook._yaml import Located, YamlSyntaxError, load_located
from qualkod.codebook.dump import dump_codebook, dump_theory
from qualkod.codebook.load import (
    load_codebook,
    load_theory,
    parse_codebook,
    parse_theory,
    slugify,
    theory_file,
)
from qualkod.codebook.shown import with_words_as_shown

__all__ = [
    "Located",
    "YamlSyntaxError",
    "dump_codebook",
    "dump_theory",
    "load_codebook",
    "load_located",
    "load_theory",
    "parse_codebook",
    "parse_theory",
    "slugify",
    "theory_file",
    "with_words_as_shown",
]
