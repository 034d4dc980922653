"""The lexicon matcher: the codebook's Swedish lexicon, compiled and matched on lemmas.

Matching is on each token's **key**: its lemma (from ``qualkod_lemmatizer``'s rules),
or a lexicon word found inside it:

* **compounds**: when the lemma is not itself a lexicon word but starts or ends with
  one of at least four letters, and the rest is at least three letters (a linking
  ``-s-`` allowed), the key becomes that lexicon word - ``ansvarsförflyttning``
  matches ``ansvar``, ``samverkansavtal`` matches ``samverkan``, ``arbetsrutin``
  matches ``rutin``. Swedish compounds put the parts one after the other, so a part
  at the start or end of a word is the rule; shorter words are left out because
  they occur by chance inside others (``tid`` in ``tidigt``);
* **fillers** of spoken Swedish (``eh``, ``liksom``, ``alltså`` ...) may stand
  between the words of a phrase or pattern without breaking the match;
* **phrases** match word by word, each word in any of its forms; **patterns** add
  ``a|b`` alternatives and ``*`` for up to three words of any kind; ``negated``
  patterns count only when a negation cue (the code's ``negation`` list) stands
  inside the match or up to two words before it.

How it runs, and why: the keys are worked out once per distinct word form (a table
keyed by the form's hash, :class:`TokenTable`), and a batch of docs is looked up in
that table with numpy, so nothing runs in Python per token. Only the tokens whose key
is a lexicon word - a few in a hundred - are visited one by one, to find the words,
phrases and patterns they start. spaCy's ``Matcher`` tried every pattern at every token
and cost 35 times the whole pipeline, and its ``PhraseMatcher`` needed a doc of keys
built in Python per token (``benchmarks/suggest.py``); the matches found are the same.

:meth:`LexiconMatcher.__call__` matches one doc and puts each match in
``doc.spans["qualkod"]`` labelled with the code id, and a :class:`LexiconMatch` with
its evidence tokens in ``doc._.qualkod_matches``; :meth:`LexiconMatcher.tokens` and
:meth:`LexiconMatcher.matches` do the same for a batch without touching the docs.
Nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from qualkod.models import Code, Codebook

FILLER_NORM = "_filler_"
FILLERS = ("eh", "öh", "äh", "ehm", "hm", "mm", "liksom", "alltså", "typ", "ju", "va", "ba")
WEIGHTS = {"lemma": 1.0, "phrase": 1.6, "pattern": 1.6, "negated": 2.0}
MATCHER_NAME = "qualkod.lexicon_matcher.v1"
_MIN_PART = 4
_MIN_REST = 3
_DEFAULT_NEGATION = ("inte", "ingen", "aldrig", "ej")

# Kinds of token in the token table.
PUNCT, FILLER, WORD = 0, 1, 2


@dataclass(frozen=True)
class LexiconEntry:
    """One lexicon item of one code, as compiled."""

    code_id: str
    theme_id: str
    kind: str
    """lemma, phrase, pattern or negated."""
    text: str
    """As written in the codebook."""


class LexiconMatch(NamedTuple):
    """A match in a doc: the entry, its token span and the evidence tokens."""

    entry: LexiconEntry
    start: int
    """First token index."""
    end: int
    """One past the last token."""
    evidence: tuple[int, ...]
    """Indices of the tokens that matched words of the entry (not gaps or fillers)."""

    @property
    def weight(self) -> float:
        """How much this match counts as evidence."""
        return WEIGHTS[self.entry.kind]


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
    sent_start: object
    """1 where a sentence starts."""
    is_space: object
    """True for whitespace tokens."""


class TokenTable:
    """What matching and the classifier need of each distinct word form, once per form.

    Forms are keyed by their hash in the spaCy string store (a token's ``ORTH``), so a
    whole batch is looked up with one sorted search instead of a dict per token.
    """

    def __init__(self, describe) -> None:
        """``describe(form) -> (kind, word id, lemma, key)`` computes a new form's row."""
        import numpy

        self._numpy = numpy
        self._describe = describe
        self._hashes = numpy.zeros(0, dtype="uint64")
        self._rows = numpy.zeros(0, dtype="int64")
        self.forms: list[str] = []
        """The word form of each row."""
        self.kinds: list[int] = []
        self.word_ids: list[int] = []
        self.lemmas: list[str] = []
        """Lemma of each row ("" for punctuation)."""
        self.keys: list[str] = []
        """Lexicon key of each row: the lemma, a compound part or FILLER_NORM."""
        self._hash_list: list[int] = []
        self._lemma_hashes: list[int] = []
        self._part_hashes: list[int] = []
        self.kind = numpy.zeros(0, dtype="int8")
        """Kind of each row (PUNCT, FILLER, WORD)."""
        self.word = numpy.zeros(0, dtype="int32")
        """Lexicon word id of each row's key, 0 for none."""
        self.lemma_hash = numpy.zeros(0, dtype="uint64")
        """String hash of each row's lemma (0 for punctuation), for the classifier."""
        self.part_hash = numpy.zeros(0, dtype="uint64")
        """String hash of the lexicon word inside a compound (0 for none)."""

    def rows(self, hashes, strings):
        """Row of each form hash, adding forms not seen before (``strings`` names them)."""
        numpy = self._numpy
        position, found = self._find(hashes)
        if not found.all():
            for value in numpy.unique(hashes[~found]).tolist():
                self._add(value, strings[value])
            self._index()
            position, found = self._find(hashes)
        return self._rows[position]

    def _find(self, hashes):
        numpy = self._numpy
        if not len(self._hashes):
            return numpy.zeros(len(hashes), dtype="int64"), numpy.zeros(len(hashes), dtype=bool)
        position = numpy.searchsorted(self._hashes, hashes)
        position[position == len(self._hashes)] = 0
        return position, self._hashes[position] == hashes

    def _add(self, value: int, form: str) -> None:
        from spacy.strings import get_string_id

        kind, word, lemma, key = self._describe(form)
        self._hash_list.append(value)
        self.forms.append(form)
        self.kinds.append(kind)
        self.word_ids.append(word)
        self.lemmas.append(lemma)
        self.keys.append(key)
        self._lemma_hashes.append(get_string_id(lemma) if lemma else 0)
        self._part_hashes.append(get_string_id(key) if kind == WORD and key != lemma else 0)

    def _index(self) -> None:
        numpy = self._numpy
        hashes = numpy.asarray(self._hash_list, dtype="uint64")
        order = numpy.argsort(hashes, kind="stable")
        self._hashes, self._rows = hashes[order], order
        self.kind = numpy.asarray(self.kinds, dtype="int8")
        self.word = numpy.asarray(self.word_ids, dtype="int32")
        self.lemma_hash = numpy.asarray(self._lemma_hashes, dtype="uint64")
        self.part_hash = numpy.asarray(self._part_hashes, dtype="uint64")


def _theme_codes(codebook: Codebook):
    for theme in codebook.themes:
        for code in theme.walk():
            yield theme, code


class LexiconMatcher:
    """Compiled lexicon of a codebook; call it on docs from :func:`qualkod.nlp.get_nlp`."""

    def __init__(self, codebook: Codebook, lemmatize) -> None:
        """Compile the lexicon.

        Args:
            codebook: the codebook whose lexicons to match.
            lemmatize: a function from a word to its lemma (the pipeline's lemmatiser),
                so that lexicon words and text are compared in the same form.
        """
        from spacy.tokens import Doc

        if not Doc.has_extension("qualkod_matches"):
            Doc.set_extension("qualkod_matches", default=None)
        self.codebook = codebook
        self.lemmatize = lemmatize
        self.entries: list[LexiconEntry] = []
        self.negation: list[frozenset[str]] = []
        self.words: dict[str, int] = {}
        """Lexicon word -> its id (from 1)."""
        self.parts: set[str] = set()
        self._fillers = frozenset(FILLERS)
        self.table = TokenTable(self._describe)
        self._first_words = None
        # First word id -> (entry, the entry's following words): each a set of word ids
        # and how far after the previous word it may stand (1 next to it; 4 after a *
        # gap of up to three words). A single word has no following words.
        self.starts: dict[int, list[tuple[int, tuple[tuple[frozenset[int], int], ...]]]] = {}
        for theme, code in _theme_codes(codebook):
            self._compile(theme, code)

    def _compile(self, theme: Code, code: Code) -> None:
        lexicon = code.lexicon
        negation = frozenset(self.lemmatize(w) for w in lexicon.negation) or frozenset(
            _DEFAULT_NEGATION
        )
        items: list[tuple[str, str]] = []
        for lemma in lexicon.lemmas:
            kind = "phrase" if " " in lemma.strip() else "lemma"
            if kind == "lemma":
                self.parts.add(self.lemmatize(lemma))
            items.append((kind, lemma))
        items += [("phrase", phrase) for phrase in lexicon.phrases]
        items += [("negated" if p.negated else "pattern", p.pattern) for p in lexicon.patterns]
        for kind, text in items:
            slots = self._slots(text)
            index = len(self.entries)
            self.entries.append(LexiconEntry(code.id, theme.id, kind, text))
            self.negation.append(negation)
            words = [slot for slot in slots if slot is not None]
            reach, following = 1, []
            for slot in slots[slots.index(words[0]) + 1 :]:
                if slot is None:
                    reach = 4
                else:
                    following.append((slot, reach))
                    reach = 1
            for word in words[0]:
                self.starts.setdefault(word, []).append((index, tuple(following)))

    def _slots(self, text: str) -> list[frozenset[int] | None]:
        slots: list[frozenset[int] | None] = []
        for part in text.split():
            if part == "*":
                slots.append(None)
                continue
            forms = {f for alt in part.split("|") for f in (self.lemmatize(alt), alt.lower())}
            for form in forms:
                self.words.setdefault(form, len(self.words) + 1)
                if len(form) >= 5:
                    self.parts.add(form)
            slots.append(frozenset(self.words[f] for f in forms))
        return slots

    # --- keys of word forms ----------------------------------------------------------

    def key(self, form: str) -> tuple[str, str] | None:
        """(lemma, lexicon key) of a word form; None for punctuation."""
        if not any(ch.isalnum() for ch in form):
            return None
        lower = form.lower()
        lemma = self.lemmatize(form)
        if lemma in self.words:
            return lemma, lemma
        if lower in self._fillers:
            return lemma, FILLER_NORM
        return lemma, self._compound_part(lemma) or lemma

    def _describe(self, form: str) -> tuple[int, int, str, str]:
        item = self.key(form)
        if item is None:
            return PUNCT, 0, "", ""
        lemma, key = item
        if key == FILLER_NORM:
            return FILLER, 0, lemma, key
        return WORD, self.words.get(key, 0), lemma, key

    def _compound_part(self, lemma: str) -> str | None:
        best = None
        for split in range(_MIN_PART, len(lemma) - _MIN_REST + 1):
            head, rest = lemma[:split], lemma[split:]
            if head in self.parts and len(rest) >= _MIN_REST:
                best = head if best is None or len(head) > len(best) else best
            tail = lemma[len(lemma) - split :]
            front = lemma[: len(lemma) - split]
            if tail in self.parts and len(front) >= _MIN_REST:
                best = tail if best is None or len(tail) > len(best) else best
        return best

    # --- matching --------------------------------------------------------------------

    def tokens(self, docs) -> BatchTokens:
        """The tokens of a batch of docs as arrays (see :class:`BatchTokens`)."""
        import numpy
        from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START

        arrays = [doc.to_array([ORTH, IDX, LENGTH, SENT_START, IS_SPACE]) for doc in docs]
        sizes = [len(a) for a in arrays]
        offsets = numpy.zeros(len(docs) + 1, dtype="int64")
        numpy.cumsum(sizes, out=offsets[1:])
        if offsets[-1]:
            table = numpy.concatenate([a for a in arrays if len(a)])
        else:
            table = numpy.zeros((0, 5), dtype="uint64")
        strings = docs[0].vocab.strings if docs else None
        rows = self.table.rows(table[:, 0], strings)
        return BatchTokens(
            offsets,
            rows,
            self.table.kind[rows],
            self.table.word[rows],
            table[:, 1].astype("int64"),
            table[:, 2].astype("int64"),
            table[:, 3].astype("int64"),
            table[:, 4].astype(bool),
        )

    def matches(self, tokens: BatchTokens) -> list[list[LexiconMatch]]:
        """The lexicon matches of each doc of a batch, in token order.

        Positions count the doc's words only, so two words are adjacent when nothing
        but fillers and punctuation stands between them. Only words that begin some
        entry are visited one by one; each match takes the nearest following words.
        """
        import numpy

        if self._first_words is None:
            self._index_first_words()
        rows = numpy.flatnonzero(tokens.kind == WORD)  # batch row of each word position
        words = tokens.word[rows].astype("int64")
        doc_starts = numpy.searchsorted(rows, tokens.offsets)
        # Where an entry can begin: a word that is an entry by itself or is followed by
        # a gap, or a pair of neighbours that begins an entry (many phrases begin with
        # a frequent word: "en och samma", "det är").
        begins = self._first_words[words]
        begins[:-1] |= self._first_pairs[words[:-1] * (len(self.words) + 1) + words[1:]]
        candidates = numpy.flatnonzero(begins)
        docs = numpy.searchsorted(doc_starts, candidates, side="right") - 1
        word_list, doc_ends = words.tolist(), doc_starts[1:].tolist()
        hits: dict[int, list[tuple[int, list[int]]]] = {}
        starts = self.starts
        for place, doc in zip(candidates.tolist(), docs.tolist(), strict=True):
            end = doc_ends[doc]
            for entry, following in starts[word_list[place]]:
                chain = [place]
                for slot, reach in following:
                    at, limit = chain[-1] + 1, min(chain[-1] + reach, end - 1)
                    while at <= limit and word_list[at] not in slot:
                        at += 1
                    if at > limit:
                        break
                    chain.append(at)
                else:
                    hits.setdefault(doc, []).append((entry, chain))
        offsets, row_list = tokens.offsets.tolist(), rows.tolist()
        found: list[list[LexiconMatch]] = [[] for _ in range(len(offsets) - 1)]
        for doc, doc_hits in hits.items():
            offset = offsets[doc]
            matches = []
            for index, chain in doc_hits:
                entry = self.entries[index]
                evidence = tuple([row_list[place] - offset for place in chain])
                start, end = evidence[0], evidence[-1] + 1
                if entry.kind == "negated" and not self._negated(tokens, offset, start, end, index):
                    continue
                matches.append(LexiconMatch(entry, start, end, evidence))
            found[doc] = _longest_per_code(matches)
        return found

    def _index_first_words(self) -> None:
        import numpy

        size = len(self.words) + 1
        self._first_words = numpy.zeros(size, dtype=bool)
        self._first_pairs = numpy.zeros(size * size, dtype=bool)
        for first, entries in self.starts.items():
            for _, following in entries:
                if not following or following[0][1] > 1:
                    self._first_words[first] = True
                else:
                    self._first_pairs[[first * size + second for second in following[0][0]]] = True

    def _negated(self, tokens, offset: int, start: int, end: int, index: int) -> bool:
        cues = self.negation[index]
        rows = tokens.row[offset + max(0, start - 2) : offset + end].tolist()
        table = self.table
        return any(table.lemmas[r] in cues or table.keys[r] in cues for r in rows)

    def __call__(self, doc, *, with_spans: bool = True):
        """Find lexicon matches; fills ``doc._.qualkod_matches`` and ``doc.spans['qualkod']``.

        ``with_spans=False`` leaves ``doc.spans`` alone.
        """
        from spacy.tokens import Span

        [found] = self.matches(self.tokens([doc]))
        doc._.qualkod_matches = found
        if with_spans:
            doc.spans["qualkod"] = [Span(doc, m.start, m.end, label=m.entry.code_id) for m in found]
        return doc


def _longest_per_code(matches: list[LexiconMatch]) -> list[LexiconMatch]:
    """Drop a match inside a longer match of the same code (a phrase beats its word)."""
    ordered = sorted(matches, key=lambda m: (m.start, -(m.end - m.start)))
    if all(m.end - m.start == 1 for m in ordered):
        return ordered  # single words: none can lie inside another
    kept: list[LexiconMatch] = []
    for match in ordered:
        inside = any(
            k.entry.code_id == match.entry.code_id
            and k.start <= match.start
            and match.end <= k.end
            and (k.start, k.end) != (match.start, match.end)
            for k in kept
        )
        if not inside:
            kept.append(match)
    return kept
