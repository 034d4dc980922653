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
keyed by the form's hash, :class:`~qualkod.suggest.tokens.TokenTable`), and a batch of docs is looked up in
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

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from qualkod.models import Code, Codebook
from qualkod.suggest.tokens import FILLER, PUNCT, WORD, BatchTokens, TokenTable

FILLER_NORM = "_filler_"
FILLERS = ("eh", "öh", "äh", "ehm", "hm", "mm", "liksom", "alltså", "typ", "ju", "va", "ba")
WEIGHTS = {"lemma": 1.0, "phrase": 1.6, "pattern": 1.6, "negated": 2.0}
"""How much a match of each kind of entry counts as evidence."""
MATCHER_NAME = "qualkod.lexicon_matcher.v1"
_MIN_PART = 4
_MIN_REST = 3
_DEFAULT_NEGATION = ("inte", "ingen", "aldrig", "ej")


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


def _theme_codes(codebook: Codebook):
    for theme in codebook.themes:
        for code in theme.walk():
            yield theme, code


class LexiconMatcher:
    """Compiled lexicon of a codebook; call it on docs from :func:`qualkod.nlp.get_nlp`."""

    def __init__(
        self, codebook: Codebook, lemmatize, sentence_ends: Iterable[str] | None = None
    ) -> None:
        """Compile the lexicon.

        Args:
            codebook: the codebook whose lexicons to match.
            lemmatize: a function from a word to its lemma (the pipeline's lemmatiser),
                so that lexicon words and text are compared in the same form.
            sentence_ends: token texts that end a sentence, for
                :attr:`BatchTokens.ends_sentence`; the pipeline's sentencizer's when None.
        """
        from spacy.tokens import Doc

        from qualkod.nlp.sentences import sentence_end_chars

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
        ends = sentence_end_chars() if sentence_ends is None else frozenset(sentence_ends)
        self.table = TokenTable(self._describe, ends)
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
        return self.table.batch(docs)

    def matches(self, tokens: BatchTokens) -> list[list[LexiconMatch]]:
        """The lexicon matches of each doc of a batch, in token order.

        Positions count the doc's words only, so two words are adjacent when nothing
        but fillers and punctuation stands between them. Only words that begin some
        entry are visited one by one; each match takes the nearest following words.
        """
        import numpy

        if self._first_words is None:
            self._index_starts()
        rows = numpy.flatnonzero(tokens.kind == WORD)  # batch row of each word position
        words = tokens.word[rows].astype("int64")
        doc_starts = numpy.searchsorted(rows, tokens.offsets)
        # Where an entry can begin: a word that is an entry by itself or is followed by
        # a gap, or a pair of neighbours that begins an entry (many phrases begin with
        # a frequent word: "en och samma", "det är").
        size = len(self.words) + 1
        pairs = numpy.zeros(len(words), dtype="int64")
        pairs[:-1] = words[:-1] * size + words[1:]
        begins = self._first_words[words] | self._first_pairs[pairs]
        candidates = numpy.flatnonzero(begins)
        docs = numpy.searchsorted(doc_starts, candidates, side="right") - 1
        word_list, doc_ends = words.tolist(), doc_starts[1:].tolist()
        pair_list = pairs[candidates].tolist()
        by_word, by_pair = self._by_word, self._by_pair
        hits: dict[int, list[tuple[int, list[int]]]] = {}
        longer: set[int] = set()  # docs with a match of more than one word
        for place, doc, pair in zip(candidates.tolist(), docs.tolist(), pair_list, strict=True):
            end = doc_ends[doc]
            tries = []
            entries = by_word.get(word_list[place])
            if entries:
                tries.append((place, entries))
            if place + 1 < end:
                entries = by_pair.get(pair)
                if entries:
                    tries.append((place + 1, entries))
            for last, entries in tries:
                for entry, following in entries:
                    chain = [place] if last == place else [place, last]
                    for slot, reach in following:
                        at, limit = chain[-1] + 1, min(chain[-1] + reach, end - 1)
                        while at <= limit and word_list[at] not in slot:
                            at += 1
                        if at > limit:
                            break
                        chain.append(at)
                    else:
                        hits.setdefault(doc, []).append((entry, chain))
                        if len(chain) > 1:
                            longer.add(doc)
        offsets, row_list = tokens.offsets.tolist(), rows.tolist()
        found: list[list[LexiconMatch]] = [[] for _ in range(len(offsets) - 1)]
        entries_list = self.entries
        for doc, doc_hits in hits.items():
            offset = offsets[doc]
            matches = []
            for index, chain in doc_hits:
                entry = entries_list[index]
                if len(chain) == 1:
                    evidence: tuple[int, ...] = (row_list[chain[0]] - offset,)
                else:
                    evidence = tuple([row_list[place] - offset for place in chain])
                start, end = evidence[0], evidence[-1] + 1
                if entry.kind == "negated" and not self._negated(tokens, offset, start, end, index):
                    continue
                matches.append(
                    (start, start - end, index, LexiconMatch(entry, start, end, evidence))
                )
            # Single words come in token order already; longer matches need sorting
            # (by start, longer first, then in codebook order) and may hide others.
            found[doc] = (
                _longest_per_code([m for *_, m in sorted(matches)])
                if doc in longer
                else [m[-1] for m in matches]
            )
        return found

    def _index_starts(self) -> None:
        """Entries by the word they begin with, or by their first two words."""
        import numpy

        size = len(self.words) + 1
        self._first_words = numpy.zeros(size, dtype=bool)
        self._first_pairs = numpy.zeros(size * size, dtype=bool)
        self._by_word: dict[int, list] = {}
        """First word id -> (entry, following words) of entries whose second word, if
        any, may stand after a gap."""
        self._by_pair: dict[int, list] = {}
        """First word id * size + second word id -> (entry, the words after those)."""
        for first, entries in self.starts.items():
            for entry, following in entries:
                if not following or following[0][1] > 1:
                    self._first_words[first] = True
                    self._by_word.setdefault(first, []).append((entry, following))
                    continue
                for second in following[0][0]:
                    self._first_pairs[first * size + second] = True
                    self._by_pair.setdefault(first * size + second, []).append(
                        (entry, following[1:])
                    )

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


def _longest_per_code(ordered: list[LexiconMatch]) -> list[LexiconMatch]:
    """Drop a match inside a longer match of the same code (a phrase beats its word).

    ``ordered`` is by start, longer matches first.
    """
    kept: list[LexiconMatch] = []
    spans: dict[str, list[tuple[int, int]]] = {}  # code -> kept matches of 2+ tokens
    for match in ordered:
        code, start, end = match.entry.code_id, match.start, match.end
        around = spans.get(code)
        if around and any(s <= start and end <= e and (s, e) != (start, end) for s, e in around):
            continue
        kept.append(match)
        if end - start > 1:
            spans.setdefault(code, []).append((start, end))
    return kept
