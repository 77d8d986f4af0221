"""Small pieces the assessment sections share: language, headings, colours."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from pgp_desk.domain.i18n import FALLBACK, lang_or_fallback
from pgp_desk.ui.i18n import current_language

# One palette for every section; each colour is paired with a symbol or a word so
# nothing depends on colour alone.
POSITIVE_BG = "#fbe3e1"
POSITIVE_FG = "#8c1d18"
CAUTION_BG = "#fff1d6"
CAUTION_FG = "#7a4d00"
GOOD_BG = "#e2f3e6"
GOOD_FG = "#1d5e2c"
MUTED_FG = "#6b7178"
ACCENT = "#0b5a6e"
ACCENT_BG = "#e4f2f5"

HEADING_STYLE = f"font-size: 12pt; font-weight: 600; color: {ACCENT}; margin: 6px 0 0 0;"
HINT_STYLE = f"color: {MUTED_FG};"
BANNER_STYLE = (
    f"background: {POSITIVE_BG}; color: {POSITIVE_FG}; border: 1px solid #e2a0a0; "
    "border-radius: 6px; padding: 8px 12px;"
)


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
    label.setStyleSheet(HEADING_STYLE)
    label.setIndent(0)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #d9dde1;")
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
