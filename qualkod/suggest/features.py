"""What the theme classifier sees of a turn, as an array of feature hashes.

A turn's features are:

* its **lemmas** (``tog``/``tar`` -> ``ta``) and **lemma bigrams**, so that what the
  classifier learns carries over to other inflections and word orders;
* the **lexicon words inside compounds** (``ansvarsförflyttning`` also gives
  ``ansvar``);
* one feature per **lexicon match**, named after its code (``lexkod`` + code id), so
  the classifier learns how much each part of the lexicon is worth.

The interviewer's question before the turn is no feature: its words belong to one
interview guide and did not carry over to interviews guided by another (on eval-dev,
situationsanpassning F1 0.21 with them, 0.37 without; benchmarks/RESULTS.md).

Each feature is spaCy's 64-bit hash of its string, so a stored model means the same in
every process; bigrams are combined with thinc's n-gram hash, as spaCy's own
bag-of-words text classifier does. Features are worked out for a whole batch of turns
with numpy from :class:`~qualkod.suggest.lexicon.BatchTokens`.
"""

from __future__ import annotations

from functools import lru_cache

from qualkod.suggest.lexicon import LexiconMatch, LexiconMatcher
from qualkod.suggest.tokens import PUNCT, BatchTokens

LEXICON_MARK = "lexkod"


class TurnFeatures:
    """Feature hashes of turns, for one compiled lexicon."""

    def __init__(self, matcher: LexiconMatcher) -> None:
        from spacy.strings import get_string_id

        self.matcher = matcher
        self._marks = {
            entry.code_id: get_string_id(LEXICON_MARK + entry.code_id.replace("_", ""))
            for entry in matcher.entries
        }

    def turns(self, tokens: BatchTokens, matches: list[list[LexiconMatch]]) -> list:
        """The features of each doc of a batch (a uint64 array per doc)."""
        import numpy

        table = self.matcher.table
        words = tokens.kind != PUNCT
        sequence = table.lemma_hash[tokens.row[words]]
        starts = numpy.searchsorted(numpy.flatnonzero(words), tokens.offsets).tolist()
        bigrams = _bigrams(sequence)
        part = table.part_hash[tokens.row]
        has_part = part != 0
        parts = part[has_part]
        part_starts = numpy.searchsorted(numpy.flatnonzero(has_part), tokens.offsets).tolist()
        marks = self._marks
        found = []
        for doc, doc_matches in enumerate(matches):
            first, last = starts[doc], starts[doc + 1]
            pieces = [
                sequence[first:last],
                bigrams[first : max(first, last - 1)],
                parts[part_starts[doc] : part_starts[doc + 1]],
            ]
            if doc_matches:
                codes = [marks[m.entry.code_id] for m in doc_matches]
                pieces.append(numpy.asarray(codes, dtype="uint64"))
            found.append(numpy.concatenate(pieces))
        return found


def _bigrams(sequence):
    """Hashes of each pair of neighbours (thinc's n-gram hash), one fewer than words."""
    import numpy

    if len(sequence) < 2:
        return numpy.zeros(0, dtype="uint64")
    return _ops().ngrams(2, numpy.ascontiguousarray(sequence, dtype="uint64"))


@lru_cache(maxsize=1)
def _ops():
    from thinc.api import NumpyOps

    return NumpyOps()
