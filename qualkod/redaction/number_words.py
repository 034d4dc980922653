"""Swedish numbers said in words, and the dashes typed for a hyphen: pieces of the
patterns in :mod:`qualkod.redaction.identifiers` and :mod:`qualkod.redaction.birth_dates`."""

from __future__ import annotations

DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
"""A hyphen as typed, and the dashes Word and PDFs put in its place (non-breaking
hyphen, en and em dash, minus sign)."""
ONE_DIGIT_WORDS = frozenset(
    "noll ett etta två tvåa tre trea fyra fem femma sex sexa sju sjua åtta nio nia".split()
)
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
