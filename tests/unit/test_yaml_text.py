"""The content's YAML is read by libyaml when present, into exactly what PyYAML reads."""

from __future__ import annotations

import yaml

from pgp_desk.content import yaml_text
from pgp_desk.resources import resource_path


def test_every_shipped_file_reads_the_same_as_with_pyyaml_alone() -> None:
    files = sorted(resource_path().rglob("*.yaml"))
    assert len(files) > 100
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert yaml_text.load(text) == yaml.safe_load(text), path.name


def test_the_fast_parser_is_used_when_pyyaml_has_it() -> None:
    if yaml.__with_libyaml__:
        assert yaml_text._LOADER is yaml.CSafeLoader
    assert yaml_text.load("a: [1, 2.5, 'x', null, 2026-12-03]")["a"][:4] == [1, 2.5, "x", None]
