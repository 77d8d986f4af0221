"""Questionnaires a clinic adds itself, e.g. the Oswestry Disability Index under its licence.

PGP Desk cannot ship the ODI's wording (proprietary; CLINICAL.md §4), but a clinic holding a
licence can import a definition file in the shipped format. It is validated exactly like
the shipped ones, stored as its text (so every workstation sees the same version) and then
offered in the assessment form and scored by the same engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from pgp_desk.content.instruments import InstrumentFileError, load_instrument_text
from pgp_desk.db.models import ClinicInstrument
from pgp_desk.domain.i18n import pick
from pgp_desk.services import records
from pgp_desk.services.assessments.assessment_rules import shipped_instruments
from pgp_desk.services.audit.audit import record
from pgp_desk.services.database import Database
from pgp_desk.services.errors import NotFoundError, UserError
from pgp_desk.services.people.actor import Actor

MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class InstrumentEntry:
    code: str
    name: str
    version: str
    origin: str  # shipped | clinic
    active: bool
    licence_note: str = ""


def list_instruments(db: Database, actor: Actor, lang: str = "da") -> list[InstrumentEntry]:
    """Shipped questionnaires, then the clinic's own (active or not)."""
    entries = [
        InstrumentEntry(d.code, pick(d.names, lang), d.version, "shipped", True)
        for d in shipped_instruments().values()
    ]
    with db.sessions() as session:
        rows = session.scalars(select(ClinicInstrument).where(
            ClinicInstrument.clinic_id == actor.clinic_id).order_by(ClinicInstrument.code))
        for row in rows:
            definition = load_instrument_text(row.definition_text, f"{row.code} (clinic)")
            entries.append(InstrumentEntry(row.code, pick(definition.names, lang),
                                           definition.version, "clinic", row.active,
                                           row.licence_note))
    return entries


def import_instrument(db: Database, actor: Actor, path: Path, licence_note: str) -> InstrumentEntry:
    """Validate a definition file and store it for the clinic (administrators only).

    A newer file with the same code replaces the stored one; a shipped code cannot be
    replaced. ``licence_note`` records the clinic's right to use the wording.
    """
    records.refuse_unless(actor.is_admin, db, actor, "instrument",
                          "only an administrator can add questionnaires for the clinic")
    if not licence_note.strip():
        raise UserError("write down the licence under which the clinic uses this "
                        "questionnaire")
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserError("%1 is too large for a questionnaire definition", path.name)
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UserError("the file %1 does not exist", path) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("cannot read %1: %2", path, exc) from exc
    try:
        definition = load_instrument_text(text, path.name)
    except InstrumentFileError as exc:
        raise UserError("the questionnaire definition is not valid: %1", exc) from exc
    if definition.code in shipped_instruments():
        raise UserError("%1 is a questionnaire PGP Desk ships; give the clinic's own a "
                        "different code", definition.code)
    with db.sessions.begin() as session:
        row = session.scalars(select(ClinicInstrument).where(
            ClinicInstrument.clinic_id == actor.clinic_id,
            ClinicInstrument.code == definition.code)).first()
        if row is None:
            row = ClinicInstrument(clinic_id=actor.clinic_id, code=definition.code)
            session.add(row)
        row.definition_text = text
        row.licence_note = licence_note.strip()
        row.active = True
        session.flush()
        record(session, actor, "import", "instrument", row.id,
               library_code=definition.code)
    return InstrumentEntry(definition.code, pick(definition.names, "da"), definition.version,
                           "clinic", True, licence_note.strip())


def set_active(db: Database, actor: Actor, code: str, active: bool) -> None:
    """Stop offering a clinic questionnaire (stored answers keep their scores) or resume."""
    records.refuse_unless(actor.is_admin, db, actor, "instrument",
                          "only an administrator can add questionnaires for the clinic")
    with db.sessions.begin() as session:
        row = session.scalars(select(ClinicInstrument).where(
            ClinicInstrument.clinic_id == actor.clinic_id,
            ClinicInstrument.code == code)).first()
        if row is None:
            raise NotFoundError("questionnaire %1 is not one of the clinic's own", code)
        row.active = active
        record(session, actor, "activate" if active else "deactivate", "instrument", row.id,
               library_code=code)
