"""One palette and one application style sheet: it parses, and widgets add none of their own."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pgp_desk.ui.style import install_style, mark_invalid, set_role, set_tone

UI = Path(__file__).resolve().parents[2] / "src" / "pgp_desk" / "ui"
INLINE_STYLE_SHEETS = 0


def test_widgets_set_no_style_sheets_of_their_own() -> None:
    """Inline setStyleSheet calls do not come back: a look belongs in ui/style.py."""
    calls = [f"{path.relative_to(UI)}:{n}"
             for path in sorted(UI.rglob("*.py")) if path.name != "style.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\.setStyleSheet\(", line)]
    assert len(calls) <= INLINE_STYLE_SHEETS, calls


def test_the_sheet_parses_and_styles_by_role_and_tone(qapp, qtbot, qtlog) -> None:  # type: ignore[no-untyped-def]
    """Qt reads the whole sheet without complaint; a role and a tone change the look."""
    install_style(qapp)
    box = QWidget()
    qtbot.addWidget(box)
    plain, flagged, field = QLabel("x", box), QLabel("x", box), QLineEdit(box)
    set_role(flagged, "hint")
    set_tone(flagged, "alarm")
    mark_invalid(field, True)
    box.show()
    qtbot.waitExposed(box)
    assert not [m for m in qtlog.records if "Could not parse" in m.message]
    assert flagged.palette().windowText().color() != plain.palette().windowText().color()
    assert field.property("invalid") is True
