"""The builder's template menu: start from a template, or save the programme as one.

Personal, clinic and shipped templates are listed in separate sections, as the services
keep them apart.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QToolButton, QWidget

from pgp_desk.domain.i18n import fill
from pgp_desk.services.context import AppContext
from pgp_desk.services.programmes import programme_templates
from pgp_desk.services.programmes.programme_templates import (
    TemplateContent,
    TemplateLists,
    TemplateSummary,
)
from pgp_desk.services.programmes.programmes import ProgrammeInput, ProgrammeItemData
from pgp_desk.ui.operations import Operation
from pgp_desk.ui.programme.builder_data import BuilderData
from pgp_desk.ui.programme.builder_toolbar import BuilderToolbar
from pgp_desk.ui.programme.programme_list import ProgrammeList
from pgp_desk.ui.widgets.parts import Owner, as_widget


class TemplatesBuilder(Protocol):
    """What the template menu uses of its builder (the programme builder)."""

    ctx: AppContext
    ui_lang: str
    data: BuilderData | None
    toolbar: BuilderToolbar
    programme: ProgrammeList
    def current_input(self) -> ProgrammeInput: ...
    def apply_template(self, name: str, items: list[ProgrammeItemData],
                       advice: list[str]) -> None: ...


class TemplateMenu(QWidget):
    """Owns the "Templates" button and its menu; talks to the builder that owns it."""

    def __init__(self, builder: TemplatesBuilder) -> None:
        super().__init__(as_widget(builder))
        self.lists = TemplateLists()
        self.can_start = True
        self.button = QToolButton()
        self.button.setObjectName("templatesButton")
        self.button.setText(self.tr("Templates"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill)

    builder = Owner[TemplatesBuilder]()

    def set_lists(self, lists: TemplateLists) -> None:
        self.lists = lists

    def set_can_start(self, can_start: bool) -> None:
        self.can_start = can_start

    def _fill(self) -> None:
        self.menu.clear()
        for title, group in ((self.tr("My templates"), self.lists.personal),
                             (self.tr("Clinic templates"), self.lists.clinic),
                             (self.tr("Shipped with PGP Desk"), self.lists.shipped)):
            self.menu.addSection(title)
            if not group:
                empty = self.menu.addAction(self.tr("(none yet)"))
                empty.setEnabled(False)
            for summary in group:
                action = self.menu.addAction(fill(self.tr("Start from “%1” (%2 exercises)"),
                                                  summary.name, str(summary.item_count)))
                action.setEnabled(self.can_start)
                action.triggered.connect(lambda _=False, ref=summary.ref: self.start(ref))
        self.menu.addSeparator()
        has_items = bool(self.builder.programme.items.rowCount())
        mine = self.menu.addAction(self.tr("Save as my template …"))
        mine.setEnabled(has_items)
        mine.triggered.connect(lambda: self.save_as(personal=True))
        clinic = self.menu.addAction(self.tr("Save as clinic template …"))
        clinic.setEnabled(has_items)
        clinic.triggered.connect(lambda: self.save_as(personal=False))
        own = [*self.lists.personal, *self.lists.clinic]
        if own:
            delete_menu = self.menu.addMenu(self.tr("Delete a template"))
            for summary in own:
                action = delete_menu.addAction(summary.name)
                action.triggered.connect(lambda _=False, s=summary: self.delete(s))

    def delete(self, summary: TemplateSummary, confirm: bool = True) -> None:
        """Delete a personal or clinic template after asking (shipped ones cannot be)."""
        builder = self.builder
        template_id, version = summary.id, summary.version
        if template_id is None or version is None:  # shipped with PGP Desk
            return
        if confirm and QMessageBox.question(
                as_widget(builder), self.tr("Delete template"),
                fill(self.tr("Delete the template “%1”? Programmes made from it are not changed."),
                     summary.name)) != QMessageBox.StandardButton.Yes:
            return
        ctx = builder.ctx

        def work() -> TemplateLists:
            programme_templates.delete_template(ctx.db, ctx.actor, template_id, version)
            return programme_templates.list_templates(ctx.db, ctx.actor, builder.ui_lang)

        Operation(self, work, self.set_lists).failure_title(self.tr("Templates")).run()

    def start(self, ref: str) -> None:
        ctx, lang = self.builder.ctx, self.builder.toolbar.language_code()
        Operation(self, lambda: programme_templates.get_template(ctx.db, ctx.actor, ref, lang),
                  self._apply).failure_title(self.tr("Templates")).run()

    def _apply(self, content: TemplateContent) -> None:
        self.builder.apply_template(content.name, list(content.items), list(content.advice))

    def save_as(self, personal: bool, name: str | None = None) -> None:
        builder = self.builder
        if name is None:
            name, ok = QInputDialog.getText(
                as_widget(builder), self.tr("Save as template"),
                self.tr("Name of the template (e.g. “Early pregnancy – light”):"),
                text=builder.toolbar.title.text())
            if not ok:
                return
        data = builder.current_input()
        phase = builder.data.source.picture.phase if builder.data else None
        ctx = builder.ctx

        def work() -> TemplateLists:
            programme_templates.save_template(ctx.db, ctx.actor, name, data.items,
                                              data.advice, [phase] if phase else [], personal)
            return programme_templates.list_templates(ctx.db, ctx.actor, builder.ui_lang)

        Operation(self, work, self.set_lists).failure_title(self.tr("Template not saved")).run()
