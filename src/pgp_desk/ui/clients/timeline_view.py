"""The client's timeline: pregnancies, assessments, programmes and handouts, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from pgp_desk.domain.dates import format_date
from pgp_desk.services.clients.timeline import TimelineEntry


class TimelineView(QTreeWidget):
    entry_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Status")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        # The description takes the room; date and status are as wide as their words.
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.itemActivated.connect(
            lambda item, _col: self.entry_activated.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )

    def kind_text(self, entry: TimelineEntry) -> str:
        return {
            "episode": self.tr("Pregnancy registered"),
            "assessment": self.tr("Follow-up assessment") if entry.detail == "follow_up"
            else self.tr("Initial assessment"),
            "programme": self.tr("Home programme") + (f": {entry.detail}" if entry.detail else ""),
            "handout": self.tr("Handout issued") + {
                "da": " (dansk)", "nb": " (norsk)", "en": " (English)"}.get(entry.detail, ""),
        }.get(entry.kind, entry.kind)

    def status_text(self, entry: TimelineEntry) -> str:
        return {
            "open": self.tr("ongoing"), "closed": self.tr("finished"),
            "draft": self.tr("draft"), "signed": self.tr("signed"),
            "issued": self.tr("issued"),
        }.get(entry.status, entry.status)

    def show_entries(self, entries: list[TimelineEntry]) -> None:
        self.clear()
        if not entries:
            item = QTreeWidgetItem(["", self.tr("Nothing recorded yet"), ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)
            return
        for entry in entries:
            item = QTreeWidgetItem(
                [format_date(entry.when), self.kind_text(entry), self.status_text(entry)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            if entry.kind == "handout":
                item.setToolTip(1, self.tr("Double-click to see or reprint the exact copy "
                                           "she was given"))
            self.addTopLevelItem(item)
        self.resizeColumnToContents(0)
