"""Undoable changes to the programme (QUndoStack): add, remove, move, dosage, progress.

Commands find their row by the item's ``uid``, so undo and redo stay right whatever else
moved in between. Typing in the dosage editor merges into one command per item.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pgp_desk.domain.dosage import Dosage
from pgp_desk.ui.programme.items_model import BuilderItem, ProgrammeItemsModel

EDIT_ID = 4101


class AddItems(QUndoCommand):
    def __init__(self, model: ProgrammeItemsModel, row: int, items: list[BuilderItem]):
        super().__init__(
            QCoreApplication.translate("ProgrammeCommands", "Add exercise")
            if len(items) == 1
            else QCoreApplication.translate("ProgrammeCommands", "Add exercises")
        )
        self.model, self.row, self.items = model, row, items

    def redo(self) -> None:
        for offset, item in enumerate(self.items):
            self.model.insert(self.row + offset, item)

    def undo(self) -> None:
        for item in self.items:
            self.model.remove(self.model.row_of(item.uid))


class RemoveItem(QUndoCommand):
    def __init__(self, model: ProgrammeItemsModel, row: int):
        super().__init__(QCoreApplication.translate("ProgrammeCommands", "Remove exercise"))
        self.model, self.row = model, row
        self.item = model.items[row]

    def redo(self) -> None:
        self.model.remove(self.model.row_of(self.item.uid))

    def undo(self) -> None:
        self.model.insert(self.row, self.item)


class MoveItem(QUndoCommand):
    def __init__(self, model: ProgrammeItemsModel, source: int, target: int):
        super().__init__(QCoreApplication.translate("ProgrammeCommands", "Move exercise"))
        self.model, self.source, self.target = model, source, target

    def redo(self) -> None:
        self.model.move(self.source, self.target)

    def undo(self) -> None:
        self.model.move(self.target, self.source)


class EditItem(QUndoCommand):
    """New dosage and note for one item. Typing in one field merges into one command, so
    undo takes back "12 repetitions", not "2" and then "1"."""

    def __init__(self, model: ProgrammeItemsModel, uid: int, dosage: Dosage, note: str):
        super().__init__(QCoreApplication.translate("ProgrammeCommands", "Change dosage"))
        self.model, self.uid = model, uid
        current = model.items[model.row_of(uid)]
        self.before = (current.dosage, current.note)
        self.after = (dosage, note)
        changed = [
            f.name
            for f in fields(Dosage)
            if getattr(dosage, f.name) != getattr(current.dosage, f.name)
        ]
        self.fields = frozenset(changed + (["note"] if note != current.note else []))

    def id(self) -> int:
        return EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditItem) or other.uid != self.uid or other.fields != self.fields:
            return False
        self.after = other.after
        return True

    def _apply(self, values: tuple[Dosage, str]) -> None:
        row = self.model.row_of(self.uid)
        old = self.model.items[row]
        self.model.replace(row, BuilderItem(old.code, values[0], values[1], old.uid))

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class SwapExercise(QUndoCommand):
    """Progress or regress an item: another exercise at the same place; the note for the
    client stays or goes as the therapist chose (it was written for the old exercise)."""

    def __init__(self, model: ProgrammeItemsModel, uid: int, code: str, dosage: Dosage,
                 text: str, note: str | None = None):
        super().__init__(text)
        self.model, self.uid = model, uid
        current = model.items[model.row_of(uid)]
        self.before = (current.code, current.dosage, current.note)
        self.after = (code, dosage, current.note if note is None else note)

    def _apply(self, values: tuple[str, Dosage, str]) -> None:
        row = self.model.row_of(self.uid)
        old = self.model.items[row]
        self.model.replace(row, BuilderItem(values[0], values[1], values[2], old.uid))

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class ReplaceAll(QUndoCommand):
    """Start from a template: every item replaced at once (one undo brings them back)."""

    def __init__(self, model: ProgrammeItemsModel, items: list[BuilderItem], text: str):
        super().__init__(text)
        self.model = model
        self.before = list(model.items)
        self.after = items

    def redo(self) -> None:
        self.model.reset(self.after)

    def undo(self) -> None:
        self.model.reset(self.before)
