"""Reading PGP Desk's YAML content: libyaml's parser when PyYAML was built with it.

The exercise library, poses, advice, templates, questionnaires and printed texts are about
130 files; libyaml reads them about seven times faster than PyYAML's pure-Python parser
(the first handout of a session, the demo clinic) and gives the same data (the resolvers
are PyYAML's own either way; `tests/unit/test_yaml_text.py` compares every shipped file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(source: str | bytes | IO[str] | IO[bytes]) -> Any:
    """The data of one YAML document, read safely (plain data types only)."""
    return yaml.load(source, Loader=_LOADER)


class _Coded(Protocol):
    @property
    def code(self) -> str: ...


_Item = TypeVar("_Item", bound=_Coded)


def load_folder(folder: Path, parse: Callable[[Any, str], _Item],
                error: type[ValueError]) -> list[_Item]:
    """Every file of a content folder (the shipped exercises, advice, templates: one
    ``<code>.yaml`` each), in name order, read by ``parse(data, file name)``.

    A file that is not YAML, or whose code is not its name, raises ``error`` naming the
    file, like ``parse`` does for a missing or wrong field."""
    return [_load_file(path, parse, error)
            for path in sorted(folder.glob("*.yaml"))]


def _load_file(path: Path, parse: Callable[[Any, str], _Item],
               error: type[ValueError]) -> _Item:
    try:
        data = load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise error(f"{path.name}: not valid YAML ({exc})") from exc
    item = parse(data, path.name)
    if item.code != path.stem:
        raise error(f"{path.name}: code {item.code!r} does not match the file name")
    return item
