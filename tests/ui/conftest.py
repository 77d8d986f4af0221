"""Real widgets on a real SQLite database, driven with pytest-qt (offscreen)."""

from __future__ import annotations

import pytest

from pgp_desk.services.context import AppContext
from pgp_desk.ui.collector import collect_on_gui_thread
from pgp_desk.ui.i18n import install_language
from pgp_desk.ui.operations import wait_for_background
from pgp_desk.ui.style import install_style


@pytest.fixture(autouse=True, scope="session")
def _collect_on_gui_thread(qapp):  # type: ignore[no-untyped-def]
    """As the application does: no widget is freed from a worker thread's collection."""
    collect_on_gui_thread(qapp)


@pytest.fixture
def ctx(qapp, sqlite_db, sqlite_actor):  # type: ignore[no-untyped-def]
    install_language("da")
    install_style(qapp)  # the look the application has
    context = AppContext(sqlite_db, sqlite_actor, "da")
    yield context
    wait_for_background(10000)
    qapp.setStyleSheet("")
    install_language("en")
