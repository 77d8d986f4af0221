"""The translations are read from the .ts files, kept in the data folder's cache by their
content: a changed .ts is read again, a damaged cache is made again."""

from __future__ import annotations

import marshal
import shutil
from pathlib import Path

import pytest

from pgp_desk import config
from pgp_desk.ui import i18n


def _cache(language: str) -> Path:
    return config.cache_dir() / f"translations-{language}.marshal"


@pytest.mark.parametrize("language", ["da", "nb"])
def test_the_cache_holds_what_the_ts_file_says(language: str) -> None:
    path = i18n.ts_path(language)
    assert not _cache(language).exists()
    assert i18n.read_ts(path, language) == i18n.load_ts(path)  # parsed, then kept
    assert oct(_cache(language).stat().st_mode & 0o777) == oct(0o600)
    assert i18n.read_ts(path, language) == i18n.load_ts(path)  # read back


def test_the_cache_is_used_until_the_ts_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "pgp_desk_da.ts"
    shutil.copy(i18n.ts_path("da"), path)
    by_context, _ = i18n.read_ts(path, "da")
    assert by_context[("SignInDialog", "Sign in")] == ("Log ind",)
    key, entries = marshal.loads(_cache("da").read_bytes())
    marked = [(c, s, ("KEPT",) if s == "Sign in" else f) for c, s, f in entries]
    _cache("da").write_bytes(marshal.dumps((key, marked)))
    assert i18n.read_ts(path, "da")[0][("SignInDialog", "Sign in")] == ("KEPT",)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "<translation>Log ind</translation>", "<translation>Log på</translation>"),
        encoding="utf-8")
    assert i18n.read_ts(path, "da")[0][("SignInDialog", "Sign in")] == ("Log på",)
    assert i18n.read_ts(path, "da") == i18n.load_ts(path)


@pytest.mark.parametrize("damage", [b"", b"not marshal", marshal.dumps(("a", "b", "c")),
                                    marshal.dumps((1, [("only two", "fields")]))])
def test_a_damaged_cache_is_made_again(damage: bytes) -> None:
    path = i18n.ts_path("da")
    config.cache_dir()
    _cache("da").write_bytes(damage)
    assert i18n.read_ts(path, "da") == i18n.load_ts(path)
    assert i18n.read_ts(path, "da") == i18n.load_ts(path)


def test_a_cache_with_the_right_key_but_bad_entries_is_made_again() -> None:
    path = i18n.ts_path("nb")
    i18n.read_ts(path, "nb")
    key, _entries = marshal.loads(_cache("nb").read_bytes())
    _cache("nb").write_bytes(marshal.dumps((key, [("two", "fields")])))
    assert i18n.read_ts(path, "nb") == i18n.load_ts(path)
