"""The one background-operation helper: result on the GUI thread, one translated sentence on
failure, busy state, progress, and safe when the widget that started it is gone."""

from __future__ import annotations

import sys
import threading

import shiboken6
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from pgp_desk.services.errors import NotFoundError
from pgp_desk.ui.i18n import install_language
from pgp_desk.ui.operations import Operation, running_operations, wait_for_background


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    wait_for_background(5000)
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=5000)


def test_success_runs_on_the_gui_thread_with_the_typed_result(qapp, qtbot):  # type: ignore[no-untyped-def]
    """The work runs in the pool; its result reaches ``success`` on the GUI thread."""
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[tuple[int, bool, bool]] = []
    worker_thread: list[QThread] = []

    def work() -> int:
        worker_thread.append(QThread.currentThread())
        return 42

    Operation(owner, work, lambda n: seen.append(
        (n, QThread.currentThread() is qapp.thread(), worker_thread[0] is qapp.thread()))).run()
    _settle(qtbot)
    assert seen == [(42, True, False)]


def test_the_owner_deleted_mid_job_gets_nothing_and_nothing_leaks(qapp, qtbot):  # type: ignore[no-untyped-def]
    """Closing the window while its job runs drops the result quietly and frees the job."""
    owner = QWidget()
    gate = threading.Event()
    delivered: list[object] = []
    Operation(owner, lambda: gate.wait(5) and 42, delivered.append) \
        .failure(delivered.append).with_progress(lambda *a: delivered.append(a)).run()
    Operation(owner, lambda: 1 / 0 if gate.wait(5) else None, delivered.append) \
        .failure(delivered.append).run()
    assert running_operations() == 2
    shiboken6.delete(owner)
    gate.set()
    _settle(qtbot)
    qapp.processEvents()
    assert delivered == []


def test_a_failure_shows_one_translated_sentence(qapp, qtbot):  # type: ignore[no-untyped-def]
    """Without a failure handler the user sees describe_error's sentence, in Danish."""
    install_language("da")
    try:
        owner = QWidget()
        owner.setWindowTitle("Klient")
        qtbot.addWidget(owner)
        shown: list[tuple[str, str]] = []

        def read_and_close() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, read_and_close)
                return
            shown.append((box.windowTitle(), box.text()))
            box.accept()

        def work() -> None:
            raise NotFoundError()

        QTimer.singleShot(0, read_and_close)
        Operation(owner, work).failure_title("Ikke gemt").run()
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        title, text = shown[0]
        assert title == "Ikke gemt"
        assert text == "Denne post findes ikke længere; den kan være slettet."
        assert "Traceback" not in text and "NotFoundError" not in text
    finally:
        install_language("en")


def test_busy_widgets_are_disabled_until_the_result_and_keep_their_state(qapp, qtbot):  # type: ignore[no-untyped-def]
    """``disabling`` greys the buttons while the job runs; a button already off stays off."""
    owner = QWidget()
    qtbot.addWidget(owner)
    save, sign = QPushButton(owner), QPushButton(owner)
    sign.setEnabled(False)
    gate = threading.Event()
    during: list[tuple[bool, bool]] = []
    switches: list[bool] = []
    Operation(owner, lambda: gate.wait(5),
              lambda _r: during.append((save.isEnabled(), sign.isEnabled()))) \
        .disabling(save, sign).busy(switches.append).run()
    assert not save.isEnabled() and not sign.isEnabled()
    assert switches == [True]
    gate.set()
    _settle(qtbot)
    assert during == [(True, False)]
    assert switches == [True, False]


def test_progress_reaches_the_gui_thread_in_order(qapp, qtbot):  # type: ignore[no-untyped-def]
    """``with_progress`` hands ``work`` a report function; each report arrives on the GUI
    thread, in order, before the result."""
    owner = QWidget()
    qtbot.addWidget(owner)
    events: list[object] = []

    def work(report) -> str:  # type: ignore[no-untyped-def]
        for done in range(1, 4):
            report(done, 3)
        return "done"

    Operation(owner, work, events.append).with_progress(
        lambda done, total: events.append((done, total, QThread.currentThread() is qapp.thread()))
    ).run()
    _settle(qtbot)
    assert events == [(1, 3, True), (2, 3, True), (3, 3, True), "done"]


def test_a_newer_operation_with_the_same_key_supersedes_the_older(qapp, qtbot):  # type: ignore[no-untyped-def]
    """Two reads for the same place (another client chosen meanwhile): only the newest
    result is shown, even when the older one arrives last; busy ends once, at the end."""
    owner = QWidget()
    qtbot.addWidget(owner)
    shown: list[str] = []
    busy: list[bool] = []
    first_may_finish = threading.Event()
    Operation(owner, lambda: first_may_finish.wait(5) and "Åse", shown.append) \
        .latest("client").busy(busy.append).run()
    Operation(owner, lambda: "Bodil", shown.append).latest("client").busy(busy.append).run()
    qtbot.waitUntil(lambda: shown == ["Bodil"], timeout=5000)
    first_may_finish.set()
    _settle(qtbot)
    qapp.processEvents()
    assert shown == ["Bodil"]
    assert busy == [True, True, False]
    # another key, or no key, is not affected
    Operation(owner, lambda: "Clara", shown.append).latest("programme").run()
    Operation(owner, lambda: "Dorte", shown.append).run()
    _settle(qtbot)
    qapp.processEvents()
    assert sorted(shown) == ["Bodil", "Clara", "Dorte"]


def test_background_work_hands_the_interpreter_back_within_a_millisecond(qapp, qtbot):  # type: ignore[no-untyped-def]
    """Every call from Qt into Python on the GUI thread (slots, delegates painting rows)
    waits for the interpreter lock while an operation runs Python; Python's default
    hand-over comes after 5 ms, which stacked up into visible pauses while a form opened."""
    sys.setswitchinterval(0.005)
    try:
        owner = QWidget()
        qtbot.addWidget(owner)
        Operation(owner, lambda: 1, lambda _n: None).run()
        _settle(qtbot)
        assert sys.getswitchinterval() <= 0.001
    finally:
        sys.setswitchinterval(0.005)
