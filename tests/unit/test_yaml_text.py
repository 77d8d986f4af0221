"""The content's YAML is read by libyaml when present, into exactly what PyYAML reads."""

from __future__ import annotations

import pytest
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


class _Coded:
    def __init__(self, data: dict[str, str], where: str) -> None:
        self.code = data["code"]


class _Wrong(yaml_text.ContentFileError):
    pass


def test_a_content_folder_is_read_in_name_order(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for code in ("B", "A"):
        (tmp_path / f"{code}.yaml").write_text(f"code: {code}\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not content", encoding="utf-8")
    read = yaml_text.load_folder(tmp_path, _Coded, _Wrong)
    assert [item.code for item in read] == ["A", "B"]


def test_a_broken_file_or_a_code_unlike_its_name_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "X.yaml").write_text("code: [unclosed\n", encoding="utf-8")
    with pytest.raises(_Wrong, match=r"^X\.yaml: not valid YAML"):
        yaml_text.load_folder(broken, _Coded, _Wrong)
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    (renamed / "X.yaml").write_text("code: Y\n", encoding="utf-8")
    with pytest.raises(_Wrong, match=r"^X\.yaml: code 'Y' does not match the file name$"):
        yaml_text.load_folder(renamed, _Coded, _Wrong)


def test_a_shipped_file_names_its_licence_and_author() -> None:
    yaml_text.check_credits({"licence": "CC BY 4.0", "author": "PGP Desk"}, "X.yaml", _Wrong)
    with pytest.raises(_Wrong, match=r"^X\.yaml: 'author' is empty$"):
        yaml_text.check_credits({"licence": "CC BY 4.0", "author": "  "}, "X.yaml", _Wrong)


def test_a_file_holds_its_fields_and_a_text_per_language() -> None:
    data = {"code": "A", "texts": {"da": {}, "en": {}}}
    assert yaml_text.fields_of(data, ("code", "texts"), "A.yaml", _Wrong) is data
    with pytest.raises(_Wrong, match=r"^A\.yaml: not a mapping$"):
        yaml_text.fields_of(["code"], ("code",), "A.yaml", _Wrong)
    with pytest.raises(_Wrong, match=r"^A\.yaml: 'order' is missing$"):
        yaml_text.fields_of(data, ("code", "order"), "A.yaml", _Wrong)
    assert yaml_text.texts_of(data, "A.yaml", ("da", "en"), _Wrong) == data["texts"]
    with pytest.raises(_Wrong, match=r"^A\.yaml: texts missing in \['nb'\]$"):
        yaml_text.texts_of(data, "A.yaml", ("da", "nb", "en"), _Wrong)
    with pytest.raises(_Wrong, match=r"^A\.yaml: texts must be a mapping of languages$"):
        yaml_text.texts_of({"texts": "da"}, "A.yaml", ("da",), _Wrong)
