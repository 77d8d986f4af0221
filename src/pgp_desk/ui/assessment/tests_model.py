"""The pelvic tests table as a Qt item model over ``domain.pelvic_tests.PelvicTestFindings``.

Rows are the test catalogue (Vleeming et al. 2008) plus the optional ASLR repeat with
pelvic compression (Mens et al. 2001); columns are left, right (the symphysis has one
midline value, spanning both) and a note. Every value is checked by the domain: the model
only translates between cells and ``findings.set``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from pgp_desk.content.pelvic_test_text import scale_word, test_how, test_name, value_label
from pgp_desk.domain.pelvic_tests import (
    CATALOGUE,
    TESTS,
    Context,
    FindingsError,
    PelvicTestFindings,
    Result,
    Scale,
    Side,
    allowed_values,
)
from pgp_desk.ui.style import CAUTION_BG, CAUTION_FG, MUTED_FG, POSITIVE_BG, POSITIVE_FG
from pgp_desk.ui.widgets.model_index import Index

COL_TEST, COL_LEFT, COL_RIGHT, COL_NOTE = range(4)
VALUE_COLUMNS = (COL_LEFT, COL_RIGHT)
COLUMN_SIDES = {COL_LEFT: Side.LEFT, COL_RIGHT: Side.RIGHT}
COMPRESSION = "ASLR_COMPRESSION"
ValueRole = Qt.ItemDataRole.UserRole + 1
SYMBOLS = {Result.POSITIVE: "+", Result.NEGATIVE: "−", Result.TENDERNESS: "±"}



@dataclass(frozen=True)
class RowSpec:
    """One table row: a catalogue test, or the ASLR repeated with compression."""

    code: str
    compression: bool = False

    @property
    def test_code(self) -> str:
        return "ASLR" if self.compression else self.code


ROWS: tuple[RowSpec, ...] = (*(RowSpec(t.code) for t in CATALOGUE),
                             RowSpec(COMPRESSION, compression=True))


class TestsModel(QAbstractTableModel):
    """Cells of the pelvic tests table; ``findings`` is the live domain object."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.findings = PelvicTestFindings()
        self._bold = QFont()
        self._bold.setBold(True)

    # ----- shape

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def row_spec(self, row: int) -> RowSpec:
        return ROWS[row]

    def row_of(self, code: str) -> int:
        return next(i for i, spec in enumerate(ROWS) if spec.code == code)

    def side_of(self, index: Index) -> Side | None:
        """The side a value cell records, or None for the name, the note and a span's tail."""
        spec = ROWS[index.row()]
        test = TESTS[spec.test_code]
        if index.column() not in VALUE_COLUMNS:
            return None
        if not test.per_side:
            return Side.MIDLINE if index.column() == COL_LEFT else None
        return COLUMN_SIDES[index.column()]

    def is_value_cell(self, index: Index) -> bool:
        return index.isValid() and self.side_of(index) is not None

    def is_note_cell(self, index: Index) -> bool:
        return (index.isValid() and index.column() == COL_NOTE
                and not ROWS[index.row()].compression)

    def scale(self, row: int) -> Scale:
        return TESTS[ROWS[row].test_code].scale_for(self.findings.context)

    def choices(self, row: int) -> tuple[str | int, ...]:
        return allowed_values(ROWS[row].test_code, self.findings.context)

    # ----- values

    def value(self, index: Index) -> str | int | None:
        """The recorded value of a value cell; None when not tested."""
        side = self.side_of(index)
        if side is None:
            return None
        spec = ROWS[index.row()]
        if spec.compression:
            return self.findings.aslr_compression.get(side)
        value = self.findings.get(spec.code, side)
        return None if value == Result.NOT_TESTED else value

    def set_value(self, index: Index, value: str | int | None) -> bool:
        """Record a value (None clears); False when the domain refuses it."""
        side = self.side_of(index)
        if side is None:
            return False
        spec = ROWS[index.row()]
        try:
            if spec.compression:
                self.findings.set_aslr_compression(side, value if value is None else int(value))
            else:
                self.findings.set(spec.code, side, value)
        except (FindingsError, ValueError):
            return False
        self._changed_row(index.row())
        return True

    def set_findings(self, findings: PelvicTestFindings) -> None:
        self.beginResetModel()
        self.findings = findings
        self.endResetModel()

    def _changed_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def value_text(self, row: int, value: str | int | None, short: bool = False) -> str:
        """Words for a value: "+ Positiv", "3 · ret svært"; "" when not tested."""
        if value is None:
            return ""
        code = ROWS[row].test_code
        scale = self.scale(row)
        grade = scale_word(scale, value, self.lang) if isinstance(value, int) else None
        if grade is not None:
            return f"{value} · {grade}"
        label = value_label(code, value, self.lang, self.findings.context)
        if short:
            label = label.split(" (")[0]
        return f"{SYMBOLS.get(Result(str(value)), '')} {label}".strip()

    def _positive(self, index: Index) -> bool:
        side = self.side_of(index)
        spec = ROWS[index.row()]
        if side is None:
            return False
        if spec.compression:
            value = self.findings.aslr_compression.get(side)
            return isinstance(value, int) and value >= 1
        return self.findings.is_positive(spec.code, side)

    # ----- Qt model interface

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = ROWS[index.row()]
        col = index.column()
        if col == COL_TEST:
            return self._name_data(spec, role)
        if col == COL_NOTE:
            if spec.compression:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return self.findings.notes.get(spec.code, "")
            return None
        if self.side_of(index) is None:
            return None
        value = self.value(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.value_text(index.row(), value, short=True) or "–"
        if role in (Qt.ItemDataRole.EditRole, ValueRole):
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.value_text(index.row(), value) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._colour(index, value, role == Qt.ItemDataRole.BackgroundRole)
        if role == Qt.ItemDataRole.FontRole and self._positive(index):
            return self._bold
        return None

    def _colour(self, index: Index, value: str | int | None, background: bool) -> Any:
        """Red for a positive provocation test, amber for tenderness and a positive ASLR
        (a functional test, not a provocation test); the text says the same in words."""
        functional = not TESTS[ROWS[index.row()].test_code].provocation
        if self._positive(index) and not functional:
            return QBrush(QColor(POSITIVE_BG if background else POSITIVE_FG))
        if value == Result.TENDERNESS or (self._positive(index) and functional):
            return QBrush(QColor(CAUTION_BG if background else CAUTION_FG))
        if value is None and not background:
            return QBrush(QColor(MUTED_FG))
        return None

    def _name_data(self, spec: RowSpec, role: int) -> Any:
        test = TESTS[spec.test_code]
        if role == Qt.ItemDataRole.DisplayRole:
            if spec.compression:
                return self.tr("  … repeated with pelvic compression")
            return test_name(test.code, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return test_how(test.code, self.lang)
        if role == Qt.ItemDataRole.ForegroundRole and spec.compression:
            return QBrush(QColor(MUTED_FG))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if self.is_note_cell(index):
            code = ROWS[index.row()].code
            text = str(value or "").strip()
            if text:
                self.findings.notes[code] = text[:1000]
            else:
                self.findings.notes.pop(code, None)
            self._changed_row(index.row())
            return True
        return self.set_value(index, value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled
        if self.is_value_cell(index) or self.is_note_cell(index):
            return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Test"), self.tr("Left"), self.tr("Right"), self.tr("Note"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in VALUE_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and section in VALUE_COLUMNS:
            return self.tr("The client's own left and right side")
        return None


def convert_context(findings: PelvicTestFindings, context: Context,
                    stash: dict[str, dict[str, Any]]) -> PelvicTestFindings:
    """The same findings under another context; LDL values that do not fit are moved to
    ``stash[old context]`` and any stashed values of the new context come back."""
    old = str(findings.context)
    if old == str(context):
        return findings
    data = findings.to_dict()
    ldl = data["results"].pop("LDL", None)
    if ldl:
        stash[old] = ldl
    restored = stash.pop(str(context), None)
    if restored:
        data["results"]["LDL"] = restored
    data["context"] = str(context)
    return PelvicTestFindings.from_dict(data)
