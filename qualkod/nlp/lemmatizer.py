"""A Swedish lemmatiser for spoken interview text, better than the bare lookup table.

spaCy's Swedish lookup table (from spacy-lookups-data) knows 660,000 word forms but
has no part-of-speech context, so it picks the wrong reading of frequent homographs
(``tog`` -> ``toga``, ``fick`` -> ``ficka``, ``backar`` -> ``backe``) and does not
know compounds (``handlingsplanen``, ``ansvarsområden``). This component:

1. looks the lower-cased form up in a small table of frequent forms whose reading in
   interview speech is clear (:data:`PREFERRED`) - mostly verbs;
2. then in the lookup table;
3. for an unknown form, lemmatises the longest known tail and keeps the head:
   ``handlings`` + ``planen`` -> ``handlings`` + ``plan``. Swedish compounds inflect
   on their last part, so this handles the open-ended compound vocabulary;
4. otherwise keeps the lower-cased form.

``benchmarks/lemmas.py`` measures it against the bare lookup table on a word list.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

# Forms whose most likely reading in interview speech differs from the lookup table's
# (or that the table lacks). Verbs first: speech is full of them.
PREFERRED: dict[str, str] = {
    "tog": "ta",
    "tar": "ta",
    "tagit": "ta",
    "tas": "ta",
    "togs": "ta",
    "fick": "få",
    "får": "få",
    "fått": "få",
    "gick": "gå",
    "går": "gå",
    "gått": "gå",
    "sa": "säga",
    "sade": "säga",
    "säger": "säga",
    "sagt": "säga",
    "backar": "backa",
    "backade": "backa",
    "backat": "backa",
    "bollar": "bolla",
    "bollas": "bolla",
    "bollades": "bolla",
    "drar": "dra",
    "drog": "dra",
    "dragit": "dra",
    "sköts": "sköta",
    "sköter": "sköta",
    "skött": "sköta",
    "låg": "ligga",
    "ligger": "ligga",
    "legat": "ligga",
    "satt": "sitta",
    "sitter": "sitta",
    "suttit": "sitta",
    "sitt": "sin",
    "sina": "sin",
    "sin": "sin",
    "var": "vara",
    "är": "vara",
    "varit": "vara",
    "vore": "vara",
    "har": "ha",
    "hade": "ha",
    "haft": "ha",
    "kom": "komma",
    "kommer": "komma",
    "kommit": "komma",
    "gör": "göra",
    "gjorde": "göra",
    "gjort": "göra",
    "görs": "göra",
    "blir": "bli",
    "blev": "bli",
    "blivit": "bli",
    "står": "stå",
    "stod": "stå",
    "stått": "stå",
    "vet": "veta",
    "visste": "veta",
    "vetat": "veta",
    "ser": "se",
    "såg": "se",
    "sett": "se",
    "ses": "se",
    "ger": "ge",
    "gav": "ge",
    "gett": "ge",
    "givit": "ge",
    "slår": "slå",
    "slog": "slå",
    "slagit": "slå",
    "följer": "följa",
    "följde": "följa",
    "följt": "följa",
    "lägger": "lägga",
    "lade": "lägga",
    "la": "lägga",
    "lagt": "lägga",
    "skjuter": "skjuta",
    "sköt": "skjuta",
    "skjutit": "skjuta",
    "hänvisar": "hänvisa",
    "hänvisade": "hänvisa",
    "landar": "landa",
    "hamnar": "hamna",
    "hamnade": "hamna",
    "kan": "kunna",
    "kunde": "kunna",
    "kunnat": "kunna",
    "ska": "skola",
    "skulle": "skola",
    "vill": "vilja",
    "ville": "vilja",
    "velat": "vilja",
    "måste": "måste",
    "bör": "böra",
    "borde": "böra",
    "tycker": "tycka",
    "tyckte": "tycka",
    "tror": "tro",
    "trodde": "tro",
    "hoppas": "hoppas",
    "hoppades": "hoppas",
    "samverkar": "samverka",
    "samverkade": "samverka",
    "samarbetar": "samarbeta",
    "samarbetade": "samarbeta",
    "samordnar": "samordna",
    "samordnade": "samordna",
    "ansvarar": "ansvara",
    "ansvarade": "ansvara",
    "anpassar": "anpassa",
    "anpassade": "anpassa",
    "anpassat": "anpassa",
    "orkar": "orka",
    "orkade": "orka",
    "ringer": "ringa",
    "ringde": "ringa",
    "ringt": "ringa",
    "träffas": "träffas",
    "träffar": "träffa",
    "träffade": "träffa",
    "möter": "möta",
    "mötte": "möta",
    "löser": "lösa",
    "löste": "lösa",
    "löst": "lösa",
    "tappas": "tappa",
    "tappar": "tappa",
    "tappade": "tappa",
    "faller": "falla",
    "föll": "falla",
    "fallit": "falla",
    "behöver": "behöva",
    "behövde": "behöva",
    "behövs": "behöva",
    "finns": "finnas",
    "fanns": "finnas",
    "funnits": "finnas",
    "känner": "känna",
    "kände": "känna",
    "känt": "känna",
    "litar": "lita",
    "litade": "lita",
    "mår": "må",
    "mådde": "må",
    "vågar": "våga",
    "vågade": "våga",
    "fungerar": "fungera",
    "fungerade": "fungera",
    "funkar": "funka",
    "funkade": "funka",
    "flyttas": "flytta",
    "flyttar": "flytta",
    "flyttade": "flytta",
    "regionen": "region",
    "regionens": "region",
    "kommunens": "kommun",
    "ingen": "ingen",
    "inget": "ingen",
    "inga": "ingen",
    "inte": "inte",
    "aldrig": "aldrig",
    "behandlare": "behandlare",
    "behandlarna": "behandlare",
    "mottagningen": "mottagning",
}

_MIN_TAIL = 3
_MIN_HEAD = 3


@lru_cache(maxsize=1)
def known_lemmas() -> frozenset[str]:
    """Every lemma the lookup table gives (about 93,000), loaded once."""
    return frozenset(lookup_table().values())


@lru_cache(maxsize=1)
def lookup_table():
    """spacy-lookups-data's Swedish form -> lemma table (loaded once, from disk).

    A ``spacy.lookups.Table``: keyed by string hashes, so use ``in`` and ``get``.
    """
    from spacy.lookups import load_lookups

    return load_lookups("sv", ["lemma_lookup"]).get_table("lemma_lookup")


class SwedishLemmatizer:
    """Sets ``token.lemma_`` (lower-cased) by :data:`PREFERRED`, lookup and compounds."""

    def __init__(self, table=None, lemmas: frozenset[str] | None = None) -> None:
        self.table = table if table is not None else lookup_table()
        self.lemmas = lemmas if lemmas is not None else known_lemmas()
        self.cache: dict[str, str] = {}

    def lemma(self, form: str) -> str:
        """The lemma of one word form."""
        lower = form.lower()
        found = self.cache.get(lower)
        if found is None:
            found = self._lemma(lower)
            if len(self.cache) < 200_000:
                self.cache[lower] = found
        return found

    def _lemma(self, lower: str) -> str:
        if lower in PREFERRED:
            return PREFERRED[lower]
        if lower in self.table:
            return self._noun_first(lower, self.table[lower])
        if not lower.isalpha():
            return lower
        for split in range(_MIN_HEAD, len(lower) - _MIN_TAIL + 1):
            head, tail = lower[:split], lower[split:]
            if not self._compound_head(head):
                continue
            lemma = PREFERRED.get(tail) or self.table.get(tail)
            if lemma:
                # Compounds are nouns: never take a verb reading formed by adding -a.
                return head + (tail if lemma == tail + "a" else self._noun_first(tail, lemma))
        return lower

    def _compound_head(self, head: str) -> bool:
        # A compound's first part is a word of its own, possibly with the linking
        # -s- (handling+s+plan) or a dropped final vowel (skol+gård, läkar+brist).
        return (
            head in self.lemmas
            or (head.endswith("s") and head[:-1] in self.lemmas)
            or head + "a" in self.lemmas
            or head + "e" in self.lemmas
        )

    def _noun_first(self, form: str, lemma: str) -> str:
        # A noun that equals a verb's imperative (ansvar/ansvara, avtal/avtala): without
        # context the noun is the likelier reading in interviews, and compounds are nouns.
        if lemma == form + "a" and form in self.lemmas:
            return form
        return lemma

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = self.lemma(token.text)
        return doc


@Language.factory("qualkod_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> SwedishLemmatizer:
    """spaCy factory (registered name ``qualkod_lemmatizer``, version 1)."""
    return SwedishLemmatizer()
