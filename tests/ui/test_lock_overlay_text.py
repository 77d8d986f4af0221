"""The idle lock's box shows every line of its sentences: a centred box is laid out at its
size hint, which counts a wrapped sentence as one line and cut the second in half."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QMainWindow

from pgp_desk.ui.signin.idle_lock import LockOverlay


def _cut(overlay: LockOverlay) -> list[str]:
    return [f"{label.text()!r}: {label.height()} px of {label.heightForWidth(label.width())}"
            for label in overlay.findChildren(QLabel)
            if label.isVisible() and label.wordWrap()
            and label.height() < label.heightForWidth(label.width())]


def test_lock_box_shows_every_wrapped_line(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    long = replace(ctx.actor, full_name="Anne-Sofie Marie-Louise Bjørnholm-Schrøder",
                   authorisation_id="0C25Q")
    overlay = LockOverlay(window, long)
    overlay.setGeometry(window.rect())
    overlay.show()
    qtbot.waitExposed(overlay)
    assert _cut(overlay) == []
    overlay.show_message("Forkert brugernavn eller adgangskode. Prøv igen, eller bed "
                         "klinikkens administrator om en ny adgangskode.")
    qtbot.wait(10)
    assert _cut(overlay) == []
