"""audit trail: hash chain, and no clinical content left in old events

Revision ID: 0007_audit_chain
Revises: 0007_search_tokens
Create Date: 2026-12-03 09:10:00

``audit_seal`` holds the links of the hash chain (services.audit_chain). Events written
before this version could carry a handout's red-flag codes, its language and checksums, an
import file's digest or an assessment's kind in their details; those keys are removed so
the trail holds ids, counts, action and column names only.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007_audit_chain"
down_revision = "0007_search_tokens"
branch_labels = None
depends_on = None

# Details that may stay: ids and counts, changed column names, a library item's code.
KEPT = {"fields", "code", "count", "created", "skipped", "rows", "problems", "items",
        "episode_id", "programme_id", "addendum_id", "based_on", "personal", "imported"}
# An early erasure keeps the legal basis the administrator stated (services.audit).
ERASURE = {"legal_basis", "kept_until"}


def upgrade() -> None:
    op.create_table(
        "audit_seal",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_seal")),
        sa.UniqueConstraint("event_id", name=op.f("uq_audit_seal_event_id")),
    )
    _scrub_details()


def _scrub_details() -> None:
    bind = op.get_bind()
    events = sa.table("audit_event", sa.column("id", sa.Integer),
                      sa.column("action", sa.String), sa.column("details", sa.JSON))
    rows = bind.execute(sa.select(events.c.id, events.c.action, events.c.details)).all()
    for event_id, action, details in rows:
        value = json.loads(details) if isinstance(details, str) else details
        if not isinstance(value, dict):
            continue
        kept = {k: v for k, v in value.items() if k in KEPT and _plain(k, v)
                or action == "erase" and k in ERASURE and isinstance(v, str)}
        if kept != value:
            bind.execute(events.update().where(events.c.id == event_id)
                         .values(details=kept))


def _plain(key: str, value: object) -> bool:
    if key == "fields":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if key == "code":
        return isinstance(value, str)
    return isinstance(value, int)


def downgrade() -> None:
    op.drop_table("audit_seal")
