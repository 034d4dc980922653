"""A flat's number (``lägenhet 1201``, ``lgh 1103``, ``lägenhetsnummer 1002``): the
four digits of the Swedish register of flats, the floor (10 the entrance floor) and the
door. Said beside an address or alone, it points to one household, so it is redacted as
an address.

Not a year: ``en lägenhet 1998`` (a flat bought that year) has an article before it, and
numbers from 1900 on are read as years. Pure: :func:`find_flat_numbers` yields
``(start, end, "address")``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from qualkod.redaction.address_category import ADDRESS

_FLAT_NUMBER = re.compile(
    r"(?<!\ben\s)(?<!\bny\s)(?<!\begen\s)"
    r"\b(?i:lgh\.?|lägenhet|lägenheten|lägenhetsnummer|lägenhetsnr\.?|lägenhetsnumret)\s*"
    r"(?:(?i:nr|nummer)\.?\s*)?(?P<number>[01][0-8]\d\d)(?![\d:.,]\d)"
    r"(?!\s*(?:kr\b|kronor|spänn|:-|euro|i månaden|per månad))"  # a rent, not a flat
)


def find_flat_numbers(
    text: str, addresses: Iterable[tuple[int, int, str]] = ()
) -> Iterator[tuple[int, int, str]]:
    """Each flat's number said with its word (``lägenhet 1201``), word and number; not one
    inside an address found already (``Storgatan 12 lgh 1101``)."""
    if "gh" not in text and "genhet" not in text:  # most turns name no flat
        return
    spans = [(start, end) for start, end, _ in addresses]
    for match in _FLAT_NUMBER.finditer(text):
        if not any(start <= match.start() and match.end() <= end for start, end in spans):
            yield match.start(), match.end(), ADDRESS
