"""The library list: the clinic's exercises, filtered, with a badge when one does not suit
this client's phase (domain.suggestions.exercise_warnings)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, Qt

from pgp_desk.content.exercise_terms import term
from pgp_desk.content.exercises import Exercise
from pgp_desk.content.suggestion_text import warning_label
from pgp_desk.domain.suggestions import ClinicalPicture, ProgrammeWarning, exercise_warnings
from pgp_desk.services.programmes.exercise_library import find_exercises
from pgp_desk.ui.programme.delegate import BADGE_ROLE, CODE_ROLE, SUBTITLE_ROLE
from pgp_desk.ui.programme.thumbnails import Thumbnails
from pgp_desk.ui.widgets.model_index import Index

EXERCISE_MIME = "application/x-pgpdesk-exercise"
SEVERITY_ORDER = ("block", "warn", "info")



@dataclass
class LibraryFilter:
    text: str = ""
    category: str | None = None
    phase: str | None = None
    position: str | None = None
    equipment: str | None = None


def worst(warnings: list[ProgrammeWarning]) -> str | None:
    for severity in SEVERITY_ORDER:
        if any(w.severity == severity for w in warnings):
            return severity
    return None


class LibraryModel(QAbstractListModel):
    def __init__(self, thumbnails: Thumbnails, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.lang = lang
        self.exercises: list[Exercise] = []
        self.rows: list[Exercise] = []
        self.filter = LibraryFilter()
        self.picture = ClinicalPicture()
        self._warnings: dict[str, list[ProgrammeWarning]] = {}
        self.in_programme: set[str] = set()

    # ---------------------------------------------------------------- data in
    def set_library(self, exercises: list[Exercise]) -> None:
        order = {c: i for i, c in enumerate(
            ("understanding", "body_mapping", "local_stabilisation", "global_strength",
             "daily_activities", "pool", "breathing_relaxation", "postpartum"))}
        self.exercises = sorted(exercises, key=lambda e: (order.get(e.category, 99), e.level,
                                                          e.name(self.lang).casefold()))
        self._refresh()

    def set_picture(self, picture: ClinicalPicture) -> None:
        self.picture = picture
        self._refresh()

    def set_filter(self, library_filter: LibraryFilter) -> None:
        self.filter = library_filter
        self._refresh()

    def set_in_programme(self, codes: set[str]) -> None:
        """Mark the exercises the programme already holds."""
        if codes != self.in_programme:
            self.in_programme = set(codes)
            if self.rows:
                self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def _refresh(self) -> None:
        self.beginResetModel()
        f = self.filter
        self.rows = find_exercises(self.exercises, f.text, f.category, f.phase, f.position,
                                   f.equipment)
        self._warnings = {e.code: exercise_warnings(self.picture, e) for e in self.rows}
        self.endResetModel()

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def exercise_at(self, row: int) -> Exercise:
        return self.rows[row]

    def warnings_for(self, code: str) -> list[ProgrammeWarning]:
        return self._warnings.get(code, [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        exercise = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name(self.lang)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.pixmap(exercise.code)
        if role == SUBTITLE_ROLE:
            bits = [term("category", exercise.category, self.lang)]
            if exercise.position != "varied":
                bits.append(term("position", exercise.position, self.lang))
            if exercise.source == "clinic":
                bits.append(self.tr("clinic"))
            if exercise.code in self.in_programme:
                bits.insert(0, "✓ " + self.tr("in the programme"))
            return " · ".join(bits)
        if role == BADGE_ROLE:
            return worst(self._warnings.get(exercise.code, []))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [exercise.text(self.lang).purpose]
            lines += ["⚠ " + warning_label(w, self.lang)
                      for w in self._warnings.get(exercise.code, [])]
            return "\n".join(lines)
        if role == CODE_ROLE:
            return exercise.code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        codes = [self.rows[i.row()].code for i in indexes if i.isValid()]
        mime = QMimeData()
        mime.setData(EXERCISE_MIME, "\n".join(codes).encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
