"""The lexicon matcher: the codebook's Swedish lexicon compiled into a spaCy Matcher.

Matching is on lemmas, through ``token.norm_``:

* every token's norm is set to its lemma (from ``qualkod_lemmatizer``);
* **compounds**: when the lemma is not itself a lexicon word but starts or ends with
  one of at least four letters, and the rest is at least three letters (a linking
  ``-s-`` allowed), the norm becomes that lexicon word - ``ansvarsförflyttning``
  matches ``ansvar``, ``samverkansavtal`` matches ``samverkan``, ``arbetsrutin``
  matches ``rutin``. Swedish compounds put the parts one after the other, so a part
  at the start or end of a word is the rule; shorter words are left out because
  they occur by chance inside others (``tid`` in ``tidigt``);
* **fillers** of spoken Swedish (``eh``, ``liksom``, ``alltså`` ...) may stand
  between the words of a phrase or pattern without breaking the match;
* **patterns**: ``a|b`` alternatives, ``*`` for up to three words of any kind;
  ``negated`` patterns count only when a negation cue (the code's ``negation``
  list) stands inside the match or up to two words before it.

Matching runs on the tokens' keys (lemma or compound part), with fillers left out.
Single words are found by a dict lookup on the key each token already has; fixed
phrases (alternatives expanded) by a spaCy ``PhraseMatcher`` on a view of the doc made
of those keys, built only when the doc holds every word of some phrase.
Patterns with ``*`` gaps are found from the positions of their words: a spaCy
``Matcher`` tries every pattern at every token and cost three times the whole pipeline
(``benchmarks/suggest.py``), while the words of a gapped pattern are rare.

Each match becomes a span in ``doc.spans["qualkod"]`` labelled with the code id, and
a :class:`LexiconMatch` in ``doc._.qualkod_matches`` with its evidence tokens;
``doc._.qualkod_keys`` holds each token's (lemma, key). Nothing
here touches the database.
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
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc
        from spacy.vocab import Vocab

        for name in ("qualkod_matches", "qualkod_keys"):
            if not Doc.has_extension(name):
                Doc.set_extension(name, default=None)
        self.codebook = codebook
        self.lemmatize = lemmatize
        self.entries: list[LexiconEntry] = []
        self.negation: list[frozenset[str]] = []
        self.words: set[str] = set()
        self.parts: set[str] = set()
        self._fillers = frozenset(FILLERS)
        self._keys: dict[str, tuple[str, str] | None] = {}
        self._doc_class = Doc
        self.vocab = Vocab()
        # Single words are found by a dict lookup on each token's key; phrases by a
        # PhraseMatcher, run only when a doc holds the first word of some phrase.
        self.single_words: dict[str, list[int]] = {}
        # word -> the word sets of each phrase that can start with it
        self.phrase_needs: dict[str, list[list[frozenset[str]]]] = {}
        self.fixed = PhraseMatcher(self.vocab, attr="ORTH")
        # Patterns with gaps: (entry index, slots, first slot, last slot), a slot being
        # a set of words or None for a gap of up to three words.
        self.gapped: list[tuple[int, list, frozenset[str], frozenset[str]]] = []
        for theme, code in _theme_codes(codebook):
            self._compile(theme, code)

    def _word(self, word: str) -> list[str]:
        return sorted({self.lemmatize(word), word.lower()})

    def _compile(self, theme: Code, code: Code) -> None:
        lexicon = code.lexicon
        negation = frozenset(self.lemmatize(w) for w in lexicon.negation) or frozenset(
            {"inte", "ingen", "aldrig", "ej"}
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
            tokens = self._sequence(text)
            index = len(self.entries)
            self.entries.append(LexiconEntry(code.id, theme.id, kind, text))
            self.negation.append(negation)
            if any("ORTH" not in token for token in tokens):
                slots = [frozenset(t["ORTH"]["IN"]) if "ORTH" in t else None for t in tokens]
                ends = [slot for slot in slots if slot is not None]
                self.gapped.append((index, slots, ends[0], ends[-1]))
            elif len(tokens) == 1:
                for word in tokens[0]["ORTH"]["IN"]:
                    self.single_words.setdefault(word, []).append(index)
            else:
                needs = [frozenset(t["ORTH"]["IN"]) for t in tokens[1:]]
                for word in tokens[0]["ORTH"]["IN"]:
                    self.phrase_needs.setdefault(word, []).append(needs)
                self.fixed.add(
                    str(index),
                    [
                        self._doc_class(self.vocab, words=[t["ORTH"] for t in p])
                        for p in _expand(tokens)
                    ],
                )

    def _sequence(self, text: str) -> list[dict]:
        pattern: list[dict] = []
        for part in text.split():
            if part == "*":
                pattern.append({"OP": "{0,3}"})
                continue
            words = sorted({w for alt in part.split("|") for w in self._word(alt)})
            self.words.update(words)
            self.parts.update(w for w in words if len(w) >= 5)
            pattern.append({"ORTH": {"IN": words}})
        return pattern

    def token_keys(self, doc) -> list[tuple[str, str] | None]:
        """(lemma, lexicon key) of each token; None for punctuation and spaces.

        Uses the word forms the lemmatiser kept and a cache per form, because this
        runs for every token of every turn.
        """
        from qualkod.nlp.lemmatizer import FORMS_KEY

        forms = doc.user_data.get(FORMS_KEY)
        if forms is None:
            forms = [token.text for token in doc]
        return self.keys_of(forms)

    def keys_of(self, forms) -> list[tuple[str, str] | None]:
        """(lemma, lexicon key) of each word form (cached per form)."""
        cache = self._keys
        return [cache[form] if form in cache else self._cache(form) for form in forms]

    def _cache(self, form: str) -> tuple[str, str] | None:
        found = self._keys[form] = self._key(form)
        return found

    def _key(self, form: str) -> tuple[str, str] | None:
        if not any(ch.isalnum() for ch in form):
            return None
        lower = form.lower()
        lemma = self.lemmatize(form)
        if lemma in self.words:
            return lemma, lemma
        if lower in self._fillers:
            return lemma, FILLER_NORM
        return lemma, self._compound_part(lemma) or lemma

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

    def __call__(self, doc, *, with_spans: bool = True):
        """Find lexicon matches; fills ``doc.spans['qualkod']`` and ``doc._.qualkod_matches``.

        ``with_spans=False`` leaves ``doc.spans`` alone: building a Span per match costs
        as much as the matching, and bulk suggesting reads ``doc._.qualkod_matches``.

        Matching runs on a view of the doc without fillers and spaces whose words are the
        tokens' norms; matches are mapped back to the doc's own tokens.
        """
        from spacy.tokens import Span

        keys = self.token_keys(doc)
        keep: list[int] = []
        words: list[str] = []
        positions: dict[str, list[int]] = {}
        hits: list[tuple[int, tuple[int, ...]]] = []
        lexicon_words, single = self.words, self.single_words
        for index, item in enumerate(keys):
            if item is None or item[1] == FILLER_NORM:
                continue
            word = item[1]
            if word in lexicon_words:
                position = len(words)
                positions.setdefault(word, []).append(position)
                hits += [(entry, (position,)) for entry in single.get(word, ())]
            keep.append(index)
            words.append(word)
        phrases = self.phrase_needs
        if any(
            all(not slot.isdisjoint(positions) for slot in needs)
            for word in positions
            if word in phrases
            for needs in phrases[word]
        ):
            view = self._doc_class(self.vocab, words=words)
            hits += [
                (int(self.vocab.strings[m]), tuple(range(s, e))) for m, s, e in self.fixed(view)
            ]
        for index, slots, first, last in self.gapped:
            if not (first.isdisjoint(positions) or last.isdisjoint(positions)):
                hits += [(index, found) for found in _gapped_matches(slots, positions)]
        found: list[LexiconMatch] = []
        for index, matched in hits:
            entry = self.entries[index]
            evidence = tuple([keep[i] for i in matched])
            first, last = evidence[0], evidence[-1] + 1
            if entry.kind == "negated" and not self._negated(keys, first, last, index):
                continue
            found.append(LexiconMatch(entry, first, last, evidence))
        found = _longest_per_code(found)
        doc._.qualkod_matches = found
        doc._.qualkod_keys = keys
        if with_spans:
            doc.spans["qualkod"] = [Span(doc, m.start, m.end, label=m.entry.code_id) for m in found]
        return doc

    def _negated(self, keys, start: int, end: int, index: int) -> bool:
        cues = self.negation[index]
        window = keys[max(0, start - 2) : end]
        return any(item is not None and (item[0] in cues or item[1] in cues) for item in window)


def _gapped_matches(slots, positions: dict[str, list[int]]) -> list[tuple[int, ...]]:
    """Positions of the words of a gapped pattern, nearest match per starting word.

    ``slots`` alternates word sets and gaps (None: up to three words in between).
    """
    words = [slot for slot in slots if slot is not None]
    gap_before = []
    gap = False
    for slot in slots:
        if slot is None:
            gap = True
        else:
            gap_before.append(gap)
            gap = False
    candidates = []
    for slot in words:
        found = [p for w in slot if w in positions for p in positions[w]]
        if not found:
            return []
        candidates.append(sorted(found))
    results = []
    for start in candidates[0]:
        chain = [start]
        for number in range(1, len(words)):
            reach = 4 if gap_before[number] else 1
            following = [p for p in candidates[number] if chain[-1] < p <= chain[-1] + reach]
            if not following:
                break
            chain.append(following[0])
        else:
            results.append(tuple(chain))
    return results


def _expand(tokens: list[dict]) -> list[list[dict]]:
    """Expand ``{"ORTH": {"IN": [...]}}`` into one pattern per alternative (equality tests)."""
    patterns: list[list[dict]] = [[]]
    for token in tokens:
        choices = token.get("ORTH")
        if isinstance(choices, dict):
            patterns = [p + [{"ORTH": word}] for p in patterns for word in choices["IN"]]
        else:
            patterns = [p + [token] for p in patterns]
    return patterns


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
