"""The client's programme as a list model: numbered rows with the dosage in words.

The model only shows and changes rows; every change a user makes goes through an undo
command (commands.py), including drops from the library and reordering by drag.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, Qt

from pgp_desk.content.dosage_text import render_dosage
from pgp_desk.content.exercises import Exercise
from pgp_desk.content.suggestion_text import warning_label
from pgp_desk.domain.dosage import Dosage
from pgp_desk.domain.suggestions import ClinicalPicture, ProgrammeWarning, programme_warnings
from pgp_desk.services.programmes.programmes import ProgrammeItemData
from pgp_desk.ui.programme.delegate import (
    BADGE_ROLE,
    CODE_ROLE,
    DETAIL_ROLE,
    NOTE_ROLE,
    NUMBER_ROLE,
    SUBTITLE_ROLE,
)
from pgp_desk.ui.programme.library_model import EXERCISE_MIME, worst
from pgp_desk.ui.programme.thumbnails import Thumbnails
from pgp_desk.ui.widgets.model_index import Index

ITEM_MIME = "application/x-pgpdesk-programme-row"
_uids = itertools.count(1)



@dataclass
class BuilderItem:
    """A row of the programme; ``uid`` keeps its identity through undo and redo."""

    code: str
    dosage: Dosage = field(default_factory=Dosage)
    note: str = ""
    uid: int = field(default_factory=lambda: next(_uids))

    def data(self) -> ProgrammeItemData:
        return ProgrammeItemData(self.code, self.dosage, self.note)

    @classmethod
    def of(cls, item: ProgrammeItemData) -> BuilderItem:
        return cls(item.exercise_code, item.dosage, item.note)


DropHandler = Callable[[list[str], int | None, int], None]


class ProgrammeItemsModel(QAbstractListModel):
    def __init__(self, thumbnails: Thumbnails, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.items: list[BuilderItem] = []
        self.library: dict[str, Exercise] = {}
        self.lang = "da"  # the programme's language: what the client reads
        self.ui_lang = "da"  # the therapist's: warnings
        self.picture = ClinicalPicture()
        self.read_only = False
        self.on_drop: DropHandler | None = None
        self._warnings: list[ProgrammeWarning] = []

    # ---------------------------------------------------------------- changes
    def reset(self, items: list[BuilderItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._rewarn()
        self.endResetModel()

    def insert(self, row: int, item: BuilderItem) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, item)
        self._rewarn()
        self.endInsertRows()

    def remove(self, row: int) -> BuilderItem:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self.items.pop(row)
        self._rewarn()
        self.endRemoveRows()
        self._renumber()
        return item

    def move(self, source: int, target: int) -> None:
        """Move a row so it ends up at index ``target``."""
        if source == target:
            return
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self.items.insert(target, self.items.pop(source))
        self.endMoveRows()
        self._rewarn()
        self._renumber()

    def replace(self, row: int, item: BuilderItem) -> None:
        self.items[row] = item
        self._rewarn()
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def row_of(self, uid: int) -> int:
        return next(i for i, item in enumerate(self.items) if item.uid == uid)

    def set_context(self, library: dict[str, Exercise], lang: str,
                    picture: ClinicalPicture) -> None:
        """New words or warnings for the same rows (the selection stays)."""
        self.library, self.lang, self.picture = library, lang, picture
        self._rewarn()
        self._renumber()

    def warnings(self) -> list[ProgrammeWarning]:
        return list(self._warnings)

    def _rewarn(self) -> None:
        self._warnings = programme_warnings(
            self.picture, [self.library[i.code] for i in self.items if i.code in self.library])

    def _renumber(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        exercise = self.library.get(item.code)
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name(self.lang) if exercise else item.code
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.pixmap(item.code)
        if role == NUMBER_ROLE:
            return index.row() + 1
        if role == DETAIL_ROLE:
            return render_dosage(item.dosage, self.lang) or self.tr("No dosage")
        if role == SUBTITLE_ROLE:
            return exercise.text(self.lang).purpose if exercise else self.tr(
                "Not in the library any more")
        if role == NOTE_ROLE:
            return item.note or None
        if role == BADGE_ROLE:
            return worst([w for w in self._warnings if w.exercise == item.code])
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join("⚠ " + warning_label(w, self.ui_lang) for w in self._warnings
                             if w.exercise == item.code) or None
        if role == CODE_ROLE:
            return item.code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME, ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = [i.row() for i in indexes if i.isValid()]
        mime = QMimeData()
        mime.setData(ITEM_MIME, str(rows[0] if rows else -1).encode("ascii"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return not self.read_only and (data.hasFormat(EXERCISE_MIME)
                                       or data.hasFormat(ITEM_MIME))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Hand the drop to the builder (which makes an undo command); Qt itself never
        removes the dragged row, since drags are copies."""
        if self.read_only or self.on_drop is None:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        if data.hasFormat(ITEM_MIME):
            source = int(bytes(data.data(ITEM_MIME).data()).decode("ascii"))
            if source < 0:
                return False
            self.on_drop([], source, target)
            return True
        if data.hasFormat(EXERCISE_MIME):
            codes = [c for c in bytes(data.data(EXERCISE_MIME).data()).decode("utf-8")
                     .split("\n") if c]
            self.on_drop(codes, None, target)
            return True
        return False
