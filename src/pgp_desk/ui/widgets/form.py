"""Form rows whose error message sits right under the field it is about."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from pgp_desk.services.errors import FieldError
from pgp_desk.ui.messages import field_message
from pgp_desk.ui.style import mark_invalid
from pgp_desk.ui.widgets.labels import notice


class FieldRow(QWidget):
    """A field with an error line beneath it; the typed value is never touched by errors."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = notice("error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def set_error(self, message: str | None) -> None:
        if message:
            self.error.setText(message)
            self.error.show()
        else:
            self.error.clear()
            self.error.hide()
        mark_invalid(self.field, bool(message))


class ErrorForm(QFormLayout):
    """A QFormLayout that keeps a FieldRow per named field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, str] = {}  # field name -> its label, e.g. for a conflict
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def add(self, name: str, label: str, field: QWidget) -> QWidget:
        row = FieldRow(field)
        self.rows[name] = row
        self.labels[name] = label
        self.addRow(label, row)
        return field

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error(None)

    def set_error(self, name: str, message: str) -> None:
        if name in self.rows:
            self.rows[name].set_error(message)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each field's first error under it (others cleared); the cursor goes to the first."""
        self.clear_errors()
        for error in reversed(errors):  # the first error of a field is the one that stays
            self.set_error(error.field, field_message(error))
        first = self.first_error_field()
        if first is not None:
            first.setFocus()

    def first_error_field(self) -> QWidget | None:
        for row in self.rows.values():
            if not row.error.isHidden():
                return row.field
        return None


def error_line(object_name: str = "") -> QLabel:
    """A hidden, wrapping sentence for what went wrong with the whole form (not one field)."""
    return notice("error", object_name)
