"""Small pieces the assessment sections share: language, headings, hints (colours: ui.style)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from pgp_desk.domain.i18n import FALLBACK, lang_or_fallback
from pgp_desk.ui.i18n import current_language
from pgp_desk.ui.style import set_role


def resolve_lang(lang: str | None) -> str:
    """The language to show domain texts in: the given one, else the UI language."""
    return lang_or_fallback(lang or current_language())


def text_in(texts: Mapping[str, str] | None, lang: str) -> str:
    """A text in ``lang``, else English, else any language the mapping has.

    Imported instruments (e.g. a clinic's licensed ODI) may carry only one language.
    """
    if not texts:
        return ""
    for key in (lang, FALLBACK):
        if texts.get(key):
            return texts[key]
    return next(iter(texts.values()))


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    set_role(label, "heading")
    label.setIndent(0)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    set_role(label, "hint")
    label.setWordWrap(True)
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    set_role(line, "separator")
    return line


def number_text(value: float | None, decimals: int = 0, signed: bool = False) -> str:
    """A number in the UI locale (decimal comma in Danish and Norwegian); "–" for None."""
    if value is None:
        return "–"
    text = QLocale().toString(float(value), "f", decimals)
    if signed and value > 0:
        text = "+" + text
    if signed and value < 0:
        text = "−" + text.lstrip("-")
    return text
