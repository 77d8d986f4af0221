"""Qt translation from the .ts sources in resources/i18n, without a compile step.

Source strings are English; Danish (primary) and Norwegian Bokmål come from
``pgp_desk_<lang>.ts``, the XML Qt Linguist edits. Reading the .ts directly means no
generated .qm files in the repository or the build. What a .ts holds is kept in the data
folder's cache, by the file's content, so that a start reads it back instead of parsing
the XML again (``read_ts``).
"""

from __future__ import annotations

import contextlib
import functools
import marshal
import sys
import zlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from pgp_desk import config
from pgp_desk.private_files import write_private
from pgp_desk.resources import resource_path

translate = QCoreApplication.translate
"""``translate("Context", "English text")``: for UI strings outside a QObject method.

Pass both arguments as literals so lupdate finds the string; inside a widget use
``self.tr("…")``. Fill %1, %2 … afterwards with ``fill``.
"""


def ts_path(language: str) -> Path:
    return resource_path("i18n", f"pgp_desk_{language}.ts")


Forms = tuple[str, ...]  # one text, or the singular and plural forms of a %n message
Entry = tuple[str, str, Forms]  # context, source, translation
Tables = tuple[dict[tuple[str, str], Forms], dict[str, Forms]]
CACHE_FORMAT = 1  # of the kept entries: raise it when Entry changes


def load_ts(path: Path) -> Tables:
    """(context, source) -> translation, and source -> translation as a fallback."""
    return _tables(_parse_ts(path.read_bytes()))


def _parse_ts(data: bytes) -> list[Entry]:
    """The finished translations of a .ts file, in its order."""
    import xml.etree.ElementTree as ET  # about 5 ms to load: only when the cache is stale

    entries: list[Entry] = []
    for context in ET.fromstring(data).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("obsolete", "vanished", "unfinished"):
                continue
            forms = tuple(n.text or "" for n in translation.iter("numerusform"))
            if not forms:
                forms = (translation.text or "",)
            if not any(forms):
                continue
            entries.append((name, source, forms))
    return entries


def _tables(entries: list[Entry]) -> Tables:
    by_context: dict[tuple[str, str], Forms] = {}
    by_source: dict[str, Forms] = {}
    for context, source, forms in entries:
        by_context[(context, source)] = forms
        by_source.setdefault(source, forms)
    return by_context, by_source


def read_ts(path: Path, language: str) -> Tables:
    """``load_ts(path)``, read back from the data folder's cache when it was made from the
    same content (the .ts file's length and CRC): parsing the XML, and loading the parser,
    cost some 10 ms before the first window, reading the cache back about 1 ms. The .ts
    stays the one source: a changed file is parsed again and the cache rewritten."""
    data = path.read_bytes()
    key = (CACHE_FORMAT, sys.version_info[:2], len(data), zlib.crc32(data))
    try:
        cache = config.cache_dir() / f"translations-{language}.marshal"
    except OSError:  # no data folder: the command that needs one says so
        return _tables(_parse_ts(data))
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        kept_key, entries = marshal.loads(cache.read_bytes())
        if kept_key == key:
            return _tables(entries)
    entries = _parse_ts(data)
    with contextlib.suppress(OSError):
        write_private(cache, marshal.dumps((key, entries)))
    return _tables(entries)


@functools.cache
def _language_tables(language: str) -> Tables:
    """A language's translations, read once per process (the UI language can be switched
    back and forth)."""
    path = ts_path(language)
    return read_ts(path, language) if path.exists() else ({}, {})


class TsTranslator(QTranslator):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._by_context, self._by_source = _language_tables(language)

    def language(self) -> str:
        return self._language

    def isEmpty(self) -> bool:
        return not self._by_source

    def translate(self, context: str, sourceText: str,
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        forms = self._by_context.get((context, sourceText)) or self._by_source.get(sourceText)
        if forms is None:
            return None
        # Danish and Norwegian: singular for exactly one, plural otherwise
        text = forms[0] if (n is None or n == 1 or len(forms) == 1) else forms[1]
        if n is not None and n >= 0:
            text = text.replace("%n", str(n))
        return text


_installed: TsTranslator | None = None
_qt_installed: QTranslator | None = None


def _qt_translator(language: str, app: QCoreApplication) -> QTranslator | None:
    """Qt's own complete translation (file dialogs and the like), where Qt ships one."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def install_language(language: str) -> None:
    """Switch the application's UI language (da, nb or en)."""
    global _installed, _qt_installed
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for old in (_installed, _qt_installed):
        if old is not None:
            app.removeTranslator(old)
    _installed = _qt_installed = None
    locale = {"da": QLocale.Language.Danish, "nb": QLocale.Language.NorwegianBokmal,
              "en": QLocale.Language.English}.get(language, QLocale.Language.Danish)
    QLocale.setDefault(QLocale(locale, QLocale.Country.AnyCountry if language == "en"
                               else {"da": QLocale.Country.Denmark,
                                     "nb": QLocale.Country.Norway}[language]))
    if language != "en":
        # Installed last, asked first: our texts, then Qt's own file for the rest.
        _qt_installed = _qt_translator(language, app)
        if _qt_installed is not None:
            app.installTranslator(_qt_installed)
        _installed = TsTranslator(language, app)
        app.installTranslator(_installed)


def current_language() -> str:
    return _installed.language() if _installed is not None else "en"
