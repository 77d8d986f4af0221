"""Reading PGP Desk's YAML content: libyaml's parser when PyYAML was built with it.

The exercise library, poses, advice, templates, questionnaires and printed texts are about
130 files; libyaml reads them about seven times faster than PyYAML's pure-Python parser
(the first handout of a session, the demo clinic) and gives the same data (the resolvers
are PyYAML's own either way; `tests/unit/test_yaml_text.py` compares every shipped file).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any, Protocol, Self, TypeVar

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(source: str | bytes | IO[str] | IO[bytes]) -> Any:
    """The data of one YAML document, read safely (plain data types only)."""
    return yaml.load(source, Loader=_LOADER)


class ContentFileError(ValueError):
    """A content file is incomplete or wrong; the message names the file and the field."""

    @classmethod
    def at(cls, where: str, message: str) -> Self:
        return cls(f"{where}: {message}")


def fields_of(data: Any, keys: Iterable[str], where: str,
              error: type[ContentFileError]) -> dict[str, Any]:
    """A file's top-level mapping, holding every one of ``keys``."""
    if not isinstance(data, dict):
        raise error.at(where, "not a mapping")
    for key in keys:
        if key not in data:
            raise error.at(where, f"'{key}' is missing")
    return data


def texts_of(data: Mapping[str, Any], where: str, languages: Iterable[str],
             error: type[ContentFileError]) -> dict[str, Any]:
    """A file's ``texts``: a mapping by language holding each of ``languages``."""
    texts = data["texts"]
    if not isinstance(texts, dict):
        raise error.at(where, "texts must be a mapping of languages")
    missing = [lang for lang in languages if lang not in texts]
    if missing:
        raise error.at(where, f"texts missing in {missing}")
    return texts


def check_credits(data: Mapping[str, Any], where: str, error: type[ContentFileError]) -> None:
    """Every shipped file says under which licence and by whom: neither may be empty."""
    for name in ("licence", "author"):
        if not isinstance(data[name], str) or not data[name].strip():
            raise error.at(where, f"'{name}' is empty")


class _Coded(Protocol):
    @property
    def code(self) -> str: ...


_Item = TypeVar("_Item", bound=_Coded)


def load_folder(folder: Path, parse: Callable[[Any, str], _Item],
                error: type[ContentFileError]) -> list[_Item]:
    """Every file of a content folder (the shipped exercises, advice, templates: one
    ``<code>.yaml`` each), in name order, read by ``parse(data, file name)``.

    A file that is not YAML, or whose code is not its name, raises ``error`` naming the
    file, like ``parse`` does for a missing or wrong field."""
    return [_load_file(path, parse, error)
            for path in sorted(folder.glob("*.yaml"))]


def _load_file(path: Path, parse: Callable[[Any, str], _Item],
               error: type[ContentFileError]) -> _Item:
    try:
        data = load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise error.at(path.name, f"not valid YAML ({exc})") from exc
    item = parse(data, path.name)
    if item.code != path.stem:
        raise error.at(path.name, f"code {item.code!r} does not match the file name")
    return item
