"""pregnancy record: how the baby was born

Revision ID: 0004_birth_mode
Revises: 0003
Create Date: 2026-12-03 08:05:00

Vaginal, assisted, planned or emergency caesarean (domain.birth); after a caesarean the
programme builder warns about abdominal loading and wound care for the first 6 weeks.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_birth_mode"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("episode") as batch:
        batch.add_column(sa.Column("birth_mode", sa.String(length=30), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("episode") as batch:
        batch.drop_column("birth_mode")
