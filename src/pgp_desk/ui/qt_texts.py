"""Qt's own words in Danish and Norwegian Bokmål: standard buttons and text-field menus.

Qt draws these itself ("Yes", "Discard" on a question, "Copy" in a field's right-click
menu) and asks the installed translators under its own contexts. Qt ships Danish files
but none for Bokmål, so the few words a therapist meets are kept here for both, next to
our own .ts texts. Danish also gets Qt's complete qtbase_da.qm where it is installed.
"""

from __future__ import annotations

# source text -> (Danish, Norwegian Bokmål); "&" marks the keyboard accelerator.
QT_TEXTS: dict[str, tuple[str, str]] = {
    # QPlatformTheme: standard dialog buttons
    "OK": ("OK", "OK"),
    "Save": ("Gem", "Lagre"),
    "Save All": ("Gem alle", "Lagre alle"),
    "Open": ("Åbn", "Åpne"),
    "&Yes": ("&Ja", "&Ja"),
    "Yes to &All": ("Ja til &alle", "Ja til &alle"),
    "&No": ("&Nej", "&Nei"),
    "N&o to All": ("N&ej til alle", "N&ei til alle"),
    "Abort": ("Afbryd", "Avbryt"),
    "Retry": ("Prøv igen", "Prøv igjen"),
    "Ignore": ("Ignorér", "Ignorer"),
    "Close": ("Luk", "Lukk"),
    "Cancel": ("Annuller", "Avbryt"),
    "Discard": ("Kassér", "Forkast"),
    "Don't Save": ("Gem ikke", "Ikke lagre"),
    "Close without Saving": ("Luk uden at gemme", "Lukk uten å lagre"),
    "Help": ("Hjælp", "Hjelp"),
    "Apply": ("Anvend", "Bruk"),
    "Reset": ("Nulstil", "Tilbakestill"),
    "Restore Defaults": ("Gendan standard", "Gjenopprett standard"),
    # QLineEdit / QWidgetTextControl: the right-click menu of text fields
    "&Undo": ("&Fortryd", "&Angre"),
    "&Redo": ("&Gentag", "&Gjør om"),
    "Cu&t": ("&Klip", "Klipp &ut"),
    "&Copy": ("&Kopiér", "&Kopier"),
    "&Paste": ("&Indsæt", "&Lim inn"),
    "Delete": ("Slet", "Slett"),
    "Select All": ("Markér alt", "Merk alt"),
    "Copy &Link Location": ("Kopiér &linkadresse", "Kopier &lenkeadresse"),
}

_COLUMN = {"da": 0, "nb": 1}


def qt_text(language: str, source: str) -> str | None:
    """Qt's word ``source`` in ``language`` (da or nb), or None when we do not carry it."""
    column = _COLUMN.get(language)
    forms = QT_TEXTS.get(source)
    return forms[column] if forms is not None and column is not None else None
