"""The builder's widgets and their places: top bar, library, programme with the dosage
editor, and the side panel. Kept apart from the behaviour in builder.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pgp_desk.services import programmes as programme_service
from pgp_desk.ui.programme.delegate import CardDelegate
from pgp_desk.ui.programme.dosage_editor import DosageEditor
from pgp_desk.ui.programme.items_model import ProgrammeItemsModel
from pgp_desk.ui.programme.library_panel import LibraryPanel
from pgp_desk.ui.programme.programme_view import ProgrammeView
from pgp_desk.ui.programme.side_panel import SidePanel
from pgp_desk.ui.programme.template_menu import TemplateMenu
from pgp_desk.ui.style import set_role
from pgp_desk.ui.widgets.choices import add_languages
from pgp_desk.ui.widgets.draft_banner import DraftBanner


class BuilderLayout:
    """Mixin for ProgrammeBuilder: makes the widgets (attributes) and lays them out."""

    def _build(self) -> None:
        self.history = QComboBox()
        self.history.setObjectName("programmeHistory")
        self.history.setMinimumContentsLength(34)
        self.history.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        self.title = QLineEdit()
        self.title.setObjectName("programmeTitle")
        self.title.setPlaceholderText(self.tr("Title, e.g. “Week 24: calm start”"))
        self.title.setMaxLength(programme_service.MAX_TITLE)
        self.language = add_languages(QComboBox())
        self.language.setObjectName("programmeLanguage")
        self.language.setToolTip(self.tr("The language of the handout"))

        self.undo_button = self._tool(self.tr("Undo"), "undoButton")
        self.redo_button = self._tool(self.tr("Redo"), "redoButton")
        self.templates = TemplateMenu(self)
        self.clinic_button = self._tool(self.tr("Clinic exercises …"), "clinicExercisesButton")
        self.next_button = QPushButton(self.tr("New programme from this"))
        self.next_button.setObjectName("nextProgramme")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveProgramme")
        self.issue_button = QPushButton(self.tr("Print and issue …"))
        self.issue_button.setObjectName("issueProgramme")
        self.dirty_label = QLabel()
        self.dirty_label.setObjectName("dirtyLabel")

        top = QHBoxLayout()
        top.addWidget(self.history)
        top.addWidget(self.status_chip)
        top.addWidget(self.title, 1)
        top.addWidget(self.language)
        bar = QHBoxLayout()
        for widget in (self.undo_button, self.redo_button, self.templates.button,
                       self.clinic_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.dirty_label)
        bar.addWidget(self.next_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.issue_button)

        self.banner = QLabel()
        self.banner.setObjectName("programmeBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.draft_banner = DraftBanner()

        self.library_panel = LibraryPanel(self.thumbnails, self.ui_lang)
        self.items = ProgrammeItemsModel(self.thumbnails, self)
        self.items.ui_lang = self.ui_lang
        self.items.on_drop = self._dropped
        self.view = ProgrammeView()
        self.view.setObjectName("programmeList")
        self.view.setResizeMode(ProgrammeView.ResizeMode.Adjust)  # rows re-wrap on resize
        self.view.setMinimumHeight(180)
        self.view.setModel(self.items)
        self.view.setItemDelegate(CardDelegate(parent=self.view))
        self.view.setMouseTracking(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.empty_text = self.tr("Double-click an exercise in the library, drag it "
                                       "here, or take one of the suggestions.")

        self.easier_button = self._tool(self.tr("← Easier"), "regressButton")
        self.harder_button = self._tool(self.tr("Harder →"), "progressButton")
        self.up_button = self._tool(self.tr("Move up"), "moveUpButton")
        self.down_button = self._tool(self.tr("Move down"), "moveDownButton")
        self.remove_button = self._tool(self.tr("Remove"), "removeButton")
        item_bar = QHBoxLayout()
        for button in (self.easier_button, self.harder_button):
            item_bar.addWidget(button)
        item_bar.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            item_bar.addWidget(button)

        self.programme_heading = QLabel()
        set_role(self.programme_heading, "subheading")
        self.editor_heading = QLabel()
        self.editor_heading.setObjectName("editorHeading")
        self.editor = DosageEditor(self.ui_lang)
        self.editor.setObjectName("dosageEditor")
        # The list and the dosage editor share the column through a splitter; the editor
        # scrolls rather than squeezing the list to a card or two on a small screen.
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.programme_heading)
        listing_layout.addWidget(self.view, 1)
        listing_layout.addLayout(item_bar)
        dosage = QWidget()
        dosage_layout = QVBoxLayout(dosage)
        dosage_layout.setContentsMargins(0, 0, 0, 0)
        dosage_layout.addWidget(self.editor_heading)
        editor_scroll = QScrollArea()
        editor_scroll.setObjectName("dosageScroll")
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        dosage_layout.addWidget(editor_scroll, 1)
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.setObjectName("programmeSplitter")
        middle.addWidget(listing)
        middle.addWidget(dosage)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        middle.setChildrenCollapsible(False)

        self.side = SidePanel(self.thumbnails, self.ui_lang)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([360, 620, 380])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

    def _tool(self, text: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(False)
        return button
