"""What the builder loads off the GUI thread, in one call: library, pictures, the clinical
picture, the programme history and the programme to show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtGui import QImage

from pgp_desk.content.exercises import Exercise
from pgp_desk.services.context import AppContext
from pgp_desk.services.programmes import (
    exercise_library,
    programme_suggestions,
    programme_templates,
)
from pgp_desk.services.programmes import programmes as programme_service
from pgp_desk.services.programmes.exercise_library import LibraryEntry
from pgp_desk.services.programmes.programme_suggestions import PictureSource
from pgp_desk.services.programmes.programme_templates import TemplateLists
from pgp_desk.services.programmes.programmes import ProgrammeRecord, ProgrammeSummary
from pgp_desk.ui.programme.thumbnails import illustration_texts, paint_images


@dataclass
class LibraryData:
    entries: list[LibraryEntry]
    svgs: dict[str, str]
    photos: dict[str, bytes]
    images: dict[str, QImage] = field(default_factory=dict)  # thumbnails, painted here


@dataclass
class Catalogue:
    """The clinic's exercises by code: all of them (retired ones too, for the names of old
    programmes) and the ones offered for new use. Shared by the builder's parts and changed
    in place, so each part sees the library as it is now."""

    library: dict[str, Exercise] = field(default_factory=dict)
    offered: dict[str, Exercise] = field(default_factory=dict)

    def update(self, data: LibraryData) -> None:
        self.library = {e.code: e.exercise for e in data.entries}
        self.offered = {e.code: e.exercise for e in data.entries if not e.retired}


@dataclass
class BuilderData:
    library: LibraryData
    source: PictureSource
    history: list[ProgrammeSummary]
    record: ProgrammeRecord | None
    client_language: str
    templates: TemplateLists


def load_library(ctx: AppContext, born: bool = False) -> LibraryData:
    entries = exercise_library.library_entries(ctx.db, ctx.actor)
    photos = {}
    for entry in entries:
        if entry.has_photo:
            photo = exercise_library.get_photo(ctx.db, ctx.actor, entry.code)
            if photo is not None:
                photos[entry.code] = photo.data
    svgs = illustration_texts([e.exercise for e in entries], born)
    return LibraryData(entries, svgs, photos, paint_images(svgs, photos))


def after_birth(source: PictureSource) -> bool:
    """Whether the client has given birth (her pictures then show no pregnant belly)."""
    return source.picture.phase in ("pp_0_6", "pp_later")


def load_builder(ctx: AppContext, episode_id: int, programme_id: int | None = None,
                 ui_lang: str = "da", today: date | None = None) -> BuilderData:
    """Everything the builder shows; ``programme_id`` None opens the newest programme."""
    source = programme_suggestions.clinical_picture(ctx.db, ctx.actor, episode_id, today)
    library = load_library(ctx, after_birth(source))
    history = programme_service.list_programmes(ctx.db, ctx.actor, episode_id)
    if programme_id is None and history:
        programme_id = history[0].id
    record = (programme_service.get_programme(ctx.db, ctx.actor, programme_id)
              if programme_id is not None else None)
    language = programme_service.episode_language(ctx.db, ctx.actor, episode_id)
    templates = programme_templates.list_templates(ctx.db, ctx.actor, ui_lang)
    return BuilderData(library, source, history, record, language, templates)
