"""YAML loading that remembers where every key and value stands in the file.

PyYAML's composer keeps start marks on every node; walking the node tree gives both
the plain data and a map from a path (``("themes", 0, "definition")``) to its line
and column, so validation errors can point at the exact spot.

Aliases (``*name``) may add at most ``ALIAS_LIMIT`` values: files come from other
people, and a few hundred bytes of nested aliases ("billion laughs") expand to
billions. Composing them is cheap (an alias is the same node again); the walk counts
the values it reaches through aliases and stops at the limit.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import yaml

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    """A 1-based line and column in a YAML file."""

    line: int
    """Line number, from 1."""
    column: int
    """Column number, from 1."""


@dataclass(frozen=True)
class Located:
    """Parsed YAML data and the positions of its parts."""

    data: object
    """The plain data (dicts, lists, strings, numbers, booleans, None)."""
    keys: dict[Path, Position]
    """Where the key of each mapping entry stands."""
    values: dict[Path, Position]
    """Where each value (or list item) starts."""
    duplicates: list[tuple[Path, Position]]
    """Mapping keys given twice: the path and the second occurrence."""

    def position(self, path: Path, *, key: bool = False) -> Position:
        """The position of a path, or of its nearest ancestor present in the file."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            found = (self.keys if key and end == len(path) else self.values).get(prefix)
            if found is None and key:
                found = self.keys.get(prefix)
            if found is not None:
                return found
        return Position(1, 1)


class YamlSyntaxError(Exception):
    """The text is not valid YAML; ``position`` says where."""

    def __init__(self, message: str, position: Position) -> None:
        super().__init__(message)
        self.position = position


_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML was built with it (ten times faster), else PyYAML's own:
both give the same nodes and positions. Errors are reported by PyYAML's own."""


def _mark(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


DEPTH_LIMIT = 100
"""The deepest nesting of mappings and lists accepted (a codebook needs about 8)."""
ALIAS_LIMIT = 100_000
"""The most values that aliases (``*name``) may add to a file when they are expanded."""


class _TooManyAliased(Exception):
    """Raised with the number of the alias (in the order of the text) that went over."""


def _alias_error(text: str, number: int) -> YamlSyntaxError:
    """The error for the ``number``-th alias of the text, where it stands (a node only
    knows the place of its anchor)."""
    aliases = (
        e for e in yaml.parse(text, Loader=yaml.SafeLoader) if isinstance(e, yaml.AliasEvent)
    )
    for count, event in enumerate(aliases, start=1):
        if count == number:
            mark = event.start_mark
            return YamlSyntaxError(
                f"YAML alias '*{event.anchor}' makes the file expand beyond "
                f"{ALIAS_LIMIT:,} values (nested aliases); write the values out instead",
                Position(mark.line + 1, mark.column + 1),
            )
    return YamlSyntaxError(
        f"YAML aliases make the file expand beyond {ALIAS_LIMIT:,} values; "
        "write the values out instead",
        Position(1, 1),
    )


def _unprintable_error(text: str, exc: yaml.reader.ReaderError) -> YamlSyntaxError:
    """The error for a character YAML does not allow (NUL, ESC, DEL, U+FFFF, ...), at its
    line and column. Found again in the text: libyaml counts its offset in bytes."""
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    offset = found.start() if found else min(max(exc.position, 0), len(text))
    code = ord(text[offset]) if offset < len(text) else exc.character
    # Everything before the first such character is printable, so the only line breaks
    # splitlines finds there are YAML's own (LF, CR LF, CR, NEL, LS, PS).
    lines = (text[:offset] + "x").splitlines()
    kind = "control character" if unicodedata.category(chr(code)) == "Cc" else "character"
    return YamlSyntaxError(
        f"{kind} U+{code:04X} is not allowed in YAML; remove it",
        Position(len(lines), len(lines[-1])),
    )


def _check_depth(text: str, loader: type) -> None:
    """Refuse deep nesting before composing: composers recurse, and libyaml's crashes the
    process on a few hundred kilobytes of ``[[[[``. The event parser does not recurse."""
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > DEPTH_LIMIT:
                mark = event.start_mark
                raise YamlSyntaxError(
                    f"YAML nested more than {DEPTH_LIMIT} levels deep; flatten the file",
                    Position(mark.line + 1, mark.column + 1),
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _syntax_error(exc: yaml.MarkedYAMLError) -> YamlSyntaxError:
    """PyYAML's error in words a reader acts on, at the line where the problem starts: a
    quote never closed is named where it opens, not at the end of the file."""
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    context = exc.context or ""
    if "quoted scalar" in context and exc.context_mark is not None:
        mark = exc.context_mark
        problem = "a quote opened here is never closed; close it on the same value"
    elif "single document" in context:
        problem = "a second document ('---') in the file; a file holds one, so remove it"
    elif problem.startswith("expected <block end>"):
        problem = (
            "the indentation does not line up with the lines above; indent with spaces as they do"
        )
    elif problem.startswith("found character '\\t'") or "'\t'" in problem:
        problem = "a tab character; YAML is indented with spaces only, so replace it with spaces"
    elif problem.startswith("mapping values are not allowed"):
        problem = (
            "a key indented deeper than the line above, or a value with ': ' in it; line the "
            "key up with the keys above it, or put the value in quotes"
        )
    position = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
    return YamlSyntaxError(f"YAML syntax error: {problem}", position)


def load_located(text: str) -> Located:
    """Parse one YAML document with positions.

    Raises:
        YamlSyntaxError: on a syntax error, a character YAML does not allow (a control
            character such as NUL, or U+FFFF), nesting deeper than ``DEPTH_LIMIT`` or
            aliases that expand beyond ``ALIAS_LIMIT`` values, with its line and column.
    """
    try:
        try:
            _check_depth(text, _COMPOSER)
            node = yaml.compose(text, Loader=_COMPOSER)
        except yaml.YAMLError:
            # PyYAML's own parser words errors better: let it say what is wrong. Its
            # composer recurses too, and newer libyaml stops deep nesting with an error of
            # its own, so the depth is checked again on the Python parser first.
            _check_depth(text, yaml.SafeLoader)
            node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc) from None
    except yaml.reader.ReaderError as exc:  # has a character offset, not a line
        raise _unprintable_error(text, exc) from None
    keys: dict[Path, Position] = {}
    values: dict[Path, Position] = {}
    duplicates: list[tuple[Path, Position]] = []
    if node is None:
        return Located(None, keys, values, duplicates)
    constructor = yaml.SafeLoader("")
    # An alias is the same node again: composing nested aliases costs nothing, walking
    # them is what explodes. Count the values reached through aliases and stop early.
    seen: set[int] = set()
    aliases = expanded = 0
    inside = False  # walking an alias's expansion

    def enter(current: yaml.Node) -> bool:
        """Count a node; True when it is an alias met in the text (its expansion starts)."""
        nonlocal aliases, expanded
        starts = False
        if inside:
            expanded += 1
        elif id(current) in seen:
            aliases += 1
            expanded += 1
            starts = True
        else:
            seen.add(id(current))
        if expanded > ALIAS_LIMIT:
            raise _TooManyAliased(aliases)
        return starts

    building: set[int] = set()  # the nodes on the path from the root to here

    def build(current: yaml.Node, path: Path) -> object:
        nonlocal inside
        if id(current) in building:
            raise YamlSyntaxError(
                "the value anchored here holds an alias to itself (a recursive alias); "
                "write the value out instead",
                _mark(current),
            )
        starts = enter(current)
        inside = inside or starts
        building.add(id(current))
        try:
            return build_node(current, path)
        finally:
            building.discard(id(current))
            if starts:
                inside = False

    def build_node(current: yaml.Node, path: Path) -> object:
        values[path] = _mark(current)
        if isinstance(current, yaml.MappingNode):
            result: dict[object, object] = {}
            for key_node, value_node in current.value:
                enter(key_node)
                key = constructor.construct_object(key_node, deep=True)
                key = key if isinstance(key, str | int) else str(key)
                child = (*path, key)
                if key in result:
                    duplicates.append((child, _mark(key_node)))
                keys[child] = _mark(key_node)
                result[key] = build(value_node, child)
            return result
        if isinstance(current, yaml.SequenceNode):
            return [build(item, (*path, i)) for i, item in enumerate(current.value)]
        return constructor.construct_object(current, deep=True)

    try:
        data = build(node, ())
    except _TooManyAliased as exc:
        raise _alias_error(text, exc.args[0]) from None
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
        problem = exc.problem or "cannot be read"
        if "yaml.org,2002:merge" in problem:
            problem = "a merge key ('<<: *anchor') is not read here; write the keys out in full"
        elif "could not determine a constructor" in problem:
            problem = (
                f"{problem.split(' for the tag ')[-1]} is a tag qualkod does not read; remove it"
            )
        raise YamlSyntaxError(f"YAML error: {problem}", position) from None
    return Located(data, keys, values, duplicates)
