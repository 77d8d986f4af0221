"""The consultation heartbeat, run by bench/run.py in a child process (or on its own).

    python bench/heartbeat.py URL

A QTimer beats every 10 ms on the GUI thread while PGP Desk's main window opens a client,
a new follow-up and the Programme tab, as a physiotherapist does at the start of a visit,
then goes back to the client list.
The longest gap between two beats is the longest the window stopped answering. First the
same window beats idle for as long as the visit took: that gap is the same-run baseline
(what the machine and the event loop cost with nothing to do).

Prints one line per step, "gap STEP MS", then "gap idle MS", and quits.
The client is the demo clinic's busiest one (most assessments), as in a real follow-up.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

if TYPE_CHECKING:
    from pgp_desk.services.database import Database
    from pgp_desk.services.people.actor import Actor

BEAT_MS = 10


class Heartbeat:
    """Beats every 10 ms and keeps the longest gap since the last ``reset``."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self.beat)
        self.last = time.perf_counter()
        self.longest = 0.0

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000)
        self.last = now

    def gap(self) -> float:
        """The longest gap so far, counting the one still open."""
        return max(self.longest, (time.perf_counter() - self.last) * 1000)


def wait_until(done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop (the heartbeat keeps beating) until ``done()``."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout

    def check() -> None:
        if done() or time.monotonic() > deadline:
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(5)
    loop.exec()
    poll.stop()
    if not done():
        raise SystemExit("heartbeat: a step did not finish within a minute")


def settle(ms: int = 300) -> None:
    """Let queued work (results delivered, first paints) run for ``ms``."""
    end = time.monotonic() + ms / 1000
    wait_until(lambda: time.monotonic() >= end)


def busiest_client(db: Database, actor: Actor) -> int:
    from sqlalchemy import func, select

    from pgp_desk.db.models import Assessment, Episode, Programme

    with db.sessions() as session:
        with_programme = select(Episode.client_id).join(Programme)
        return int(session.scalars(
            select(Episode.client_id).join(Assessment)
            .where(Episode.client_id.in_(with_programme))
            .group_by(Episode.client_id)
            .order_by(func.count(Assessment.id).desc(), Episode.client_id)).first())


def main(url: str) -> int:
    app = QApplication(sys.argv[:1])
    from bench_people import bench_actor

    from pgp_desk.services.context import AppContext
    from pgp_desk.services.database import open_database
    from pgp_desk.ui.i18n import install_language
    from pgp_desk.ui.main_window import MainWindow
    from pgp_desk.ui.operations import running_operations
    from pgp_desk.ui.style import install_style

    db = open_database(url)
    actor = bench_actor(db)
    client_id = busiest_client(db, actor)
    install_language("da")
    install_style(app)
    window = MainWindow(AppContext(db, actor, "da"))
    window.show()
    window.start()
    heart = Heartbeat()
    heart.start()

    def idle() -> bool:
        return running_operations() == 0

    settle(1000)  # the client list is up, and the therapist finds her client
    wait_until(idle)

    started = time.perf_counter()
    steps: list[tuple[str, float]] = []

    heart.reset()
    window.open_client(client_id)
    # imported on first use, as in the app; it may be shown a turn or two after it is made
    workspace = window.pages.widget(window.pages.count() - 1)
    opened: list[object] = []
    workspace.loaded.connect(lambda: opened.append(True))
    wait_until(lambda: bool(opened) and idle() and window.pages.currentWidget() is workspace)
    settle()
    steps.append(("open client", heart.gap()))

    heart.reset()
    tabs = workspace.tabs
    tabs.setCurrentWidget(workspace.assessments_tab)
    forms: list[QWidget] = []
    workspace.assessments_tab.formOpened.connect(forms.append)
    wait_until(lambda: workspace.assessments_tab.new_follow_up.isEnabled())
    workspace.assessments_tab.new_follow_up.click()
    wait_until(lambda: bool(forms) and idle())
    settle()
    steps.append(("open follow-up", heart.gap()))
    form = forms[0]
    form.close()
    settle()

    heart.reset()
    tabs.setCurrentWidget(workspace.programme_tab)
    wait_until(lambda: workspace.programme_tab.builder is not None
               and workspace.programme_tab.builder.data is not None
               and not workspace.programme_tab.builder.busy and idle())
    settle()
    steps.append(("programme tab", heart.gap()))

    heart.reset()
    workspace.back.click()  # the visit is over: back to the client list, read again
    wait_until(lambda: window.pages.currentWidget() is window.search_page and idle())
    settle()
    steps.append(("back to the list", heart.gap()))

    took = time.perf_counter() - started
    heart.reset()
    settle(int(took * 1000))
    for name, gap in steps:
        print(f"gap {name.replace(' ', '_')} {gap:.1f}", flush=True)
    print(f"gap idle {heart.gap():.1f}", flush=True)
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
