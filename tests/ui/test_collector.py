"""Python's cycle collector runs on the GUI thread only: a collection started by a worker
thread could free a closed window's widgets from that thread, and Qt crashes."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from pgp_desk.ui.collector import GuiThreadCollector, collect_on_gui_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()


def test_the_application_has_one_collector_and_no_automatic_collection(qapp) -> None:  # type: ignore[no-untyped-def]
    first = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is first
    assert len(qapp.findChildren(GuiThreadCollector)) == 1
    assert not gc.isenabled()
    assert first.timer.isActive()


def test_a_worker_thread_never_starts_a_collection(qapp) -> None:  # type: ignore[no-untyped-def]
    collect_on_gui_thread(qapp)
    started: list[int] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            started.append(threading.get_ident())

    def allocate() -> None:
        for _ in range(20 * gc.get_threshold()[0]):
            _Cycle.__new__(_Cycle).me = []

    gc.callbacks.append(note)
    try:
        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
    finally:
        gc.callbacks.remove(note)
    assert worker.ident not in started


def test_the_gui_thread_collects_what_was_left(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    collect_on_gui_thread(qapp)
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    del cycle
    assert gone() is not None  # nothing collects it on the spot
    kept = [[] for _ in range(gc.get_threshold()[0] + 1)]  # past the youngest threshold
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    assert kept
