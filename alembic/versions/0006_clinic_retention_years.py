"""clinic retention period for erasure

Revision ID: 0006_retention
Revises: 0005_emergency_numbers
Create Date: 2026-12-03 08:30:00

How many years after a client's last entry her records are kept before they may be
erased without an administrator recording the legal basis (default 10, the Danish duty).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_retention"
down_revision = "0005_emergency_numbers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clinic") as batch:
        batch.add_column(sa.Column("retention_years", sa.Integer(), nullable=False,
                                   server_default="10"))


def downgrade() -> None:
    with op.batch_alter_table("clinic") as batch:
        batch.drop_column("retention_years")
