"""Exercise cards show enough of a name to tell similar exercises apart."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from pgp_desk.ui.programme.delegate import TITLE_LINES, CardDelegate, elide_lines

NAMES = ("Dybe mavemuskler og bækkenbund på siden", "Dybe mavemuskler og bækkenbund på ryggen")


def test_two_long_names_that_start_alike_read_differently_in_a_narrow_library(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At the library's width on a 1366×768 laptop (about 330 px) each whole name is shown,
    wrapped onto a second line, so the two are not both "Dybe mavemuskler og bækk…"."""
    model = QStandardItemModel()
    for name in NAMES:
        model.appendRow(QStandardItem(name))
    view = QListView()
    qtbot.addWidget(view)
    delegate = CardDelegate(parent=view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.resize(330, 400)
    view.show()
    qtbot.waitExposed(view)
    shown = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        title = delegate._fonts(option)[0]
        width = delegate._text_width(option.rect.width(), index)
        text = elide_lines(NAMES[row], QFontMetrics(title), width, TITLE_LINES)
        shown.append(text)
        # the row is tall enough for the lines the name takes
        assert delegate.sizeHint(option, index).height() >= QFontMetrics(title).lineSpacing()
    assert shown == list(NAMES)
