"""YAML loading that remembers where every key and value stands in the file.

PyYAML's composer keeps start marks on every node; walking the node tree gives both
the plain data and a map from a path (``("themes", 0, "definition")``) to its line
and column, so validation errors can point at the exact spot.
"""

from __future__ import annotations

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


def load_located(text: str) -> Located:
    """Parse one YAML document with positions.

    Raises:
        YamlSyntaxError: on a syntax error, with its line and column.
    """
    try:
        try:
            node = yaml.compose(text, Loader=_COMPOSER)
        except yaml.YAMLError:
            # PyYAML's own parser words errors better: let it say what is wrong
            node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
        problem = exc.problem or "invalid YAML"
        raise YamlSyntaxError(f"YAML syntax error: {problem}", position) from None
    keys: dict[Path, Position] = {}
    values: dict[Path, Position] = {}
    duplicates: list[tuple[Path, Position]] = []
    if node is None:
        return Located(None, keys, values, duplicates)
    constructor = yaml.SafeLoader("")

    def build(current: yaml.Node, path: Path) -> object:
        values[path] = _mark(current)
        if isinstance(current, yaml.MappingNode):
            result: dict[object, object] = {}
            for key_node, value_node in current.value:
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
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
        raise YamlSyntaxError(f"YAML error: {exc.problem}", position) from None
    return Located(data, keys, values, duplicates)
