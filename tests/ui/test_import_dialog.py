"""Importing clients through the real dialog: report first, Import only for a clean file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from pgp_desk.services.clients import clients
from pgp_desk.ui.clients.import_dialog import ImportClientsDialog
from pgp_desk.ui.main_window import MainWindow

GOOD = ("Fornavn;Efternavn;Fødselsdato;Sprog\n"
        "Søren;Østergård;24.03.1990;dansk\n"
        "Åse;Lie;02.01.1985;norsk\n"
        "Bodil;Nørgaard;15.07.1988;\n")
BAD = ("Fornavn;Efternavn;Fødselsdato\n"
       "Anna;Holm;24.03.1990\n"
       "Bo;;01.01.1980\n"
       "Cille;Dam;31.02.1990\n"
       "Anna;Holm;24-03-1990\n")


def opened(qtbot, ctx, path: Path) -> ImportClientsDialog:  # type: ignore[no-untyped-def]
    dialog = ImportClientsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    return dialog


def table(dialog: ImportClientsDialog) -> list[tuple[str, str]]:
    view = dialog.problems
    return [(view.item(r, 0).text(), view.item(r, 1).text()) for r in range(view.rowCount())]


def test_problems_are_listed_by_line_and_import_stays_off(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A bad file fills the table with (line, problem) rows and Import stays disabled."""
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    dialog = opened(qtbot, ctx, path)
    rows = table(dialog)
    assert [line for line, _ in rows] == ["3", "4", "5"]
    assert "»31.02.1990«" in rows[1][1]  # quoted as Danish quotes, in the Danish window
    assert "2" in rows[2][1]  # the duplicate names the line it repeats
    assert not dialog.import_button.isEnabled()
    assert not dialog.progress.isVisible()
    assert clients.count_clients(ctx.db, ctx.actor) == 0


def test_clean_file_imports_with_progress(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A clean Windows-1252 file enables Import; clicking it imports everyone off-thread."""
    path = tmp_path / "good.csv"
    path.write_bytes(GOOD.encode("cp1252"))
    dialog = opened(qtbot, ctx, path)
    assert table(dialog) == []
    assert "Windows-1252" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args == [3]
    assert dialog.progress.isVisible() and dialog.progress.value() == dialog.progress.maximum()
    assert not dialog.import_button.isEnabled()
    names = [r.display_name for r in clients.search_clients(ctx.db, ctx.actor, "").rows]
    assert sorted(names) == ["Bodil Nørgaard", "Søren Østergård", "Åse Lie"]


def test_options_check_the_file_again(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Choosing UTF-8 for a Windows file says why it cannot be read; auto reads it again."""
    path = tmp_path / "good.csv"
    path.write_bytes(GOOD.encode("cp1252"))
    dialog = opened(qtbot, ctx, path)
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    qtbot.waitUntil(lambda: "UTF-8" in dialog.summary.text() and dialog.report is None,
                    timeout=5000)
    assert "Linje 1 er ikke gyldig UTF-8" in dialog.summary.text()  # the Danish UI
    assert not dialog.import_button.isEnabled()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("auto"))
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.import_button.isEnabled()


def test_registered_clients_can_be_left_out(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A client already registered blocks Import until "leave out" is ticked."""
    from datetime import date

    clients.create_client(ctx.db, ctx.actor, clients.ClientInput(
        first_name="Åse", last_name="Lie", birth_date=date(1985, 1, 2)))
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    dialog = opened(qtbot, ctx, path)
    assert [line for line, _ in table(dialog)] == ["3"]
    assert not dialog.import_button.isEnabled()
    dialog.skip_duplicates.setChecked(True)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.skip_duplicates,
                    timeout=5000)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000) as done:
        dialog.import_button.click()
    assert done.args == [2]
    assert clients.count_clients(ctx.db, ctx.actor) == 3


def test_main_window_file_menu_opens_the_dialog(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """File → Import clients … opens the import dialog."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = window.findChild(type(window.menuBar().actions()[0]), "importClientsAction")
    assert action is not None
    seen: list[str] = []

    def close_it() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(modal.objectName() if modal else "")
        if modal is not None:
            modal.reject()

    QTimer.singleShot(100, close_it)
    action.trigger()
    assert seen == ["importClientsDialog"]


def test_check_and_import_show_the_time_left(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Both passes put 'about … left' beside the bar once the pace can be judged, and
    hide it when the work ends."""
    from pgp_desk.services.clients import client_import

    monkeypatch.setattr(client_import, "BATCH", 50)
    path = tmp_path / "many.csv"
    path.write_text("Fornavn;Efternavn\n" + "".join(f"Anna{i};Holm\n" for i in range(600)),
                    encoding="utf-8")
    dialog = ImportClientsDialog(ctx)
    qtbot.addWidget(dialog)
    ticks = iter(range(0, 10**6, 2))  # each look at the clock is 2 s later
    dialog.progress_row.clock = lambda: float(next(ticks))
    seen: list[str] = []
    show = dialog.estimate.setText
    monkeypatch.setattr(dialog.estimate, "setText",
                        lambda text: (seen.append(text), show(text)))
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    checking = list(seen)
    assert checking and all(t.startswith("ca. ") and t.endswith(" tilbage") for t in checking)
    assert not dialog.estimate.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(seen) > len(checking)
    assert not dialog.estimate.isVisible()
    assert clients.count_clients(ctx.db, ctx.actor) == 600


def test_the_import_names_each_field_as_the_client_editor_does(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """One table of a client's field labels: a problem found in the file names its field
    with the label of that field's row in the client editor ("Handout language", not a
    second word for it)."""
    from dataclasses import fields

    from pgp_desk.ui.clients.editor import ClientEditorDialog

    importer, editor = ImportClientsDialog(ctx), ClientEditorDialog(ctx, None)
    qtbot.addWidget(importer)
    qtbot.addWidget(editor)
    names = [field.name for field in fields(clients.ClientInput)]
    assert {name: importer.field_label(name) for name in names} == editor.form.labels
