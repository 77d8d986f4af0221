"""Illustrations are drawn once per picture and size, and the handout's bytes never change."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from test_pdf_handout import SVG_BRIDGE, danish_data

from pgp_desk import config
from pgp_desk.pdf import illustration_cache, images, render_handout
from pgp_desk.pdf.model import HandoutOptions
from pgp_desk.services.programmes import illustration_store


@pytest.fixture
def cold() -> None:
    """No illustration remembered in memory or on disk (the data folder, as the app)."""
    illustration_store.install()
    illustration_cache.forget()
    images._prepared_svg.cache_clear()


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = images.svg2rlg

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(images, "svg2rlg", counted)
    return calls


def _uncached(monkeypatch: pytest.MonkeyPatch, options: HandoutOptions) -> bytes:
    """The handout as drawn with no cache at all: every picture parsed and drawn."""
    with monkeypatch.context() as patch:
        patch.setattr(illustration_cache, "box", lambda _key: None)
        patch.setattr(illustration_cache, "operators", lambda _key: None)
        patch.setattr(illustration_cache, "remember_box", lambda _key, _value: None)
        patch.setattr(illustration_cache, "remember_operators", lambda _key, _ops: None)
        return render_handout(danish_data(), options)


@pytest.mark.parametrize("options", [HandoutOptions(), HandoutOptions(large_print=True)],
                         ids=["normal", "large print"])
def test_handout_bytes_are_the_same_cold_warm_and_from_disk(cold, monkeypatch, options) -> None:  # type: ignore[no-untyped-def]
    reference = _uncached(monkeypatch, options)
    first = render_handout(danish_data(), options)  # fills memory and disk
    again = render_handout(danish_data(), options)  # from memory
    illustration_cache.forget()
    images._prepared_svg.cache_clear()
    parses = _parses(monkeypatch)
    from_disk = render_handout(danish_data(), options)
    assert first == again == from_disk == reference
    assert parses == []  # boxes and operators came from disk: no SVG was read


def test_each_picture_is_parsed_once(cold, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parses = _parses(monkeypatch)
    render_handout(danish_data(), HandoutOptions())
    render_handout(danish_data(), HandoutOptions(large_print=True))
    assert len(parses) == len(danish_data().exercises)
    files = list((config.data_dir() / "cache" / "illustrations").iterdir())
    assert {f.suffix for f in files} == {".box", ".ops"}


def test_drawing_that_uses_page_resources_is_not_kept(cold) -> None:  # type: ignore[no-untyped-def]
    """Transparency refers to the page's graphics states: such operators are drawn anew."""
    see_through = SVG_BRIDGE.replace("<path ", '<path fill-opacity="0.5" fill="#888" ', 1)
    data = danish_data()
    data.exercises[1].illustration_svg = see_through
    pdf = render_handout(data, HandoutOptions())
    kept = list((config.data_dir() / "cache" / "illustrations").glob("*.ops"))
    digest = illustration_cache.digest(see_through)
    assert not [f for f in kept if f.name.startswith(digest)]
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    assert render_handout(data, HandoutOptions()) == pdf


def test_a_broken_cache_file_is_ignored(cold) -> None:  # type: ignore[no-untyped-def]
    reference = render_handout(danish_data(), HandoutOptions())
    for path in (config.data_dir() / "cache" / "illustrations").glob("*.box"):
        path.write_text("not json", encoding="utf-8")
    illustration_cache.forget()
    images._prepared_svg.cache_clear()
    assert render_handout(danish_data(), HandoutOptions()) == reference
