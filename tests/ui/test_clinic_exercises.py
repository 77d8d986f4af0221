"""The clinic exercises dialog and editor, on a real database."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt

from pgp_desk.services.programmes import exercise_library as lib
from pgp_desk.ui.programme.clinic_exercises import ClinicExercisesDialog
from pgp_desk.ui.programme.delegate import CODE_ROLE
from pgp_desk.ui.programme.exercise_editor import ExerciseEditorDialog


def _select(qtbot, dialog: ClinicExercisesDialog, code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10000)
    for row in range(dialog.model.rowCount()):
        if dialog.model.item(row).data(CODE_ROLE) == code:
            dialog.view.setCurrentIndex(dialog.model.index(row, 0))
            return
    raise AssertionError(code)


def test_copy_and_adapt_a_builtin_with_a_photo(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Copying a built-in opens the editor with its texts; saved with a new Danish name and a
    photo it becomes a clinic exercise based on the original."""
    library = lib.clinic_library(ctx.db, ctx.actor)
    editor = ExerciseEditorDialog(ctx, library, "da", None, lib.builtin_definition("GLOB-CLAM"),
                                  "GLOB-CLAM")
    qtbot.addWidget(editor)
    assert editor.texts["nb"].name.text() == library["GLOB-CLAM"].name("nb")
    editor.texts["da"].name.setText("Musling med elastik")
    photo = io.BytesIO()
    Image.new("RGB", (2400, 1800), (90, 140, 200)).save(photo, format="JPEG")
    editor.set_photo_bytes(photo.getvalue())
    with qtbot.waitSignal(editor.accepted, timeout=10000):
        qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    saved = editor.saved
    assert saved is not None and saved.based_on == "GLOB-CLAM" and saved.has_photo
    exercise = lib.clinic_library(ctx.db, ctx.actor)[saved.code]
    assert exercise.name("da") == "Musling med elastik"
    stored = lib.get_photo(ctx.db, ctx.actor, saved.code)
    assert stored is not None and Image.open(io.BytesIO(stored.data)).size == (1200, 900)


def test_editor_reports_what_is_missing(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A new exercise with only a name is not saved; the missing field is named."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    editor = ExerciseEditorDialog(ctx, lib.clinic_library(ctx.db, ctx.actor), "da", None,
                                  {"category": "pool", "position": "water", "level": 1})
    qtbot.addWidget(editor)
    editor.texts["da"].name.setText("Vandcykling")
    editor.save()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0] == "[da]: 'purpose' is missing" and editor.saved is None
    assert "CLINIC-1" not in lib.clinic_library(ctx.db, ctx.actor)


def test_retire_and_bring_back_from_the_dialog(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Retiring hides an exercise from the library; "Show retired" lists it to bring back."""
    dialog = ClinicExercisesDialog(ctx)
    qtbot.addWidget(dialog)
    _select(qtbot, dialog, "POOL-FLOAT")
    assert dialog.current() is not None and not dialog.current().retired  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "POOL-FLOAT" not in lib.clinic_library(ctx.db, ctx.actor),
                    timeout=10000)
    qtbot.waitUntil(lambda: dialog.current() is not None and dialog.current().retired,  # type: ignore[union-attr]
                    timeout=10000)
    assert dialog.changed and dialog.show_retired.isChecked()
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "POOL-FLOAT" in lib.clinic_library(ctx.db, ctx.actor),
                    timeout=10000)
