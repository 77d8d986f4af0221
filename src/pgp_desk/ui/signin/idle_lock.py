"""The idle lock: after the clinic's idle time the window is covered, everything typed
stays where it is underneath, and only the same person's password uncovers it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCursor, QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.domain.i18n import fill
from pgp_desk.services import clinic
from pgp_desk.services.context import AppContext
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.people.signin import sign_in
from pgp_desk.ui.errors import describe_error
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.form import error_line
from pgp_desk.ui.widgets.labels import paragraph
from pgp_desk.ui.widgets.named import named

ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel)
LOOK_MS = 1000  # how often the pointer is compared and new windows are watched


BOX_WIDTH = 420


class LockOverlay(QWidget):
    """Covers the main window, menus included, while it is locked."""

    def __init__(self, window: QMainWindow, actor: Actor) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.box = box = named(QFrame(), "lockBox")
        box.setFixedWidth(BOX_WIDTH)
        title = QLabel(self.tr("PGP Desk is locked"))
        set_role(title, "heading")
        who = paragraph(fill(self.tr("Only %1 can unlock it with her password."),
                          actor.signature))
        self.password = named(QLineEdit(), "unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.button = named(QPushButton(self.tr("Unlock")), "unlockButton")
        self.message = error_line("unlockMessage")
        self.inner = inner = QVBoxLayout(box)
        for widget in (title, who, self.password, self.message, self.button):
            inner.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, alignment=Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.password.returnPressed.connect(self.button.click)
        self.fit()
        self.hide()

    def fit(self) -> None:
        """Give the box the height its wrapped lines need at its width: a centred box is
        laid out at its size hint, which counts a wrapped sentence as one line."""
        self.inner.activate()
        self.box.setFixedHeight(self.inner.totalHeightForWidth(BOX_WIDTH))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.fit()


class IdleLock(QObject):
    """Locks the window when the clinic's idle time passes without keyboard or mouse.

    Keyboard and mouse reach a widget through its top-level window (``QWindow``), so only
    those few windows are watched, never the application's every event (tens of
    thousands while a form is made, each a Python call on the GUI thread). A pointer
    moved where no window of ours sees it counts too: it is compared once a second."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(clinic.IDLE_LOCK_DEFAULT)
        self.overlay = LockOverlay(window, ctx.actor)
        self.overlay.button.clicked.connect(self.unlock)
        self._actions: list[tuple[QAction, bool]] = []
        self._pointer = QCursor.pos()
        self.look = QTimer(self)
        self.look.setInterval(LOOK_MS)
        self.look.timeout.connect(self._look)
        self.look.start()
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.connect(self._watch)
        self._watch_windows()
        self.timer.start()

    def load_minutes(self) -> None:
        """The clinic's idle time, read off the GUI thread."""
        ctx = self.ctx
        Operation(self.window, lambda: clinic.get_settings(ctx.db, ctx.actor),
                  lambda settings: self.set_minutes(settings.idle_lock_minutes)).run()

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        if not self.locked:
            self.timer.start()

    def active(self) -> None:
        """Keyboard or mouse was used: the idle time starts again."""
        if not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Resize:
                self.overlay.setGeometry(self.window.rect())
        elif event.type() in ACTIVITY:
            self.active()
        return False

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.removeEventFilter(self)  # never twice
            window.installEventFilter(self)

    def _watch_windows(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)

    def _look(self) -> None:
        pointer: QPoint = QCursor.pos()
        if pointer != self._pointer:
            self._pointer = pointer
            self.active()
        self._watch_windows()  # dialogs and form windows opened since

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        self._actions = [(a, a.isEnabled()) for a in self.window.findChildren(QAction)]
        for action, _enabled in self._actions:
            action.setEnabled(False)  # no shortcut reaches the covered window
        for part in (self.window.centralWidget(), self.window.menuBar()):
            if part is not None:
                part.setEnabled(False)
        self.window.installEventFilter(self)  # the overlay follows its resizes while shown
        self.overlay.setGeometry(self.window.rect())
        self.overlay.message.hide()
        self.overlay.fit()
        self.overlay.show()
        self.overlay.raise_()
        self.overlay.password.setFocus()

    def unlock(self) -> None:
        """Check the password of the person who is signed in, and of nobody else."""
        db, username, password = self.ctx.db, self.ctx.actor.username, \
            self.overlay.password.text()
        self.overlay.password.clear()
        Operation(self.overlay, lambda: sign_in(db, username, password), self._unlocked) \
            .failure(self._refused).disabling(self.overlay.button).run()

    def _unlocked(self, actor: Actor) -> None:
        if actor.user_id != self.ctx.actor.user_id:
            return
        for action, enabled in self._actions:
            action.setEnabled(enabled)
        for part in (self.window.centralWidget(), self.window.menuBar()):
            if part is not None:
                part.setEnabled(True)
        self.overlay.hide()
        self.window.removeEventFilter(self)
        self.locked = False
        self.timer.start()

    def _refused(self, exc: BaseException) -> None:
        self.overlay.show_message(describe_error(exc))
        self.overlay.password.setFocus()
