"""Opening a client, a follow-up and the Programme tab keeps the window answering.

Their data is read in an ``Operation``; their widgets, which only the GUI thread may make,
are made a part per event-loop turn (``widgets.stepwise``) behind a visible busy state. A
0 ms timer counts event-loop turns: while a window is being made, the loop must keep
turning (clicks, keys and paints get in between). Nothing here is timed; the longest pause
is measured by bench/heartbeat.py.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from pgp_desk.services.assessments import assessments as svc
from pgp_desk.services.clients import clients, episodes
from pgp_desk.ui.assessment.form import AssessmentForm
from pgp_desk.ui.clients.workspace import ClientWorkspace
from pgp_desk.ui.operations import running_operations, wait_for_background
from pgp_desk.ui.programme.builder import ProgrammeBuilder


class Turns:
    """Counts event-loop turns, noting on each what ``look()`` saw."""

    def __init__(self, look) -> None:  # type: ignore[no-untyped-def]
        self.seen: list[object] = []
        self.look = look
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(lambda: self.seen.append(self.look()))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def _client(ctx):  # type: ignore[no-untyped-def]
    client = clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Åse", last_name="Andersen", birth_date=date(1991, 5, 4), language="da"))
    episode = episodes.create_episode(ctx.db, ctx.actor, client.id, episodes.EpisodeInput(
        due_date=date.today() + timedelta(days=70)))
    first = svc.create_assessment(ctx.db, ctx.actor, episode.id,
                                  assessed_on=date.today() - timedelta(days=21))
    svc.sign_assessment(ctx.db, ctx.actor, first.id, first.version)
    return client


def _workspace(qtbot, ctx, client_id: int) -> ClientWorkspace:  # type: ignore[no-untyped-def]
    workspace = ClientWorkspace(ctx, client_id)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 720)
    workspace.show()
    return workspace


_EARLIER: list[AssessmentForm] = []


@pytest.fixture(autouse=True)
def _earlier_forms() -> None:
    """Forms another test left for Qt to delete later are not this test's."""
    _EARLIER.clear()
    _EARLIER.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, AssessmentForm))


def _forms() -> list[AssessmentForm]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, AssessmentForm) and not any(w is e for e in _EARLIER)]


def test_opening_a_client_says_so_and_shows_her_when_read(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    client = _client(ctx)
    workspace = _workspace(qtbot, ctx, client.id)
    # the constructor only starts the read: the busy state is up, the actions wait
    assert workspace.header.name.text() == "Åbner patienten …"
    assert not workspace.edit_button.isEnabled()
    assert running_operations() >= 1
    qtbot.waitUntil(lambda: workspace.client is not None and workspace.edit_button.isEnabled(),
                    timeout=10000)
    assert workspace.header.name.text() == "Åse Andersen"


def test_a_follow_up_is_made_in_steps_behind_a_busy_note(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    client = _client(ctx)
    workspace = _workspace(qtbot, ctx, client.id)
    tab = workspace.assessments_tab
    workspace.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.new_follow_up.isEnabled(), timeout=10000)

    turns = Turns(lambda: [(f.isVisible(), f.nav.count()) for f in _forms()])
    tab.new_follow_up.click()
    # the click returns at once: nothing is made yet, the tab says what is happening and
    # a second click cannot start a second form
    assert _forms() == []
    note = tab.findChild(QLabel, "assessmentOpening")
    assert note.isVisible() and note.text() == "Åbner undersøgelsen …"
    assert not tab.new_follow_up.isEnabled()
    tab.new_follow_up.click()
    qtbot.waitUntil(lambda: any(f.isVisible() for f in _forms()), timeout=15000)
    turns.stop()
    wait_for_background(5000)

    assert len(_forms()) == 1
    form = _forms()[0]
    building = [s for s in turns.seen if s and not s[0][0]]
    # the sections appeared over many turns of the event loop, the window hidden meanwhile
    assert len(building) >= 8, turns.seen
    assert len({s[0][1] for s in building}) >= 5  # the section list grew between turns
    assert form.nav.count() == 8 and form.sections.current_section() == "history"
    assert not note.isVisible() and tab.new_follow_up.isEnabled()
    form.close()


def test_the_programme_tab_is_made_in_steps_behind_a_busy_note(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    client = _client(ctx)
    workspace = _workspace(qtbot, ctx, client.id)
    qtbot.waitUntil(lambda: workspace.client is not None, timeout=10000)
    wait_for_background(5000)
    programme_tab = workspace.programme_tab

    def look() -> tuple[bool, bool]:
        builder = programme_tab.builder
        return (builder is not None and builder.data is None,
                programme_tab.placeholder.isVisible())

    turns = Turns(look)
    workspace.tabs.setCurrentWidget(programme_tab)
    builder = programme_tab.builder
    assert isinstance(builder, ProgrammeBuilder)
    assert not builder.isVisible()
    assert programme_tab.placeholder.isVisible()
    assert programme_tab.placeholder.text() == "Åbner programmet …"
    qtbot.waitUntil(lambda: builder.isVisible() and builder.data is not None, timeout=15000)
    turns.stop()
    wait_for_background(5000)
    waiting = [s for s in turns.seen if s == (True, True)]
    assert len(waiting) >= 5, turns.seen  # made and read while the loop kept turning
    assert not programme_tab.placeholder.isVisible()
    assert builder.findChild(QWidget, "programmeSideTabs").isVisible()


def test_closing_the_client_while_a_follow_up_is_made_leaves_nothing_behind(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Another client opened meanwhile: the half-made form is dropped, never shown."""
    client = _client(ctx)
    workspace = _workspace(qtbot, ctx, client.id)
    tab = workspace.assessments_tab
    qtbot.waitUntil(lambda: tab.new_follow_up.isEnabled(), timeout=10000)
    tab.new_follow_up.click()
    qtbot.waitUntil(lambda: bool(_forms()), timeout=15000)  # being made, not shown
    workspace.close()
    workspace.deleteLater()
    qtbot.wait(50)
    wait_for_background(5000)
    qtbot.waitUntil(lambda: not _forms(), timeout=15000)


def test_a_window_that_cannot_be_made_says_so_instead_of_hanging(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A step that raises ends the making: ``failed`` hears it, ``done`` never runs."""
    from pgp_desk.ui.widgets.stepwise import build_stepwise

    owner = QWidget()
    qtbot.addWidget(owner)
    made: list[int] = []
    heard: list[object] = []

    def steps():  # type: ignore[no-untyped-def]
        made.append(1)
        yield
        made.append(2)
        raise ValueError("the chart file is damaged")

    build_stepwise(owner, steps(), lambda: heard.append("done"), heard.append)
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    qtbot.wait(20)
    assert made == [1, 2]
    assert len(heard) == 1 and isinstance(heard[0], ValueError)


def test_a_timer_due_during_a_step_runs_before_the_next_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A step must never follow another without the event loop turning in between: a
    timer that fell due during a step (a heartbeat, a blinking cursor, the idle lock) runs
    before the next step. Each step here waits 3 ms, so a 1 ms timer is always due."""
    import time

    from pgp_desk.ui.widgets.stepwise import build_stepwise

    owner = QWidget()
    qtbot.addWidget(owner)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    seen_at_step: list[int] = []
    finished: list[bool] = []

    def steps():  # type: ignore[no-untyped-def]
        for _ in range(20):
            seen_at_step.append(len(ticks))
            time.sleep(0.003)
            yield

    timer.start()
    build_stepwise(owner, steps(), lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    timer.stop()
    between = [b - a for a, b in pairwise(seen_at_step)]
    assert len(between) == 19 and min(between) >= 1, between


class _Sized(QWidget):
    """Notes when Qt asks for its size."""

    def __init__(self, asked: list[str], name: str) -> None:
        super().__init__()
        self.asked, self.name = asked, name

    def sizeHint(self):  # type: ignore[no-untyped-def]
        self.asked.append(self.name)
        return super().sizeHint()


def test_each_part_is_sized_in_its_own_step_and_the_window_laid_out_before_it_shows(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Sizing every part when the window first shows was one long pause (the assessment
    form: 70–130 ms); ``measured`` sizes each part in the step that made it, then lays
    the whole window out in a step of its own."""
    from PySide6.QtWidgets import QVBoxLayout

    from pgp_desk.ui.widgets.stepwise import measured

    asked: list[str] = []
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    parts: list[QWidget] = []

    def steps():  # type: ignore[no-untyped-def]
        for name in ("history", "tests"):
            part = _Sized(asked, name)
            layout.addWidget(part)
            parts.append(part)
            yield

    made = measured(steps(), lambda: parts[-1] if parts else None, window)
    next(made)
    assert asked == ["history"]
    next(made)
    assert asked == ["history", "tests"]
    next(made)  # the last step lays the hidden window out: nothing is left to lay out
    assert not window.isVisible()
    assert not window.layout().activate()  # True would mean the layout had to be redone
    assert list(made) == []


def test_the_form_and_the_client_screen_are_laid_out_before_they_show(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The form's steps size each page as it is made; the client's screen is made, laid
    out and shown in three turns; the Programme tab's builder is laid out before it shows."""
    from pgp_desk.ui.main_window import MainWindow
    from pgp_desk.ui.widgets import stepwise

    client = _client(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_client(client.id)
    workspace = window.pages.widget(window.pages.count() - 1)
    assert isinstance(workspace, ClientWorkspace)
    assert window.pages.currentWidget() is not workspace  # shown two turns later
    qtbot.waitUntil(lambda: window.pages.currentWidget() is workspace, timeout=5000)

    tab = workspace.assessments_tab
    workspace.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.new_follow_up.isEnabled(), timeout=10000)
    tab.new_follow_up.click()
    qtbot.waitUntil(lambda: bool(_forms()), timeout=15000)
    form = _forms()[0]
    assert form.steps.gi_code is stepwise.measured.__code__  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: form.isVisible(), timeout=15000)
    form.close()

    workspace.tabs.setCurrentWidget(workspace.programme_tab)
    builder = workspace.programme_tab.builder
    shown_when_read: list[bool] = []  # heard after the tab's own slot
    builder.loaded.connect(lambda: shown_when_read.append(builder.isVisible()))
    qtbot.waitUntil(lambda: bool(shown_when_read), timeout=15000)
    assert shown_when_read == [False]  # laid out first, shown a turn later
    qtbot.waitUntil(builder.isVisible, timeout=5000)
    window.close()
    wait_for_background(5000)


def test_the_builders_panes_paint_one_turn_each_after_it_shows(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Qt paints a newly shown window in one event: the builder's four panes (lists and
    pictures) were one pause. Each pane is let paint in a turn of its own."""
    client = _client(ctx)
    workspace = _workspace(qtbot, ctx, client.id)
    qtbot.waitUntil(lambda: workspace.client is not None, timeout=10000)
    wait_for_background(5000)
    programme_tab = workspace.programme_tab
    workspace.tabs.setCurrentWidget(programme_tab)
    builder = programme_tab.builder
    assert isinstance(builder, ProgrammeBuilder)

    def painting() -> int:
        return sum(pane.updatesEnabled() for pane in (
            builder.library_panel, builder.programme, builder.dosage, builder.side))

    def look() -> tuple[int, bool] | None:  # None: not shown yet; else how many panes may
        if not builder.isVisible():  # paint, and whether the programme's list fills its
            return None  # background (held back, it must not: its area would stay black)
        return painting(), builder.programme.view.viewport().autoFillBackground()

    turns = Turns(look)
    qtbot.waitUntil(lambda: builder.isVisible() and painting() == 4, timeout=15000)
    turns.stop()
    seen = [n for n in turns.seen if n is not None]
    assert seen[0] == (0, False), turns.seen  # shown with no pane painted yet
    assert all(b[0] - a[0] <= 1 for a, b in pairwise(seen)), turns.seen  # one pane a turn
    assert builder.programme.view.viewport().autoFillBackground()  # as it was, once painted


def test_making_the_dosage_editor_shows_no_window_of_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A widget shown before it has a parent becomes a window (made, then unmade when it
    is placed): time spent for nothing while the builder is made, and a flash on screen."""
    from PySide6.QtCore import QEvent, QObject

    from pgp_desk.ui.programme.dosage_editor import DosageEditor

    class Windows(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.shown: list[str] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                    and watched.isWindow()):
                self.shown.append(watched.objectName() or type(watched).__name__)
            return False

    windows = Windows()
    QApplication.instance().installEventFilter(windows)
    try:
        editor = DosageEditor("da")
        qtbot.addWidget(editor)
        without_note = DosageEditor("da", with_note=False)
        qtbot.addWidget(without_note)
    finally:
        QApplication.instance().removeEventFilter(windows)
    assert windows.shown == []
    assert not editor.note.isHidden() and without_note.note.isHidden()
