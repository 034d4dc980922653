"""Names in lists: ``Ali, Dragana och Sune`` and ``Sandviken, Lund och Kalmar``.

A word listed with commas, ``och`` or ``eller`` beside names is a name; a town that is also
a name (``Lund``), listed beside another town, is a town.
"""

from __future__ import annotations

from qualkod.redaction.name_context import ORGANISATION_AFTER
from qualkod.redaction.name_tokens import Token, adjacent, name_like_at_start, token_start
from qualkod.redaction.names import is_swedish_compound

_LIST_SEPARATORS = (", ", " och ", " eller ")


def listed_with_places(text: str, tokens: list[Token], i: int, places: frozenset[str]) -> bool:
    """``Sandviken, Lund och Kalmar``: a town that is also a name (``Lund``), in a list
    beside another town, is a town."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and tokens[j].base in places:
            left, right = sorted((tokens[i], tokens[j]), key=lambda t: t.start)
            if text[left.end : right.start] in _LIST_SEPARATORS:
                return True
    return False


def extend_along_lists(
    text: str, tokens: list[Token], person: list[bool], places: frozenset[str]
) -> None:
    """A name no list knows in a list of names (``Ali, Dragana och Sune``): a capitalised
    word that is no Swedish word, no town and no organisation, listed with commas, ``och``
    or ``eller`` beside two names or more (one, ``Johan, Snapchat och Instagram``, says
    nothing of the others)."""
    found = []
    for i, token in enumerate(tokens):
        if person[i] or not token.capitalised or token.base in places:
            continue
        if not name_like_at_start(token) or (
            # Socialstyrelsen, Arbetsförmedlingen, Migrationsverket: an organisation is a
            # compound in its definite form; a name seldom looks like one
            is_swedish_compound(token.text)
            and token.text.casefold().endswith(("en", "et", "an", "én"))
        ):
            continue
        after = tokens[i + 1].text.casefold() if i + 1 < len(tokens) else ""
        if after in ORGANISATION_AFTER:
            continue
        members = _listed_with(text, tokens, i)
        if sum(person[k] and tokens[k].capitalised for k in members) >= 2:
            found.append(i)
    for i in found:
        person[i] = True


_MOST_LISTED = 8
"""Members looked at on each side of a word in a list."""


def _listed_with(text: str, tokens: list[Token], i: int) -> list[int]:
    """The tokens listed with token ``i`` (each name's token nearest to it)."""
    members = []
    for step in (-1, 1):
        at = i
        for _ in range(_MOST_LISTED):
            nearest = None
            for k in (at + step, at + 2 * step):  # two away: across "och", "eller"
                if 0 <= k < len(tokens) and tokens[k].capitalised:
                    left, right = sorted((tokens[at], tokens[k]), key=token_start)
                    if text[left.end : right.start] in _LIST_SEPARATORS:
                        nearest = k
                        break
            if nearest is None:
                break
            members.append(nearest)
            at = nearest  # then past the rest of that name (Ali Berg)
            while 0 <= at + step < len(tokens) and tokens[at + step].capitalised:
                left, right = sorted((tokens[at], tokens[at + step]), key=token_start)
                if not adjacent(text, left, right):
                    break
                at += step
    return members
