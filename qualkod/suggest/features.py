"""What the theme classifier sees of a turn, as an array of feature hashes.

A turn's features are:

* its **lemmas** (``tog``/``tar`` -> ``ta``) and **lemma bigrams**, so that what the
  classifier learns carries over to other inflections and word orders;
* the **lexicon words inside compounds** (``ansvarsförflyttning`` also gives
  ``ansvar``);
* one feature per **lexicon match**, named after its code (``lexkod`` + code id), so
  the classifier learns how much each part of the lexicon is worth;
* the **interviewer's question** before the turn: the lemmas of its last 40 words and
  their bigrams, marked as question words (``q`` + lemma). Interview guides announce
  topics; the question is only split into words and lemmatised, not run through the
  whole pipeline.

Each feature is spaCy's 64-bit hash of its string, so a stored model means the same in
every process; bigrams are combined with thinc's n-gram hash, as spaCy's own
bag-of-words text classifier does. Features are worked out for a whole batch of turns
with numpy from :class:`~qualkod.suggest.lexicon.BatchTokens`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qualkod.suggest.lexicon import LexiconMatch, LexiconMatcher
from qualkod.suggest.tokens import PUNCT, BatchTokens

QUESTION_MARK = "q"
LEXICON_MARK = "lexkod"
QUESTION_WORDS = 40
"""How many of the question's last words count."""
_WORD = re.compile(r"\w+")


class TurnFeatures:
    """Feature hashes of turns, for one compiled lexicon."""

    def __init__(self, matcher: LexiconMatcher) -> None:
        from spacy.strings import get_string_id

        self.matcher = matcher
        self._hash = get_string_id
        self._marks = {
            entry.code_id: get_string_id(LEXICON_MARK + entry.code_id.replace("_", ""))
            for entry in matcher.entries
        }
        # Each distinct question word once: its row, its marked lemma's hash and its
        # compound part's (0 for none).
        self._question_ids: dict[str, int] = {}
        self._question_lemmas: list[int] = []
        self._question_parts: list[int] = []

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

    def questions(self, texts) -> dict:
        """The features of interviewers' questions: text -> uint64 array."""
        import numpy

        texts = list(dict.fromkeys(texts))
        ids = self._question_ids
        rows: list[int] = []
        bounds = [0]
        for text in texts:
            words = _WORD.findall(text[-20 * QUESTION_WORDS :])[-QUESTION_WORDS:]
            found = [ids.get(word, -1) for word in words]
            if -1 in found:
                found = [ids[w] if w in ids else self._add_question_word(w) for w in words]
            rows += found
            bounds.append(len(rows))
        taken = numpy.asarray(rows, dtype="int64")
        lemmas = numpy.asarray(self._question_lemmas, dtype="uint64")[taken]
        parts = numpy.asarray(self._question_parts, dtype="uint64")[taken]
        words, compounds = lemmas[lemmas != 0], parts[parts != 0]
        # where each text's words and compound parts end in those arrays
        ends = numpy.cumsum(numpy.concatenate([[0], lemmas != 0]))[bounds].tolist()
        part_ends = numpy.cumsum(numpy.concatenate([[0], parts != 0]))[bounds].tolist()
        bigrams = _bigrams(words)
        found = {}
        for number, text in enumerate(texts):
            first, last = ends[number], ends[number + 1]
            found[text] = numpy.concatenate(
                [
                    words[first:last],
                    bigrams[first : max(first, last - 1)],
                    compounds[part_ends[number] : part_ends[number + 1]],
                ]
            )
        return found

    def _add_question_word(self, word: str) -> int:
        """Row of a new question word: hashes of its marked lemma and compound part."""
        item = self.matcher.key(word)
        lemma = part = 0
        if item is not None:
            lemma = self._hash(QUESTION_MARK + item[0])
            if item[1] != item[0] and not item[1].startswith("_"):
                part = self._hash(QUESTION_MARK + item[1])
        self._question_ids[word] = len(self._question_lemmas)
        self._question_lemmas.append(lemma)
        self._question_parts.append(part)
        return self._question_ids[word]

    @staticmethod
    def with_question(features, question):
        """A turn's features with those of the question before it."""
        import numpy

        return numpy.concatenate([features, question])


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
