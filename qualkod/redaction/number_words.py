"""Swedish numbers said in words, and the dashes typed for a hyphen: pieces of the
patterns in :mod:`qualkod.redaction.identifiers` and :mod:`qualkod.redaction.birth_dates`."""

from __future__ import annotations

DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
"""A hyphen as typed, and the dashes Word and PDFs put in its place (non-breaking
hyphen, en and em dash, minus sign)."""
DIGIT_OF = {
    "noll": "0", "ett": "1", "etta": "1", "två": "2", "tvåa": "2", "tre": "3", "trea": "3",
    "fyra": "4", "fem": "5", "femma": "5", "sex": "6", "sexa": "6", "sju": "7", "sjua": "7",
    "åtta": "8", "nio": "9", "nia": "9",
}  # fmt: skip
"""The digit each one-digit word says (``etta``, ``tvåa``: as a number is read out)."""
ONE_DIGIT_WORDS = frozenset(DIGIT_OF)
UNIT_WORDS = "ett|en|två|tre|fyra|fem|sex|sju|åtta|nio"
"""What may follow a ten in one word (``fyrtiofem``, ``tjugoen``)."""
TEENS = "tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton"
TENS = (
    "tjugo|tjugi|trettio|tretti|fyrtio|fyrti|förti|femtio|femti|sextio|sexti|sjuttio|sjutti"
    "|åttio|åtti|nittio|nitti"
)
TWO_DIGIT_WORD = rf"(?:{TEENS}|(?:{TENS})(?:{UNIT_WORDS})?)"
HUNDREDS_WORD = rf"(?:(?:ett|en|{UNIT_WORDS})?hundra(?:{TWO_DIGIT_WORD}|{UNIT_WORDS})?)"
"""Three digits in one word (``hundrasjuttiofyra``, ``tvåhundraåtta``)."""
NUMBER_WORD = rf"(?:{HUNDREDS_WORD}|{TWO_DIGIT_WORD}|{'|'.join(sorted(ONE_DIGIT_WORDS))})"
