"""Speaker labels written in Markdown emphasis: ``**Lena:** text``, ``**Lena**: text``.

Chat tools and note apps set labels in bold, and a transcript pasted from them keeps
the asterisks (``**``, Slack's single ``*``) or underscores (``__``). Such a label is
read as ``Lena: text`` when the file uses it as a label: the name behind it looks like
a name and is a speaker by the rules plain labels follow (:func:`accepted_labels`: seen
twice, or a full name or role label). Emphasis inside speech (``det var **viktigt:**``)
and a bold word opening a line once (``**Obs:** ...``) stay the speaker's words.
"""

from __future__ import annotations

import re

from qualkod.ingest.labels import accepted_labels, looks_like_name, match_label

_EMPHASISED = re.compile(
    r"^(?P<mark>\*\*|__|\*)(?P<label>[^*_:\s][^*_]{0,80}?)\s*(?::(?P=mark)|(?P=mark)\s*:)"
    r"(?:\s+(?P<text>.*))?$"
)


def plain_labels(rows: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], dict[int, str]]:
    """The rows with emphasised labels written plainly, and each changed row's own text
    by its index (a row that is not a turn after all is speech, kept verbatim).

    Labels are unmarked when the file uses emphasis for labels: two or more rows open
    with an emphasised label that looks like a name, or the name is a speaker by itself
    (a full name, a role label).
    """
    plain = {}
    for k, (_, text) in enumerate(rows):
        if (found := _EMPHASISED.match(text)) and (
            match := match_label(f"{found['label']}: {found['text'] or ''}")
        ):
            plain[k] = (match["name"], f"{found['label']}: {found['text'] or ''}".strip())
    names = [name for name, _ in plain.values() if looks_like_name(name)]
    speakers = set(names) if len(names) >= 2 else accepted_labels(names)
    changed = {k: rows[k][1] for k, (name, _) in plain.items() if name in speakers}
    return [(n, plain[k][1]) if k in changed else (n, t) for k, (n, t) in enumerate(rows)], changed
