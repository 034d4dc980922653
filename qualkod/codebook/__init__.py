"""Codebook: YAML codebooks and theory catalogues, validated into plain models.

Knows nothing of the project database.
"""

from qualkod.codebook.dump import dump_codebook, dump_theory
from qualkod.codebook.load import (
    load_codebook,
    load_theory,
    parse_codebook,
    parse_theory,
    slugify,
    theory_file,
)

__all__ = [
    "dump_codebook",
    "dump_theory",
    "load_codebook",
    "load_theory",
    "parse_codebook",
    "parse_theory",
    "slugify",
    "theory_file",
]
