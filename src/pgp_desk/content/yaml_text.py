"""Reading PGP Desk's YAML content: libyaml's parser when PyYAML was built with it.

The exercise library, poses, advice, templates, questionnaires and printed texts are about
130 files; libyaml reads them about seven times faster than PyYAML's pure-Python parser
(the first handout of a session, the demo clinic) and gives the same data (the resolvers
are PyYAML's own either way; `tests/unit/test_yaml_text.py` compares every shipped file).
"""

from __future__ import annotations

from typing import IO, Any

import yaml

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(source: str | bytes | IO[str] | IO[bytes]) -> Any:
    """The data of one YAML document, read safely (plain data types only)."""
    return yaml.load(source, Loader=_LOADER)
