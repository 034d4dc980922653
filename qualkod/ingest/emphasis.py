"""Speaker labels in Markdown emphasis or in a list: ``**Lena:** text``, ``**Lena**:
text``, ``- **Lena:** text``, ``* **IP 1**: text``, ``• Lena: text``.

Chat tools and note apps set labels in bold, and a transcript pasted from them keeps
the asterisks (``**``, Slack's single ``*``) or underscores (``__``). Such a label is
read as ``Lena: text`` when the file uses it as a label: the name behind it looks like
a name and is a speaker by the rules plain labels follow (:func:`accepted_labels`: seen
twice, or a full name or role label). Emphasis inside speech (``det var **viktigt:**``)
and a bold word opening a line once (``**Obs:** ...``) stay the speaker's words.

Notes kept as a Markdown list put a list marker (``-``, ``*``, ``+``, ``•``) and a
space before each turn. The marker is dropped when the label behind it is a speaker:
an emphasised one by the rule above, a plain one by the rules plain labels follow.
A list in speech (``- Obs: ta med kartan``) stays the speaker's words, marker and all.
"""

from __future__ import annotations

import re

from qualkod.ingest.labels import accepted_labels, looks_like_name, match_label

_EMPHASISED = re.compile(
    r"^(?P<mark>\*\*|__|\*)(?P<label>[^*_:\s][^*_]{0,80}?)\s*(?::(?P=mark)|(?P=mark)\s*:)"
    r"(?:\s+(?P<text>.*))?$"
)
_LIST_MARKER = re.compile(r"^[-*+•◦‣–]\s+")
"""A Markdown or word-processor list item's marker: a space must follow (``*Lena:*``
is Slack's bold, no list)."""


def plain_labels(rows: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], dict[int, str]]:
    """The rows with emphasised or listed labels written plainly, and each changed
    row's own text by its index (a row that is not a turn after all is speech, kept
    verbatim).

    Emphasised labels are unmarked when the file uses emphasis for labels: two or more
    rows open with an emphasised label that looks like a name, or the name is a speaker
    by itself (a full name, a role label). A list marker before a plain label is
    dropped when the label is a speaker among the listed rows' labels by the rules
    plain labels follow (:func:`accepted_labels`).
    """
    emphasised, listed = {}, {}
    for k, (_, text) in enumerate(rows):
        marker = _LIST_MARKER.match(text)
        body = text[marker.end() :] if marker else text
        if (found := _EMPHASISED.match(body)) and (
            match := match_label(f"{found['label']}: {found['text'] or ''}")
        ):
            emphasised[k] = (match["name"], f"{found['label']}: {found['text'] or ''}".strip())
        elif marker and (match := match_label(body)) and looks_like_name(match["name"]):
            listed[k] = (match["name"], body)
    names = [name for name, _ in emphasised.values() if looks_like_name(name)]
    speakers = set(names) if len(names) >= 2 else accepted_labels(names)
    speakers_listed = accepted_labels([name for name, _ in listed.values()])
    plain = {k: body for k, (name, body) in emphasised.items() if name in speakers}
    plain |= {k: body for k, (name, body) in listed.items() if name in speakers_listed}
    changed = {k: rows[k][1] for k in plain}
    return [(n, plain.get(k, t)) for k, (n, t) in enumerate(rows)], changed
