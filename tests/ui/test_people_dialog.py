"""The People window: an administrator adds, changes and disables the clinic's people."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pgp_desk.services.people import people, signin
from pgp_desk.ui.signin.people_dialog import PeopleDialog, PersonDialog


def test_people_are_listed_by_name_and_authorisation_id(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The list shows every person with ID, roles and whether she can sign in; disabling
    one changes her state and she can no longer sign in."""
    dialog = PeopleDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=10000)
    names = [dialog.table.item(row, 0).text() for row in range(4)]
    assert "Karen Kollega (aut.-ID 4KL9B)" in names
    row = names.index("Karen Kollega (aut.-ID 4KL9B)")
    dialog.table.selectRow(row)
    assert dialog.active_button.isEnabled()
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.people[row].active is False, timeout=10000)
    assert dialog.table.item(row, 4).text() != "Active"
    assert not next(p for p in people.list_people(ctx.db, ctx.actor)
                if p.username == "kollega").can_sign_in


def test_a_new_person_is_added_through_the_form(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Roles are ticked, errors show under their fields, and the new person signs in."""
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    qtbot.keyClicks(form.full_name, "Bo Berg")
    qtbot.keyClicks(form.username, "bo")
    qtbot.keyClicks(form.password, "bos-lange-kode")
    qtbot.keyClicks(form.repeat, "bos-lange-kode")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not form.rows["roles"].error.isHidden()  # no role ticked
    form.role_boxes["therapist"].setChecked(True)
    qtbot.keyClicks(form.authorisation_id, "9144889")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert signin.sign_in(ctx.db, "bo", "bos-lange-kode").signature == \
        "Bo Berg (HPR-nr. 9144889)"
