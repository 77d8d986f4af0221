"""Programme templates: shipped ones, the clinic's, and each therapist's own.

Three lists kept apart on purpose: shipped templates (resources/templates, read-only),
clinic templates every therapist sees (``owner_id`` empty) and personal ones only their
owner sees. A template is referred to by a string: ``shipped:<code>`` or ``db:<id>``.
Templates hold no client data, so their audit events carry no client id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pgp_desk.content.advice import unknown_codes
from pgp_desk.content.exercises import PHASES
from pgp_desk.content.templates import TemplateContentError, builtin_templates, parse_item
from pgp_desk.db.models import AuditEvent, ProgrammeTemplate, User
from pgp_desk.services import records
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    UserError,
    ValidationError,
)
from pgp_desk.services.people.actor import Actor
from pgp_desk.services.programmes.programmes import (
    MAX_ITEMS,
    ProgrammeInput,
    ProgrammeItemData,
    ProgrammeRecord,
    create_programme,
    episode_language,
)

SHIPPED, CLINIC, PERSONAL = "shipped", "clinic", "personal"
MAX_NAME = 300


@dataclass(frozen=True)
class TemplateSummary:
    ref: str
    name: str
    scope: str  # shipped | clinic | personal
    phases: tuple[str, ...]
    item_count: int
    owner_name: str = ""
    id: int | None = None
    version: int | None = None


@dataclass
class TemplateLists:
    personal: list[TemplateSummary] = field(default_factory=list)
    clinic: list[TemplateSummary] = field(default_factory=list)
    shipped: list[TemplateSummary] = field(default_factory=list)


@dataclass(frozen=True)
class TemplateContent:
    ref: str
    name: str
    phases: tuple[str, ...]
    advice: tuple[str, ...]
    items: tuple[ProgrammeItemData, ...]


def _visible(actor: Actor) -> ColumnElement[bool]:
    return (ProgrammeTemplate.clinic_id == actor.clinic_id) & or_(
        ProgrammeTemplate.owner_id.is_(None), ProgrammeTemplate.owner_id == actor.user_id)


def list_templates(db: Database, actor: Actor, lang: str = "da",
                   phase: str | None = None) -> TemplateLists:
    """Personal, clinic and shipped templates, each sorted by name; ``phase`` filters."""
    records.require(actor, records.CLINICAL, db, "programme_template")
    lists = TemplateLists()
    for t in builtin_templates().values():
        if phase is None or phase in t.phases:
            lists.shipped.append(TemplateSummary(f"{SHIPPED}:{t.code}", t.name(lang), SHIPPED,
                                                 t.phases, len(t.items)))
    with db.sessions() as session:
        rows = session.execute(
            select(ProgrammeTemplate, User.full_name)
            .outerjoin(User, User.id == ProgrammeTemplate.owner_id)
            .where(_visible(actor))).all()
    for row, owner in rows:
        phases = tuple(row.phases or ())
        if phase is not None and phases and phase not in phases:
            continue
        summary = TemplateSummary(f"db:{row.id}", row.name,
                                  PERSONAL if row.owner_id is not None else CLINIC, phases,
                                  len(row.items or []), owner or "", row.id, row.version)
        (lists.personal if row.owner_id is not None else lists.clinic).append(summary)
    for group in (lists.personal, lists.clinic, lists.shipped):
        group.sort(key=lambda s: s.name.casefold())
    return lists


def get_template(db: Database, actor: Actor, ref: str, lang: str = "da") -> TemplateContent:
    """The items and advice of a template, ready to start a programme from."""
    records.require(actor, records.CLINICAL, db, "programme_template")
    kind, _, key = ref.partition(":")
    if kind == SHIPPED:
        shipped = builtin_templates().get(key)
        if shipped is None:
            raise NotFoundError(f"template {ref} does not exist")
        items = tuple(ProgrammeItemData(i.code, i.dosage, i.note) for i in shipped.items)
        return TemplateContent(ref, shipped.name(lang), shipped.phases, shipped.advice, items)
    if kind != "db" or not key.isdigit():
        raise NotFoundError(f"template {ref} does not exist")
    with db.sessions() as session:
        row = session.get(ProgrammeTemplate, int(key))
        if row is None or row.clinic_id != actor.clinic_id or (
                row.owner_id is not None and row.owner_id != actor.user_id):
            raise NotFoundError(f"template {ref} does not exist")
        parsed = []
        for data in row.items or []:
            try:
                item = parse_item(data, row.name)
            except TemplateContentError:
                continue  # written by a newer version; leave that item out
            parsed.append(ProgrammeItemData(item.code, item.dosage, item.note))
        return TemplateContent(ref, row.name, tuple(row.phases or ()),
                               tuple(row.advice or ()), tuple(parsed))


def start_from_template(db: Database, actor: Actor, episode_id: int, ref: str,
                        language: str | None = None) -> ProgrammeRecord:
    """A new draft programme for the episode holding the template's items and advice.

    ``language`` is the programme's (the client's handout language when None); the
    template's name in that language becomes the title.
    """
    records.require(actor, records.CLINICAL, db, "programme_template")
    language = language or episode_language(db, actor, episode_id)
    content = get_template(db, actor, ref, language)
    data = ProgrammeInput(title=content.name, language=language, advice=list(content.advice),
                          items=list(content.items))
    return create_programme(db, actor, episode_id, data=data)


def _validate(name: str, items: list[ProgrammeItemData], advice: list[str],
              phases: list[str]) -> list[FieldError]:
    errors = []
    if not name.strip():
        errors.append(FieldError("name", "required", "a template needs a name"))
    elif len(name) > MAX_NAME:
        errors.append(FieldError("name", "too_long", f"at most {MAX_NAME} characters"))
    if not items:
        errors.append(FieldError("items", "required", "a template needs at least one exercise"))
    elif len(items) > MAX_ITEMS:
        errors.append(FieldError("items", "too_many", f"at most {MAX_ITEMS} exercises"))
    if unknown_codes(advice):
        errors.append(FieldError("advice", "unknown_advice", "unknown advice module"))
    if any(p not in PHASES for p in phases):
        errors.append(FieldError("phases", "choice", "unknown phase"))
    for index, item in enumerate(items):
        for problem in item.dosage.validate():
            errors.append(FieldError(f"items.{index}.dosage", problem, problem))
    return errors


def save_template(db: Database, actor: Actor, name: str, items: list[ProgrammeItemData],
                  advice: list[str], phases: list[str], personal: bool) -> TemplateSummary:
    """Save a programme's exercises, dosages and advice as a template. Client notes are
    kept (they are general cues, e.g. "keep the knees together"); nothing identifies her."""
    records.require(actor, records.CLINICAL, db, "programme_template")
    errors = _validate(name, items, advice, phases)
    if errors:
        raise ValidationError(errors)
    with db.sessions.begin() as session:
        row = ProgrammeTemplate(
            clinic_id=actor.clinic_id, owner_id=actor.user_id if personal else None,
            name=name.strip(), phases=list(phases), advice=list(advice),
            items=[i.to_dict() for i in items])
        session.add(row)
        session.flush()
        record(session, actor, "create", "programme_template", row.id, None,
               personal=personal)
        return TemplateSummary(f"db:{row.id}", row.name, PERSONAL if personal else CLINIC,
                               tuple(phases), len(items), actor.full_name if personal else "",
                               row.id, row.version)


def delete_template(db: Database, actor: Actor, template_id: int, version: int) -> None:
    """Delete a personal template (its owner) or a clinic template (its author or an admin)."""
    records.require(actor, records.CLINICAL, db, "programme_template")
    try:
        with db.sessions.begin() as session:
            row = session.get(ProgrammeTemplate, template_id)
            if row is None or row.clinic_id != actor.clinic_id or (
                    row.owner_id is not None and row.owner_id != actor.user_id):
                raise NotFoundError(f"template {template_id} does not exist")
            if row.version != version:
                raise ConflictError("template", row.id, row.version)
            if row.owner_id is None and not actor.is_admin and not _created_by(
                    session, actor, row.id):
                raise UserError("only an administrator or the therapist who saved it can "
                                "delete a clinic template")
            session.delete(row)
            record(session, actor, "delete", "programme_template", template_id, None)
    except StaleDataError:
        raise ConflictError("template", template_id, version + 1) from None


def _created_by(session: Session, actor: Actor, template_id: int) -> bool:
    creator = session.scalars(select(AuditEvent.user_id).where(
        AuditEvent.entity == "programme_template", AuditEvent.entity_id == template_id,
        AuditEvent.action == "create").limit(1)).first()
    return creator is not None and creator == actor.user_id
