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

Each match becomes a span in ``doc.spans["qualkod"]`` labelled with the code id, and
a :class:`LexiconMatch` in ``doc._.qualkod_matches`` with its evidence tokens. Nothing
here touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from qualkod.models import Code, Codebook

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


@dataclass(frozen=True)
class LexiconMatch:
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
        from spacy.matcher import Matcher
        from spacy.tokens import Doc
        from spacy.vocab import Vocab

        if not Doc.has_extension("qualkod_matches"):
            Doc.set_extension("qualkod_matches", default=None)
        self.codebook = codebook
        self.lemmatize = lemmatize
        self.entries: list[LexiconEntry] = []
        self.negation: dict[int, frozenset[str]] = {}
        self.words: set[str] = set()
        self.parts: set[str] = set()
        self.patterns: list[list[dict]] = []
        self.vocab = Vocab()
        self.matcher = Matcher(self.vocab)
        for theme, code in _theme_codes(codebook):
            self._compile(theme, code)

    def _word(self, word: str) -> list[str]:
        return sorted({self.lemmatize(word), word.lower()})

    def _compile(self, theme: Code, code: Code) -> None:
        lexicon = code.lexicon
        negation = frozenset(self.lemmatize(w) for w in lexicon.negation) or frozenset(
            {"inte", "ingen", "aldrig", "ej"}
        )
        items: list[tuple[str, str, list]] = []
        for lemma in lexicon.lemmas:
            kind = "phrase" if " " in lemma.strip() else "lemma"
            if kind == "lemma":
                self.parts.add(self.lemmatize(lemma))
            items.append((kind, lemma, self._sequence(lemma)))
        for phrase in lexicon.phrases:
            items.append(("phrase", phrase, self._sequence(phrase)))
        for pattern in lexicon.patterns:
            kind = "negated" if pattern.negated else "pattern"
            items.append((kind, pattern.pattern, self._sequence(pattern.pattern)))
        for kind, text, tokens in items:
            entry = LexiconEntry(code.id, theme.id, kind, text)
            index = len(self.entries)
            self.entries.append(entry)
            self.negation[index] = negation
            self.patterns.append(tokens)
            self.matcher.add(str(index), [tokens])

    def _sequence(self, text: str) -> list[dict]:
        pattern: list[dict] = []
        for number, part in enumerate(text.split()):
            if number:
                pattern.append({"LOWER": {"IN": list(FILLERS)}, "OP": "*"})
            if part == "*":
                pattern.append({"OP": "{0,3}"})
                continue
            words = [w for alt in part.split("|") for w in self._word(alt)]
            self.words.update(words)
            self.parts.update(w for w in words if len(w) >= 5)
            pattern.append({"NORM": {"IN": words}})
        return pattern

    def set_norms(self, doc) -> None:
        """Set each token's norm to its lexicon key (lemma, or compound part)."""
        words = self.words
        for token in doc:
            lemma = token.lemma_ or token.lower_
            token.norm_ = lemma if lemma in words else self._compound_part(lemma) or lemma

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

    def __call__(self, doc):
        """Find lexicon matches; fills ``doc.spans['qualkod']`` and ``doc._.qualkod_matches``."""
        from spacy.tokens import Span

        self.set_norms(doc)
        found: list[LexiconMatch] = []
        for match_id, start, end, alignment in self.matcher(doc, with_alignments=True):
            index = int(self.vocab.strings[match_id])
            entry = self.entries[index]
            pattern = self.patterns[index]
            evidence = tuple(
                start + offset for offset, slot in enumerate(alignment) if "NORM" in pattern[slot]
            )
            if entry.kind == "negated" and not self._negated(doc, start, end, index):
                continue
            found.append(LexiconMatch(entry, start, end, evidence))
        found = _longest_per_code(found)
        doc._.qualkod_matches = found
        doc.spans["qualkod"] = [Span(doc, m.start, m.end, label=m.entry.code_id) for m in found]
        return doc

    def _negated(self, doc, start: int, end: int, index: int) -> bool:
        cues = self.negation[index]
        window = doc[max(0, start - 2) : end]
        return any(t.norm_ in cues or t.lower_ in cues for t in window)


def _longest_per_code(matches: list[LexiconMatch]) -> list[LexiconMatch]:
    """Drop a match inside a longer match of the same code (a phrase beats its word)."""
    kept: list[LexiconMatch] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
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
