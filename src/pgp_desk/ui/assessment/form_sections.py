"""The assessment form's section list and pages: one page per section, chosen from the list
on the left (or with Ctrl+PgUp / Ctrl+PgDown), each name carrying what matters most."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from pgp_desk.domain.i18n import fill


class SectionNav(QWidget):
    """The sections in the order they are added (``add_section``), named by ``titles``."""

    def __init__(self, titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys: list[str] = []
        self.titles = titles
        self.nav = QListWidget()
        self.nav.setObjectName("sectionNav")
        self.nav.setFixedWidth(250)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.pages.setObjectName("sectionPages")
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step(+1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step(-1))

    def add_section(self, key: str, page: QWidget) -> None:
        """List the section (Ctrl+<its number> in the tooltip) and stack its page."""
        self.keys.append(key)
        item = QListWidgetItem(self.titles[key])
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(fill(self.tr("Ctrl+%1"), str(len(self.keys))))
        self.nav.addItem(item)
        page.setObjectName(f"page_{key}")
        self.pages.addWidget(page)

    def latest_page(self) -> QWidget | None:
        """The page added last (the one a build step is making)."""
        return self.pages.widget(self.pages.count() - 1) if self.pages.count() else None

    def _step(self, delta: int) -> None:
        self.nav.setCurrentRow(max(0, min(self.nav.currentRow() + delta, len(self.keys) - 1)))

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(self.keys.index(key))

    def current_section(self) -> str:
        return self.keys[self.pages.currentIndex()]

    def set_notes(self, notes: dict[str, str]) -> None:
        """Add a short note to section names (open flags, positive tests, the PGQ)."""
        for row, key in enumerate(self.keys):
            item = self.nav.item(row)
            if item is not None:
                item.setText(self.titles[key] + notes.get(key, ""))
