"""One running PGP Desk per user and database: a second start brings the first one forward.

The first GUI on a database takes a lock file and listens on a local socket (a named pipe
on Windows), both named after the OS user and the database URL, hashed so that no
password ends up in a file or socket name. A later start finds the lock taken, asks the
running one to show its window, waits for its answer and ends. A crashed instance leaves
a lock whose process is gone; QLockFile treats it as stale, so the next start proceeds.
Command-line commands never take part.

The lock is taken before the first window shows; the socket listens once it is painted
(``listen``), as QtNetwork takes a few milliseconds to load that the window need not wait
for. A later start in between finds the lock and keeps asking until the first one answers.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QDir, QLockFile, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # loaded once the first window is painted (``listen``)
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ASK = b"show\n"
ANSWER = b"shown\n"


def instance_key(user: str, url: str) -> str:
    """A name for the lock and the socket, the same for every start on one database."""
    digest = QCryptographicHash.hash(QByteArray(f"{user}\0{url}".encode()),
                                     QCryptographicHash.Algorithm.Sha256).toHex()
    return f"pgp-desk-{bytes(digest.data()).decode()[:24]}"


class SingleInstance(QObject):
    """Claims the database for this process; ``show_requested`` when another start asks."""

    show_requested = Signal()

    def __init__(self, key: str, parent: QObject | None = None):
        super().__init__(parent)
        self.key = key
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{key}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True if this is the first GUI on the database (then ``listen`` once its first
        window is painted)."""
        return bool(self._lock.tryLock(0))

    def listen(self) -> None:
        """Answer later starts on the same database (after ``claim``)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.key)  # a socket file left behind by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        server.listen(self.key)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ASK):
            self.show_requested.emit()
            socket.write(ANSWER)
            socket.flush()
            socket.disconnectFromServer()


def ask_running_instance(key: str, timeout: float = 8.0) -> bool:
    """Ask the GUI holding ``key`` to show its window; True once it answered.

    Runs before this process has any window, so waiting here freezes nothing on screen.
    The first instance may hold the lock a moment before it listens: try again briefly.
    """
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(key)
        if socket.waitForConnected(500):
            socket.write(ASK)
            socket.waitForBytesWritten(1000)
            answered = socket.waitForReadyRead(max(1, int((deadline - time.monotonic()) * 1000)))
            return answered and bytes(socket.readAll().data()).startswith(ANSWER)
        time.sleep(0.2)
    return False


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top; where the system refuses focus, its taskbar entry flashes."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)
