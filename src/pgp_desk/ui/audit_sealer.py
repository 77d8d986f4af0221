"""Seals the audit trail in the background, soon after start and then every few minutes.

Sealing (services.audit_chain) never runs on the GUI thread nor inside a user's save: the
hot path only inserts an event. A failed pass is logged and simply tried again later; IT
sees the state of the chain with ``pgp-desk audit verify``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from pgp_desk.services.audit import audit_chain
from pgp_desk.services.database import Database
from pgp_desk.ui.operations import Operation

FIRST_PASS_MS = 30_000
INTERVAL_MS = 10 * 60_000

_log = logging.getLogger(__name__)


class AuditSealer(QObject):
    """One per main window; ``start()`` schedules the first pass."""

    def __init__(self, db: Database, parent: QObject | None = None,
                 first_ms: int = FIRST_PASS_MS, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.running = False
        self.last: audit_chain.SealResult | None = None
        self._first_ms = first_ms
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.seal_now)

    def start(self) -> None:
        QTimer.singleShot(self._first_ms, self, self.seal_now)
        self.timer.start()

    def seal_now(self) -> None:
        if self.running:  # one pass at a time from this window
            return
        self.running = True
        Operation(self, lambda: audit_chain.seal(self.db), self._sealed) \
            .failure(self._failed).run()

    def _sealed(self, result: audit_chain.SealResult) -> None:
        self.running = False
        self.last = result

    def _failed(self, exc: Exception) -> None:
        self.running = False
        _log.warning("sealing the audit trail failed; trying again later: %s",
                     type(exc).__name__)
