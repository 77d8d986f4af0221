"""The app seals the audit trail in the background after start and then periodically."""

from __future__ import annotations

from pgp_desk.services.audit import audit_chain
from pgp_desk.services.clients import clients
from pgp_desk.ui.audit_sealer import FIRST_PASS_MS, INTERVAL_MS, AuditSealer
from pgp_desk.ui.main_window import MainWindow


def test_sealer_chains_new_events_on_each_pass(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The first pass seals what is there; the timer's next pass seals what came after."""
    clients.create_client(ctx.db, ctx.actor, clients.ClientInput(first_name="Ea",
                                                                 last_name="Holm"))
    sealer = AuditSealer(ctx.db, first_ms=0, interval_ms=200)
    sealer.start()
    qtbot.waitUntil(lambda: sealer.last is not None, timeout=5000)
    first = sealer.last
    # everything so far: the clinic's people (created and signed in) and the new client
    assert first.sealed == first.links and audit_chain.verify(ctx.db).unsealed == 0
    clients.create_client(ctx.db, ctx.actor, clients.ClientInput(first_name="Bo",
                                                                 last_name="Holm"))
    qtbot.waitUntil(lambda: sealer.last is not None and sealer.last.links == first.links + 1,
                    timeout=5000)
    assert audit_chain.verify(ctx.db, sealer.last.head).intact
    sealer.timer.stop()


def test_main_window_starts_sealing_off_the_gui_thread(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Starting the main window schedules the passes; a pass never blocks the window."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not window.audit_sealer.timer.isActive()
    window.start()
    assert window.audit_sealer.timer.isActive()
    assert window.audit_sealer.timer.interval() == INTERVAL_MS and FIRST_PASS_MS <= 60_000
    window.audit_sealer.seal_now()
    assert window.audit_sealer.running  # handed to the thread pool, not done here
    qtbot.waitUntil(lambda: not window.audit_sealer.running, timeout=5000)
    assert window.audit_sealer.last is not None
