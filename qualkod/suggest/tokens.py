"""The tokens of a batch of docs as numpy arrays, through a table of distinct word forms.

A million words of interview speech hold a few tens of thousands of distinct word forms.
What the lexicon matcher, the sentence splitter and the classifier features need of a
token - its kind, lexicon word, lemma, compound part, length, punctuation flags - is
worked out once per form in a :class:`TokenTable`, and a batch of docs becomes
:class:`BatchTokens`: one row per token, looked up in that table with numpy.
"""

from __future__ import annotations

from typing import NamedTuple

# Kinds of token in the token table.
PUNCT, FILLER, WORD = 0, 1, 2


class BatchTokens(NamedTuple):
    """The tokens of a batch of docs, one row each, all docs one after the other.

    Arrays are numpy; ``offsets[d]:offsets[d + 1]`` are the rows of doc ``d``.
    """

    offsets: object
    """Start row of each doc, and the total at the end."""
    row: object
    """Row of the token's form in the :class:`TokenTable`."""
    kind: object
    """PUNCT (punctuation and spaces), FILLER or WORD."""
    word: object
    """Lexicon word id of the token's key, 0 when it is not a lexicon word."""
    idx: object
    """Character offset of the token in its doc's text."""
    length: object
    """Length of the token in characters."""
    ends_sentence: object
    """True where the token's text ends a sentence (``.``, ``?``, ``!`` ...)."""
    is_punct: object
    """True for punctuation (spaCy's ``IS_PUNCT``)."""
    is_space: object
    """True for whitespace tokens."""


class TokenTable:
    """What matching and the classifier need of each distinct word form, once per form.

    Forms are keyed by their hash in the spaCy string store (a token's ``ORTH``), so a
    whole batch is looked up with numpy instead of a dict per token: the low 20 bits of
    the hash index a slot holding the form's row, and the few forms whose slot another
    form took are found by a sorted search.
    """

    _SLOT_BITS = 20

    def __init__(self, describe, sentence_ends: frozenset[str]) -> None:
        """A new, empty table.

        Args:
            describe: ``describe(form) -> (kind, word id, lemma, key)`` computes a new
                form's row.
            sentence_ends: forms that end a sentence (the sentencizer's).
        """
        import numpy

        self._numpy = numpy
        self._describe = describe
        self._sentence_ends = sentence_ends
        self._sorted = numpy.zeros(0, dtype="uint64")
        self._sorted_rows = numpy.zeros(0, dtype="int64")
        self._slots = numpy.zeros(1 << self._SLOT_BITS, dtype="int32")
        self._hash = numpy.zeros(1, dtype="uint64")
        self.forms: list[str] = []
        """The word form of each row."""
        self.lemmas: list[str] = []
        """Lemma of each row ("" for punctuation)."""
        self.keys: list[str] = []
        """Lexicon key of each row: the lemma, a compound part or FILLER_NORM."""
        # One list per numpy column below, grown as forms are added.
        self._columns: dict[str, list] = {name: [] for name, _ in _COLUMNS}
        self.hash = numpy.zeros(0, dtype="uint64")
        """The form's hash (its ``ORTH``)."""
        self.kind = numpy.zeros(0, dtype="int8")
        """Kind of each row (PUNCT, FILLER, WORD)."""
        self.word = numpy.zeros(0, dtype="int32")
        """Lexicon word id of each row's key, 0 for none."""
        self.lemma_hash = numpy.zeros(0, dtype="uint64")
        """String hash of each row's lemma (0 for punctuation), for the classifier."""
        self.part_hash = numpy.zeros(0, dtype="uint64")
        """String hash of the lexicon word inside a compound (0 for none)."""
        self.length = numpy.zeros(0, dtype="int64")
        """Length of each row's form in characters."""
        self.is_punct = numpy.zeros(0, dtype=bool)
        """spaCy's ``IS_PUNCT`` of each row's form."""
        self.is_space = numpy.zeros(0, dtype=bool)
        """spaCy's ``IS_SPACE`` of each row's form."""
        self.ends_sentence = numpy.zeros(0, dtype=bool)
        """Whether each row's form ends a sentence."""

    def batch(self, docs) -> BatchTokens:
        """The tokens of a batch of docs, each looked up by its form."""
        import numpy
        from spacy.attrs import IDX, ORTH

        arrays = [doc.to_array([ORTH, IDX]) for doc in docs]
        offsets = numpy.zeros(len(docs) + 1, dtype="int64")
        numpy.cumsum([len(a) for a in arrays], out=offsets[1:])
        if offsets[-1]:
            table = numpy.concatenate([a for a in arrays if len(a)])
        else:
            table = numpy.zeros((0, 2), dtype="uint64")
        rows = self.rows(table[:, 0], docs[0].vocab if docs else None)
        return BatchTokens(
            offsets,
            rows,
            self.kind[rows],
            self.word[rows],
            table[:, 1].astype("int64"),
            self.length[rows],
            self.ends_sentence[rows],
            self.is_punct[rows],
            self.is_space[rows],
        )

    def rows(self, hashes, vocab):
        """Row of each form hash, adding forms not seen before (from ``vocab``)."""
        numpy = self._numpy
        rows = self._slots[self._slot(hashes)]
        missed = self._hash[rows] != hashes
        if missed.any():
            position, found = self._find(hashes[missed])
            if not found.all():
                for value in numpy.unique(hashes[missed][~found]).tolist():
                    self._add(value, vocab[value])
                self._index()
                position, found = self._find(hashes[missed])
            rows[missed] = self._sorted_rows[position]
        return rows

    def _slot(self, hashes):
        return (hashes & ((1 << self._SLOT_BITS) - 1)).astype("int64")

    def _find(self, hashes):
        numpy = self._numpy
        if not len(self._sorted):
            return numpy.zeros(len(hashes), dtype="int64"), numpy.zeros(len(hashes), dtype=bool)
        position = numpy.searchsorted(self._sorted, hashes)
        position[position == len(self._sorted)] = 0
        return position, self._sorted[position] == hashes

    def _add(self, value: int, lexeme) -> None:
        from spacy.strings import get_string_id

        form = lexeme.orth_
        kind, word, lemma, key = self._describe(form)
        self.forms.append(form)
        self.lemmas.append(lemma)
        self.keys.append(key)
        values = {
            "hash": value,
            "kind": kind,
            "word": word,
            "lemma_hash": get_string_id(lemma) if lemma else 0,
            "part_hash": get_string_id(key) if kind == WORD and key != lemma else 0,
            "length": len(form),
            "is_punct": lexeme.is_punct,
            "is_space": lexeme.is_space,
            "ends_sentence": form in self._sentence_ends,
        }
        for name, column in self._columns.items():
            column.append(values[name])

    def _index(self) -> None:
        numpy = self._numpy
        for name, dtype in _COLUMNS:
            setattr(self, name, numpy.asarray(self._columns[name], dtype=dtype))
        order = numpy.argsort(self.hash, kind="stable")
        self._sorted, self._sorted_rows = self.hash[order], order
        self._hash = self.hash
        self._slots[self._slot(self.hash)] = numpy.arange(len(self.hash), dtype="int32")


_COLUMNS = (
    ("hash", "uint64"),
    ("kind", "int8"),
    ("word", "int32"),
    ("lemma_hash", "uint64"),
    ("part_hash", "uint64"),
    ("length", "int64"),
    ("is_punct", bool),
    ("is_space", bool),
    ("ends_sentence", bool),
)
"""The numpy columns of a :class:`TokenTable`, with their types."""
